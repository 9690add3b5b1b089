"""Colours and sizes of the body map, named once."""

SKIN = "#f6e6da"
SKIN_LINE = "#9b7b6a"
DETAIL_LINE = "#b9988a"
MUSCLE_FILL = "#e3ada2"
MUSCLE_LINE = "#9c5a50"
MUSCLE_FIBER = "#c98679"
DEEP_LINE = "rgba(120, 66, 58, 0.6)"   # dashed outlines of deep muscles, kept quiet
FADED_OPACITY = 0.35

SELECTED_FILL = "#7fa7d6"
SELECTED_LINE = "#1d3f6e"
SELECTED_FIBER = "#5d84b8"

ESSENTIAL = "#c8102e"            # essential zone: solid red
ESSENTIAL_OPACITY = 0.78
SPILLOVER = "#e8707f"            # spillover zone: lighter red, hatched
SPILLOVER_OPACITY = 0.55
TRIGGER_POINT = "#111111"
TRIGGER_POINT_HALO = "#ffffff"

REGION_LINE = "#dcc9bd"
REGION_CHOSEN = "#2b6cb0"        # a region the person marked as painful
REGION_CHOSEN_OPACITY = 0.45
REGION_HIGHLIGHT = "#f6ad55"

LABEL_COLOR = "#3d3d3d"
FONT = "Source Sans Pro, Helvetica, Arial, sans-serif"

HIT_STEP = 8.0          # spacing of the invisible click targets, in view units (about 5 px on screen)
HIT_STEP_SMALL = 3.0    # ... inside small shapes (hand, foot, face muscles)
OUTLINE_TOLERANCE = 0.35  # outline simplification before drawing, in view units
SMALL_SHAPE_AREA = 700.0
HOVER_DISTANCE_PX = 9
BACKGROUND_STEP = 14.0   # spacing of the 'nothing here' targets, view units
ZONE_ROUNDING = 3.0      # corner radius of drawn referral zones, view units
