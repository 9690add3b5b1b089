"""Soles of the feet, drawn as framed insets at the bottom corners of the back view (plantar view,
heel at the top, toes at the bottom, as if the foot were lifted behind the person).

Authored for the RIGHT sole in final back-view coordinates (the person's right is the viewer's right on
the back view); the big toe faces the midline (viewer's left). Each sole sits in a frame, with one
caption under both frames.
"""
from __future__ import annotations

from shapely.geometry import Polygon, box

from .shapes import mirror, smooth, tapered, union

P = Polygon
SOLE = smooth([(330, 832), (344, 838), (350, 856), (349, 880), (352, 905), (356, 930), (356, 948),
               (346, 956), (322, 958), (306, 952), (302, 934), (308, 910), (312, 886), (312, 860), (318, 840)])
BIG_TOE = tapered([(310, 952), (308, 964), (307, 974)], [13, 12, 11])
TOES = [tapered([(323, 956), (322, 966), (322, 972)], [8, 7.2, 6.4]),
        tapered([(332, 955), (332, 964), (332, 969)], [7.6, 6.8, 6]),
        tapered([(341, 953), (341, 961), (342, 966)], [7, 6.4, 5.8]),
        tapered([(349, 949), (350, 956), (351, 961)], [6.4, 5.8, 5.2])]
OUTLINE = union([SOLE, BIG_TOE, *TOES])
REGION_CUTS = [
    ("big_toe", BIG_TOE),
    ("lesser_toes", union(TOES)),
    ("heel", P([(290, 820), (370, 820), (370, 874), (290, 874)])),
    ("ball_of_foot", P([(290, 920), (370, 920), (370, 960), (290, 960)])),
    ("arch", P([(290, 874), (370, 874), (370, 920), (290, 920)])),
]
FRAME_MARGIN = 6.0
CAPTION = "Soles of the feet, seen from below"


def frames() -> list:
    """A frame around each sole (right, then left)."""
    x0, y0, x1, y1 = OUTLINE.bounds
    right = box(x0 - FRAME_MARGIN, y0 - FRAME_MARGIN, x1 + FRAME_MARGIN, y1 + FRAME_MARGIN)
    return [right, mirror(right, 200)]


def caption_at() -> tuple[float, float]:
    """Under the frames: the caption never runs through a heel."""
    y1 = frames()[0].bounds[3]
    return 200.0, y1 + 13.0
