"""The standing figure (front and back views share one silhouette), authored on the
person's right side (front view: x < 200) and mirrored.

Units: 400 wide x 1000 tall; an eight-head figure, top of head y=22, soles y~985.
"""
from __future__ import annotations

from shapely.geometry import Polygon

from .shapes import limb, mirror, rounded, smooth, union, tapered

CX = 200.0

# Right-side parts (front view coordinates: the person's right is the viewer's left).
HEAD = smooth([(200, 22), (180, 25), (165, 36), (157, 55), (155, 78), (157, 100), (161, 116),
               (169, 129), (181, 138), (192, 142), (200, 143), (208, 142), (219, 138), (231, 129),
               (239, 116), (243, 100), (245, 78), (243, 55), (235, 36), (220, 25)])
EAR = smooth([(157, 82), (151, 80), (148, 86), (149, 97), (152, 106), (157, 109)])
NECK = limb([(178, 118), (176, 140), (174, 160), (168, 176)], [(200, 118), (200, 140), (200, 160), (200, 178)])
TORSO = smooth([
    (200, 158), (176, 164), (150, 172), (126, 179), (116, 183), (106, 188), (100, 198), (104, 214),
    (118, 232), (125, 256), (128, 290), (132, 325), (138, 356), (140, 380), (136, 410),
    (127, 442), (120, 470), (117, 495), (130, 506), (160, 510), (185, 512), (200, 514),
])
UPPER_ARM = limb([(104, 185), (91, 191), (82, 206), (77, 232), (76, 262), (77, 300), (78, 340), (77, 384)],
                 [(112, 192), (114, 230), (114, 262), (112, 300), (108, 340), (104, 384)])
FOREARM = limb([(76, 372), (69, 400), (61, 436), (55, 472), (53, 505), (53, 532)],
               [(105, 372), (103, 402), (96, 440), (87, 478), (79, 508), (74, 532)])
PALM = smooth([(54, 528), (73, 528), (77, 542), (78, 558), (76, 574), (70, 579), (62, 580), (53, 578),
               (48, 572), (50, 560), (53, 548)])
# Fingers from lateral (index) to medial (little); thumb on the lateral side (palm forward).
FINGERS = {
    "index": tapered([(52, 570), (49, 598), (47, 618)], [8.8, 8.0, 7.0]),
    "middle": tapered([(59.5, 574), (58, 603), (57, 626)], [9.0, 8.2, 7.2]),
    "ring": tapered([(67, 574), (67, 601), (67, 621)], [8.6, 7.8, 6.8]),
    "little": tapered([(74, 570), (75, 590), (76, 606)], [7.6, 6.8, 6.0]),
}
THUMB = tapered([(56, 536), (47, 550), (40, 565), (35, 580)], [13, 10.5, 9, 7.6])
THIGH = limb([(120, 470), (116, 510), (116, 545), (120, 600), (128, 655), (137, 702), (141, 728)],
             [(200, 508), (194, 540), (189, 590), (184, 640), (181, 690), (182, 728)])
LEG = limb([(140, 722), (139, 752), (134, 790), (137, 835), (145, 885), (151, 925), (152, 940)],
           [(182, 722), (184, 752), (188, 792), (185, 835), (179, 885), (176, 925), (176, 940)])
FOOT = smooth([(151, 925), (176, 925), (181, 945), (189, 965), (191, 981), (185, 988), (170, 987),
               (156, 985), (143, 982), (139, 972), (143, 952)])

RIGHT_PARTS = [HEAD, EAR, NECK, TORSO, UPPER_ARM, FOREARM, PALM, THUMB, *FINGERS.values(), THIGH, LEG, FOOT]


def silhouette():
    """The whole standing figure (both sides), front view coordinates."""
    right = union(RIGHT_PARTS)
    whole = union([right, mirror(right, CX)])
    return rounded(whole, 2.0)


def hand_parts():
    """Right-hand parts (front view): palm, thumb and fingers, for regions."""
    return {"palm": PALM, "thumb": THUMB, **FINGERS}
