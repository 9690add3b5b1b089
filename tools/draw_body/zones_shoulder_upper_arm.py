"""Referral zones of the shoulder, chest and upper-arm trigger points (body area shoulder_upper_arm), drawn as the
published figures draw them, on every view where the pattern falls; and the two regions this area adds
(`below_collarbone` on the front view, `elbow_back` on the back view).

Sources: the referral figures of Simons, Travell & Simons (1999, vol. 1), chapter by chapter (Supraspinatus,
Infraspinatus, Teres Minor, Latissimus Dorsi, Teres Major, Subscapularis, Rhomboids, Deltoid, Coracobrachialis,
Biceps Brachii, Brachialis, Triceps Brachii and Anconeus, Pectoralis Major and Subclavius, Pectoralis Minor,
Sternalis, Serratus Posterior Superior, Serratus Anterior), checked against the public summaries listed in
/work/shared/notes/clinical-sources.md (NAMTPT symptom checker, MedLink captions, Niel Asher/TriggerPoints3D).
Essential zones solid, spillover stippled; all on the person's right side (front view x < 200, back view x > 200).

Arm zones are drawn on the silhouette as it is (body.py), as bands between fractions of the limb's width
(0 = the lateral, thumb-side edge, 1 = the medial, little-finger-side edge), and the hand zones are the hand's own
parts (thumb, fingers, palm), so they meet the forearm-and-hand drawing without gaps. The back view shows the
same outline mirrored, so a band drawn in front coordinates is mirrored onto the back for the dorsal side.
"""
from __future__ import annotations

import numpy as np
from shapely.geometry import LineString, Polygon, box
from shapely.ops import unary_union

from . import body as B
from .registry import region, zone
from .shapes import mirror, smooth, tapered

LIMB = unary_union([B.UPPER_ARM, B.FOREARM, B.PALM & box(0, 0, 400, 540)])     # front view, person's right
HAND = unary_union(B.HAND_PARTS)
LIMB_HAND = unary_union([LIMB, HAND])
FINGERS = B.FINGERS
LEFT_OF_MIDLINE_F = box(0, 0, 201.5, 1000)


def _extent(y: float, geom=LIMB) -> tuple[float, float]:
    """The horizontal extent of the limb at height y (its widest piece)."""
    cut = geom.intersection(LineString([(-50, y), (450, y)]))
    segs = [g for g in getattr(cut, "geoms", [cut]) if not g.is_empty]
    seg = max(segs, key=lambda g: g.length)
    return seg.bounds[0], seg.bounds[2]


def _f(spec, t: float) -> float:
    if isinstance(spec, (int, float)):
        return float(spec)
    ts, fs = zip(*spec)
    return float(np.interp(t, ts, fs))


def band(y0: float, y1: float, lo, hi, n: int = 10):
    """A band along the arm between width fractions lo and hi (numbers or [(t, f), ...] keyframes along the band,
    t from 0 at y0 to 1 at y1); 0 is the lateral (thumb-side) edge, 1 the medial edge. Front view coordinates."""
    left, right = [], []
    for t in np.linspace(0, 1, n):
        y = y0 + (y1 - y0) * t
        xl, xr = _extent(y)
        left.append((xl + _f(lo, t) * (xr - xl), y))
        right.append((xl + _f(hi, t) * (xr - xl), y))
    return smooth(left + list(reversed(right))) & LIMB.buffer(0.6)


def palm(x0: float = -1e3, x1: float = 1e3, y0: float = -1e3, y1: float = 1e3):
    """The part of the palm (front) or back of the hand (mirrored) between x0..x1 and y0..y1 (front coordinates)."""
    return B.PALM & box(x0, y0, x1, y1)


def blob(points):
    return smooth(points)


def both(tp, kind, geom_front, back=True, front=True):
    """A zone on the arm seen from the front and, mirrored, from behind (the lateral and medial edges of the arm
    are seen from both)."""
    if front:
        zone(tp, kind, "front", geom_front)
    if back:
        zone(tp, kind, "back", mirror(geom_front))


# ---------------------------------------------------------------- regions
# Below the collarbone (front view): the subclavicular strip from the breastbone to the front of the shoulder,
# between the lower edge of the clavicle and the second rib.
# (the collarbone itself is part of it: its upper edge meets the top of the shoulders, upper_back)
BELOW_COLLARBONE = Polygon([(190, 175.5), (170, 177.2), (150, 179.8), (135, 182.8), (122, 186.2), (114, 189.5),
                            (111.5, 194)] + [p for p in smooth([(111.5, 194), (113, 201), (117, 208), (124, 212.5),
                                                               (140, 214.5), (160, 214.5), (180, 213.5), (190, 212.5)]).exterior.coords]
                           ).buffer(0) & box(0, 0, 190, 1000)
region("front", "below_collarbone", BELOW_COLLARBONE, 20)
# Back of the elbow (back view; cut in front coordinates like regions.py, flipped): the olecranon and the skin
# over it, between the outer and the inner elbow.
ELBOW_BACK_CUT = smooth([(86, 361), (92, 358.5), (97.5, 361.5), (99, 374), (97.5, 386), (92, 392.5), (86.5, 389), (84.8, 375)])
region("back", "elbow_back", ELBOW_BACK_CUT, 20)

# ---------------------------------------------------------------- shared shapes (front coordinates)
LATERAL_SHOULDER = band(191, 270, -0.25, [(0, 0.28), (0.35, 0.38), (1, 0.18)])          # over the middle deltoid
FRONT_SHOULDER = blob([(116, 190), (106, 189), (95, 191), (87, 198), (83, 210), (83, 226), (87, 241), (95, 251),
                       (105, 254), (114, 249), (120, 238), (123, 222), (122, 205)])    # deep in the front of the shoulder
ANT_DELTOID = blob([(124, 196), (112, 193), (100, 196), (92, 205), (89, 220), (92, 236), (100, 247), (110, 250),
                    (118, 243), (124, 230), (126, 212)])                                # over the anterior deltoid
LAT_EPICONDYLE = blob([(84, 360), (79, 358.5), (73, 363), (71.5, 373), (74, 383), (80, 386), (85, 381), (86.5, 370)])
MED_EPICONDYLE = blob([(104, 358), (110, 360), (113.5, 370), (111.5, 382), (105, 386), (100, 380), (99, 368)])
ELBOW_CREASE = blob([(90, 360), (99, 359), (105.5, 366), (106, 379), (99.5, 388), (91, 386), (87, 377), (87.5, 366)])
RING_LITTLE = unary_union([FINGERS["ring"], FINGERS["little"]])
ULNAR_HAND = unary_union([RING_LITTLE, palm(x0=70, y0=540)])          # hypothenar side of the palm and digits 4-5
RADIAL_HAND = unary_union([B.THUMB, palm(x1=57)])                      # thenar side of the palm and the thumb
WRIST_BAND = LIMB_HAND & smooth([(40, 512), (95, 510), (95, 536), (40, 538)])     # a band around the wrist


# ================================================================ rotator cuff and scapular muscles
# Supraspinatus (both belly trigger points): deep ache over the mid-deltoid and, as a distinct solid patch, over
# the lateral epicondyle (a tennis-elbow mimic); stippled down the outer arm between them and on along the
# dorsoradial forearm. TP3 (the tendon under the acromion): a local deltoid ache round the attachment.
for tp in ("supraspinatus_tp1", "supraspinatus_tp2"):
    both(tp, "essential", unary_union([LATERAL_SHOULDER, LAT_EPICONDYLE & LIMB.buffer(0.6)]))
    both(tp, "spillover", unary_union([band(250, 364, -0.25, [(0, 0.2), (0.5, 0.14), (1, 0.18)]),
                                       band(384, 452, -0.25, [(0, 0.14), (1, 0.08)])]), back=False)
    zone(tp, "spillover", "back", mirror(unary_union([band(250, 364, -0.25, [(0, 0.2), (0.5, 0.14), (1, 0.18)]),
                                                      band(384, 476, -0.25, [(0, 0.32), (0.6, 0.26), (1, 0.12)])])))
both("supraspinatus_tp3", "essential", band(191, 252, -0.25, [(0, 0.3), (0.4, 0.36), (1, 0.16)]), back=False)
zone("supraspinatus_tp3", "essential", "back", unary_union([
    mirror(band(191, 252, -0.25, [(0, 0.3), (0.4, 0.36), (1, 0.16)])),
    blob([(297, 204), (304, 199.5), (314, 199.5), (319, 208), (317, 221), (308, 224), (299, 217)])]))

# Infraspinatus, upper trigger points: intensely deep in the front of the shoulder (solid); stippled over the
# mid-deltoid, in a tapering band down the front and outer arm and the radial forearm to the thumb side of the
# hand, and up at the suboccipital region (back of the neck).
INFRA_ARM = unary_union([band(190, 272, -0.25, 0.46),
                         band(236, 360, -0.2, [(0, 0.62), (0.4, 0.52), (1, 0.4)]),
                         band(356, 400, -0.2, [(0, 0.36), (0.5, 0.14), (1, 0.36)]),     # thin over the outer elbow
                         band(396, 524, -0.2, [(0, 0.4), (0.5, 0.36), (1, 0.34)]),
                         RADIAL_HAND])
for tp in ("infraspinatus_tp1", "infraspinatus_tp2"):
    zone(tp, "essential", "front", FRONT_SHOULDER)
    zone(tp, "spillover", "front", INFRA_ARM)
    zone(tp, "spillover", "back", unary_union([mirror(band(191, 266, -0.25, [(0, 0.26), (0.5, 0.22), (1, 0.12)])),
                                               blob([(201.5, 110), (211, 107.5), (220, 110), (223, 121), (220, 136),
                                                     (212, 146), (201.5, 148)])]))
    zone(tp, "spillover", "head", blob([(76, 214), (100, 206), (126, 205), (146, 212), (148, 230), (132, 244),
                                        (104, 248), (80, 242), (68, 228)]))
# Infraspinatus, the trigger point near the vertebral border: along the medial border of the scapula.
zone("infraspinatus_tp3", "essential", "back", blob([
    (222, 204), (230, 202), (236, 212), (240, 232), (244, 254), (247, 272), (245, 288), (238, 294), (230, 290), (224, 272),
    (219, 250), (216, 228), (217, 210)]))

# Teres minor: a deep, bursa-like oval over the posterior deltoid just above its insertion, stippled round it and
# down the back of the upper arm.
zone("teres_minor_tp1", "essential", "back", blob([(299, 240), (308, 236.5), (316, 240), (321, 251), (319, 264),
                                                   (311, 271), (302, 269), (297, 260), (296.5, 249)]))
zone("teres_minor_tp1", "spillover", "back", blob([(295, 230), (309, 226), (321, 233), (326, 252), (324, 284),
                                                   (318, 312), (310, 322), (302, 316), (296, 296), (292, 268),
                                                   (291.5, 244)]))

# Teres major (both trigger points): solid over the posterior deltoid and along the long head of the triceps; the
# back of the forearm stippled, the elbow skipped.
for tp in ("teres_major_tp1", "teres_major_tp2"):
    zone(tp, "essential", "back", blob([(288, 213), (300, 210), (313, 214.5), (320, 228), (318, 247), (310, 262),
                                        (306, 282), (304.5, 306), (302, 330), (296, 341), (289.5, 334), (287, 310),
                                        (286, 282), (284.5, 256), (283.5, 232)]))
    zone(tp, "spillover", "back", mirror(band(394, 502, [(0, 0.28), (1, 0.3)], [(0, 0.72), (0.5, 0.72), (1, 0.66)])))

# Latissimus dorsi, upper (axillary) trigger point: a steady ache round the inferior angle of the scapula and the
# mid-thoracic region; stippled over the back of the shoulder and down the medial arm, forearm and hand to the
# ring and little fingers (seen from behind and, on the ulnar edge, from the front).
LAT_ULNAR = unary_union([band(248, 358, [(0, 0.7), (1, 0.8)], 1.0), band(352, 400, [(0, 0.82), (0.5, 0.92), (1, 0.82)], 1.0),
                         band(392, 524, [(0, 0.72), (1, 0.64)], 1.0), ULNAR_HAND])
zone("latissimus_dorsi_tp1", "essential", "back", blob([(232, 267), (246, 263), (261, 268), (271, 282), (274, 298),
                                                        (266, 314), (250, 322), (234, 319), (222, 307), (220.5, 289),
                                                        (224.5, 275)]))
zone("latissimus_dorsi_tp1", "spillover", "back", unary_union([
    blob([(290, 220), (304, 217), (317, 224), (320, 244), (312, 258), (299, 262), (289, 254), (285.5, 238)]),
    mirror(LAT_ULNAR)]))
zone("latissimus_dorsi_tp1", "spillover", "front", band(386, 524, [(0, 0.76), (1, 0.7)], 1.0) | RING_LITTLE)
# Latissimus dorsi, lower lateral trigger point: the front of the shoulder; stippled down the side of the trunk
# above the iliac crest.
LAT_FLANK = blob([(128, 334), (140, 334), (147, 350), (150, 374), (150, 400), (146, 424), (138, 444), (126, 452), (118, 452),
                  (118, 340)])
zone("latissimus_dorsi_tp2", "essential", "front", ANT_DELTOID)
zone("latissimus_dorsi_tp2", "spillover", "front", LAT_FLANK)
zone("latissimus_dorsi_tp2", "spillover", "back", mirror(LAT_FLANK))

# Subscapularis (both trigger points): a strong ache at the back of the shoulder and a band round the wrist, solid
# on the back of the wrist; stippled over the scapula, down the back of the arm to the elbow and on the palm side
# of the wrist.
for tp in ("subscapularis_tp1", "subscapularis_tp2"):
    zone(tp, "essential", "back", unary_union([
        blob([(283, 205), (297, 202), (309, 205), (316, 214), (318.5, 232), (316, 252), (308, 265), (296, 268),
              (287, 260), (282.5, 244), (280.5, 224)]),
        mirror(WRIST_BAND)]))
    zone(tp, "spillover", "back", unary_union([
        blob([(230, 200), (250, 196), (272, 200), (286, 210), (284, 228), (270, 252), (256, 274), (244, 290), (236, 284),
              (231, 258), (229, 226)]),
        mirror(band(254, 366, [(0, 0.18), (1, 0.24)], [(0, 0.86), (1, 0.78)]))]))
    zone(tp, "spillover", "front", WRIST_BAND)

# Rhomboids (both trigger points): along the vertebral border of the scapula, between it and the paraspinal
# muscles; stippled up over the supraspinous part of the scapula.
for tp in ("rhomboids_tp1", "rhomboids_tp2"):
    zone(tp, "essential", "back", blob([(212, 198), (222, 196), (230, 200), (233, 214), (234.5, 236), (236.5, 258),
                                        (239.5, 278), (242, 292), (236, 298), (228, 292), (222, 276), (217, 254),
                                        (213, 232), (210, 212)]))
    zone(tp, "spillover", "back", blob([(232, 194), (248, 191), (266, 193), (282, 198), (296, 203), (298, 209),
                                        (286, 212), (268, 213), (250, 216), (236, 218), (230, 210)]))

# ================================================================ deltoid (local patterns)
# Anterior part: round its trigger point over the front of the shoulder; stippled over the middle deltoid and a
# little down the front of the arm.
zone("deltoid_anterior_tp1", "essential", "front", blob([(128, 193), (118, 192), (106, 195), (98, 203), (96, 215), (98, 228),
                                                         (104, 238), (113, 242), (122, 237), (129, 226), (132, 212),
                                                         (132, 199)]))
zone("deltoid_anterior_tp1", "spillover", "front", blob([(134, 192), (120, 189), (104, 190), (90, 193), (80, 202), (76, 218),
                                                         (78, 238), (84, 256), (88, 280), (94, 300), (102, 305), (108, 292),
                                                         (111, 270), (116, 252), (126, 240), (134, 226), (137, 208)]))
zone("deltoid_anterior_tp2", "essential", "front", blob([(112, 222), (104, 220), (96, 226), (92, 238), (92, 252), (96, 265),
                                                         (103, 272), (111, 268), (115, 256), (117, 240)]))
zone("deltoid_anterior_tp2", "spillover", "front", blob([(124, 210), (110, 204), (96, 206), (86, 214), (80, 230), (80, 252),
                                                         (84, 274), (90, 296), (98, 314), (106, 312), (111, 294), (114, 274),
                                                         (119, 254), (124, 236)]))
# Middle part: centred on the outer shoulder, stippled round it to the front and back of the shoulder.
both("deltoid_middle_tp1", "essential", band(200, 284, -0.25, [(0, 0.3), (0.45, 0.4), (1, 0.22)]))
both("deltoid_middle_tp1", "spillover", band(190, 302, -0.25, [(0, 0.62), (0.4, 0.66), (1, 0.34)]))
# Posterior part: round its trigger point at the back of the shoulder; stippled over the outer shoulder and down
# the back of the arm.
zone("deltoid_posterior_tp1", "essential", "back", blob([(262, 216), (276, 212), (292, 210), (304, 214), (308, 226),
                                                         (304, 240), (294, 250), (280, 250), (268, 244), (261, 232)]))
zone("deltoid_posterior_tp1", "spillover", "back", blob([(258, 212), (280, 206), (300, 204), (316, 208), (326, 222),
                                                         (328, 250), (324, 280), (318, 300), (310, 304), (302, 290),
                                                         (296, 272), (286, 262), (270, 256), (258, 242), (255, 226)]))
zone("deltoid_posterior_tp2", "essential", "back", blob([(290, 248), (300, 244.5), (310, 250), (315.5, 263), (315, 280),
                                                         (310, 292), (302, 294), (294, 286), (288, 272), (287, 258)]))
zone("deltoid_posterior_tp2", "spillover", "back", blob([(284, 228), (300, 222), (316, 228), (326, 246), (328, 270),
                                                         (326, 300), (320, 326), (310, 336), (300, 330), (292, 310),
                                                         (286, 288), (282, 262), (281, 242)]))

# ================================================================ arm muscles
# Coracobrachialis: the front of the shoulder; a discontinuous stippled line down the back of the arm, the back
# of the forearm and the back of the hand to the middle finger (elbow and wrist skipped).
zone("coracobrachialis_tp1", "essential", "front", blob([(124, 200), (112, 196), (100, 199), (92, 208), (90, 222), (93, 238),
                                                         (101, 248), (112, 250), (120, 242), (125, 228), (127, 212)]))
zone("coracobrachialis_tp1", "spillover", "back", mirror(unary_union([
    band(262, 348, [(0, 0.3), (1, 0.36)], [(0, 0.62), (1, 0.6)]),
    band(402, 482, [(0, 0.36), (1, 0.38)], [(0, 0.64), (1, 0.62)]),
    B.PALM & tapered([(62.5, 548), (61.8, 562), (61.1, 576)], [7.5, 8.5, 9]),
    FINGERS["middle"]])))

# Biceps brachii (both trigger points): solid over the front of the shoulder, over the long head's tendon; stippled
# over the muscle itself, in the crease of the elbow and, seen from behind, over the suprascapular region.
for tp in ("biceps_brachii_tp1", "biceps_brachii_tp2"):
    zone(tp, "essential", "front", blob([(118, 196), (106, 193), (94, 197), (88, 208), (88, 224), (92, 240), (96, 256),
                                         (100, 266), (106, 264), (110, 250), (115, 234), (120, 218), (121, 204)]))
    zone(tp, "spillover", "front", unary_union([
        blob([(92, 250), (100, 248), (108, 256), (110, 280), (109, 310), (106, 336), (102, 352), (94, 356), (87, 350),
              (84, 330), (84, 300), (86, 272)]),
        ELBOW_CREASE]))
    zone(tp, "spillover", "back", blob([(238, 196), (254, 192), (272, 194), (288, 199), (298, 205), (292, 212), (274, 211),
                                        (256, 213), (240, 214), (234, 207)]))

# Brachialis (both trigger points): solid at the dorsal base of the thumb (first carpometacarpal joint and web
# space); stippled in the crease of the elbow and over the front of the shoulder.
THUMB_BASE = unary_union([B.THUMB & box(0, 0, 400, 568), B.PALM & smooth([(46, 530), (55, 528), (58, 540), (57, 556),
                                                                        (52, 568), (46, 566)])])
for tp in ("brachialis_tp1", "brachialis_tp2"):
    zone(tp, "essential", "back", mirror(THUMB_BASE))
    zone(tp, "essential", "front", B.THUMB & smooth([(36, 540), (46, 532), (52, 540), (48, 560), (40, 566), (35, 556)]))
    zone(tp, "spillover", "front", unary_union([ELBOW_CREASE, blob([(112, 200), (102, 198), (94, 204), (92, 216), (96, 228),
                                                                    (106, 232), (114, 226), (117, 212)])]))

# Triceps brachii. TP1 (long head): up the back of the arm to the back of the shoulder; stippled at the base of the
# neck over the upper trapezius and down the back of the forearm, skipping the elbow.
zone("triceps_brachii_tp1", "essential", "back", blob([(286, 214), (298, 211), (310, 216), (314, 230), (310, 248), (306, 268),
                                                       (305, 292), (304, 318), (302, 340), (296, 350), (289, 344),
                                                       (286, 322), (285, 294), (284, 266), (283, 240)]))
zone("triceps_brachii_tp1", "spillover", "back", unary_union([
    blob([(212, 172), (226, 166), (246, 170), (264, 178), (272, 186), (262, 192), (244, 190), (226, 186), (214, 182)]),
    mirror(band(396, 505, [(0, 0.28), (1, 0.3)], [(0, 0.72), (1, 0.7)]))]))
# TP2 (medial head, lateral border): the lateral epicondyle, up to the trigger point just above it; stippled along
# the radial side of the forearm.
TRI2 = blob([(312, 344), (318, 340), (324, 344), (328, 360), (329, 378), (326, 388), (318, 390), (312, 382), (310, 368),
             (310, 354)])
zone("triceps_brachii_tp2", "essential", "back", TRI2)
zone("triceps_brachii_tp2", "essential", "front", mirror(TRI2))
zone("triceps_brachii_tp2", "spillover", "back", mirror(band(388, 482, -0.25, [(0, 0.34), (1, 0.22)])))
zone("triceps_brachii_tp2", "spillover", "front", band(388, 470, -0.25, [(0, 0.12), (1, 0.08)]))
# TP3 (lateral head): over the back of the arm; stippled down the back of the forearm to the ring and little
# fingers.
zone("triceps_brachii_tp3", "essential", "back", blob([(312, 282), (320, 282), (326, 292), (327, 312), (325, 334), (318, 346),
                                                       (310, 344), (305, 330), (305, 308), (307, 292)]))
zone("triceps_brachii_tp3", "spillover", "back", mirror(unary_union([
    band(396, 505, [(0, 0.3), (1, 0.34)], [(0, 0.74), (1, 0.76)]),
    band(500, 530, [(0, 0.42), (1, 0.6)], [(0, 0.86), (1, 1.0)]),
    palm(x0=68, y0=525), RING_LITTLE])))
# TP4 (deep medial head above the olecranon): the point of the elbow.
zone("triceps_brachii_tp4", "essential", "back", blob([(302, 362), (310, 358), (317, 362), (319, 372), (317, 384),
                                                       (310, 390), (303, 386), (300, 375)]))
# TP5 (medial head, medial border): the medial epicondyle; stippled along the palm side of the ulnar forearm to the
# ring and little fingers.
TRI5 = blob([(288, 348), (296, 346), (302, 354), (302.5, 370), (298, 382), (291, 385), (286.5, 374), (286, 360)])
zone("triceps_brachii_tp5", "essential", "back", TRI5)
zone("triceps_brachii_tp5", "essential", "front", mirror(TRI5))
zone("triceps_brachii_tp5", "spillover", "front", unary_union([band(386, 524, [(0, 0.62), (1, 0.6)], 1.0), ULNAR_HAND]))

# Anconeus: local, over the lateral epicondyle round its trigger point.
ANC = blob([(314, 366), (321, 363), (327, 368), (329, 380), (326, 392), (319, 398), (312, 394), (309, 384), (310, 373)])
zone("anconeus_tp1", "essential", "back", ANC)
zone("anconeus_tp1", "essential", "front", mirror(ANC))

# Serratus posterior superior: a deep ache under the upper part of the scapula; stippled over the posterior
# deltoid, the long head of the triceps and the olecranon, down the ulnar side of the forearm and hand to the
# little finger.
zone("serratus_posterior_superior_tp1", "essential", "back", blob([(226, 200), (240, 196), (256, 197), (270, 202), (276, 212),
                                                                   (272, 226), (262, 236), (248, 240), (234, 238),
                                                                   (226, 228), (223, 214)]))
zone("serratus_posterior_superior_tp1", "spillover", "back", unary_union([
    blob([(286, 214), (300, 210), (312, 216), (316, 232), (310, 250), (298, 256), (288, 248), (284, 230)]),
    mirror(band(250, 362, [(0, 0.48), (1, 0.5)], [(0, 0.88), (1, 0.82)])),
    blob([(302, 362), (310, 358), (317, 362), (319, 372), (317, 384), (310, 390), (303, 386), (300, 375)]),
    mirror(band(390, 524, [(0, 0.66), (1, 0.62)], 1.0)),
    mirror(unary_union([FINGERS["little"], palm(x0=74, y0=526)]))]))

# ================================================================ chest muscles
# Pectoralis major. TP1 (clavicular section): the anterior deltoid (solid), stippled locally over the clavicular
# section below the collarbone.
zone("pectoralis_major_tp1", "essential", "front", blob([(130, 194), (118, 192), (104, 195), (94, 204), (90, 218), (92, 234),
                                                         (99, 246), (110, 250), (120, 242), (127, 228), (132, 212)]))
zone("pectoralis_major_tp1", "spillover", "front", blob([(190, 190), (170, 189), (150, 189.5), (136, 192), (128, 200), (130, 210),
                                                         (142, 214), (160, 211), (178, 206), (190, 202)]))
# TP2 (intermediate sternal section): intense over the front of the chest and a strong patch at the medial
# epicondyle; stippled round the chest patch, down the inner arm and the ulnar forearm to the ring and little
# fingers.
zone("pectoralis_major_tp2", "essential", "front", unary_union([
    blob([(186, 208), (170, 207), (152, 212), (136, 222), (124, 236), (120, 252), (126, 266), (140, 278), (158, 286),
          (176, 290), (188, 286), (191, 262), (191, 232)]),
    MED_EPICONDYLE & LIMB.buffer(0.6)]))
zone("pectoralis_major_tp2", "spillover", "front", unary_union([
    blob([(190, 204), (170, 202), (148, 206), (128, 218), (117, 236), (116, 256), (124, 272), (140, 284), (160, 292),
          (180, 296), (191, 292)]),
    band(248, 364, [(0, 0.66), (1, 0.7)], 1.0), band(384, 524, [(0, 0.66), (1, 0.62)], 1.0), ULNAR_HAND]))
# TP3 (medial sternal section): over the sternum without crossing the midline; stippled onto the adjacent chest.
zone("pectoralis_major_tp3", "essential", "front", blob([(201.5, 196), (194, 194), (188, 200), (183, 222), (179, 238),
                                                         (183, 256), (186, 276), (190, 292), (201.5, 296)]) & LEFT_OF_MIDLINE_F)
zone("pectoralis_major_tp3", "spillover", "front", blob([(192, 192), (176, 194), (164, 204), (160, 226), (162, 256), (168, 280),
                                                         (178, 294), (192, 298)]))
# TP4 (costal and abdominal section, lower lateral edge): the breast, with the nipple.
zone("pectoralis_major_tp4", "essential", "front", blob([(160, 246), (146, 246), (134, 254), (127, 264), (126, 280), (134, 292),
                                                         (148, 298), (162, 296), (172, 286), (174, 268), (170, 254)]))

# Pectoralis minor (both trigger points): solid over the anterior deltoid; stippled over the subclavicular and
# pectoral area, down the ulnar side of the arm, the elbow and the forearm to the palm side of the 3rd-5th digits.
PEC_MINOR_S = unary_union([
    blob([(190, 192), (170, 190), (148, 190), (130, 195), (124, 210), (122, 232), (124, 252), (132, 268), (146, 280),
          (164, 288), (182, 290), (191, 280), (191, 240), (191, 210)]),
    band(248, 364, [(0, 0.62), (1, 0.66)], 1.0), band(360, 394, 0.62, 1.0), band(390, 524, [(0, 0.6), (1, 0.54)], 1.0),
    FINGERS["middle"], RING_LITTLE, palm(x0=63, y0=548)])
for tp in ("pectoralis_minor_tp1", "pectoralis_minor_tp2"):
    zone(tp, "essential", "front", ANT_DELTOID)
    zone(tp, "spillover", "front", PEC_MINOR_S)

# Subclavius: across the front of the shoulder and down the front of the arm; stippled along the radial forearm
# (the elbow skipped) and over the radial half of the hand, the thumb, index and middle fingers.
zone("subclavius_tp1", "essential", "front", unary_union([
    blob([(130, 192), (116, 193), (102, 197), (92, 206), (88, 220), (90, 236), (96, 248), (104, 250), (112, 242), (118, 228),
          (124, 214), (130, 204)]),
    band(246, 356, [(0, 0.26), (1, 0.3)], [(0, 0.74), (1, 0.68)])]))
SUBCLAVIUS_HAND = unary_union([B.THUMB, FINGERS["index"], FINGERS["middle"], palm(x1=64)])
zone("subclavius_tp1", "spillover", "front", unary_union([band(396, 516, -0.2, [(0, 0.42), (1, 0.4)]), SUBCLAVIUS_HAND]))
zone("subclavius_tp1", "spillover", "back", mirror(SUBCLAVIUS_HAND))

# Sternalis (both trigger points): a deep ache over the sternum; stippled across the upper chest, over the front of
# the shoulder and down the ulnar side of the arm to the elbow.
for tp in ("sternalis_tp1", "sternalis_tp2"):
    zone(tp, "essential", "front", blob([(201.5, 188), (192, 188), (184, 196), (182, 220), (182, 250), (183, 276), (187, 294),
                                         (201.5, 298)]) & LEFT_OF_MIDLINE_F)
    zone(tp, "spillover", "front", unary_union([
        blob([(188, 191), (166, 190), (146, 191), (130, 196), (124, 208), (128, 222), (144, 230), (164, 236), (184, 240)]),
        blob([(124, 196), (110, 194), (98, 198), (92, 208), (92, 222), (98, 234), (108, 238), (118, 232), (124, 218)]),
        band(248, 384, [(0, 0.66), (1, 0.62)], 1.0)]))

# Serratus anterior: the side of the chest at the level of the 5th-6th ribs round the trigger point (seen from the
# front and, at its outer edge, from behind) and a patch on the inner side of the lower tip of the shoulder blade;
# stippled down the inner arm and forearm to the palm and the ring and little fingers.
SERRATUS_E = blob([(134, 276), (146, 276), (156, 286), (160, 302), (156, 318), (144, 326), (130, 324), (122, 312), (121, 294),
                   (126, 282)])
zone("serratus_anterior_tp1", "essential", "front", SERRATUS_E)
zone("serratus_anterior_tp1", "essential", "back", unary_union([
    mirror(SERRATUS_E & box(0, 0, 133, 1000)),
    blob([(226, 272), (236, 270), (244, 278), (246, 292), (242, 304), (232, 308), (224, 300), (221, 286)])]))
zone("serratus_anterior_tp1", "spillover", "front", unary_union([
    band(252, 358, [(0, 0.66), (1, 0.7)], 1.0), band(352, 400, [(0, 0.78), (0.5, 0.88), (1, 0.78)], 1.0),
    band(394, 524, [(0, 0.68), (1, 0.6)], 1.0),
    RING_LITTLE, palm(x0=66, y0=530)]))


# ================================================================ the lateral view (the person's right side)
# Drawn where the patterns fall on the side of the body (lateral.py: +x is the front; the arm hangs a little
# forward, thumb forward, so the forearm and hand show their dorsal side, the radial border in front). Zones on
# the trunk are drawn only where the arm does not cover it. Patterns of the medial arm and the palm (pectoralis
# major and minor, sternalis, the medial epicondyle) do not show from this side.
try:
    from . import lateral as L
except ImportError:          # the lateral view is not drawn in this checkout
    L = None

if L is not None:
    LV = "lateral"
    L_ARMS = unary_union([L.ARM, L.HAND]).buffer(0.8)
    _E0, _W0 = (221.0, 372.0), (298.0, 511.0)          # elbow and wrist centres: the forearm's axis
    L_FOREARM_PALM = unary_union([L.FOREARM, L.PALM])

    def l_arm(y0, y1, lo, hi, n=10):
        """A band along the lateral view's upper arm: 0 = its back edge, 1 = its front edge."""
        left, right = [], []
        for t in np.linspace(0, 1, n):
            y = y0 + (y1 - y0) * t
            xl, xr = _extent(y, L.UPPER_ARM)
            left.append((xl + _f(lo, t) * (xr - xl), y))
            right.append((xl + _f(hi, t) * (xr - xl), y))
        return smooth(left + list(reversed(right))) & L.UPPER_ARM.buffer(0.6)

    def l_fore(t0, t1, lo, hi, n=9):
        """A band along the lateral view's forearm, t from the elbow (0) to the wrist (1); across it 0 is the
        ulnar border (behind, below) and 1 the radial border (in front)."""
        dx, dy = _W0[0] - _E0[0], _W0[1] - _E0[1]
        d = (dx * dx + dy * dy) ** 0.5
        nx, ny = dy / d, -dx / d                     # across the forearm, towards its radial (front) border
        left, right = [], []
        for k, t in enumerate(np.linspace(t0, t1, n)):
            cx, cy = _E0[0] + dx * t, _E0[1] + dy * t
            cut = L_FOREARM_PALM.intersection(LineString([(cx - nx * 60, cy - ny * 60), (cx + nx * 60, cy + ny * 60)]))
            segs = [g for g in getattr(cut, "geoms", [cut]) if not g.is_empty and g.length > 0]
            seg = max(segs, key=lambda g: g.length)
            (ax, ay), (bx, by) = seg.coords[0], seg.coords[-1]
            if (ax - cx) * nx + (ay - cy) * ny > (bx - cx) * nx + (by - cy) * ny:
                (ax, ay), (bx, by) = (bx, by), (ax, ay)             # a: ulnar end, b: radial end
            u = k / (n - 1)
            fl, fh = _f(lo, u), _f(hi, u)
            left.append((ax + (bx - ax) * fl, ay + (by - ay) * fl))
            right.append((ax + (bx - ax) * fh, ay + (by - ay) * fh))
        return smooth(left + list(reversed(right))) & unary_union([L.FOREARM, L.PALM]).buffer(0.6)

    def l_trunk(geom):
        return geom.difference(L_ARMS)

    L_MID_DELTOID = blob([(199, 189), (212, 186.5), (224, 192), (229, 210), (229, 236), (224, 258), (216, 272), (207, 272),
                          (198, 258), (193, 236), (193, 210)])
    L_FRONT_SHOULDER = blob([(217, 190), (229, 194), (238, 208), (241, 228), (238, 248), (230, 258), (221, 252), (216, 234),
                             (214, 210)])
    L_BACK_SHOULDER = blob([(175, 198), (189, 191), (200, 194), (203, 214), (201, 240), (195, 256), (185, 259), (178, 246),
                            (173, 222)])
    L_LAT_EPICONDYLE = blob([(210, 361), (219, 359), (226, 365), (227.5, 377), (221, 386), (212, 385), (206.5, 377),
                             (206.5, 367)])
    L_OLECRANON = blob([(193, 370), (202, 366), (211, 372), (213, 388), (208, 400), (198, 400), (192, 390)])
    L_CREASE = blob([(233, 360), (241, 358), (248, 368), (250, 383), (244, 392), (236, 388), (231, 375)])
    L_WRIST_BAND = l_fore(0.86, 1.04, -0.3, 1.3)
    L_THUMB_BASE = unary_union([L.THUMB & box(0, 0, 400, 552), L.PALM & blob([(313, 531), (322, 534), (326, 548), (320, 556),
                                                                            (312, 548)])])
    L_ULNAR_HAND = unary_union([L.FINGERS["ring"], L.FINGERS["little"], L.PALM & box(0, 540, 305, 1000)])
    L_RADIAL_HAND = unary_union([L.THUMB, L.FINGERS["index"], L.FINGERS["middle"], L.PALM & box(309, 538, 400, 1000)])
    L_DORSAL_FOREARM = l_fore(0.2, 0.86, [(0, 0.24), (1, 0.28)], [(0, 0.74), (1, 0.72)])
    L_ULNAR_FOREARM = l_fore(0.12, 0.98, -0.3, [(0, 0.2), (1, 0.24)])
    L_RADIAL_FOREARM = l_fore(0.08, 0.84, [(0, 0.7), (1, 0.72)], 1.3)
    L_SUPRASCAPULAR = blob([(162, 192), (176, 188.5), (191, 189.5), (198, 193.5), (190, 199), (176, 202.5), (163, 204)])
    L_MEDIAL_BORDER = L.strip(202, 292, -0.3, 0.07)
    L_SUBOCCIPITAL = blob([(153, 118), (166, 116), (178, 124), (178, 138), (170, 146), (160, 146), (153, 136)])
    L_SCAPULA = blob([(147, 200), (166, 196), (180, 200), (182, 230), (178, 262), (168, 290), (152, 293), (142, 270),
                      (140, 240), (142, 214)])

    # rotator cuff and scapular muscles
    for tp in ("supraspinatus_tp1", "supraspinatus_tp2"):
        zone(tp, "essential", LV, unary_union([L_MID_DELTOID, L_LAT_EPICONDYLE]))
        zone(tp, "spillover", LV, unary_union([l_arm(262, 364, [(0, 0.3), (1, 0.4)], [(0, 0.66), (1, 0.7)]),
                                               l_fore(0.08, 0.66, [(0, 0.42), (1, 0.48)], [(0, 0.92), (1, 0.84)])]))
    zone("supraspinatus_tp3", "essential", LV, blob([(200, 188), (212, 186), (223, 191), (227, 208), (226, 230), (220, 250),
                                                     (211, 256), (202, 248), (196, 228), (195, 206)]))
    for tp in ("infraspinatus_tp1", "infraspinatus_tp2"):
        zone(tp, "essential", LV, L_FRONT_SHOULDER)
        zone(tp, "spillover", LV, unary_union([L_MID_DELTOID, l_arm(236, 362, [(0, 0.46), (1, 0.54)], 1.2),
                                               L_RADIAL_FOREARM, L.THUMB, L.PALM & box(312, 0, 400, 1000),
                                               L_SUBOCCIPITAL]))
    zone("infraspinatus_tp3", "essential", LV, L_MEDIAL_BORDER)
    zone("teres_minor_tp1", "essential", LV, blob([(186, 240), (196, 236), (205, 242), (207, 256), (202, 268), (192, 270),
                                                   (184, 260)]))
    zone("teres_minor_tp1", "spillover", LV, l_arm(228, 322, -0.2, [(0, 0.5), (0.5, 0.46), (1, 0.36)]))
    for tp in ("teres_major_tp1", "teres_major_tp2"):
        zone(tp, "essential", LV, unary_union([L_BACK_SHOULDER, l_arm(250, 340, -0.2, [(0, 0.36), (1, 0.3)])]))
        zone(tp, "spillover", LV, L_DORSAL_FOREARM)
    zone("latissimus_dorsi_tp1", "essential", LV, l_trunk(blob([(146, 272), (160, 266), (174, 270), (180, 286), (178, 306),
                                                                (168, 318), (152, 320), (142, 306), (140, 288)])))
    zone("latissimus_dorsi_tp1", "spillover", LV, unary_union([L_BACK_SHOULDER, l_arm(256, 364, -0.2, 0.14),
                                                               L_ULNAR_FOREARM, L_ULNAR_HAND]))
    zone("latissimus_dorsi_tp2", "essential", LV, L_FRONT_SHOULDER)
    zone("latissimus_dorsi_tp2", "spillover", LV, l_trunk(blob([(176, 352), (196, 347), (222, 350), (232, 362), (232, 392),
                                                                (228, 420), (214, 432), (190, 434), (176, 428), (170, 404),
                                                                (170, 376)])))
    for tp in ("subscapularis_tp1", "subscapularis_tp2"):
        zone(tp, "essential", LV, unary_union([blob([(173, 196), (189, 189), (202, 193), (206, 214), (204, 242), (197, 260),
                                                     (185, 264), (177, 250), (171, 224)]), L_WRIST_BAND]))
        zone(tp, "spillover", LV, unary_union([l_trunk(L_SCAPULA), l_arm(256, 364, -0.2, [(0, 0.42), (1, 0.36)])]))
    for tp in ("rhomboids_tp1", "rhomboids_tp2"):
        zone(tp, "essential", LV, L_MEDIAL_BORDER)
        zone(tp, "spillover", LV, L_SUPRASCAPULAR)

    # deltoid
    zone("deltoid_anterior_tp1", "essential", LV, blob([(220, 194), (232, 196), (240, 208), (241, 226), (236, 236), (226, 236),
                                                        (219, 226), (216, 208)]))
    zone("deltoid_anterior_tp1", "spillover", LV, blob([(210, 190), (226, 188), (240, 198), (245, 220), (242, 248), (238, 272),
                                                        (232, 296), (224, 300), (220, 280), (210, 262), (204, 240), (204, 210)]))
    zone("deltoid_anterior_tp2", "essential", LV, blob([(220, 222), (232, 222), (240, 234), (240, 252), (234, 264), (224, 264),
                                                        (218, 252), (217, 236)]))
    zone("deltoid_anterior_tp2", "spillover", LV, blob([(212, 200), (228, 198), (242, 210), (245, 236), (242, 262), (236, 290),
                                                        (228, 312), (220, 306), (212, 282), (206, 256), (205, 226)]))
    zone("deltoid_middle_tp1", "essential", LV, L_MID_DELTOID)
    zone("deltoid_middle_tp1", "spillover", LV, blob([(192, 186), (212, 182), (230, 190), (238, 212), (238, 246), (232, 274),
                                                      (222, 296), (206, 296), (194, 276), (186, 246), (186, 210)]))
    zone("deltoid_posterior_tp1", "essential", LV, blob([(178, 196), (192, 192), (200, 198), (202, 216), (198, 232), (188, 236),
                                                         (180, 228), (176, 212)]))
    zone("deltoid_posterior_tp1", "spillover", LV, blob([(172, 192), (190, 186), (204, 190), (210, 206), (212, 232), (206, 262),
                                                         (198, 292), (190, 300), (184, 288), (180, 262), (174, 232),
                                                         (170, 208)]))
    zone("deltoid_posterior_tp2", "essential", LV, blob([(184, 222), (196, 220), (204, 230), (205, 250), (200, 264), (190, 266),
                                                         (183, 254), (181, 236)]))
    zone("deltoid_posterior_tp2", "spillover", LV, blob([(176, 200), (194, 196), (206, 206), (212, 230), (212, 262), (206, 292),
                                                         (198, 318), (190, 322), (184, 306), (180, 276), (176, 246),
                                                         (173, 220)]))

    # arm muscles
    zone("coracobrachialis_tp1", "essential", LV, L_FRONT_SHOULDER)
    zone("coracobrachialis_tp1", "spillover", LV, unary_union([
        l_arm(262, 348, [(0, 0.04), (1, 0.1)], [(0, 0.3), (1, 0.34)]), l_fore(0.28, 0.66, 0.32, 0.62),
        L.PALM & tapered([(304, 516), (308, 540), (311, 566)], [7, 8, 8.5]), L.FINGERS["middle"]]))
    for tp in ("biceps_brachii_tp1", "biceps_brachii_tp2"):
        zone(tp, "essential", LV, unary_union([L_FRONT_SHOULDER, l_arm(240, 266, 0.7, 1.2)]))
        zone(tp, "spillover", LV, unary_union([l_arm(250, 354, 0.6, 1.2), L_CREASE, L_SUPRASCAPULAR]))
    for tp in ("brachialis_tp1", "brachialis_tp2"):
        zone(tp, "essential", LV, L_THUMB_BASE)
        zone(tp, "spillover", LV, unary_union([L_CREASE, blob([(222, 196), (232, 198), (238, 210), (238, 226), (230, 232),
                                                               (222, 226), (219, 210)])]))
    zone("triceps_brachii_tp1", "essential", LV, unary_union([L_BACK_SHOULDER, l_arm(250, 344, -0.2, [(0, 0.38), (1, 0.32)])]))
    zone("triceps_brachii_tp1", "spillover", LV, unary_union([
        blob([(166, 164), (182, 166), (200, 174), (214, 182), (206, 190), (188, 186), (172, 180), (164, 174)]),
        L_DORSAL_FOREARM]))
    zone("triceps_brachii_tp2", "essential", LV, blob([(200, 330), (210, 328), (220, 340), (226, 362), (227.5, 378), (220, 386),
                                                       (210, 384), (204, 372), (200, 352)]))
    zone("triceps_brachii_tp2", "spillover", LV, l_fore(0.1, 0.7, [(0, 0.5), (1, 0.56)], 1.3))
    zone("triceps_brachii_tp3", "essential", LV, blob([(192, 278), (204, 274), (214, 282), (216, 304), (212, 330), (202, 342),
                                                       (192, 336), (188, 312), (188, 290)]))
    zone("triceps_brachii_tp3", "spillover", LV, unary_union([L_DORSAL_FOREARM, L_ULNAR_HAND,
                                                              l_fore(0.84, 1.04, [(0, 0.24), (1, 0.0)], [(0, 0.6), (1, 0.5)])]))
    zone("triceps_brachii_tp4", "essential", LV, L_OLECRANON)
    zone("anconeus_tp1", "essential", LV, blob([(210, 362), (220, 360), (228, 368), (229, 382), (222, 394), (212, 398),
                                                (206, 393), (207, 376)]))
    zone("serratus_posterior_superior_tp1", "essential", LV, l_trunk(blob([(146, 200), (162, 196), (178, 200), (182, 214),
                                                                           (176, 232), (162, 240), (148, 236), (142, 220)])))
    zone("serratus_posterior_superior_tp1", "spillover", LV, unary_union([
        L_BACK_SHOULDER, l_arm(250, 360, -0.2, 0.3), L_OLECRANON, l_fore(0.12, 0.98, -0.3, 0.1), L.FINGERS["little"],
        L.PALM & box(0, 546, 300, 1000)]))

    # chest muscles (what shows of them from the side)
    zone("pectoralis_major_tp1", "essential", LV, L_FRONT_SHOULDER)
    zone("pectoralis_major_tp1", "spillover", LV, blob([(226, 194), (240, 196), (252, 202), (258, 212), (246, 216), (234, 213),
                                                        (228, 205)]))
    zone("pectoralis_major_tp2", "essential", LV, l_trunk(L.strip(212, 290, 0.78, 1.3)))
    zone("pectoralis_major_tp2", "spillover", LV, l_trunk(L.strip(204, 300, 0.7, 1.3)))
    zone("pectoralis_major_tp4", "essential", LV, l_trunk(blob([(240, 246), (252, 240), (264, 248), (266, 266), (262, 284),
                                                                (250, 292), (240, 284), (236, 266)])))
    for tp in ("pectoralis_minor_tp1", "pectoralis_minor_tp2"):
        zone(tp, "essential", LV, L_FRONT_SHOULDER)
        zone(tp, "spillover", LV, l_trunk(L.strip(196, 290, 0.72, 1.3)))
    zone("subclavius_tp1", "essential", LV, unary_union([L_FRONT_SHOULDER, l_arm(246, 356, [(0, 0.6), (1, 0.62)], 1.2)]))
    zone("subclavius_tp1", "spillover", LV, unary_union([l_fore(0.18, 0.84, [(0, 0.7), (1, 0.72)], 1.3), L_RADIAL_HAND]))
    for tp in ("sternalis_tp1", "sternalis_tp2"):
        zone(tp, "spillover", LV, unary_union([l_trunk(L.strip(196, 242, 0.74, 1.3)),
                                               blob([(222, 196), (232, 198), (238, 210), (238, 226), (230, 232), (222, 226),
                                                     (219, 210)])]))
    zone("serratus_anterior_tp1", "essential", LV, unary_union([
        l_trunk(L.strip(274, 326, 0.58, 1.0)),
        l_trunk(blob([(142, 278), (152, 274), (161, 282), (161, 300), (153, 310), (142, 306)]))]))
    zone("serratus_anterior_tp1", "spillover", LV, unary_union([L_ULNAR_FOREARM, L_ULNAR_HAND]))
