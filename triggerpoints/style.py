"""Colours named once, for what Python draws (charts, the printed handout, pattern sheets).

The map in the browser draws with assets/drawing.css, which uses the same values (a test compares them).
"""

SKIN = "#f4e4d7"
SKIN_LINE = "#9b7b6a"
HAIR = "#c5b5a6"
BONE = "#efe7da"
TENDON = "#eee1d0"
MUSCLE_FILL = "#dfa89c"
MUSCLE_LINE = "#8e4f45"
MUSCLE_FIBER = "#b9695c"
CHOSEN_FILL = "#d9e6f5"
CHOSEN_LINE = "#1d3f6e"

ESSENTIAL = "#c8102e"            # essential zone: solid red
SPILLOVER = "#d8344c"            # spillover zone: red stipple
TRIGGER_POINT = "#111111"
REGION_CHOSEN = "#2b6cb0"        # a place the person marked as painful

FONT = "Source Sans Pro, Helvetica, Arial, sans-serif"
