"""Muscle shapes: shoulder and upper arm (front view: person's right at x < 200; back view: x > 200).

Neighbouring superficial muscles are cut from one another with shapely differences so that they
meet along shared borders (e.g. the biceps emerges from under the deltoid and pectoralis major).
"""
from shapely.geometry import LineString, Polygon
from shapely.ops import split, unary_union

from . import body as B
from .muscles import add
from .registry import mark
from .shapes import catmull_rom, largest, mirror, smooth, tapered

TORSO_F = B.TORSO
TORSO_B = mirror(B.TORSO)


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


# =============================================================== FRONT VIEW (person's right, x < 200)

# ---- deltoid cap seen from the front: lateral third of the clavicle and acromion -> deltoid tuberosity
DELTOID_F = smooth([
    (147, 190), (132, 190), (118, 191), (106, 189), (95, 189), (85, 195), (78, 206), (75, 222), (74.5, 240),
    (76, 258), (80, 274), (85, 288), (89, 299),
    (93, 284), (98, 268), (104, 253), (111, 240), (119, 226), (128, 213), (138, 200)])
_d = _cut(DELTOID_F, [(106, 180), (98, 206), (92, 236), (90, 266), (89, 300), (89, 310)])
DELT_MID_F = _side(_d, -1)
DELT_ANT_F = _side(_d, +1)
add("deltoid_anterior", "front", DELT_ANT_F, fibers=("fan", (88, 304)), part="clavicular part")
add("deltoid_middle", "front", DELT_MID_F, fibers=("fan", (89, 306)), part="acromial part")

# ---- pectoralis major: clavicular head and sternocostal head, converging on the humerus under the deltoid
PEC = smooth([
    (194, 188), (180, 187), (165, 187), (152, 189), (146, 193), (136, 204), (126, 216), (116, 229), (108, 238),
    (112, 246), (120, 254), (130, 267), (142, 280), (156, 290), (172, 296), (186, 296), (191, 288),
    (191, 262), (192, 236), (193, 212)])
PEC = PEC.difference(DELTOID_F.buffer(0.4))
_p = _cut(PEC, [(200, 199), (186, 204), (166, 213), (146, 223), (128, 232), (112, 240), (100, 246)])
PEC_CLAV = min(_p, key=lambda g: g.centroid.y)
PEC_STERN = max(_p, key=lambda g: g.centroid.y)
add("pectoralis_major", "front", PEC_CLAV, fibers=("fan", (104, 244)), part="clavicular head")
add("pectoralis_major", "front", PEC_STERN, fibers=("fan", (104, 240)), part="sternocostal head")

# ---- sternalis: a thin strap on the sternal edge, superficial to the pectoral origin
STERNALIS = tapered([(195.5, 196), (194.5, 222), (193.5, 250), (192.5, 276), (191, 294)], [4.0, 6.0, 6.5, 6.0, 4.0])
add("sternalis", "front", STERNALIS, fibers=("parallel", 92))

# ---- pectoralis minor (deep): coracoid process -> ribs 3-5 near their cartilages
add("pectoralis_minor", "front", smooth([
    (116, 204), (124, 206), (138, 213), (152, 220), (160, 225), (163, 232), (156, 240), (164, 250), (157, 258),
    (163, 268), (155, 276), (144, 266), (134, 250), (124, 228), (117, 212)], samples=8), depth="deep", fibers=("fan", (117, 205)))

# ---- subclavius (deep): first rib cartilage -> groove under the middle third of the clavicle
add("subclavius", "front", tapered([(184, 194), (170, 191), (154, 190), (140, 190), (128, 191)], [6.0, 6.5, 6.0, 4.5, 3.0]),
    depth="deep", fibers=("parallel", 176))

# ---- biceps brachii: long head (lateral) and short head (medial), one belly, tendon into the cubital fossa
BICEPS = tapered([(102, 236), (99, 262), (96, 292), (95, 322), (93, 350), (91, 372), (91, 392)],
                 [12, 18, 21, 20, 15, 9, 5.5])
BICEPS = BICEPS.difference(DELTOID_F.buffer(0.4)).difference(PEC.buffer(0.4))
BICEPS = _clean(BICEPS)
_b = _cut(BICEPS, [(110, 222), (104, 250), (99, 280), (96, 312), (93, 345), (91, 372), (91, 404)])
add("biceps_brachii", "front", _side(_b, -1), fibers=("parallel", 96), part="long head")
add("biceps_brachii", "front", _side(_b, +1), fibers=("parallel", 98), part="short head")

# ---- coracobrachialis: coracoid -> medial humerus at mid-shaft; visible medial to the short head
CORACO = tapered([(112, 212), (112, 236), (111, 262), (109, 288), (107, 306)], [10, 10, 9, 7, 4])
CORACO = _clean(CORACO.difference(unary_union([DELTOID_F, PEC, BICEPS]).buffer(0.4)))
add("coracobrachialis", "front", CORACO, fibers=("parallel", 96))

# ---- brachialis: distal half of the anterior humerus -> ulnar tuberosity; seen either side of the biceps
BRACHIALIS = smooth([
    (90, 284), (84, 296), (81, 314), (81, 334), (83, 352), (87, 366), (93, 376), (99, 379), (104, 372),
    (107, 358), (109.5, 340), (110, 318), (108, 300), (100, 288)])
BRACHIALIS = BRACHIALIS.difference(unary_union([DELTOID_F, BICEPS, CORACO]).buffer(0.4))
for _g in sorted(getattr(BRACHIALIS, "geoms", [BRACHIALIS]), key=lambda g: g.centroid.x):
    if _g.area > 20:
        add("brachialis", "front", _g, fibers=("parallel", 93),
            part="lateral part" if _g.centroid.x < 95 else "medial part")

# ---- serratus anterior: digitations on the side of the chest, below the armpit
SERRATUS = smooth([
    (118, 240), (126, 244), (134, 250), (141, 260), (134, 264), (144, 276), (136, 281), (146, 294),
    (137, 298), (147, 312), (137, 315), (144, 328), (136, 330), (131, 318), (126, 290), (122, 262)], samples=6)
LAT_F = smooth([(117, 236), (122, 238), (125, 250), (128, 268), (130, 292), (133, 318), (136, 340), (130, 344),
                (126, 320), (121, 290), (117, 262), (114, 246)]) & TORSO_F
SERRATUS = SERRATUS.difference(unary_union([PEC, LAT_F]).buffer(0.4))
add("serratus_anterior", "front", _clean(SERRATUS), fibers=("parallel", 160))
add("latissimus_dorsi", "front", _clean(LAT_F), fibers=("parallel", 100))


# =============================================================== BACK VIEW (person's right, x > 200)

# Scapula landmarks (back view): superior angle (228,200), spine root (226,221) -> acromion (~300,199),
# inferior angle (240,298), glenoid (~288,212).

# ---- deltoid cap from behind: spine of the scapula and acromion -> deltoid tuberosity
DELTOID_B = smooth([
    (256, 213), (270, 210), (286, 206), (298, 201), (306, 196), (313, 193), (320, 200), (325, 216), (326, 236),
    (324, 258),
    (320, 276), (315, 292), (311, 301),
    (305, 290), (298, 277), (290, 263), (280, 247), (268, 229)])
_d = _cut(DELTOID_B, [(300, 180), (308, 200), (312, 226), (314, 260), (311, 301), (311, 312)])
add("deltoid_posterior", "back", _side(_d, -1), fibers=("fan", (311, 306)), part="spinal part")
add("deltoid_middle", "back", _side(_d, +1), fibers=("fan", (312, 306)), part="acromial part")

# ---- supraspinatus (deep, under the trapezius): supraspinous fossa -> greater tubercle under the acromion
add("supraspinatus", "back", smooth([
    (228, 203), (236, 199), (252, 196), (270, 195), (288, 196), (302, 199), (309, 205), (304, 211),
    (290, 210), (272, 208), (256, 214), (240, 219), (229, 221)]), depth="deep", fibers=("parallel", 174))

# ---- infraspinatus, teres minor, teres major: one field below the spine of the scapula, cut along the
#      borders between the muscles; their lateral ends run under the posterior deltoid
def _above(line_pts):
    """The region above/medial of a curve running from lower-medial to upper-lateral."""
    dense = catmull_rom(line_pts, closed=False, samples=10)
    return Polygon(dense + [(dense[-1][0], 120), (200, 120), (200, dense[0][1])])


FIELD = smooth([
    (227, 225), (242, 220), (258, 215), (272, 226), (284, 238), (294, 248), (294, 264), (285, 279), (273, 292),
    (260, 302), (248, 307), (240, 305), (234, 294), (230, 276), (228, 256), (227, 240)])
FIELD = FIELD.difference(DELTOID_B.buffer(0.4))
LINE_A = [(222, 310), (238, 290), (250, 274), (262, 259), (274, 246), (288, 231), (304, 214)]   # infraspinatus | teres minor
LINE_B = [(222, 310), (242, 296), (256, 285), (268, 274), (280, 263), (292, 252), (306, 238)]   # teres minor | teres major
_ab, _bb = _above(LINE_A), _above(LINE_B)
INFRA = _clean(FIELD & _ab)
TMINOR = _clean((FIELD & _bb).difference(_ab.buffer(0.4)))
add("infraspinatus", "back", INFRA, fibers=("fan", (300, 214)))
add("teres_minor", "back", TMINOR, fibers=("parallel", -42))

# ---- triceps brachii: long head (medial), lateral head, and distally the medial head around the common tendon
TRI_ALL = smooth([(283, 236), (286, 268), (287, 300), (289, 330), (292, 354), (296, 372), (303, 386), (310, 390),
                  (315, 386), (318, 374), (319, 356), (320.5, 338), (323, 320), (325, 290), (324, 260), (318, 238),
                  (300, 234)])
TRI_ALL = TRI_ALL.difference(unary_union([DELTOID_B, TMINOR]).buffer(0.4))
_below = Polygon(catmull_rom([(280, 316), (292, 326), (301, 340), (307, 352), (314, 344), (321, 332), (330, 322)],
                             closed=False) + [(330, 420), (280, 420)])
TRI_MED = _clean(TRI_ALL & _below)
_heads = _cut(TRI_ALL.difference(_below.buffer(0.4)), [(302, 220), (304, 262), (306, 300), (307, 340), (307, 360)])
TRI_LONG = _clean(_side(_heads, -1))
TRI_LAT = _clean(_side(_heads, +1))
add("triceps_brachii", "back", TRI_LONG, fibers=("parallel", 84), part="long head")
add("triceps_brachii", "back", TRI_LAT, fibers=("parallel", 96), part="lateral head")
add("triceps_brachii", "back", TRI_MED, fibers=("parallel", 90), part="medial head and common tendon")

# ---- teres major: inferior angle -> arm (passes in front of the long head of the triceps)
TMAJOR = _clean(FIELD.difference(_bb.buffer(0.4)).difference(TRI_LONG.buffer(0.4)))
add("teres_major", "back", TMAJOR, fibers=("parallel", -38))

# ---- latissimus dorsi: T7-T12 spines, thoracolumbar fascia and iliac crest -> armpit (wraps teres major)
LAT_B = smooth([
    (202, 282), (220, 286), (236, 293), (250, 290), (264, 280), (278, 266), (290, 252), (292, 256),
    (284, 276), (278, 300), (272, 326), (266, 352), (260, 380), (254, 408), (248, 430), (238, 437), (226, 428),
    (214, 402), (206, 378), (202, 350), (201, 318)])
LAT_B = (LAT_B & TORSO_B).difference(unary_union([FIELD, TRI_LONG]).buffer(0.4))
# Over the erector spinae the latissimus is only aponeurosis (thoracolumbar fascia): its fleshy part
# starts lateral to the erector column, which the trunk module draws.
_ERECTOR_COLUMN = smooth([(200, 300), (222, 298), (240, 306), (248, 330), (250, 380), (250, 445), (200, 445)])
LAT_B = LAT_B.difference(_ERECTOR_COLUMN.buffer(0.6))
add("latissimus_dorsi", "back", _clean(LAT_B), fibers=("fan", (292, 246)))

# ---- rhomboids (deep, under the trapezius): C7-T5 spinous processes -> medial border of the scapula
RHOMB = smooth([(202, 178), (214, 188), (228, 201), (226, 222), (227, 250), (231, 275), (238, 296),
                (226, 286), (212, 272), (202, 262), (201, 220)])
add("rhomboids", "back", RHOMB, depth="deep", fibers=("parallel", 47))

# ---- serratus posterior superior (deep, under the rhomboids): C7-T3 spines -> ribs 2-5 beyond their angles
add("serratus_posterior_superior", "back", smooth([
    (202, 184), (216, 192), (232, 202), (244, 208), (240, 215), (248, 222), (244, 229), (252, 236), (247, 242),
    (254, 250), (246, 253), (230, 240), (214, 230), (202, 222)], samples=6), depth="deep", fibers=("parallel", 38))

# ---- subscapularis (deep): the costal surface of the scapula -> lesser tubercle
add("subscapularis", "back", smooth([
    (230, 204), (246, 201), (264, 201), (278, 207), (288, 214), (284, 224), (274, 240), (262, 260), (250, 279),
    (241, 292), (234, 282), (229, 258), (228, 230)]), depth="deep", fibers=("fan", (298, 218)))

# ---- anconeus: lateral epicondyle -> lateral olecranon and upper posterior ulna
ANCONEUS = smooth([(319, 374), (319.5, 380), (316.5, 387), (312.5, 396), (308, 406), (304.5, 416), (302.5, 418),
                   (302.4, 406), (302.8, 394), (305, 387), (310, 384)])
add("anconeus", "back", _clean(ANCONEUS.difference(TRI_ALL.buffer(0.4))), fibers=("fan", (321, 377)))


# ---------------------------------------------------------------- trigger points
# Where each trigger point is drawn (person's right side); the first view given is its own.
mark("supraspinatus_tp1", "back", (246, 207))
mark("supraspinatus_tp2", "back", (284, 202))
mark("supraspinatus_tp3", "back", (303, 206))
mark("infraspinatus_tp1", "back", (240, 231))
mark("infraspinatus_tp2", "back", (256, 232))
mark("infraspinatus_tp3", "back", (234, 268))
mark("teres_minor_tp1", "back", (264, 266))
mark("teres_major_tp1", "back", (247, 297))
mark("teres_major_tp2", "back", (270, 277))
mark("latissimus_dorsi_tp1", "back", (268, 297))
mark("latissimus_dorsi_tp2", "back", (260, 352))
mark("subscapularis_tp1", "back", (247, 279))
mark("subscapularis_tp2", "back", (283, 216))
mark("rhomboids_tp1", "back", (219, 218))
mark("rhomboids_tp2", "back", (224, 268))
mark("deltoid_anterior_tp1", "front", (116, 207))
mark("deltoid_anterior_tp2", "front", (104, 246))
mark("deltoid_middle_tp1", "front", (84, 235))
mark("deltoid_posterior_tp1", "back", (268, 220))
mark("deltoid_posterior_tp2", "back", (301, 272))
mark("coracobrachialis_tp1", "front", (111, 254))
mark("biceps_brachii_tp1", "front", (90, 324))
mark("biceps_brachii_tp2", "front", (100.5, 324))
mark("brachialis_tp1", "front", (84.5, 352))
mark("brachialis_tp2", "front", (83, 302))
mark("triceps_brachii_tp1", "back", (296, 292))
mark("triceps_brachii_tp2", "back", (318, 352))
mark("triceps_brachii_tp3", "back", (319, 300))
mark("triceps_brachii_tp4", "back", (309, 374))
mark("triceps_brachii_tp5", "back", (296, 362))
mark("anconeus_tp1", "back", (311, 391))
mark("serratus_posterior_superior_tp1", "back", (229, 227))
mark("pectoralis_major_tp1", "front", (150, 200))
mark("pectoralis_major_tp2", "front", (148, 242))
mark("pectoralis_major_tp3", "front", (185, 236))
mark("pectoralis_major_tp4", "front", (126, 258))
mark("pectoralis_minor_tp1", "front", (129, 222))
mark("pectoralis_minor_tp2", "front", (152, 264))
mark("subclavius_tp1", "front", (156, 190))
mark("sternalis_tp1", "front", (195, 215))
mark("sternalis_tp2", "front", (193.5, 250))
mark("serratus_anterior_tp1", "front", (136, 280))
