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
# The plantar outline: the round heel pad, the straight outer border with the bump of the fifth metatarsal
# base, the inner border drawn in at the arch, the ball of the foot across the metatarsal heads (the big
# toe's further forward than the little toe's), and five toes with their pads, the big toe set apart.
SOLE = smooth([(331, 832), (341.5, 834.5), (348.5, 842), (351, 854), (350.6, 868), (351.4, 884), (353.6, 900),
               (355.4, 916), (356.2, 930), (355.2, 941), (350, 948), (342, 951.5), (333, 953), (324, 953.5),
               (313, 952), (305, 948.5), (302.4, 940), (303.6, 928), (307.4, 915), (311.2, 902), (312.8, 888),
               (312.2, 873), (311.6, 858), (314, 844), (320.5, 835.5)])
# (each toe narrower at its web than at its pad)
BIG_TOE = tapered([(311, 945), (310.4, 958), (309.8, 968.6)], [13.0, 14.4, 13.4])
TOES = [tapered([(324.6, 948.5), (324.8, 962), (325, 971)], [7.2, 8.2, 7.6]),
        tapered([(334, 948.5), (334.5, 960), (334.9, 968.2)], [6.9, 7.8, 7.2]),
        tapered([(342.6, 947), (343.4, 956.6), (344, 964)], [6.6, 7.4, 6.8]),
        tapered([(351, 944), (352.1, 951.6), (352.7, 958)], [6.2, 7.0, 6.4])]
OUTLINE = union([SOLE, BIG_TOE, *TOES])
# the ball of the foot: the pad under the metatarsal heads, oblique like the toe line
BALL = smooth([(300, 923), (318, 926), (336, 925), (350, 920), (362, 916), (362, 960), (300, 962)])
HEEL_PAD = smooth([(300, 820), (362, 820), (362, 866), (346, 869), (331, 870), (316, 869), (300, 866)])
REGION_CUTS = [
    ("big_toe", BIG_TOE.difference(SOLE)),          # the toes from the crease where they leave the sole
    ("lesser_toes", union(TOES).difference(SOLE)),
    ("heel", HEEL_PAD),
    ("ball_of_foot", BALL),
    ("arch", P([(290, 860), (370, 860), (370, 930), (290, 930)])),
]
FRAME_MARGIN = 6.0
CAPTIONS = ("Right sole", "Left sole")     # under the right and the left frame
CAPTION_SUB = "seen from below"


def frames() -> list:
    """A frame around each sole (right, then left), in authoring coordinates (the build lifts them with the
    soles: warp.INSET_LIFT)."""
    x0, y0, x1, y1 = OUTLINE.bounds
    right = box(x0 - FRAME_MARGIN, y0 - FRAME_MARGIN, x1 + FRAME_MARGIN, y1 + FRAME_MARGIN)
    return [right, mirror(right, 200)]


def captions() -> list[tuple[float, float, str, str]]:
    """(x, y, first line, second line) under each frame, clear of the heels."""
    out = []
    for frame, text in zip(frames(), CAPTIONS):
        x0, _, x1, y1 = frame.bounds
        out.append(((x0 + x1) / 2, y1 + 11.0, text, CAPTION_SUB))
    return out
