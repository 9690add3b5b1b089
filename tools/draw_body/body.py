"""The standing figure (front and back views share one silhouette), authored on the
person's right side (front view: x < 200) and mirrored.

Units: 400 wide x 1000 tall; an eight-head figure, top of head y=22, soles y~985. Below the knee these are
authoring coordinates: the build writes them through warp.py (a longer shank, a foreshortened foot).
"""
from __future__ import annotations

import math

from shapely.geometry import Polygon

from .shapes import limb, mirror, rounded, smooth, union, tapered
from .warp import unwarp

CX = 200.0

# Right-side parts (front view coordinates: the person's right is the viewer's left).
# Head, ear and neck (head_neck illustrator): an adult head about 0.75 as wide as it is tall (hair included),
# a jaw that narrows to the chin, the ear from the brow to the base of the nose, and a neck about 0.7 of the
# head's width that flares into the trapezius slope.
HEAD = smooth([(200, 21), (183, 22.5), (169, 29), (160, 41), (155.5, 56), (154, 72), (155, 88), (157, 101),
               (160, 112), (164, 121.5), (170, 129.5), (178, 136), (188, 141), (200, 143), (212, 141), (222, 136),
               (230, 129.5), (236, 121.5), (240, 112), (243, 101), (245, 88), (246, 72), (244.5, 56), (240, 41),
               (231, 29), (217, 22.5)])
EAR = smooth([(158.5, 72.5), (153, 70), (149, 71.5), (147, 77), (147, 86), (148.2, 95), (150.2, 102.5),
              (153.2, 108.5), (157, 111), (159.5, 108)])
NECK = limb([(171, 112), (170, 128), (168.5, 144), (165.5, 156), (159, 165), (149, 171.5)],
            [(200, 112), (200, 130), (200, 150), (200, 178)])
TORSO = smooth([
    (200, 158), (176, 164), (150, 172), (126, 179), (116, 183), (106, 188), (100, 198), (104, 214),
    (118, 232), (125, 256), (128, 290), (131.6, 325), (136.2, 356), (137.6, 381), (134.2, 410),
    (126.4, 442), (120, 470), (117, 495), (130, 506), (160, 510), (185, 512), (200, 514),
])
# Upper arm (shoulder illustrator): the deltoid cap swells past the acromion, dips at the deltoid insertion,
# then the biceps/brachialis and triceps give the arm its breadth down to the epicondyles; on the inside the arm
# lies against the chest up to the axillary folds, so the gap under the arm opens below them (y~250).
UPPER_ARM = limb([(106, 184), (95, 186.5), (85, 192), (78, 203), (73.5, 218), (72, 236), (72.8, 256), (75, 276),
                  (77.5, 294), (77.2, 310), (76, 328), (75.8, 348), (76.4, 368), (77, 384)],
                 [(113, 190), (115, 212), (117.4, 232), (118.6, 246), (118.2, 254), (117, 264), (115.2, 290),
                  (114.5, 300), (112.5, 330), (110.2, 352), (105.5, 384)])
# The forearm and hand (drawn by the forearm-and-hand module's author; muscles_forearm.py reads these).
# Right forearm, front view: the lateral (thumb, radial) edge at the smaller x; the mobile wad swells the
# lateral edge below the elbow, the flexor mass the medial edge; slim at the wrist (crease y~514).
FOREARM_LAT = [(76, 372), (72.2, 388.1), (67.6, 404.2), (62.6, 423.8), (58, 445.2), (54.4, 466.7), (52, 488.1), (50.8, 504.2),
               (49.9, 517.3)]
FOREARM_MED = [(105, 372), (105.6, 386.3), (103.4, 404.2), (99, 425.6), (93, 448.8), (87, 470.2), (82.2, 489), (79.2, 503.3),
               (78.9, 517.3)]
FOREARM = limb(FOREARM_LAT, FOREARM_MED)
# The hand, palm forward (anatomical position), slightly relaxed: the heel of the hand with the thenar
# (thumb side) and hypothenar (little finger side) eminences, the webs of the fingers at y~566-573.
PALM = smooth([(51.3, 506), (49.9, 517.3), (48.2, 528.3), (46.8, 539.3), (45.6, 549.2), (44.8, 556.9), (45.3, 565.1),
               (49.1, 569), (55.5, 570.1), (60.7, 572.9), (65.9, 571.2), (71.4, 571.2), (76.3, 567.9), (80.9, 565.1),
               (85.3, 561.3), (86.2, 552.5), (86, 541.5), (84.6, 530.5), (81.4, 520.6), (78.9, 506)])


def finger(base, web_y, lengths, widths, curve=0.0, lean=0.0):
    """A finger from its base in the palm (the knuckle, MCP joint): lengths of the phalanges below the web
    (web->PIP joint, PIP->DIP joint, DIP->tip), widths at (base, web, mid-proximal, PIP, mid-middle, DIP,
    pad) so the joints swell a little; lean: sideways drift of the tip, curve: bow of the finger (view
    units, + toward the little finger). Returns the outline and the axis points (for DIGIT_AXES)."""
    bx, by = base
    p, m, d = lengths
    ys = [by, web_y, web_y + p * 0.5, web_y + p, web_y + p + m * 0.5, web_y + p + m, web_y + p + m + d * 0.35]
    end_y = web_y + p + m + d
    span = end_y - by

    def axis(y):
        t = (y - by) / span
        return bx + lean * t + curve * math.sin(math.pi * t)

    left, right = [], []
    for y, w in zip(ys[1:], widths[1:]):
        dx = axis(y + 0.5) - axis(y - 0.5)
        n = math.hypot(dx, 1.0)
        nx, ny = 1.0 / n, -dx / n
        left.append((axis(y) - nx * w / 2, y - ny * w / 2))
        right.append((axis(y) + nx * w / 2, y + ny * w / 2))
    r = widths[-1] * 0.44                    # the rounded end: the pad narrows into half an ellipse
    cy = end_y - r * 1.1
    cx = axis(cy)
    ends = [(cx - r * math.cos(math.radians(a)), cy + r * 1.1 * math.sin(math.radians(a))) for a in (0, 45, 90, 135, 180)]
    top = [(bx + widths[0] * 0.5, by), (bx, by - widths[0] * 0.35), (bx - widths[0] * 0.5, by)]
    axis_pts = [(axis(y), y) for y in (by, web_y, web_y + p, web_y + p + m, end_y)]
    return smooth(left + ends + list(reversed(right)) + top), axis_pts


# Fingers from lateral (index) to medial (little); (base, web y, phalanx lengths, widths, curve, lean).
_FINGER_SPECS = {
    "index": ((50.1, 558), 570.1, (14.9, 12.7, 11), [11, 9.9, 9.6, 8.8, 8.9, 7.9, 8.7], -0.4, -0.7),
    "middle": ((60.8, 559.1), 572.3, (16, 13.2, 11.6), [11.4, 10.2, 9.9, 9.1, 9.2, 8.1, 8.9], 0, 0.2),
    "ring": ((71.4, 558.5), 571.2, (14.9, 12.7, 11), [10.8, 9.7, 9.4, 8.7, 8.8, 7.5, 8.5], 0.3, 1),
    "little": ((81.3, 554.7), 566.2, (12.1, 9.9, 9.4), [9.7, 8.4, 7.9, 7.4, 7.5, 6.4, 7.4], 0.3, 1.5),
}
FINGERS, DIGIT_AXES = {}, {}
for _name, (_base, _web, _lengths, _widths, _curve, _lean) in _FINGER_SPECS.items():
    FINGERS[_name], DIGIT_AXES[_name] = finger(_base, _web, _lengths, _widths, _curve, _lean)
# The thumb, its own column from the carpus: the thenar eminence, the metacarpal running down and out, the
# web at y~556, the phalanges hanging beside the index finger with the tip at the level of its PIP joint.
THUMB = smooth([(50.6, 511.8), (47.1, 517.9), (43.6, 525), (40.6, 532.1), (39.4, 539.3), (38.7, 545.9), (36.4, 553),
                (34.2, 560.2), (33.0, 566.2), (32.7, 571.8), (33.5, 577.6), (35.7, 581.3), (38.6, 582.3), (41.3, 580.2),
                (42.7, 575.2), (43.4, 569.7), (43.6, 564.6), (44.4, 559.6), (45.5, 556.2), (48.3, 551.4), (52.4, 540.4),
                (54.7, 527.2), (55, 515.1)])
# Axes of the digits (front view, person's right, base to tip): knuckle (MCP), web, PIP, DIP, tip; the thumb:
# carpometacarpal joint, MCP, IP joint, tip. Zones along a finger can follow them (shapes.stroke / tapered).
DIGIT_AXES["thumb"] = [(52.5, 515.1), (42.6, 547), (38.2, 567.4), (38.5, 582.3)]
HAND_PARTS = [PALM, THUMB, *FINGERS.values()]
# The thigh and knee: the vastus lateralis curve on the outside easing in above the lateral condyle; on the inside
# the adductor slope, the vastus medialis bulge above the knee and the medial condyle.
THIGH = limb([(120, 470), (116, 510), (116, 545), (119, 600), (126, 650), (133.5, 690), (138.5, 712), (141, 728)],
             [(200, 508), (194, 540), (189, 590), (185, 640), (183, 672), (183.6, 697), (182.2, 716), (182, 728)])
LEG = limb([(141, 722), (139.5, 740), (137, 758), (134.7, 778), (134.2, 796), (135.6, 818), (138.6, 845),
            (142.4, 870), (145.6, 889), (147.4, 901), (146.6, 912), (147, 920)],
           [(182, 722), (183.6, 738), (186.6, 756), (189.4, 777), (190, 796), (188.6, 816), (185.2, 840),
            (181.8, 862), (179.3, 880), (178.6, 893), (180.8, 901), (182, 909), (181, 920)])
# The foot seen from the front (the dorsum foreshortened, toes towards the viewer): ankle between the
# malleoli, the outer border down to the little toe, the inner border out to the ball of the big toe.
FOOT_DORSUM = smooth([(147.4, 904), (146.4, 912), (145.4, 920), (143, 929), (141.4, 939), (140.9, 949),
                      (142, 957), (146, 961), (160, 962.5), (175, 962.5), (188, 961), (193.2, 955),
                      (193.2, 946), (192, 937), (189.6, 928), (186.2, 919.6), (183, 912), (181.2, 905), (165, 902)])
FOOT_TOES = {    # big toe (hallux) to little toe; the big toe apart from the others
    "big": tapered([(185.4, 955), (186, 968), (186.2, 979.8)], [14.2, 13.4, 12.4]),
    "second": tapered([(172.4, 957.5), (172, 970), (171.6, 981.6)], [8.8, 8.2, 7.6]),
    "third": tapered([(164, 958.5), (163.5, 971), (163.1, 981.2)], [8.4, 7.8, 7.2]),
    "fourth": tapered([(156.3, 958.5), (155.7, 970.5), (155.2, 980.2)], [8.0, 7.4, 6.8]),
    "little": tapered([(148, 956), (147.6, 967), (147.7, 977.2)], [7.8, 7.0, 6.4]),
}
# (the tips of the lesser toes lie on one smooth arc: seen from behind, the same outline is the heel's)
FOOT = union([FOOT_DORSUM, *FOOT_TOES.values()])

# The foot seen from behind (authored in final back-view coordinates, person's right foot, big toe towards the
# midline, then brought to the front-view authoring frame): the ankle between the malleoli (the outer one lower
# and more prominent), the heel a rounded column on the floor nearest the viewer, and the forefoot showing
# beyond it on both sides, further away and so a little higher. No toes: they point away from the viewer.
FOOT_BACK_FINAL = smooth([(220.5, 937), (218.2, 942), (217.2, 947), (218.3, 952.5), (216.4, 958.5), (213.8, 965.5),
                          (212.4, 972.5), (213, 978.6), (215.6, 982.2), (220, 983.4), (226, 983.4), (230.4, 985.4),
                          (236.5, 986.4), (242.5, 986.2), (248, 984.2), (252.6, 982.6), (257.4, 982), (260.6, 979.6),
                          (261.8, 974), (261, 967), (259.2, 960.5), (257.6, 955.5), (257, 950.5), (256.2, 945),
                          (254.6, 939), (237, 935.5)])
FOOT_BACK = mirror(unwarp(FOOT_BACK_FINAL), CX)

RIGHT_PARTS = [HEAD, EAR, NECK, TORSO, UPPER_ARM, FOREARM, PALM, THUMB, *FINGERS.values(), THIGH, LEG, FOOT]
# Seen from behind, the buttocks meet in the midline down to the gluteal folds: the gap between the thighs opens
# below them, not at the crotch (which lies further forward).
CLEFT_FILL = smooth([(193, 500), (200, 498), (207, 500), (207.6, 520), (206.4, 536), (204.4, 544), (200, 547.5),
                     (195.6, 544), (193.6, 536), (192.4, 520)])


def silhouette(back: bool = False):
    """The whole standing figure (both sides), front view coordinates. The hand is rounded less than the
    rest, so the narrow gaps between the fingers and the thumb stay open. back: the feet as seen from
    behind (heels, no toes)."""
    parts = [FOOT_BACK if (back and p is FOOT) else p for p in RIGHT_PARTS] + ([CLEFT_FILL] if back else [])
    right = union([p for p in parts if not any(p is h for h in HAND_PARTS)])
    whole = rounded(union([right, mirror(right, CX)]), 2.0)
    hand = rounded(union([*HAND_PARTS, FOREARM & Polygon([(40, 496), (90, 496), (90, 524), (40, 524)])]), 0.3)
    return union([whole, hand, mirror(hand, CX)])


def hand_parts():
    """Right-hand parts (front view): palm, thumb and fingers, for regions."""
    return {"palm": PALM, "thumb": THUMB, **FINGERS}
