"""Colours and sizes named once, for what Python draws (charts, the printed handout).

The map in the browser uses the same values in ui/frontend/body_map.css.
"""

SKIN = "#f4e4d7"
SKIN_LINE = "#9b7b6a"
MUSCLE_FILL = "#dfa89c"
MUSCLE_LINE = "#935449"
CHOSEN_FILL = "#d9e6f5"
CHOSEN_LINE = "#1d3f6e"

ESSENTIAL = "#c8102e"            # essential zone: solid red
SPILLOVER = "#d8344c"            # spillover zone: red stipple
TRIGGER_POINT = "#111111"
REGION_CHOSEN = "#2b6cb0"        # a place the person marked as painful

FONT = "Source Sans Pro, Helvetica, Arial, sans-serif"
