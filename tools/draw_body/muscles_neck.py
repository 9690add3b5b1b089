"""Muscle shapes: the neck and the trapezius on the front and back views (front view: person's right at x < 200;
back view: x > 200).

Back-view landmarks (person's right side): the nape hairline at the level of the superior nuchal line (y ~106
at the midline, decor_head.py), mastoid (236, 108) behind the ear, spinous processes C2 124, C4 140, C6 156,
C7 166, T1 180, T3 210, T4 222, T6 266, T7 285, T12 375; superior angle of the scapula (228, 200), root of
the scapular spine (228, 221) -> acromion (300, 199).
Front-view landmarks: the jaw and chin over the neck (body.HEAD), suprasternal notch (200, 178),
sternoclavicular joint (193, 182), clavicle (196,182)-(116,190), acromion (102, 194).

The trapezius is one broad kite on the back, from the occiput to the tip of the shoulder and down to T12, drawn
as its three parts (descending, transverse, ascending) with the aponeuroses pale: the diamond over C6-T2
shared by both sides, and the small triangle where the ascending part glides over the root of the spine.
"""
from shapely.geometry import LineString, Polygon, box

from . import body as B
from .decor_head import BACK_HAIR
from .muscles import add
from .registry import landmark, mark
from .shapes import largest, mirror, smooth, tapered

BACK_RIGHT = box(200.4, 0, 400, 1000)   # keep midline muscles on the person's right of the spine line
FRONT_RIGHT = box(0, 0, 199.6, 1000)
BELOW_HAIR = box(0, 0, 400, 1000).difference(BACK_HAIR.buffer(0.3))


def _back(points, samples=10):
    return (smooth(points, samples) & BACK_RIGHT & BELOW_HAIR).buffer(0)


def _front(points, samples=10):
    return smooth(points, samples) & FRONT_RIGHT


def _largest(geom):
    return largest(geom.buffer(0))


def bowed_loft(origin, insertion, bow, n: int = 24):
    """A loft whose fibres bow by bow(s) -> (dx, dy) at their middle (s from 0 to 1 across the muscle)."""
    a, b = LineString(origin), LineString(insertion)
    o = [a.interpolate(k / n, normalized=True) for k in range(n + 1)]
    i = [b.interpolate(k / n, normalized=True) for k in range(n + 1)]
    m = [((o[k].x + i[k].x) / 2 + bow(k / n)[0], (o[k].y + i[k].y) / 2 + bow(k / n)[1]) for k in range(n + 1)]
    return ("loft", [(p.x, p.y) for p in o], [(p.x, p.y) for p in i], m)


for name, point in {"c7": (200, 166), "t3": (200, 210), "t12": (200, 375), "superior_angle": (228, 200),
                    "spine_root": (228, 221), "acromion": (300, 199), "mastoid": (236, 108)}.items():
    landmark("back", name, point)

# ---------------------------------------------------------------- back view: trapezius (superficial kite)
_C7, _T4 = (200.5, 166), (200.5, 222)
_ACROMION = (301, 198)
_SPINE = [(301, 200), (288, 203.5), (272, 207.5), (256, 212), (243, 216), (234, 219.5), (229, 222)]

# Descending part: the occiput (medial third of the superior nuchal line) and the nuchal ligament -> the lateral
# third of the clavicle and the acromion. Its lateral edge runs down the neck inside the outline, leaving the
# splenius and levator showing beside it, then follows the slope of the shoulder (clipped to the skin).
TRAP_UPPER = _back([
    (199, 98), (208, 98), (216, 101), (219, 110), (221.5, 122), (224, 134), (226.5, 146), (229.5, 156),
    (236, 163), (252, 167.5), (270, 173.5), (287, 181), (300, 188), (306, 196), _ACROMION,
    (276, 190.5), (252, 182.5), (228, 174), (210, 168.5), _C7, (199, 140)])
# Transverse part: C7-T3 spinous processes -> the acromion and the upper lip of the spine of the scapula.
TRAP_MIDDLE = _back([
    _C7, (210, 168.5), (228, 174), (252, 182.5), (276, 190.5), _ACROMION, *_SPINE[1:6], (226, 221.5),
    (212, 222.5), _T4, (199, 195)])
# Ascending part: T4-T12 spinous processes, converging up and out to the tubercle at the root of the spine.
TRAP_LOWER = _back([
    _T4, (212, 222.5), (226, 221.5), (234, 219.5), (237, 224), (235, 236), (231, 252), (226, 272),
    (220, 296), (213, 322), (207, 348), (202.5, 370), (200.5, 378), (199, 300)])
# The aponeuroses: the half-diamond over C6-T2 beside the spine, and the triangle at the root of the spine.
_DIAMOND = smooth([(200.5, 154), (203.5, 164), (206.2, 174), (204.8, 186), (202.4, 196), (200.5, 201)], samples=6)
_ROOT_TENDON = smooth([(226, 221), (234, 219.5), (237.5, 223), (236, 231), (231, 233), (227.5, 228)])

add("trapezius_upper", "back", TRAP_UPPER, tendon=_DIAMOND & TRAP_UPPER, part="descending part",
    fibers=bowed_loft([(217, 100), (208, 98.5), (200.5, 104), (200.5, 126), (200.5, 146), _C7],
                      [(256, 170), (266, 174), (276, 178.5), (286, 183.5), (294, 189), _ACROMION],
                      lambda t: (-13 * (1 - t) ** 0.8, 5 * (1 - t)), n=40))
add("trapezius_middle", "back", TRAP_MIDDLE, tendon=_DIAMOND & TRAP_MIDDLE, part="transverse part",
    fibers=bowed_loft([_C7, (200.5, 190), _T4], [_ACROMION, (272, 207.5), (236, 218.5)],
                      lambda t: (0, 1.5 * (1 - t))))
add("trapezius_lower", "back", TRAP_LOWER, tendon=_ROOT_TENDON & TRAP_LOWER, part="ascending part",
    fibers=("loft", [_T4, (200.5, 300), (200.5, 378)], [(230, 222), (234.5, 226), (235, 233)]))

# ---------------------------------------------------------------- back view: the neck beside and under the trapezius
NECK_BACK = mirror(B.NECK) & BACK_RIGHT & BELOW_HAIR
TRAP_ALL = (TRAP_UPPER | TRAP_MIDDLE | TRAP_LOWER).buffer(0.5)

# Sternocleidomastoid: its back edge forms the outline of the neck just below the ear, from behind.
SCM_BACK = _largest((smooth([(226, 99), (236, 101), (244, 106), (246, 114), (240, 124), (233, 134), (230, 132),
                             (228.5, 118)]) & NECK_BACK.union(mirror(B.HEAD))).difference(TRAP_ALL)
                    .difference(mirror(B.EAR).buffer(0.8)) & BELOW_HAIR)
# Splenius capitis: nuchal ligament C3-T3 -> the mastoid and the lateral superior nuchal line; the part in the
# gap between the trapezius and the sternocleidomastoid below the mastoid is on the surface.
SPLENIUS_CAP_FULL = _back([
    (200.5, 146), (204, 134), (209, 121), (215, 110), (224, 104), (236, 104), (240, 110), (236, 120),
    (229, 134), (222, 152), (215, 172), (209, 190), (204, 206), (200.5, 214)])
SPLENIUS_CAP_SURFACE = _largest(SPLENIUS_CAP_FULL.difference(TRAP_ALL).difference(SCM_BACK.buffer(0.5)))
# Levator scapulae: posterior tubercles of C1-C4 -> the superior angle of the scapula; it shows at the side of
# the neck in front of the trapezius, where the neck curves into the shoulder.
LEVATOR_FULL = tapered([(224, 114), (225, 128), (227, 144), (228.5, 160), (229.5, 176), (229.5, 190), (228.5, 200)],
                       [6.5, 8.5, 9.5, 9.5, 9, 7.5, 5]) & BACK_RIGHT
LEVATOR_SURFACE = _largest((LEVATOR_FULL.buffer(2.2) & NECK_BACK & box(0, 128, 400, 164))
                           .difference(TRAP_ALL).difference(SPLENIUS_CAP_FULL.buffer(0.5)))

add("sternocleidomastoid", "back", SCM_BACK, part="clavicular and sternal heads at the mastoid",
    fibers=("loft", [(228, 101), (244, 108)], [(229, 134), (236, 128)]))
add("splenius_capitis", "back", SPLENIUS_CAP_SURFACE, part="in the gap below the mastoid",
    fibers=("loft", [(208, 128), (214, 140)], [(236, 106), (240, 112)]))
add("splenius_capitis", "back", SPLENIUS_CAP_FULL, depth="deep",
    fibers=("loft", [(200.5, 146), (200.5, 180), (200.5, 214)], [(222, 105), (232, 104), (240, 110)]))
add("levator_scapulae", "back", LEVATOR_SURFACE, part="at the angle of the neck", fibers=("parallel", 84))
add("levator_scapulae", "back", LEVATOR_FULL, depth="deep",
    fibers=("loft", [(221, 114), (227, 114)], [(225, 200), (231, 198)]))

# Splenius cervicis: T3-T6 spinous processes -> transverse processes of C1-C3, lateral to splenius capitis.
add("splenius_cervicis", "back", _back([
    (200.5, 226), (205, 212), (210, 192), (214, 168), (216.5, 146), (218, 128), (220, 116), (224.5, 117),
    (226, 130), (225, 152), (222.5, 176), (218, 200), (211, 230), (205, 256), (201.5, 268), (200.5, 250)]),
    depth="deep", fibers=("loft", [(200.5, 226), (200.5, 268)], [(220, 116), (225, 118)]))

# Semispinalis capitis: transverse processes C7-T6 (+ articular processes C4-C6) -> the occiput between the
# nuchal lines, beside the midline; it shows between the two splenii in the upper neck.
add("semispinalis_capitis", "back", _back([
    (200.5, 100), (208, 100), (215, 103), (217, 112), (216, 130), (214.5, 155), (212.5, 185), (210.5, 215),
    (207.5, 242), (203.5, 264), (200.5, 262), (200.5, 220), (200.5, 160)]), depth="deep",
    fibers=("loft", [(210, 264), (212, 220), (215, 170), (216, 140)], [(200.5, 104), (205, 102), (211, 102), (216, 106)]))

# Semispinalis cervicis: transverse processes T1-T6 -> spinous processes C2-C5 (deep to semispinalis capitis).
add("semispinalis_cervicis", "back", _back([
    (200.5, 124), (203, 122.5), (207, 127), (210, 141), (211, 164), (211, 190), (209, 220), (207, 248),
    (204, 266), (201.5, 262), (200.5, 230), (200.5, 150)]), depth="deep",
    fibers=("loft", [(204, 264), (209, 220), (211, 180)], [(200.5, 126), (200.5, 136), (200.5, 150)]))

# Multifidi (cervical): short fascicles in the lamina groove, C2-C7, close to the spinous processes.
add("cervical_multifidi", "back", _back([
    (200.5, 126), (202.5, 125), (205, 131), (206.5, 143), (207, 157), (206, 170), (204, 179), (201.5, 181),
    (200.5, 160)]), depth="deep", fibers=("parallel", 72))

# Suboccipitals: rectus capitis posterior major/minor and the obliques, between the occiput, atlas and axis.
add("suboccipitals", "back", _back([
    (200.5, 106), (210, 106.5), (220, 106), (228, 108.5), (231, 115), (226, 120.5), (216, 123.5), (207, 126.5),
    (200.5, 127)]), depth="deep", fibers=("loft", [(201, 126), (212, 124), (228, 118)], [(202, 107), (214, 107), (228, 109)]))

# ---------------------------------------------------------------- front view
NECK_VISIBLE = FRONT_RIGHT.difference(B.HEAD)   # what the face hides is not drawn

# Sternocleidomastoid: the mastoid (hidden behind the jaw) -> the manubrium (sternal head, a round tendon) and the
# medial third of the clavicle (clavicular head, flat and broad); a small gap between the heads above the clavicle.
SCM_STERNAL_F = _front([
    (171, 116), (179, 116), (183.5, 128), (187.5, 140), (191.5, 152), (195, 163), (197.8, 172), (199.2, 179),
    (198.6, 184), (194.6, 184.5), (192.8, 180), (190, 171), (185.5, 160), (180.5, 148), (175.5, 135),
    (171.5, 124)]) & NECK_VISIBLE
SCM_CLAV_F = (_front([
    (169.5, 124), (171, 134), (172.5, 146), (174.5, 158), (176, 170), (176.5, 184.5), (183, 185), (188.5, 184),
    (188.5, 177), (185, 166), (181, 152), (176.5, 138), (172.5, 125)]) & NECK_VISIBLE).difference(SCM_STERNAL_F.buffer(0.5))
SCM_F = SCM_STERNAL_F | SCM_CLAV_F
add("sternocleidomastoid", "front", SCM_STERNAL_F, part="sternal head",
    tendon=smooth([(193, 172), (197.5, 172), (199.4, 180), (198.6, 185), (194.4, 185), (192.4, 178)]) & SCM_STERNAL_F,
    fibers=("loft", [(173, 118), (180, 118)], [(194.5, 184), (198.5, 184)]))
add("sternocleidomastoid", "front", SCM_CLAV_F, part="clavicular head",
    fibers=("loft", [(170, 124), (173, 124)], [(177, 185), (188, 185)]))

# Upper trapezius seen from the front: the slope from the side of the neck to the lateral third of the clavicle
# and the acromion; its front border bounds the posterior triangle of the neck.
TRAP_FRONT = (smooth([
    (167.5, 132), (166.5, 144), (163.5, 156), (157, 165), (147, 170.5), (126, 177), (112, 181), (101, 187),
    (98, 194), (104, 196), (116, 192.5), (128, 188.5), (140, 183), (151, 176.5), (159.5, 169), (165.5, 159),
    (169, 148), (170.5, 137)]) & NECK_VISIBLE).difference(SCM_F.buffer(0.5))
add("trapezius_upper", "front", TRAP_FRONT, part="descending part",
    fibers=("loft", [(170, 136), (166, 158), (150, 172), (120, 181)], [(150, 183), (128, 188), (112, 192), (100, 194)]))

# Scalenes: anterior/posterior tubercles of C3-C6 -> the first rib (anterior, medius) and the second rib
# (posterior), behind the clavicle: the floor of the posterior triangle between the two muscles above.
SCALENES_F = (_front([
    (174, 134), (171.5, 146), (167, 158), (160.5, 168), (152, 175.5), (146, 180), (152, 185), (164, 185.5),
    (176, 185.5), (177, 172), (176, 156), (175.5, 142)]) & NECK_VISIBLE).difference(SCM_F.buffer(0.5)).difference(TRAP_FRONT.buffer(0.5))
add("scalenes", "front", _largest(SCALENES_F),
    fibers=("loft", [(175, 134), (173, 144), (170, 154)], [(174, 186), (163, 186), (148, 184)]))

# Longus colli: the front of the vertebral bodies C1-T3, either side of the midline (deep).
add("longus_colli", "front", _front([
    (199, 116), (195, 122), (191.5, 134), (190, 150), (190.5, 166), (192.5, 182), (195.5, 194), (199, 198),
    (199, 160)]) & NECK_VISIBLE.union(box(0, 140, 400, 400)), depth="deep",
    fibers=("loft", [(193, 120), (199, 118)], [(196, 196), (199, 198)]))


# ---------------------------------------------------------------- trigger points
# Where each trigger point is drawn (person's right side); the first view given is its own.
mark("trapezius_upper_tp1", "back", (256, 175))
mark("trapezius_upper_tp2", "back", (270, 183))
mark("trapezius_middle_tp1", "back", (219, 207))
mark("trapezius_middle_tp2", "back", (289, 199.5))
mark("trapezius_lower_tp1", "back", (224, 264))
mark("trapezius_lower_tp2", "back", (229, 229))
mark("splenius_capitis_tp1", "back", (227, 124))
mark("splenius_cervicis_tp1", "back", (221.5, 132))
mark("splenius_cervicis_tp2", "back", (218.5, 176))
mark("semispinalis_capitis_tp1", "back", (209, 130))
mark("semispinalis_capitis_tp2", "back", (209, 110))
mark("semispinalis_cervicis_tp1", "back", (207.5, 144))
mark("cervical_multifidi_tp1", "back", (203, 150))
mark("suboccipitals_tp1", "back", (216, 116))
mark("levator_scapulae_tp1", "back", (230.5, 152))
mark("levator_scapulae_tp2", "back", (229.5, 192))
mark("scalenes_tp1", "front", (174.5, 178))
mark("scalenes_tp2", "front", (169, 164))
mark("scalenes_tp3", "front", (156, 178))
mark("longus_colli_tp1", "front", (195, 160))
