"""Muscle shapes: shoulder, chest and upper arm (front view: person's right at x < 200; back view: x > 200).

Drawn as the atlases draw them: each muscle from its origin to its insertion with loft fibres, neighbours meeting
along shared borders (shapely differences), tendons and aponeuroses as paler parts. Bones (clavicle, acromion,
spine of the scapula, epicondyles, olecranon) are in decor_shoulder.py; the landmarks used here:

Front: sternoclavicular joint (192.5, 185), clavicle to the AC joint (108.5, 193), acromion (97, 193.5), coracoid
  (121, 204), humeral head ~(103, 210), deltoid tuberosity (82, 304), epicondyles lateral (79.5, 373) and medial
  (106, 371); ribs 3-9 at the side of the chest for pectoralis minor and the serratus digitations.
Back: superior angle (229.5, 196), root of the spine (230, 216.5), acromion (306, 196), glenoid (290, 214),
  infraglenoid tubercle (283.5, 227), inferior angle (241.5, 290) at T7 (y 285), olecranon (309, 377.5),
  epicondyles lateral (320.5, 373) and medial (294, 371); spinous processes C7 166, T1 180, T3 210, T5 248,
  T7 285, T12 375 (as in muscles_neck.py).

Muscles of other modules that lie over these are cut out of them (read from the registry, which the build fills
in alphabetical module order, so muscles_forearm and muscles_neck are already registered here): the trapezius over
the rotator cuff, rhomboids and latissimus; the brachioradialis and the forearm muscles over the lower brachialis,
triceps and anconeus.
"""
from shapely.geometry import LineString, Polygon, box
from shapely.ops import split, unary_union

from . import body as B
from .muscles import add
from .registry import SHAPES, mark
from .shapes import catmull_rom, largest, mirror, smooth, tapered

EPS = 1.1          # the narrow skin gap left between neighbouring muscles
ARM_F = B.UPPER_ARM
ARM_B = mirror(B.UPPER_ARM)
LIMB_B = mirror(unary_union([B.UPPER_ARM, B.FOREARM]))
TORSO_F = B.TORSO
TORSO_B = mirror(B.TORSO)
RIGHT_F = box(0, 0, 199.6, 1000)
RIGHT_B = box(200.4, 0, 400, 1000)


def _cut(poly, line_pts):
    """Split a polygon along a smooth open curve; returns the pieces (largest first)."""
    line = LineString(catmull_rom(line_pts, closed=False, samples=10))
    parts = [g for g in split(poly, line).geoms]
    return sorted(parts, key=lambda g: -g.area)


def _side(parts, x_sign):
    """The piece lying furthest towards -x (x_sign=-1) or +x (x_sign=+1)."""
    return max(parts, key=lambda g: x_sign * g.centroid.x)


def _clean(g, r=0.6):
    """Drop slivers left by differences and keep the main piece."""
    return largest(g.buffer(-r).buffer(r))


def _pieces(g, min_area=12.0, r=0.5):
    g = g.buffer(-r).buffer(r)
    return [p for p in getattr(g, "geoms", [g]) if p.area >= min_area]


def _above(line_pts, top=120.0):
    """The region above a curve running from lower-medial to upper-lateral (back view, x > 200)."""
    dense = catmull_rom(line_pts, closed=False, samples=10)
    return Polygon(dense + [(dense[-1][0] + 40, dense[-1][1]), (dense[-1][0] + 40, top), (200, top), (200, dense[0][1])]).buffer(0)


def _registered(view, muscles=(), module=None):
    """Surface shapes other modules have already registered on a view (to lay ours under them)."""
    geoms = [s.geom for s in SHAPES if s.view == view and s.depth != "deep"
             and (s.muscle.startswith(tuple(muscles)) if muscles else True)
             and (module is None or s.module == module)]
    return unary_union(geoms) if geoms else Polygon()


TRAPEZIUS_B = _registered("back", ("trapezius",))
FOREARM_F = _registered("front", module="muscles_forearm")
FOREARM_B = _registered("back", module="muscles_forearm")


# =============================================================== FRONT VIEW (person's right, x < 200)

# ---- deltoid: lateral third of the clavicle (anterior part) and the acromion (middle part) -> the deltoid
#      tuberosity; the anterior border is the deltopectoral groove, the cap bulges past the acromion.
DELTOID_F = smooth([
    (140.5, 190.8), (131, 191.6), (122, 193.2), (114, 195.4), (109.5, 196.6), (104, 197.6), (97.5, 197.8), (93, 195.8),
    (88, 190), (78, 194), (68, 206), (64, 226), (64.5, 250), (68, 272), (74, 290), (80.5, 303.5), (83, 305.5),
    (86.2, 298), (93.5, 285), (102, 269.5), (110.5, 254), (117.5, 240), (123.5, 228), (129, 216.5), (133.5, 206.5),
    (137.6, 197.4)]) & ARM_F.union(TORSO_F)
_d = _cut(DELTOID_F, [(100, 184), (99, 198), (94.5, 210), (90.5, 226), (87.5, 244), (85.5, 262), (84, 280), (83, 298),
                      (82.5, 312)])
DELT_MID_F = _clean(_side(_d, -1))
DELT_ANT_F = _clean(_side(_d, +1))
add("deltoid_anterior", "front", DELT_ANT_F, part="clavicular part",
    fibers=("loft", [(140, 191.5), (131, 192.2), (122, 193.8), (114, 195.8), (106, 197.8), (99.5, 198.2)],
            [(86.5, 298), (85.8, 299.5), (85, 301), (84.4, 302.2), (83.7, 303.4), (83, 304.5)],
            [(117.5, 241), (111, 242.5), (105, 244), (99.5, 245.5), (94.5, 247), (90, 248.5)]))
add("deltoid_middle", "front", DELT_MID_F, part="acromial part",
    fibers=("loft", [(99.5, 198.5), (96, 197.5), (92, 195.5), (87, 193.5), (82, 194)],
            [(83, 305), (82.6, 304.4), (82.2, 303.8), (81.8, 303.2), (81.4, 302.4)],
            [(88.5, 250), (84.5, 249), (80.5, 248), (77, 247), (73.5, 246)]))

# ---- pectoralis major: clavicular head (medial half of the clavicle) and sternocostal head (sternum, costal
#      cartilages 1-6, the external oblique aponeurosis), converging on a flat tendon that twists under the
#      deltoid to the lateral lip of the intertubercular groove; the lower fibres roll up into the axillary fold.
PEC = smooth([
    (190.5, 189.6), (180, 189.4), (168, 189.7), (156, 190.1), (147.5, 190.6), (143, 192), (138, 196), (128, 205),
    (116, 215), (104, 224), (98, 232), (99, 248), (103, 256), (108.5, 256.8), (114.5, 257.6), (122, 264.5), (132, 275.5),
    (143, 286), (155, 294.5), (167, 300.2), (177, 303.6), (184, 303.2), (189.5, 299.2), (192.5, 292), (193.6, 270),
    (193.8, 245), (193.6, 220), (193, 200), (192, 193)])
PEC = _clean(PEC.difference(DELTOID_F.buffer(EPS)))
_p = _cut(PEC, [(199, 195), (186, 199.5), (172, 204), (158, 209.5), (144, 216), (131, 223.5), (119, 232), (108, 241),
                (94, 252)])
PEC_CLAV = min(_p, key=lambda g: g.centroid.y)
PEC_STERN = max(_p, key=lambda g: g.centroid.y)
PEC_CLAV = _clean(PEC_CLAV.buffer(-0.35))
add("pectoralis_major", "front", PEC_CLAV, part="clavicular head",
    fibers=("loft", [(147.5, 191), (158, 190.8), (170, 190.5), (182, 190.4), (191, 191)],
            [(101, 244), (101.6, 246.5), (102.2, 249), (102.8, 251.5), (103.4, 254)],
            [(124.5, 218.5), (130, 220.5), (136, 222.5), (141.5, 224.5), (147, 226.5)]))
add("pectoralis_major", "front", PEC_STERN, part="sternocostal head",
    fibers=("loft", [(193, 196), (193.6, 215), (193.8, 240), (193.6, 265), (192.6, 290), (188, 301), (178, 304),
                     (168, 301)],
            [(102, 236), (102.6, 239.5), (103.2, 243), (103.8, 246.5), (104.4, 250), (105, 253.5), (105.6, 257)],
            [(147.5, 217), (149, 230), (149, 245), (147, 258), (143, 270), (137, 279.5)]))

# ---- sternalis: a thin strap over the sternal origin of the pectoralis, from the sternal tendon of the
#      sternocleidomastoid down to the lower costal cartilages (variable, often one side only)
STERNALIS = tapered([(191.8, 193), (190.8, 212), (189.6, 236), (188.4, 260), (187, 282), (185.6, 298)],
                    [5.5, 7.2, 7.8, 7.4, 6.2, 4.2])
add("sternalis", "front", STERNALIS, tendon=STERNALIS & Polygon([(180, 150), (200, 150), (200, 199), (190, 205.5), (180, 199)]),
    fibers=("loft", [(190, 194), (193.5, 194)], [(183.8, 298), (187.4, 298)], [(186.2, 246), (193, 246)]))

# ---- pectoralis minor (deep, under the pectoralis major): coracoid -> ribs 3-5 near their cartilages
PEC_MINOR = smooth([
    (117.5, 201.5), (123, 200), (128, 202), (137, 208), (148, 216), (158, 223), (163.5, 228), (164, 233.5),
    (161.6, 238), (163.4, 243.5), (163, 249.5), (160.4, 254.5), (161.2, 261), (159.4, 267), (153.5, 270.5), (144, 262),
    (136, 248), (128.5, 232), (122.5, 218), (118, 208)])
# (its three slips on ribs 3-5 show as shallow scallops along the medial border)
add("pectoralis_minor", "front", PEC_MINOR, depth="deep", tendon=PEC_MINOR & Polygon([(110, 196), (129, 196), (125, 213), (110, 213)]),
    fibers=("loft", [(163, 229), (163, 247), (159, 267)], [(123.5, 202), (121.5, 204.5), (119.5, 207)],
            [(142, 214), (141, 236), (138, 252)]))

# ---- subclavius (deep, under the clavicle): first rib and its cartilage -> groove under the middle third of the
#      clavicle; a short tendon at the rib end
SUBCLAVIUS = tapered([(183.5, 197.5), (174, 194.8), (163, 192.8), (151, 191.6), (140, 191.2), (131, 191.6)],
                     [4.2, 5.6, 6.4, 6.2, 5.0, 3.4])
add("subclavius", "front", SUBCLAVIUS, depth="deep", tendon=SUBCLAVIUS & box(176, 0, 200, 1000),
    fibers=("loft", [(182.5, 195.5), (184, 199.5)], [(130.2, 190.2), (131.8, 193)], [(158, 189), (158, 195)]))

# ---- biceps brachii: the long head (lateral; its tendon comes out of the intertubercular groove under the
#      pectoral tendon) and the short head (medial, from the coracoid with the coracobrachialis) emerge below the
#      deltoid and the axillary fold, join in one belly and end in the tendon and the bicipital aponeurosis
BICEPS_ALL = tapered([(104, 212), (100.5, 236), (97.5, 262), (96, 290), (95.5, 316), (94.8, 336), (94, 352), (93.6, 362)],
                     [13, 17, 20, 22, 22.5, 19, 10.5, 4])
BICEPS = _clean(BICEPS_ALL.difference(unary_union([DELTOID_F, PEC]).buffer(EPS)))
BICEPS_TENDON = tapered([(94.3, 347), (93.5, 362), (92.9, 376), (92.4, 388)], [6.4, 5.2, 4.6, 4.4])
APONEUROSIS = smooth([(95.5, 359), (99, 362), (104, 369), (107.6, 376.5), (108.6, 383.5), (105.6, 387.5), (100.5, 381.5),
                      (96.5, 374)])
_b = _cut(BICEPS, [(104, 200), (102.5, 236), (99.5, 262), (97.2, 290), (96.2, 316), (95.6, 336), (94.4, 352), (93.8, 372)])
add("biceps_brachii", "front", _clean(_side(_b, -1)), part="long head",
    fibers=("loft", [(95, 248), (99.5, 246)], [(90, 356), (94.5, 356)], [(85.5, 300), (96.5, 300)]))
add("biceps_brachii", "front", _clean(_side(_b, +1)), part="short head",
    fibers=("loft", [(101, 250), (106, 252)], [(94.5, 356), (99, 356)], [(97.5, 300), (107.5, 302)]))
# drawn after the forearm flexors (a small shape), so the aponeurosis lies over the pronator teres as it does
_tendon = unary_union([BICEPS_TENDON, APONEUROSIS])
add("biceps_brachii", "front", _tendon, part="tendon and bicipital aponeurosis", tendon=_tendon, fibers=("none",))

# ---- coracobrachialis: coracoid -> medial humerus at mid-shaft; seen between the short head and the triceps
CORACO = tapered([(121, 205), (118, 226), (115.5, 246), (113.5, 266), (111.6, 286), (110.4, 300)],
                 [6, 9.5, 10.5, 9.5, 7, 4])
CORACO = _clean((CORACO & ARM_F).difference(unary_union([DELTOID_F, PEC, BICEPS]).buffer(EPS)))
add("coracobrachialis", "front", CORACO,
    fibers=("loft", [(112, 252), (118, 254)], [(108.5, 298), (112, 299)]))

# ---- brachialis: distal half of the anterior humerus (from the deltoid insertion) -> coronoid and ulnar
#      tuberosity; seen either side of the biceps, under the brachioradialis at the lateral edge
BRACHIALIS = smooth([
    (83, 290), (78.5, 300), (76, 318), (75.5, 338), (77, 354), (81, 364), (86.5, 371), (92, 376), (97.5, 377), (103, 372),
    (105.5, 362), (107.4, 348), (107.6, 330), (106.8, 310), (103, 294), (94, 286)]) & ARM_F.union(B.FOREARM)
BRACHIALIS = BRACHIALIS.difference(unary_union([DELTOID_F, BICEPS_ALL, BICEPS_TENDON, CORACO, FOREARM_F]).buffer(EPS))
for _g in _pieces(BRACHIALIS, 20):
    _lat = _g.centroid.x < 95
    add("brachialis", "front", _g, part="lateral part" if _lat else "medial part",
        fibers=("loft", [(80, 298), (92, 292)] if _lat else [(104, 300), (109, 310)],
                [(88, 374), (94, 378)] if _lat else [(99, 376), (104, 372)]))

# ---- triceps seen from the front: the long head and, above the medial epicondyle, the medial head, along the
#      inner border of the arm behind the coracobrachialis and the brachialis
TRI_F = smooth([(119.5, 244), (120.5, 262), (118.8, 286), (116.2, 310), (113.8, 332), (111.2, 351), (108.8, 364),
                (106.6, 369.5), (103.8, 363), (104.4, 346), (106.2, 324), (108.4, 300), (110.6, 276), (113.6, 254)]) & ARM_F
TRI_F = TRI_F.difference(unary_union([CORACO, BICEPS_ALL, BRACHIALIS, FOREARM_F, PEC, APONEUROSIS]).buffer(EPS))
_t = _pieces(TRI_F, 15)
if _t:
    _tri = unary_union(_t)
    _hi, _lo = _clean(_tri & box(0, 0, 400, 318)), _tri & box(0, 318, 400, 1000)
    add("triceps_brachii", "front", _hi, part="long head (inner border of the arm)", fibers=("parallel", 96))
    if _lo.area > 15:
        add("triceps_brachii", "front", _clean(_lo), part="medial head (above the inner elbow)", fibers=("parallel", 100))

# ---- latissimus dorsi seen from the front: its anterior border along the side of the chest
LAT_F_BORDER = [(118.5, 238), (123, 244), (127.8, 262), (131.6, 281), (134.6, 299), (137.6, 317), (140.6, 334),
                (143.6, 349), (146, 364), (146.5, 376)]
LAT_F = smooth(LAT_F_BORDER + [(140, 386), (128, 384), (118, 350), (110, 300), (106, 250), (110, 238)]) & TORSO_F
LAT_F = _clean(LAT_F.difference(PEC.buffer(EPS)))
add("latissimus_dorsi", "front", LAT_F, fibers=("loft", [(131, 380), (142, 382)], [(116, 241), (120, 241)]))

# ---- serratus anterior: its lower digitations on ribs 5-9 along the side of the chest, between the pectoralis
#      and the latissimus, interdigitating below with the external oblique; fibres run up and back to the scapula
_DIGITATIONS = [
    [(127.8, 262), (138, 273), (146, 282.5), (150.5, 288), (149, 293.5), (142, 291), (135, 286.5), (131.6, 281)],
    [(131.6, 281), (142, 290), (151, 298), (155, 304), (153, 310.5), (145, 307.5), (139, 303.5), (134.6, 299)],
    [(134.6, 299), (145, 307), (153, 314.5), (157.5, 320.5), (155.5, 326.5), (148, 324), (141, 320.5), (137.6, 317)],
    [(137.6, 317), (147, 324), (154, 330), (157, 336), (154.5, 341.5), (148, 340), (143, 337.5), (140.6, 334)],
    [(140.6, 334), (148, 340), (152.5, 345), (153.5, 350), (150, 354.5), (145.5, 352), (143.6, 349)],
]
SERRATUS = unary_union([smooth(d, samples=8) for d in _DIGITATIONS]
                       + [smooth([(118.5, 240), (124, 246), (129.5, 256), (131.5, 266), (127.8, 264), (122, 252)])])
SERRATUS = _clean((SERRATUS & TORSO_F).difference(unary_union([PEC, LAT_F]).buffer(EPS)))
add("serratus_anterior", "front", SERRATUS, fibers=("parallel", 34))


# =============================================================== BACK VIEW (person's right, x > 200)

# ---- deltoid from behind: the lower lip of the spine of the scapula (posterior part) and the acromion (middle
#      part) -> the deltoid tuberosity
DELTOID_B = smooth([
    (261, 215.8), (266, 214.8), (274, 213), (284, 211), (296, 208), (303, 204.8), (306.5, 203), (311, 200.6),
    (313.8, 196), (318, 190), (326, 194), (334, 206), (337, 226), (336.5, 250), (333, 272), (327, 290), (320.5, 303.5),
    (317.5, 305.8), (313.5, 300), (307, 289), (299.5, 276.5), (290, 263), (280.5, 249.5), (273, 238.5), (267.5, 229.5),
    (264, 222)]) & ARM_B.union(TORSO_B)
_d = _cut(DELTOID_B, [(307, 186), (307.5, 203), (311, 216), (314, 234), (316, 254), (317, 274), (318, 292),
                      (318.5, 312)])
add("deltoid_posterior", "back", _clean(_side(_d, -1)), part="spinal part",
    fibers=("loft", [(263, 216.5), (271, 214.6), (280, 212.8), (289, 210.8), (298, 208.4), (305, 205)],
            [(313.8, 300.5), (314.6, 301.6), (315.4, 302.6), (316.2, 303.5), (317, 304.3), (317.8, 305)],
            [(285, 262.5), (290.5, 261.5), (296, 260.5), (301.5, 259), (307, 257.5), (312.5, 255.5)]))
add("deltoid_middle", "back", _clean(_side(_d, +1)), part="acromial part",
    fibers=("loft", [(307.5, 203), (311, 200.6), (313.8, 196.5), (318, 193), (322, 195)],
            [(318, 305.5), (318.6, 305), (319.2, 304.2), (319.8, 303.3), (320.4, 302.2)],
            [(314, 254), (319, 252), (323, 251), (326.5, 250), (330, 249)]))

# ---- supraspinatus (deep, under the trapezius): supraspinous fossa -> its tendon runs under the acromion to the
#      top of the greater tubercle
SUPRA = smooth([(229.5, 197.5), (238, 194.8), (250, 194.2), (262, 195.6), (274, 198.8), (286, 203.2), (297, 206.4),
                (306, 207.4), (311, 209.8), (311.5, 212.5), (306, 213), (298, 211.5), (288, 208.5), (276, 209),
                (262, 210.8), (248, 213), (236, 214.4), (229.8, 213.4)])
add("supraspinatus", "back", SUPRA, depth="deep", tendon=SUPRA & box(294, 0, 400, 1000),
    fibers=("loft", [(230, 199), (230, 212.5)], [(309, 209.5), (309.5, 211.5)], [(262, 197.5), (262, 210)]))

# ---- infraspinatus, teres minor, teres major: one field below the spine of the scapula, cut along the borders
#      between the muscles; their lateral ends run under the posterior deltoid (and teres major under the long
#      head of the triceps), the trapezius covers the medial corner and the latissimus the inferior angle
FIELD = smooth([(230.6, 221), (245, 219.6), (257, 216.8), (270, 214), (284, 211.2), (296, 209), (306, 209.4), (312, 212),
                (316, 220), (316, 232), (300, 237), (291, 240.5), (285, 244.5), (282.5, 251), (279.5, 262), (275, 273.5),
                (269, 283.5), (262, 291.5), (254, 297), (246, 299.5), (240.5, 296.5), (236.5, 284), (233.5, 262),
                (231.4, 240)])
FIELD = FIELD.difference(DELTOID_B.buffer(EPS))
LINE_IT = [(230, 296), (244, 286.5), (252, 280.5), (259, 271), (266, 261), (273, 250.5), (280, 240), (288, 230.5), (298, 222),
           (318, 215)]                                                         # infraspinatus | teres minor
LINE_TT = [(230, 296), (244, 286.5), (252, 280.5), (261, 272.5), (269, 264), (276, 255), (282, 246.5), (290, 238.5),
           (300, 233), (318, 227)]                                                         # teres minor | teres major
_ab, _bb = _above(LINE_IT), _above(LINE_TT)
INFRA_ALL = _clean(FIELD & _ab)
TMINOR_ALL = _clean((FIELD & _bb).difference(_ab.buffer(EPS / 2)))
TMAJOR_ALL = _clean(FIELD.difference(_bb.buffer(EPS / 2)))

# ---- triceps brachii from behind: the long head (medial, from the infraglenoid tubercle between the teres
#      muscles), the lateral head (below the deltoid), the flat common tendon to the olecranon, and the medial
#      head showing beside the tendon just above the elbow
TRI_ALL = smooth([(280, 236), (284, 226), (296, 224), (312, 232), (326, 240), (334, 270), (332, 320), (330, 360),
                  (326, 384), (312, 390), (300, 388), (290, 380), (285, 350), (282, 300), (280, 262)])
TRI_ALL = (TRI_ALL & LIMB_B & box(0, 0, 400, 388)).difference(unary_union([DELTOID_B, TMINOR_ALL, FOREARM_B]).buffer(EPS))
TRI_TENDON = smooth([(308.4, 314), (312, 322), (315.2, 334), (316.2, 346), (315, 358), (313, 370), (311.8, 380), (309, 385.5),
                     (306.2, 380), (304.8, 370), (302.6, 358), (301.4, 346), (302.2, 334), (304.8, 322)])
MED_HEAD_M = smooth([(285.6, 336), (292, 343), (298, 352), (302.6, 363), (305.2, 376), (303.4, 383), (297, 380.5),
                     (292, 374), (288.5, 364), (286.2, 350)])
MED_HEAD_L = smooth([(323, 348), (318.6, 354), (315.6, 364), (313.6, 376), (318, 381), (322.6, 372), (324, 360)])
_heads = _cut(TRI_ALL, [(304, 214), (305, 262), (306, 292), (307.5, 318), (308, 340), (308, 400)])
_distal = unary_union([TRI_TENDON, MED_HEAD_M, MED_HEAD_L])
TRI_LONG = _clean(_side(_heads, -1).difference(_distal.buffer(EPS)))
TRI_LAT = _clean(_side(_heads, +1).difference(_distal.buffer(EPS)))
TRI_MED = (unary_union([TRI_TENDON, MED_HEAD_M & TRI_ALL, MED_HEAD_L & TRI_ALL])).buffer(0.3).buffer(-0.3)
TRI_MED = largest(TRI_MED)
add("triceps_brachii", "back", TRI_LONG, part="long head",
    fibers=("loft", [(284, 236), (298, 232)], [(300, 326), (300.5, 346)], [(288, 290), (304, 292)]))
add("triceps_brachii", "back", TRI_LAT, part="lateral head",
    fibers=("loft", [(312, 300), (324, 300)], [(317.5, 322), (318.5, 344)], [(310, 318), (326, 320)]))
add("triceps_brachii", "back", TRI_MED, part="medial head and common tendon", tendon=TRI_TENDON & TRI_MED,
    fibers=("loft", [(287, 338), (323, 350)], [(304, 380), (314, 378)], [(296, 358), (318, 362)]))

# ---- latissimus dorsi: T7-T12 spines, the thoracolumbar fascia and the iliac crest (its wide aponeurosis, pale),
#      sweeping up over the inferior angle to the posterior axillary fold and round the teres major to the arm
LAT_B = smooth([
    (200.6, 283), (212, 285.5), (224, 289.5), (234, 294.5), (242, 299), (250, 301.5), (258, 299.5), (265, 294), (271, 286),
    (276.5, 276), (280.5, 265), (283.5, 254), (286, 247), (289.5, 242.5), (293, 244), (290, 250), (285, 258), (281, 268),
    (278.5, 282), (276, 300), (273, 322), (270, 346), (265, 372), (260, 392), (257.5, 410), (256.5, 428), (257.5, 442),
    (246, 446), (232, 448), (218, 450), (206, 452), (200.6, 453), (200.6, 380)])
LAT_B = (LAT_B & TORSO_B.union(ARM_B & box(0, 0, 400, 250)) & RIGHT_B).difference(
    unary_union([TRAPEZIUS_B, TRI_LONG]).buffer(EPS))
LAT_B = _clean(LAT_B)
LAT_JUNCTION = [(203, 291), (206, 305), (210, 322), (216, 342), (224, 362), (232, 382), (240, 402), (247, 420), (252, 436),
                (255, 446)]
LAT_APONEUROSIS = Polygon(catmull_rom(LAT_JUNCTION, closed=False) + [(255, 470), (195, 470), (195, 280)]).buffer(0) & LAT_B
add("latissimus_dorsi", "back", LAT_B, tendon=LAT_APONEUROSIS,
    fibers=("loft", LAT_JUNCTION, [(285, 247), (285.8, 248), (286.6, 249), (287.4, 250), (288.2, 251), (289, 252)],
            [(247, 299.5), (250, 314), (254, 328), (258, 338), (262, 345), (265, 350)]))

INFRA = _clean(INFRA_ALL.difference(TRAPEZIUS_B.buffer(EPS)))
add("infraspinatus", "back", INFRA,
    fibers=("loft", [(231.5, 222), (232, 240), (234, 258), (237, 276), (241, 290)],
            [(304, 211), (304.5, 213), (305, 215), (305.5, 217), (306, 219)],
            [(268, 214.5), (266, 226), (262, 240), (257, 254), (252, 266)]))
TMINOR = _clean(TMINOR_ALL.difference(TRAPEZIUS_B.buffer(EPS)))
add("teres_minor", "back", TMINOR,
    fibers=("loft", [(252, 280), (256, 278)], [(314, 216), (315, 229)], [(280, 241), (284, 249)]))
TMAJOR = _clean(TMAJOR_ALL.difference(unary_union([TRI_LONG, LAT_B, TRAPEZIUS_B]).buffer(EPS)))
add("teres_major", "back", TMAJOR,
    fibers=("loft", [(238, 292), (246, 299)], [(288, 239), (290, 245)]))

# ---- rhomboids (deep, under the trapezius): rhomboid minor C7-T1 -> the root of the spine of the scapula;
#      rhomboid major T2-T5 -> the medial border below it, down to the inferior angle. Where the major shows in the
#      gap between the lower trapezius, the scapula and the latissimus it is drawn on the surface as well.
RH_MINOR = smooth([(200.6, 164), (210, 171), (220, 182), (228, 193), (229.8, 200), (229.8, 212.5), (222, 206), (212, 197),
                   (204, 188.5), (200.6, 185)]) & RIGHT_B
RH_MAJOR = smooth([(200.6, 188), (210, 196.5), (220, 205.5), (229.6, 215), (230, 230), (231.6, 248), (234.2, 266),
                   (237.6, 282), (241, 291.5), (235, 288.5), (226, 280), (216, 269), (207, 258), (200.6, 250)]) & RIGHT_B
add("rhomboids", "back", RH_MINOR, depth="deep", part="rhomboid minor",
    fibers=("loft", [(200.6, 166), (200.6, 184)], [(229.6, 201), (229.6, 212)]))
add("rhomboids", "back", RH_MAJOR, depth="deep", part="rhomboid major",
    fibers=("loft", [(200.6, 190), (200.6, 249)], [(229.8, 216), (241, 291)]))
_rh_seen = [p for p in _pieces(RH_MAJOR.difference(unary_union([TRAPEZIUS_B, LAT_B, INFRA, TMAJOR]).buffer(EPS)), 30)]
if _rh_seen:
    add("rhomboids", "back", max(_rh_seen, key=lambda g: g.area), part="rhomboid major (between the trapezius and the scapula)",
        fibers=("loft", [(200.6, 190), (200.6, 249)], [(229.8, 216), (241, 291)]))

# ---- serratus posterior superior (deep, under the rhomboids): nuchal ligament and C7-T3 spines (a thin
#      aponeurosis) -> ribs 2-5 just beyond their angles, in four digitations
SPS = smooth([(200.6, 162), (212, 168), (224, 178), (234, 189), (240, 197), (243.5, 203.5), (241.2, 207.5), (246.5, 216),
              (245, 221.5), (250, 231), (248.5, 236.5), (253.5, 246), (251, 251), (244, 247.5), (234, 238.5), (222, 227.5),
              (210, 216.5), (200.6, 208)], samples=8) & RIGHT_B
add("serratus_posterior_superior", "back", SPS, depth="deep", tendon=SPS & box(0, 0, 213, 1000),
    fibers=("loft", [(212, 168), (211, 216)], [(242, 202), (252, 249)]))

# ---- subscapularis (deep, on the costal surface of the scapula, seen through it): subscapular fossa -> its
#      tendon passes in front of the shoulder joint to the lesser tubercle
SUBSCAP = smooth([(231.5, 199), (242, 196.8), (254, 196.8), (264, 199.4), (274, 202.6), (284, 207.5), (290, 212),
                  (296, 214.6), (300, 218), (297, 222.4), (289, 222), (283, 228), (275, 240), (266, 255), (256, 271),
                  (248.5, 283.5), (243.5, 288.5), (240, 286), (236.2, 266), (233.2, 242), (231.4, 218)])
add("subscapularis", "back", SUBSCAP, depth="deep", tendon=SUBSCAP & box(287, 0, 400, 1000),
    fibers=("loft", [(232, 200), (232.4, 222), (234, 246), (237, 268), (241.5, 286)],
            [(298, 216), (298.2, 217.5), (298.4, 219), (298.6, 220.5), (298.8, 222)],
            [(262, 203), (262, 216), (262, 232), (260, 250), (256, 266)]))

# ---- anconeus: lateral epicondyle -> lateral side of the olecranon and the upper posterior ulna
# (a small shape, drawn after the forearm extensors: it lies between the extensor carpi ulnaris and the ulna)
ANCONEUS = smooth([(320, 368.5), (324, 373), (323.5, 381), (320, 390), (316, 399), (312.5, 407), (309.5, 413),
                   (307.6, 406), (307.2, 396), (308, 388), (311, 383), (315.6, 377)])
ANCONEUS = _clean(ANCONEUS.difference(TRI_MED.buffer(EPS)))
add("anconeus", "back", ANCONEUS,
    fibers=("loft", [(321.5, 370), (324, 377)], [(311, 386), (310.6, 400), (311.4, 413)]))


# ---------------------------------------------------------------- trigger points
# Where each trigger point is drawn (person's right side); the first view given is its own.
mark("supraspinatus_tp1", "back", (246, 204.5))
mark("supraspinatus_tp2", "back", (279, 205))
mark("supraspinatus_tp3", "back", (302, 209.5))
mark("infraspinatus_tp1", "back", (248, 230))
mark("infraspinatus_tp2", "back", (262, 227.5))
mark("infraspinatus_tp3", "back", (240.5, 266))
mark("teres_minor_tp1", "back", (272, 255.5))
mark("teres_major_tp1", "back", (254, 290))
mark("teres_major_tp2", "back", (271, 266.5))
mark("latissimus_dorsi_tp1", "back", (269, 293.5))
mark("latissimus_dorsi_tp2", "back", (261, 352))
mark("subscapularis_tp1", "back", (258, 266))
mark("subscapularis_tp2", "back", (284, 215))
mark("rhomboids_tp1", "back", (221, 205))
mark("rhomboids_tp2", "back", (226, 262))
mark("deltoid_anterior_tp1", "front", (123, 207))
mark("deltoid_anterior_tp2", "front", (105, 252))
mark("deltoid_middle_tp1", "front", (79, 238))
mark("deltoid_posterior_tp1", "back", (270, 226))
mark("deltoid_posterior_tp2", "back", (299, 270.5))
mark("coracobrachialis_tp1", "front", (113, 262))
mark("biceps_brachii_tp1", "front", (90, 320))
mark("biceps_brachii_tp2", "front", (101, 320))
mark("brachialis_tp1", "front", (84.5, 352))
mark("brachialis_tp2", "front", (79.5, 316))
mark("triceps_brachii_tp1", "back", (294, 292))
mark("triceps_brachii_tp2", "back", (314, 350))
mark("triceps_brachii_tp3", "back", (318, 314))
mark("triceps_brachii_tp4", "back", (309, 371))
mark("triceps_brachii_tp5", "back", (293, 360))
mark("anconeus_tp1", "back", (317, 388))
mark("serratus_posterior_superior_tp1", "back", (233, 222))
mark("pectoralis_major_tp1", "front", (150, 199))
mark("pectoralis_major_tp2", "front", (150, 248))
mark("pectoralis_major_tp3", "front", (182, 238))
mark("pectoralis_major_tp4", "front", (131, 270))
mark("pectoralis_minor_tp1", "front", (128, 212))
mark("pectoralis_minor_tp2", "front", (150, 262))
mark("subclavius_tp1", "front", (156, 192.5))
mark("sternalis_tp1", "front", (191, 214))
mark("sternalis_tp2", "front", (189.5, 250))
mark("serratus_anterior_tp1", "front", (146, 303))
