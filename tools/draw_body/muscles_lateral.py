"""Muscle shapes of the lateral view: the whole body from the person's right side, face to +x (lateral.py).

Superficial muscles are cut against the ones that lie over them (`_place`), so the surface layer tiles like
an atlas plate: the arm lies over the trunk and the hip, the sternocleidomastoid over the splenius, levator
and scalenes, gluteus maximus over the back of gluteus medius, the iliotibial band over vastus lateralis,
the gastrocnemius over the soleus. Deep muscles (gluteus minimus, quadratus lumborum, supinator, ...) are
drawn whole, for the deep layer. Landmarks: see lateral.LANDMARKS.
"""
from __future__ import annotations

from shapely.geometry import Point, Polygon
from shapely.ops import unary_union

from . import lateral as L
from .muscles import add as _add
from .registry import decor


def add(muscle, view, geom, tendon=None, **kw):
    """Register a muscle shape; its tendon is what of the tendon lies inside the (placed) shape."""
    if tendon is not None:
        tendon = (tendon & geom).buffer(0)
        tendon = None if tendon.is_empty else tendon
    _add(muscle, view, geom, tendon=tendon, **kw)
from .shapes import largest, smooth, stroke, tapered

P = Polygon
V = "lateral"
GAP = 0.7
_TOP: list = []          # surface shapes placed so far (they lie over what is placed later)


def _pieces(geom, min_area: float = 6.0):
    return unary_union([p for p in getattr(geom, "geoms", [geom]) if isinstance(p, Polygon) and p.area >= min_area])


def _place(geom, *also_under, keep_all: bool = True, gap: float = GAP):
    """The visible part of a surface shape: without what was placed before (it lies over this one) and
    without the given shapes; the biggest piece, or every piece that is not a crumb."""
    cover = [g.buffer(gap) for g in (*_TOP, *also_under)]
    rest = geom & L.SILHOUETTE
    if cover:
        rest = rest.difference(unary_union(cover))
    rest = rest.buffer(0)
    rest = _pieces(rest) if keep_all else largest(rest)
    _TOP.append(rest)
    return rest


def _fshape(rows, samples: int = 8):
    """A smooth shape following the body's contour: rows of (y, f_back, f_front), top to bottom (f = depth
    fraction of lateral.at)."""
    left = [L.at(y, fb) for y, fb, _ in rows]
    right = [L.at(y, ff) for y, _, ff in reversed(rows)]
    return smooth(left + right, samples=samples)


def _fline(rows):
    """Points at (y, f) of the body's depth."""
    return [L.at(y, f) for y, f in rows]


ARM_ALL = unary_union([L.UPPER_ARM, L.FOREARM, L.HAND])

# ================================================================ hand (topmost: it hangs in front)
# The dorsum of the hand faces the viewer (palm to the thigh, thumb forward).
FDI = _place(smooth([(312, 524), (317, 532), (321, 546), (323, 558), (320, 565), (315, 556), (311, 540)]),
             L.THUMB)
add("first_dorsal_interosseous", V, FDI, fibers=("loft", [(312, 526), (314, 530)], [(316, 560), (319, 556)]))

INTEROSSEI = _place(smooth([(309.5, 540), (312.5, 541), (314.5, 556), (314, 566), (311, 566), (309.5, 554)]), L.THUMB)
add("hand_interossei", V, INTEROSSEI, fibers=("parallel", 82))

ADM_HAND = _place(tapered([(290.5, 532), (290.5, 548), (293.5, 564)], [4.4, 5.2, 4.4]), L.THUMB)
add("abductor_digiti_minimi_hand", V, ADM_HAND, fibers=("parallel", 86))

# ================================================================ forearm (thumb forward: extensor side faces the viewer)
# The forearm is cut into bands between its ulnar (back, g=0) and radial (front, g=1) contours, from the elbow
# (t=0) to the wrist (t=1), so the extensor bellies tile it as an atlas draws them; near the elbow the bands
# converge on the lateral epicondyle (common extensor origin). Distal thirds: tendons.
from shapely.geometry import LineString as _LS  # noqa: E402

_FA_BACK = _LS([(199, 378), (208, 400), (224, 434), (244, 466), (264, 492), (286, 517)])
_FA_FRONT = _LS([(243, 366), (253, 390), (261, 414), (270, 446), (287, 480), (310, 506)])


def _fa(t: float, g: float) -> tuple[float, float]:
    t = min(max(t, 0.0), 1.0)      # (shapely counts a negative distance from the far end)
    b = _FA_BACK.interpolate(t, normalized=True)
    f = _FA_FRONT.interpolate(t, normalized=True)
    return (b.x + g * (f.x - b.x), b.y + g * (f.y - b.y))


def _pinch(g_final: float, g0: float, t_full: float = 0.3):
    return lambda t: g0 + (g_final - g0) * min(t / t_full, 1.0)


_EXT = 0.03      # bands reach a little past the outline; the clip to the silhouette gives the edge


def _fa_band(t0: float, t1: float, g0, g1, n: int = 8):
    g0f = g0 if callable(g0) else (lambda _t: g0)
    g1f = g1 if callable(g1) else (lambda _t: g1)
    ts = [t0 + (t1 - t0) * i / n for i in range(n + 1)]
    left = [_fa(t, g0f(t)) for t in ts]
    right = [_fa(t, g1f(t)) for t in reversed(ts)]
    return smooth(left + right, samples=4)


def _fa_tendon(t0: float, g: float, end, w0: float = 4.4, w1: float = 3.0):
    pts = [_fa(t0, g), _fa(min(t0 + 0.5 * (1 - t0), 0.98), g), _fa(0.99, g), end]
    return tapered(pts, [w0, (w0 + w1) / 2, w1 + 0.4, w1])


B1, B2, B3, B4, B5 = 0.12, _pinch(0.3, 0.44), _pinch(0.52, 0.48), _pinch(0.68, 0.52), _pinch(0.83, 0.6)
ANCONEUS = smooth([(211, 370), (217, 378), (216, 392), (211, 404), (205, 410), (200, 400), (199, 388), (204, 378)])
add("anconeus", V, _place(ANCONEUS), fibers=("loft", [(213, 372), (216, 382)], [(201, 394), (207, 408)]))

# Brachioradialis: from the upper lateral supracondylar ridge, the front (radial) contour of the forearm,
# tendon to the radial styloid.
BR_UPPER = smooth([(211, 318), (215, 322), (218, 338), (222, 352), (232, 364), (244, 368), (240, 380), (228, 380),
                   (217, 366), (212, 346)])
BR = BR_UPPER.union(_fa_band(0.0, 0.6, B5, 1 + _EXT))
BR_TENDON = _fa_tendon(0.56, 0.92, (308, 508), 4.6, 3.2)
# Extensor carpi radialis longus: lower supracondylar ridge, behind brachioradialis, tendon to the 2nd metacarpal.
ECRL = smooth([(212, 348), (218, 352), (226, 366), (232, 376), (222, 382), (214, 372), (211, 360)]).union(
    _fa_band(0.0, 0.54, B4, B5))
ECRL_TENDON = _fa_tendon(0.5, 0.76, (318, 540), 4.0, 2.8)
# Extensor carpi radialis brevis: common extensor tendon, tendon to the 3rd metacarpal.
ECRB = _fa_band(0.02, 0.68, B3, B4)
ECRB_TENDON = _fa_tendon(0.62, 0.6, (311, 542), 3.8, 2.8)
# Extensor digitorum: the middle of the back of the forearm, four tendons over the back of the hand.
ED = _fa_band(0.02, 0.84, B2, B3)
ED_TENDONS = unary_union([
    tapered([_fa(0.8, 0.42), _fa(0.99, 0.42), (300, 530)], [6, 5.5, 5]),
    tapered([(298, 526), (299, 546), (300, 566)], [3.4, 2.8, 2.4]),
    tapered([(300, 526), (306, 546), (308, 569)], [3.4, 2.8, 2.4]),
    tapered([(302, 526), (312, 546), (316, 571)], [3.4, 2.8, 2.4]),
    tapered([(304, 526), (318, 544), (323, 566)], [3.0, 2.6, 2.2]),
])
# Extensor carpi ulnaris: along the ulnar (back) border, tendon to the base of the fifth metacarpal.
ECU = _fa_band(0.04, 0.86, B1, B2)
ECU_TENDON = _fa_tendon(0.82, 0.2, (292, 530), 3.8, 3.0)
# Flexor carpi ulnaris: the strip of the flexor side behind the subcutaneous border of the ulna.
FCU = _fa_band(0.03, 0.88, -_EXT, B1)
FCU_TENDON = _fa_tendon(0.84, 0.05, (289, 522), 3.6, 3.0)

for name, belly, tendon, fib in [
    ("brachioradialis", BR, BR_TENDON,
     ("loft", [(212, 322), (226, 352), _fa(0.0, 0.8)], [_fa(0.56, 0.88), _fa(0.56, 0.93), _fa(0.56, 0.98)],
      [_fa(0.08, 0.86), _fa(0.2, 0.9), _fa(0.3, 0.95)])),
    ("extensor_carpi_radialis_longus", ECRL, ECRL_TENDON,
     ("loft", [(213, 352), (218, 366), _fa(0.02, 0.6)], [_fa(0.54, 0.7), _fa(0.54, 0.76), _fa(0.54, 0.82)])),
    ("extensor_carpi_radialis_brevis", ECRB, ECRB_TENDON,
     ("loft", [_fa(0.02, 0.48), _fa(0.02, 0.52)], [_fa(0.68, 0.54), _fa(0.68, 0.66)])),
    ("extensor_digitorum", ED, ED_TENDONS,
     ("loft", [_fa(0.02, 0.44), _fa(0.02, 0.48)], [_fa(0.84, 0.34), _fa(0.84, 0.5)])),
    ("extensor_carpi_ulnaris", ECU, ECU_TENDON,
     ("loft", [_fa(0.04, 0.12), _fa(0.04, 0.42)], [_fa(0.86, 0.14), _fa(0.86, 0.28)])),
    ("flexor_carpi_ulnaris", FCU, FCU_TENDON,
     ("loft", [_fa(0.03, 0.0), _fa(0.03, 0.12)], [_fa(0.88, 0.0), _fa(0.88, 0.12)])),
]:
    geom = _place(belly.union(tendon), keep_all=True)
    add(name, V, geom, fibers=fib, tendon=tendon)

SUPINATOR = smooth([(218, 382), (230, 380), (242, 390), (248, 404), (244, 416), (234, 418), (224, 408), (216, 394)])
add("supinator", V, SUPINATOR, depth="deep", fibers=("loft", [(218, 384), (222, 380)], [(236, 418), (246, 408)]))
EXT_INDICIS = smooth([(250, 470), (258, 468), (272, 488), (288, 508), (296, 520), (290, 524), (276, 508), (260, 488)])
add("extensor_indicis", V, EXT_INDICIS, depth="deep",
    fibers=("loft", [(250, 471), (257, 468)], [(290, 522), (295, 519)]))

# ================================================================ upper arm
CLAVICLE = stroke([(229, 195.5), (223, 193), (215, 191.5), (208, 189.5)], 4.2)
ACROMION = smooth([(197, 186), (204, 183.5), (212, 185), (213, 189), (205, 191), (197, 190)])
SCAPULA_SPINE = stroke([(203, 190.5), (192, 194), (180, 198), (168, 203)], 3.4)
BONES_SHOULDER = unary_union([CLAVICLE, ACROMION, SCAPULA_SPINE])

# Deltoid: from the lateral clavicle, acromion and spine of the scapula to the deltoid tuberosity.
DELTOID = smooth([(228, 196), (234, 205), (237.5, 222), (236.5, 244), (231, 262), (222, 278), (214, 290),
                  (208, 287), (200, 272), (192, 254), (184, 236), (177, 218), (170, 206), (174, 200), (190, 194),
                  (204, 190), (216, 191)]).difference(BONES_SHOULDER.buffer(0.6))
TUB = (212, 290)
D_ANT = DELTOID & P([TUB, (223, 262), (229, 238), (226, 212), (219, 192), (219, 170), (260, 170), (260, 300)])
D_MID = DELTOID & P([TUB, (200, 262), (193, 238), (194, 212), (197, 192), (197, 170), (219, 170), (219, 192),
                     (226, 212), (229, 238), (223, 262)])
D_POST = DELTOID & P([TUB, (200, 262), (193, 238), (194, 212), (197, 192), (197, 170), (150, 170), (150, 300)])
add("deltoid_anterior", V, _place(D_ANT.buffer(-0.4)),
    fibers=("loft", [(230, 197), (218, 192)], [(216, 284), (213, 288)], [(236, 236), (224, 238)]))
add("deltoid_middle", V, _place(D_MID.buffer(-0.4)),
    fibers=("loft", [(217, 191), (199, 191)], [(213, 288), (211, 288)], [(226, 238), (200, 238)]))
add("deltoid_posterior", V, _place(D_POST.buffer(-0.4)),
    fibers=("loft", [(197, 193), (171, 204)], [(210, 287), (208, 284)], [(194, 240), (180, 222)]))

# Biceps: the front of the arm under the anterior deltoid, tendon into the cubital fossa.
BICEPS_TENDON = tapered([(232, 360), (234, 374), (232, 386)], [7, 5.5, 4.5])
BICEPS = smooth([(224, 246), (232, 250), (236.5, 270), (237, 300), (237, 330), (235, 352), (233, 366), (228, 368),
                 (225, 350), (223, 322), (221, 292), (221, 262)]).union(BICEPS_TENDON)
add("biceps_brachii", V, _place(BICEPS), tendon=BICEPS_TENDON,
    fibers=("loft", [(222, 250), (234, 254)], [(229, 372), (235, 372)], [(221, 310), (237, 310)]))
# Brachialis: between biceps and triceps in the lower half of the arm, in front of the brachioradialis.
BRACHIALIS = smooth([(214, 290), (221, 290), (223, 320), (226, 348), (231, 366), (236, 384), (226, 388),
                     (219, 374), (215, 352), (212, 322)])
add("brachialis", V, _place(BRACHIALIS), fibers=("loft", [(214, 292), (221, 292)], [(224, 384), (232, 386)]))
# Triceps: lateral head and long head behind, the broad pale tendon to the olecranon.
TRICEPS_TENDON = smooth([(199, 352), (203, 346), (206.5, 358), (207, 372), (205, 386), (202, 393), (199, 391),
                         (197.5, 378), (197, 364)])
TRICEPS = smooth([(179, 222), (186, 232), (196, 250), (206, 272), (212, 296), (213, 320), (212, 350), (210, 372),
                  (206, 390), (200, 394), (194, 376), (189, 348), (183, 306), (179.5, 268)]).union(TRICEPS_TENDON)
TRICEPS_LONG = TRICEPS & P([(170, 210), (190, 232), (196, 330), (192, 400), (170, 400)])
TRICEPS_LAT = TRICEPS.difference(TRICEPS_LONG.buffer(0.5))
add("triceps_brachii", V, _place(TRICEPS_LAT), part="lateral head", tendon=TRICEPS_TENDON,
    fibers=("loft", [(186, 234), (212, 300)], [(196, 336), (210, 352)]))
add("triceps_brachii", V, _place(TRICEPS_LONG), part="long head", tendon=TRICEPS_TENDON,
    fibers=("loft", [(180, 224), (186, 232)], [(194, 352), (197, 352)]))

ARM_COVER = unary_union(_TOP + [ARM_ALL & L.SILHOUETTE]).buffer(0.5)

# ================================================================ head
EYE = smooth([(236, 86), (241, 83.3), (246.5, 83.6), (249.5, 85.6), (246.5, 87.6), (241, 88.2)])
ZYG_ARCH = stroke([(205, 99), (214, 100.5), (224, 101), (232, 99)], 4.6)
FACE_BONES = ZYG_ARCH
EAR_GAP = L.EAR.buffer(1.2)

ORB_OCULI = smooth([(229, 84), (232, 75), (240, 71), (250, 71.5), (257, 76), (258, 86), (256, 95), (248, 99),
                    (238, 98.5), (231, 93)]).difference(EYE.buffer(0.4))
add("orbicularis_oculi", V, _place(ORB_OCULI),
    fibers=("loft", [(251, 83), (252, 79.5), (253, 76), (254, 73)], [(251, 88.5), (252, 92), (253, 95.5), (254, 98)],
            [(235, 85.5), (232.5, 85.5), (230.5, 85.5), (229, 85.5)]))
ZYGOMATICUS = tapered([(231, 98), (238, 110), (245, 121), (248, 126)], [5.2, 5, 4.2, 3])
add("zygomaticus_major", V, _place(ZYGOMATICUS), fibers=("loft", [(229, 97), (233, 98)], [(247, 126), (249, 126)]))
FRONTALIS = smooth([(228, 52), (236, 42), (246, 40), (252, 48), (256, 60), (257.5, 69), (250, 70), (240, 70),
                    (232, 66), (227, 60)])
add("frontalis", V, _place(FRONTALIS),
    fibers=("loft", [(228, 54), (236, 44), (247, 41), (253, 50)], [(231, 66), (240, 70), (251, 71), (258, 70)]))
MASSETER = smooth([(207, 102.5), (222, 103), (236, 103), (239.5, 110), (238, 124), (235, 138), (232, 147),
                   (222, 150), (211, 147), (204.5, 140), (203, 126), (204, 112)])
add("masseter", V, _place(MASSETER, FACE_BONES, EAR_GAP),
    fibers=("loft", [(237, 104), (222, 104), (208, 104)], [(232, 148), (219, 149), (205, 140)]))
BUCCINATOR = smooth([(236, 111), (244, 113.5), (249.5, 120), (250, 127), (247.5, 134), (238, 137.5), (234, 128)])
add("buccinator", V, _place(BUCCINATOR), fibers=("loft", [(236, 113), (234, 136)], [(248, 125), (248, 129)]))
TEMPORALIS_TENDON = smooth([(214, 94), (224, 92), (233, 94), (232, 104), (222, 108), (213, 104)])
TEMPORALIS = smooth([(234, 98), (237, 84), (237.5, 70), (232, 57), (220, 47), (204, 43), (188, 46), (176, 53),
                     (169, 64), (168, 76), (176, 80), (188, 76), (198, 74.5), (205, 80), (209, 92), (214, 101),
                     (222, 106), (230, 104)])
add("temporalis", V, _place(TEMPORALIS, FACE_BONES, EAR_GAP), tendon=TEMPORALIS_TENDON,
    fibers=("loft", [(235, 92), (236, 72), (226, 51), (206, 44), (186, 47), (172, 58), (169, 74)],
            [(229, 103), (226, 103), (223, 103), (220, 103), (217, 102), (214, 101), (212, 100)]))
OCCIPITALIS = smooth([(149, 92), (158, 84), (171, 85), (177, 94), (175, 106), (164, 112), (152, 112), (147, 104)])
add("occipitalis", V, _place(OCCIPITALIS),
    fibers=("loft", [(150, 110), (163, 112), (175, 106)], [(150, 90), (160, 84), (172, 86)]))

LAT_PTERYGOID = smooth([(208, 100), (216, 97.5), (228, 99), (233, 105), (230, 113), (220, 112), (211, 106)])
add("lateral_pterygoid", V, LAT_PTERYGOID, depth="deep",
    fibers=("loft", [(232, 102), (231, 110)], [(210, 101), (211, 105)]))

# ================================================================ neck
STERNO_STERNAL = tapered([(189, 119), (196.5, 136), (204.5, 154), (212, 170), (220.5, 184), (229, 194)],
                         [10, 12, 12, 11, 9, 6.5])
STERNO_TENDON = tapered([(222, 184), (229, 194)], [8, 5.5])
STERNO_CLAV = tapered([(197, 140), (202, 158), (207.5, 176), (212, 194)], [7, 10, 11, 11])
SCM_S = _place(STERNO_STERNAL, CLAVICLE)
add("sternocleidomastoid", V, SCM_S, part="sternal head", tendon=STERNO_TENDON,
    fibers=("loft", [(186, 117), (193, 122)], [(227, 195), (230, 193)]))
SCM_C = _place(STERNO_CLAV, CLAVICLE)
add("sternocleidomastoid", V, SCM_C, part="clavicular head",
    fibers=("loft", [(195, 140), (202, 138)], [(209, 195), (221, 195)]))
DIG_TENDON = stroke([(218.5, 155), (226.5, 153.5)], 2.8)
DIGASTRIC = unary_union([tapered([(196, 130), (205, 142), (213, 150), (219, 155)], [5, 7, 7, 3.5]),
                         DIG_TENDON, tapered([(226, 153.5), (236, 151), (244, 148.5)], [3, 4.5, 3.5])])
add("digastric", V, _place(DIGASTRIC, keep_all=True), tendon=DIG_TENDON,
    fibers=("loft", [(196, 130), (219, 155), (236, 151)], [(205, 142), (226.5, 153.5), (244, 148.5)]))
TRAP_UPPER = smooth([(150, 108), (162, 112), (172, 114), (174, 130), (175, 146), (179, 160), (187, 173), (199, 183),
                     (210, 190), (200, 192), (186, 196), (172, 202), (150, 210), (130, 206), (130, 120)])
add("trapezius_upper", V, _place(TRAP_UPPER, BONES_SHOULDER),
    fibers=("loft", [(152, 112), (162, 113), (173, 116)], [(168, 203), (190, 194), (208, 189)],
            [(158, 170), (170, 162), (186, 160)]))
TRAP_MIDDLE = _fshape([(198, -0.2, 0.3), (215, -0.2, 0.3), (235, -0.2, 0.2), (258, -0.2, 0.1)])
add("trapezius_middle", V, _place(TRAP_MIDDLE, SCAPULA_SPINE),
    fibers=("loft", _fline([(200, -0.1), (250, -0.1)]), _fline([(200, 0.3), (240, 0.2)])))
TRAP_LOWER = _fshape([(240, -0.2, 0.12), (270, -0.2, 0.12), (305, -0.2, 0.07), (340, -0.2, 0.0)])
add("trapezius_lower", V, _place(TRAP_LOWER),
    fibers=("loft", _fline([(280, -0.1), (340, -0.1)]), _fline([(240, 0.12), (270, 0.1)])))
SPLENIUS = smooth([(180, 116), (190, 120), (196, 130), (194, 142), (186, 152), (178, 156), (176, 140), (177, 124)])
add("splenius_capitis", V, _place(SPLENIUS, EAR_GAP),
    fibers=("loft", [(176, 152), (184, 156)], [(180, 118), (192, 122)]))
LEVATOR = tapered([(192, 130), (188.5, 146), (184, 162), (178, 180), (172, 198)], [6, 8, 9, 9, 8])
add("levator_scapulae", V, _place(LEVATOR), fibers=("loft", [(192, 132), (198, 134)], [(170, 198), (180, 200)]))
SCALENES = tapered([(195, 144), (197, 160), (200, 176), (204, 192)], [7, 10, 11, 11])
add("scalenes", V, _place(SCALENES, CLAVICLE), fibers=("loft", [(197, 142), (203, 140)], [(205, 190), (218, 190)]))
PLATYSMA = smooth([(212, 142), (226, 140), (240, 143), (249, 149), (240, 153), (227, 156), (221, 164), (224, 180),
                   (232, 194), (246, 206), (256, 216), (240, 222), (222, 214), (210, 200), (204, 184), (204, 160)])
add("platysma", V, _place(PLATYSMA, CLAVICLE, keep_all=True),
    fibers=("loft", [(214, 144), (232, 141), (247, 148)], [(214, 204), (236, 214), (254, 216)]))

# ================================================================ trunk (under the arm)
TRUNK_UNDER = [ARM_COVER]
PEC_MAJOR = smooth([(228, 197), (240, 204), (252, 220), (259, 240), (262.5, 262), (260, 282), (254, 294), (246, 290),
                    (240, 276), (236, 258), (233, 240), (231, 222)])
add("pectoralis_major", V, _place(PEC_MAJOR, CLAVICLE, *TRUNK_UNDER, keep_all=True),
    fibers=("loft", [(229, 198), (248, 210), (259, 236), (262, 262), (256, 292)],
            [(232, 222), (233, 228), (234, 236), (235, 244), (236, 252)]))
# Serratus anterior: digitations on the ribs between pectoralis major and the external oblique.
SA_TEETH = [(250, 293), (242, 300), (247, 307), (239, 316), (244, 323), (236, 332), (240, 339), (231, 348), (232, 354)]
SERRATUS = P([(234, 250), (244, 262), (252, 276), *SA_TEETH, (200, 360), (190, 300), (196, 252)])
add("serratus_anterior", V, _place(smooth(SERRATUS.exterior.coords[:-1], samples=4), *TRUNK_UNDER, keep_all=True),
    fibers=("loft", [(250, 280), (252, 296), (252, 308), (249, 322), (244, 336), (236, 352)],
            [(196, 256), (194, 268), (192, 282), (191, 296), (190, 310), (190, 324)]))
RECTUS = _fshape([(298, 0.96, 1.05), (330, 0.95, 1.05), (370, 0.91, 1.05), (420, 0.9, 1.05), (466, 0.92, 1.05)])
add("rectus_abdominis", V, _place(RECTUS, *TRUNK_UNDER, keep_all=True),
    fibers=("loft", _fline([(298, 0.9), (298, 1.0)]), _fline([(492, 0.86), (492, 1.0)])))
ILIO_LUMB = _fshape([(360, -0.2, 0.16), (390, -0.2, 0.18), (420, -0.2, 0.16), (446, -0.2, 0.08)])
add("iliocostalis_lumborum", V, _place(ILIO_LUMB, keep_all=True),
    fibers=("loft", _fline([(446, 0.0), (446, 0.1)]), _fline([(360, 0.05), (360, 0.16)])))

EO_TENDON = P([*_fline([(300, 0.84), (340, 0.8), (380, 0.78), (420, 0.76)]), (242, 440), (246, 452), (240, 494), (300, 500),
               (300, 300)])
EXT_OBLIQUE = smooth([(252, 300), (256, 320), (257, 350), (258, 380), (260, 420), (257, 450), (250, 478), (241, 496),
                      (236, 488), (241, 470), (246, 455), (236, 440), (222, 424), (206, 418), (194, 414), (189, 398),
                      (187, 382), (196, 370), (210, 358), (226, 344), (236, 328), (244, 312)], samples=6)
EO = _place(EXT_OBLIQUE, *TRUNK_UNDER, keep_all=True)
add("external_oblique", V, EO, tendon=EO_TENDON,
    fibers=("loft", [(250, 300), (240, 318), (228, 336), (214, 352), (200, 366), (190, 380)],
            [(258, 345), (258, 385), (256, 425), (246, 452), (226, 424), (196, 414)]))
# Latissimus dorsi: from the thoracolumbar fascia and the iliac crest up to the back of the armpit.
LAT_TENDON = _fshape([(340, -0.2, 0.12), (380, -0.2, 0.22), (410, -0.2, 0.24), (430, -0.2, 0.26)])
LAT = smooth([*_fline([(296, -0.1), (330, -0.1), (380, -0.1), (420, -0.1)]), (176, 428), (192, 416), (196, 396),
              (196, 360), (194, 320), (192, 296), (188, 284), (182, 278), *_fline([(290, 0.32), (298, 0.18),
                                                                                  (302, 0.06)])], samples=6)
add("latissimus_dorsi", V, _place(LAT.union(LAT_TENDON), *TRUNK_UNDER, keep_all=True), tendon=LAT_TENDON,
    fibers=("loft", [*_fline([(296, 0.02), (340, 0.0), (390, 0.1)]), (180, 424), (194, 414)],
            [(184, 280), (185, 282), (186, 284), (187, 286), (189, 290)]))
INFRASPINATUS = _fshape([(200, 0.05, 0.44), (215, 0.02, 0.46), (232, 0.02, 0.44), (246, 0.05, 0.4), (256, 0.1, 0.3)])
add("infraspinatus", V, _place(INFRASPINATUS, SCAPULA_SPINE, *TRUNK_UNDER),
    fibers=("loft", _fline([(206, 0.05), (230, 0.03), (252, 0.1)]), [(182, 214), (182, 220), (182, 226)]))
TERES_MINOR = tapered([L.at(270, 0.06), L.at(263, 0.22), L.at(256, 0.34), (183, 250)], [8, 9, 9, 7])
add("teres_minor", V, _place(TERES_MINOR, *TRUNK_UNDER),
    fibers=("loft", [L.at(266, 0.06), L.at(274, 0.06)], [(183, 246), (183, 254)]))
TERES_MAJOR = tapered([L.at(296, 0.08), L.at(287, 0.2), L.at(277, 0.32), (183, 266)], [12, 13, 12, 10])
add("teres_major", V, _place(TERES_MAJOR, *TRUNK_UNDER),
    fibers=("loft", [L.at(290, 0.08), L.at(302, 0.08)], [(183, 261), (183, 271)]))

# deep trunk
QL = smooth([(166, 374), (180, 374), (194, 382), (200, 398), (198, 414), (184, 420), (168, 418), (162, 398)])
add("quadratus_lumborum", V, QL, depth="deep",
    fibers=("loft", [(168, 374), (182, 376), (194, 382)], [(168, 418), (182, 420), (198, 414)]))
ILIO_THOR = _fshape([(262, -0.05, 0.16), (300, -0.05, 0.16), (340, -0.05, 0.16), (366, -0.05, 0.16)])
add("iliocostalis_thoracis", V, ILIO_THOR, depth="deep",
    fibers=("loft", _fline([(366, 0.0), (366, 0.16)]), _fline([(262, 0.0), (262, 0.16)])))

# ================================================================ hip and thigh
ILIAC_CREST = stroke([(163, 444), (166, 432), (176, 420), (194, 413), (212, 415), (228, 424), (240, 438), (247, 451)],
                     4.0)
HIP_UNDER = [ARM_COVER]
# Tensor fasciae latae and the iliotibial band (its pale tendon, with the tendon of gluteus maximus) over
# vastus lateralis, down to Gerdy's tubercle.
ITB = smooth([(204, 504), (214, 501), (223, 512), (225, 540), (224, 580), (223, 640), (224, 690), (227, 726),
               (230, 750), (222, 756), (217, 734), (214, 694), (212, 642), (210, 582), (206, 542), (202, 520)])
TFL_BELLY = smooth([(236, 442), (245, 447), (250, 458), (249, 480), (245, 506), (240, 532), (235, 556), (229, 570),
                    (222, 566), (219, 540), (221, 510), (225, 484), (229, 460)])
add("tensor_fasciae_latae", V, _place(TFL_BELLY.union(ITB), ILIAC_CREST, *HIP_UNDER, keep_all=True), tendon=ITB,
    fibers=("loft", [(232, 446), (242, 446), (249, 454)], [(222, 566), (227, 568), (233, 566)]))
SARTORIUS = _fshape([(456, 0.94, 1.06), (480, 0.92, 1.06), (510, 0.92, 1.06), (540, 0.95, 1.06), (562, 1.0, 1.06)])
add("sartorius", V, _place(SARTORIUS, ILIAC_CREST, *HIP_UNDER),
    fibers=("loft", _fline([(458, 0.94), (458, 1.0)]), _fline([(562, 0.99), (562, 1.02)])))
GMAX_TENDON = smooth([(202, 492), (212, 500), (216, 530), (214, 556), (206, 562), (200, 530)])
GMAX = smooth([(164, 430), (176, 431), (188, 448), (198, 470), (206, 492), (214, 512), (218, 536), (215, 556),
               (204, 564), (190, 564), (174, 561), (160, 556), (148, 546), (139, 528), (134, 500), (136, 468),
               (146, 442)], samples=8)
add("gluteus_maximus", V, _place(GMAX.union(GMAX_TENDON), ILIAC_CREST, *HIP_UNDER), tendon=GMAX_TENDON,
    fibers=("loft", [(152, 436), (140, 462), (134, 494), (140, 526), (152, 550)],
            [(196, 474), (206, 496), (212, 520), (212, 542), (204, 560)],
            [(174, 452), (168, 478), (168, 506), (172, 532), (178, 554)]))
GMED = smooth([(168, 428), (184, 418), (200, 415), (220, 421), (236, 436), (242, 448), (236, 462), (230, 478),
               (224, 494), (216, 504), (206, 502), (196, 486), (186, 464), (176, 444)])
add("gluteus_medius", V, _place(GMED, ILIAC_CREST, *HIP_UNDER),
    fibers=("loft", [(172, 428), (186, 420), (200, 417), (218, 422), (236, 442)],
            [(200, 497), (204, 498), (208, 499), (211, 498), (214, 495)]))
RF_TENDON = smooth([L.at(672, 0.86), L.at(672, 1.06), L.at(704, 1.06), (238, 706), (230, 705), L.at(690, 0.82)])
RF = _fshape([(468, 0.9, 1.06), (520, 0.85, 1.06), (580, 0.83, 1.06), (640, 0.83, 1.06), (680, 0.84, 1.06)]).union(
    RF_TENDON)
add("rectus_femoris", V, _place(RF.union(RF_TENDON), *HIP_UNDER), tendon=RF_TENDON,
    fibers=("loft", _fline([(470, 0.95), (530, 0.86)]), _fline([(690, 0.82), (700, 0.98)]),
            _fline([(580, 0.86), (610, 0.98)])))
VL = _fshape([(506, 0.46, 0.6), (528, 0.3, 0.84), (580, 0.27, 0.85), (640, 0.29, 0.85), (680, 0.35, 0.83),
              (700, 0.46, 0.8), (714, 0.6, 0.76)])
add("vastus_lateralis", V, _place(VL, *HIP_UNDER, keep_all=True),
    fibers=("loft", _fline([(512, 0.46), (560, 0.3), (620, 0.28), (670, 0.33)]),
            _fline([(560, 0.84), (630, 0.85), (690, 0.8), (712, 0.7)])))
BF_TENDON = tapered([L.at(688, 0.2), L.at(720, 0.24), (193, 760)], [9, 7, 5])
BF = _fshape([(548, -0.1, 0.22), (600, -0.1, 0.3), (650, -0.06, 0.31), (690, 0.06, 0.3), (712, 0.16, 0.28)])
add("biceps_femoris", V, _place(BF.union(BF_TENDON), *HIP_UNDER), tendon=BF_TENDON,
    fibers=("loft", _fline([(552, 0.05), (560, 0.2)]), _fline([(700, 0.14), (712, 0.26)]),
            _fline([(620, 0.06), (640, 0.28)])))

# deep hip
GMIN = smooth([(194, 432), (212, 428), (230, 436), (240, 450), (234, 464), (224, 478), (216, 492), (208, 496),
               (202, 486), (196, 466), (190, 446)])
add("gluteus_minimus", V, GMIN, depth="deep",
    fibers=("loft", [(194, 434), (212, 430), (230, 438), (239, 452)], [(204, 492), (208, 494), (212, 494), (216, 490)]))
PIRIFORMIS = tapered([(150, 472), (166, 478), (184, 484), (200, 488)], [16, 13, 9, 5])
add("piriformis", V, PIRIFORMIS, depth="deep", fibers=("loft", [(150, 464), (150, 480)], [(200, 486), (200, 490)]))
VI = _fshape([(520, 0.4, 0.8), (580, 0.36, 0.84), (640, 0.38, 0.84), (690, 0.5, 0.8)])
add("vastus_intermedius", V, VI, depth="deep",
    fibers=("loft", _fline([(520, 0.42), (520, 0.78)]), _fline([(690, 0.52), (690, 0.78)])))

# ================================================================ knee, leg and foot
PATELLA = smooth([(228, 704), (236, 702), (241.5, 710), (242.5, 724), (240, 737), (234, 743), (228, 737), (225.5, 720)])
KNEE_BONE = smooth([(192, 712), (206, 706), (222, 708), (230, 716), (232, 740), (236, 762), (226, 770), (212, 768),
                    (198, 768), (188, 760), (186, 740)])
FIB_HEAD = smooth([(187, 760), (193, 757), (198, 762), (197, 769), (191, 771), (186, 767)])
# (a tongue, broad above and narrowing to its tip, lower than the medial one; the warp shortens it to about
# 1.5 times as tall as it is wide)
LAT_MALLEOLUS = smooth([(183.5, 893), (190, 891), (195, 899), (195.6, 912), (193.4, 925), (189.2, 934.5),
                        (185.4, 930.5), (183, 917), (182, 904)])
TIBIA_CREST = _fshape([(766, 0.93, 1.05), (830, 0.95, 1.05), (890, 0.94, 1.05)])
LEG_BONES = unary_union([PATELLA, FIB_HEAD, LAT_MALLEOLUS, TIBIA_CREST])

# boundaries across the leg (depth fraction f at height y), back to front
def _ramp_rows(rows):
    def f(y):
        for (ya, fa), (yb, fb) in zip(rows, rows[1:]):
            if ya <= y <= yb:
                return fa + (fb - fa) * (y - ya) / (yb - ya)
        return rows[0][1] if y < rows[0][0] else rows[-1][1]
    return f


G_FRONT = _ramp_rows([(722, 0.14), (745, 0.3), (775, 0.36), (805, 0.36), (828, 0.3), (846, 0.2), (860, 0.1)])
S_FRONT = _ramp_rows([(756, 0.42), (800, 0.48), (850, 0.5), (880, 0.46), (905, 0.38)])
E_BACK = _ramp_rows([(760, 0.58), (800, 0.64), (850, 0.65), (905, 0.7)])
T_BACK = _ramp_rows([(760, 0.79), (850, 0.8), (905, 0.82)])


def _band(y0, y1, fb, ff, step=15, top=None, bottom=None):
    """The leg between depth fractions fb(y) and ff(y) from y0 to y1; `top`/`bottom`: a point the end is
    rounded through (a belly tapering to its attachment)."""
    n = max(1, round((y1 - y0) / step))
    ys = [y0 + (y1 - y0) * i / n for i in range(n + 1)]
    fbf = fb if callable(fb) else (lambda _y: fb)
    fff = ff if callable(ff) else (lambda _y: ff)
    left = [L.at(y, fbf(y)) for y in ys]
    right = [L.at(y, fff(y)) for y in reversed(ys)]
    return smooth(left + ([bottom] if bottom else []) + right + ([top] if top else []), samples=8)


ACHILLES = smooth([L.at(848, 0.02), L.at(852, 0.22), L.at(880, 0.18), (178, 910), (176.5, 938), (171, 958),
                   (164, 957), (163, 936), L.at(900, 0.02), L.at(872, -0.02)])
GASTRO = _band(722, 862, -0.1, G_FRONT)
GASTRO_MED = GASTRO & _fshape([(722, -0.3, 0.05), (780, -0.3, 0.1), (830, -0.3, 0.12), (866, -0.3, 0.3)])
GASTRO_LAT = GASTRO.difference(GASTRO_MED.buffer(0.5))
add("gastrocnemius", V, _place(GASTRO_LAT, LEG_BONES), part="lateral head",
    fibers=("loft", _fline([(724, 0.08), (730, 0.18), (748, 0.3)]), _fline([(846, 0.14), (840, 0.22), (832, 0.28)]),
            _fline([(786, 0.1), (790, 0.24), (794, 0.34)])))
add("gastrocnemius", V, _place(GASTRO_MED.union(ACHILLES), LEG_BONES), part="medial head and Achilles tendon",
    tendon=ACHILLES, fibers=("loft", _fline([(722, -0.05), (722, 0.05)]), _fline([(856, 0.0), (852, 0.14)])))
SOLEUS = _band(758, 904, 0.12, S_FRONT, top=L.at(752, 0.36))
add("soleus", V, _place(SOLEUS, LEG_BONES, keep_all=True),
    fibers=("loft", _fline([(770, 0.34), (800, 0.44), (840, 0.48)]), _fline([(868, 0.22), (884, 0.24), (900, 0.3)])))
FL_TENDON = stroke([L.at(846, 0.52), L.at(880, 0.42), (184, 902), (181, 918), (186, 936), (200, 955), (211, 970)], 4.0)
FL = _band(776, 862, S_FRONT, E_BACK, top=(196, 766), bottom=L.at(870, 0.5))
add("fibularis_longus", V, _place(FL.union(FL_TENDON), LEG_BONES), tendon=FL_TENDON,
    fibers=("loft", _fline([(760, S_FRONT(760)), (764, E_BACK(764))]), _fline([(850, 0.51), (852, 0.54)])))
FB_TENDON = stroke([L.at(896, 0.42), (188, 902), (186.5, 914), (185.5, 928), (195, 946), (208, 962), (218, 973)], 3.6)
FB = _band(818, 904, S_FRONT, E_BACK, top=L.at(808, 0.56))
add("fibularis_brevis", V, _place(FB.union(FB_TENDON), LEG_BONES, keep_all=True), tendon=FB_TENDON,
    fibers=("loft", _fline([(814, 0.48), (818, 0.62)]), _fline([(898, 0.4), (900, 0.46)])))
FT_TENDON = stroke([L.at(898, 0.68), (212, 914), (218, 932), (225, 948), (230, 962)], 3.2)
FT = _band(846, 906, E_BACK, lambda y: E_BACK(y) + 0.13)
add("fibularis_tertius", V, _place(FT.union(FT_TENDON), LEG_BONES), tendon=FT_TENDON,
    fibers=("loft", _fline([(848, 0.64), (848, 0.72)]), _fline([(902, 0.68), (904, 0.76)])))
EHL_TENDON = stroke([L.at(904, 0.85), (225, 924), (246, 944), (270, 958), (293, 970)], 2.7)
EHL = _band(866, 908, lambda y: T_BACK(y) - 0.03, lambda y: T_BACK(y) + 0.09)
add("extensor_hallucis_longus", V, _place(EHL.union(EHL_TENDON), LEG_BONES, keep_all=True), tendon=EHL_TENDON,
    fibers=("loft", _fline([(866, 0.77), (866, 0.89)]), _fline([(906, 0.8), (906, 0.9)])))
EDL_TENDONS = unary_union([stroke([L.at(902, 0.74), (219, 920), (236, 939), (256, 953), (272, 965), (284, 974)], 2.5),
                           stroke([(234, 938), (256, 957), (274, 971)], 2.1)])
EDL = _band(778, 906, E_BACK, T_BACK, top=(214, 764))
add("extensor_digitorum_longus", V, _place(EDL.union(EDL_TENDONS), LEG_BONES), tendon=EDL_TENDONS,
    fibers=("loft", _fline([(762, 0.6), (766, 0.79)]), _fline([(898, 0.72), (902, 0.8)])))
TA_TENDON = stroke([L.at(872, 0.89), L.at(902, 0.9), (219, 918), (226, 931)], 4.2)
TA = _band(778, 878, T_BACK, 0.96, top=(227, 765), bottom=L.at(888, 0.9))
add("tibialis_anterior", V, _place(TA.union(TA_TENDON), LEG_BONES), tendon=TA_TENDON,
    fibers=("loft", _fline([(762, 0.8), (762, 0.95)]), _fline([(874, 0.84), (878, 0.92)])))
EDB = smooth([(196, 940), (208, 935), (222, 941), (238, 951), (252, 960), (247, 967), (232, 967), (216, 963),
              (202, 957), (195, 949)])
add("extensor_digitorum_brevis", V, _place(EDB),
    fibers=("loft", [(197, 944), (202, 954)], [(250, 961), (245, 966)]))
ADM_FOOT = tapered([(166, 974), (190, 977), (220, 979), (248, 980), (272, 981)], [8, 8.5, 8, 6.5, 5])
add("abductor_digiti_minimi_foot", V, _place(ADM_FOOT),
    fibers=("loft", [(166, 970), (166, 978)], [(272, 979), (272, 983)]))

# ================================================================ decor: hair, bones, tendons without a muscle, details
decor(V, "hair", P([(244, 40), (250, 26), (236, 14), (160, 14), (128, 60), (126, 150), (160, 150), (166, 140),
                    (172, 126), (176, 114), (179, 100), (181, 88), (186, 80), (195, 76.5), (203, 81), (207, 90),
                    (210, 99), (214, 98), (214, 84), (219, 68), (228, 56), (238, 47)]), mirror=False)
OLECRANON = smooth([(197, 385), (203, 384), (207, 390), (205, 398), (199, 399), (195, 393)])
MT5_BASE = smooth([(213, 972), (219, 969.5), (224, 972), (222, 977), (215, 977.5)])
KNEE = KNEE_BONE.difference(PATELLA.buffer(1.0))
for geom in (CLAVICLE, ACROMION, SCAPULA_SPINE, ZYG_ARCH, ILIAC_CREST.difference(ARM_ALL.buffer(0.5)), KNEE, PATELLA,
             FIB_HEAD, LAT_MALLEOLUS, TIBIA_CREST, OLECRANON, MT5_BASE):
    decor(V, "bone", geom, mirror=False)
PATELLAR_LIGAMENT = smooth([(229, 738), (236, 741), (239, 752), (238, 766), (231, 767), (229, 752)])
LCL = stroke([(207, 724), (200, 742), (194, 759)], 3.0)
for geom in (PATELLAR_LIGAMENT, LCL):
    decor(V, "tendon", geom, mirror=False)
decor(V, "outline", list(PATELLA.exterior.coords), mirror=False)


def _lines(*paths):
    for pts in paths:
        decor(V, "feature", [tuple(p) for p in pts], mirror=False)


_lines(
    # ear: rim, helix fold, antihelix, concha, tragus, antitragus
    list(L.EAR.exterior.coords),
    [(201, 90), (200, 85), (196, 80.5), (189, 82), (184.6, 90), (184.6, 100), (188, 108), (191, 111.5)],
    [(196, 86), (191, 90), (189.5, 98), (192, 105)],
    [(199, 92), (196, 95.5), (196.5, 101), (199.5, 104)],
    [(203, 94), (204.5, 97.5), (202.5, 101)],
    [(196, 106), (198.5, 107.5)],
    # eye (lids, iris), eyebrow, nose, lips
    [(236, 86), (241, 83.3), (246.5, 83.6), (249.5, 85.6)],
    [(236.5, 86.4), (241, 88.2), (246.5, 87.6), (249.5, 85.6)],
    [(231, 75.5), (238, 72.4), (246, 71.8), (253.5, 73.5)],
    [(254.5, 106.5), (258, 104.5), (262.5, 106.5), (263.5, 110.5), (260, 113.5)],
    [(257, 113.6), (261, 114.2)],
    [(255, 127.6), (251.5, 127.3), (248.5, 126.4)],
    # fingers: the clefts between them, knuckle creases
    [(300.5, 576), (302, 588), (303.6, 599)], [(308.5, 578), (310.5, 595), (313, 611)],
    [(316.5, 577), (319, 593), (322, 606)],
    [(298, 584), (302, 585)], [(306, 590), (311, 591)], [(315, 592), (320, 593)], [(323, 586), (327.5, 587)],
    # toes
    [(276, 975), (284, 979), (290, 986)], [(268, 977), (272, 986)],
    # skin creases: elbow, back of the knee, heel
    [(234, 372), (240, 376)],
)
for tip in [(300, 597.5), (309, 610), (318, 616), (327, 606), (332, 568.5)]:
    decor(V, "nail", smooth([(tip[0] - 2.2, tip[1] - 5), (tip[0] + 2.2, tip[1] - 5), (tip[0] + 2.4, tip[1] + 0.5),
                             (tip[0], tip[1] + 2), (tip[0] - 2.4, tip[1] + 0.5)]), mirror=False)
decor(V, "nail", smooth([(293, 973), (298, 975.5), (300, 979.5), (296, 980), (292, 977)]), mirror=False)
