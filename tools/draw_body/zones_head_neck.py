"""Referral zones of the head and neck trigger points (body area head_neck), drawn as the published figures draw
them, on every view where the pattern falls; and the cut of the mastoid region on the back view.

Sources: the referral figures of Simons, Travell & Simons (1999, vol. 1), chapter by chapter, checked against the
public summaries listed in /work/shared/notes/clinical-sources.md (MedLink captions of the figures, NAMTPT,
triggerpoints.net); longus colli after Minerbi et al. (2017). Essential zones solid, spillover stippled; all on
the person's right side (front view x < 200, back view x > 200, head and lateral views as drawn). A zone
crosses the midline only where the figure draws it across (the clavicular sternocleidomastoid's frontal
headache).

The head view is drawn first and in full; the lateral view's small head carries the same shapes, carried over
by a piecewise-affine map between the two views' landmarks (`to_lateral`), so the two never disagree.
"""
from __future__ import annotations

from shapely.geometry import Point, box
from shapely.ops import transform, triangulate, unary_union

from . import body as B
from .registry import mark, region, zone
from .shapes import mirror, smooth, tapered, union

S, T = smooth, tapered

# ---------------------------------------------------------------- regions
# Behind the ear on the back view (the back view's regions are cut in front-view coordinates, x < 200, and
# flipped): the mastoid bump and the strip of scalp behind the ear, above the side of the neck.
region("back", "mastoid", union([B.HEAD, B.NECK]) & S([(157.5, 92), (165, 93.5), (171, 100), (172, 110),
                                                       (168, 119), (161, 122), (156.5, 114)]), 10)


# ---------------------------------------------------------------- the lateral view's head, from the head view
# (head view point, lateral view point): bony landmarks and points of the two outlines.
_PAIRS = [
    ((190, 28), (198, 22)), ((268, 58), (243, 38)), ((291, 120), (257, 70)), ((289, 137), (253, 81)),
    ((315.5, 181), (267, 108)), ((302, 193), (254, 116.5)), ((300, 212.5), (255, 127.6)), ((295, 256), (254.5, 143)),
    ((284, 271), (248, 149)), ((242, 290), (219, 160)), ((250, 325), (222, 172)), ((270, 370), (229, 194)),
    ((144, 38), (175, 31)), ((108, 62), (158, 48)), ((88, 96), (148, 72)), ((80, 132), (146, 96)),
    ((86, 182), (151, 114)), ((104, 222), (158, 138)), ((111, 292), (164, 168)), ((104, 332), (158, 186)),
    ((271, 142), (242, 86)), ((202, 170), (203, 96)), ((182, 127), (194, 77.5)), ((186, 201), (194, 115)),
    ((176, 212), (188, 120)), ((217, 252), (207, 138)), ((209, 163), (209, 99)), ((238, 286), (221, 157)),
    ((176, 372), (204, 187)), ((236, 160), (222, 98)), ((140, 100), (172, 62)), ((200, 60), (200, 40)),
    ((284, 88), (253, 55)),
    # beyond the outline, so that no point of a zone is carried over by extrapolation
    ((300, 56), (262, 36)), ((322, 120), (272, 70)), ((340, 190), (280, 110)), ((322, 262), (267, 146)),
    ((190, 6), (198, 11)), ((60, 58), (138, 40)), ((52, 150), (132, 96)), ((74, 232), (142, 140)),
]
_TRIANGLES = []
for _tri in triangulate(unary_union([Point(p) for p, _ in _PAIRS])):
    _TRIANGLES.append((_tri, [(round(x, 3), round(y, 3)) for x, y in list(_tri.exterior.coords)[:3]]))
_NEAR = {(round(p[0], 3), round(p[1], 3)): q for p, q in _PAIRS}


def _affine(tri_pts):
    (x1, y1), (x2, y2), (x3, y3) = tri_pts
    (u1, v1), (u2, v2), (u3, v3) = (_NEAR[p] for p in tri_pts)
    det = (x2 - x1) * (y3 - y1) - (x3 - x1) * (y2 - y1)

    def f(x, y):
        a = ((x2 - x) * (y3 - y) - (x3 - x) * (y2 - y)) / det
        b = ((x3 - x) * (y1 - y) - (x1 - x) * (y3 - y)) / det
        c = 1 - a - b
        return a * u1 + b * u2 + c * u3, a * v1 + b * v2 + c * v3
    return f


_MAPS = [(tri, _affine(pts)) for tri, pts in _TRIANGLES]


def _map_point(x, y):
    p = Point(x, y)
    best = min(_MAPS, key=lambda tm: tm[0].distance(p))
    return best[1](x, y)


def to_lateral(geom):
    """A head-view shape carried over to the lateral view's head and neck."""
    def f(xs, ys):
        out = [_map_point(x, y) for x, y in zip(xs, ys)]
        return [p[0] for p in out], [p[1] for p in out]
    return transform(f, geom.buffer(0)).buffer(0)


# ---------------------------------------------------------------- drawing helpers
HEAD_ZONES: dict[tuple[str, str], object] = {}


def _u(geoms):
    if isinstance(geoms, (list, tuple)):
        return unary_union([g.buffer(0) for g in geoms]).buffer(0)
    return geoms.buffer(0)


def draw(tp: str, view: str, essential=None, spillover=None, crosses_midline: bool = False) -> None:
    for kind, geoms in (("essential", essential), ("spillover", spillover)):
        if geoms is None:
            continue
        g = _u(geoms)
        if g.is_empty:
            continue
        zone(tp, kind, view, g, crosses_midline=crosses_midline)
        if view == "head":
            HEAD_ZONES[(tp, kind)] = g.union(HEAD_ZONES[(tp, kind)]) if (tp, kind) in HEAD_ZONES else g


def draw_all(tps, view, essential=None, spillover=None, crosses_midline=False):
    for tp in tps:
        draw(tp, view, essential, spillover, crosses_midline)


# ---------------------------------------------------------------- shared head-view shapes
ORBIT = S([(249, 140), (255, 128), (267, 122.5), (282, 124.5), (290.5, 134), (290.5, 148), (283, 158),
           (268, 161.5), (255, 156)])
BEHIND_EYE = S([(246, 140), (251, 128), (262, 123), (271, 130), (272, 150), (264, 160), (251, 155)])
HEAD_VERTEX = S([(150, 48), (170, 38.5), (198, 36.5), (220, 44), (226, 58), (210, 68), (182, 70), (158, 66)])
# front view
F_EYE = S([(165.5, 80), (169.5, 73.5), (180, 71.5), (190.5, 74), (195, 81), (191, 88), (180, 90), (170, 88)])
F_EYE_DEEP = S([(170, 81), (174, 76.5), (182, 75.5), (189, 78), (190.5, 82.5), (187, 86.5), (180, 87.5), (173, 86)])
F_TEMPLE = S([(152, 50), (160, 46), (166, 54), (166.5, 66), (164, 78), (160, 88), (153, 88), (151, 70)])
F_VERTEX = S([(172, 25.5), (186, 22.2), (199.5, 21.8), (199.5, 35), (188, 36.5), (176, 36)])
F_EAR = union([B.EAR, S([(154, 81), (160, 80.5), (161.5, 90), (160, 99), (155, 100)])]).buffer(0.3)
# back view
K_VERTEX = S([(200.5, 23), (212, 22), (224, 26.5), (230, 37), (223, 47.5), (209, 50), (200.5, 47)])
K_OCCIPUT = S([(200.5, 62), (218, 57), (234, 64), (240, 80), (236, 97), (222, 105), (204, 105.5), (200.5, 92)])
K_MASTOID = S([(229, 98), (238, 99.5), (243.5, 106), (243, 116), (237, 121), (230, 117), (227.5, 108)])


# ================================================================ trapezius
# Upper trapezius TP1 (Simons 1999, Trapezius: the posterolateral neck up to the mastoid, over the ear to the
# temple, solid; back of the orbit, angle of the jaw and occiput stippled) - the "question mark".
_Q = T([(157, 358), (150, 336), (145, 304), (142, 270), (143, 240), (147.5, 216), (152, 196), (154.5, 174), (157, 152),
        (164, 133), (177, 120), (195, 113.5), (214, 111), (232, 113)],
       [12, 15, 17, 18, 18, 17, 16, 15, 14, 13.5, 13.5, 14.5, 17, 19])
_Q_TEMPLE = S([(210, 104), (228, 99), (244, 104), (252, 117), (249, 133), (236, 141), (220, 137), (208, 124)])
draw("trapezius_upper_tp1", "head", [_Q, _Q_TEMPLE],
     [_Q.buffer(5.5).difference(box(0, 300, 400, 400)), BEHIND_EYE.buffer(1),
      S([(207, 238), (222, 231), (239, 238), (246, 255), (238, 270), (221, 273), (208, 262)]),
      S([(98, 168), (118, 160), (138, 170), (142, 192), (128, 207), (106, 205), (94, 189)])])
draw("trapezius_upper_tp1", "back",
     [T([(262, 180), (248, 172), (238, 162), (233, 147), (231.5, 130), (233, 115), (236.5, 104)],
        [11, 13, 13, 12.5, 12, 11.5, 10]), K_MASTOID],
     [T([(262, 180), (248, 172), (238, 162), (233, 147), (231.5, 130), (233, 115), (236.5, 104)],
        [18, 20, 20, 19, 18, 17, 15]), S([(214, 90), (230, 86), (244, 94), (244, 104), (228, 104), (214, 102)])])
draw("trapezius_upper_tp1", "front", [F_TEMPLE],
     [S([(164, 79), (170, 75), (175, 78), (175, 86), (169, 89), (165, 86)]),
      S([(151, 104), (158, 106), (164, 114), (168, 124), (162, 130), (154, 122), (150, 112)])])

# Upper trapezius TP2 (Simons 1999; MedLink caption: the occiput, overlapping with TP1 behind the ear).
_Q2 = T([(131, 366), (120, 342), (113, 304), (111, 266), (113, 236), (122, 214), (138, 203), (156, 199), (168, 192)],
        [12, 15, 17, 18, 18, 18, 17, 15, 12])
draw("trapezius_upper_tp2", "head",
     [_Q2, S([(98, 178), (120, 172), (146, 178), (160, 190), (150, 205), (124, 210), (102, 206)])],
     [_Q2.buffer(6), S([(130, 240), (151, 234), (160, 268), (157, 308), (139, 318), (128, 290)])])
draw("trapezius_upper_tp2", "back",
     [T([(272, 186), (256, 178), (236, 168), (224, 152), (219, 132), (220, 114), (225, 103)],
        [10, 12, 13, 14, 14, 14, 12]), K_MASTOID.buffer(-1),
      S([(206, 88), (222, 84), (238, 90), (240, 102), (222, 105), (206, 105)])],
     [T([(272, 186), (256, 178), (236, 168), (224, 152), (219, 132), (220, 114), (225, 103)],
        [16, 19, 20, 21, 21, 20, 17])])

# Middle trapezius TP5: superficial burning between the trigger point and the C7-T3 spinous processes.
draw("trapezius_middle_tp1", "back",
     [S([(201, 188), (210, 187), (220, 194), (225, 205), (222, 215), (210, 216.5), (201, 213)])])
# Middle trapezius TP6: aching on top of the shoulder at the acromion.
_ACROMION_K = S([(283, 191), (295, 187.5), (306, 192.5), (306.5, 203), (296, 208), (284, 203.5)])
draw("trapezius_middle_tp2", "back", [_ACROMION_K])
draw("trapezius_middle_tp2", "head", [S([(158, 366), (176, 361), (192, 367), (190, 380), (172, 384), (158, 378)])])

# Lower trapezius TP3 (MedLink caption: the cervical paraspinal area, the adjacent mastoid area, the acromion and a
# deep ache over the suprascapular region; burning along and medial to the vertebral border of the scapula).
draw("trapezius_lower_tp1", "back",
     [T([(212, 108), (213, 124), (214.5, 140), (216, 156)], [15, 16, 15, 12]),
      T([(238, 192), (260, 196), (282, 199), (300, 200)], [12, 14, 13, 10])],
     [T([(221.5, 204), (222, 234), (221, 262), (219.5, 286)], [12, 14, 14, 11]),
      K_MASTOID, S([(204, 93), (222, 91), (234, 98), (229, 106), (206, 107)])])
draw("trapezius_lower_tp1", "head",
     [T([(112, 212), (116, 240), (122, 268), (126, 294)], [18, 20, 18, 14]),
      T([(66, 378), (104, 366), (146, 364), (178, 372)], [13, 15, 15, 11])],
     [S([(152, 178), (166, 176), (180, 196), (184, 214), (172, 220), (158, 212), (150, 196)]),
      S([(92, 186), (118, 185), (140, 195), (131, 209), (104, 211)])])

# Lower trapezius TP4: burning along the vertebral border of the scapula.
draw("trapezius_lower_tp2", "back", [T([(229, 222), (229, 242), (228, 262), (227, 282), (226, 297)], [12, 13, 13, 12, 9])])

# ================================================================ posterior neck
# Splenius capitis: a patch at the vertex on the same side (both editions).
draw("splenius_capitis_tp1", "head", [HEAD_VERTEX])
draw("splenius_capitis_tp1", "front", [F_VERTEX])
draw("splenius_capitis_tp1", "back", [K_VERTEX])

# Splenius cervicis, upper trigger point: through the head to focus behind the eye (solid), with a diffuse
# spread from the occiput (stippled).
_THROUGH = T([(106, 170), (136, 146), (168, 131), (204, 126), (236, 131)], [16, 13, 10, 9, 9])
draw("splenius_cervicis_tp1", "head", [ORBIT],
     [_THROUGH, S([(94, 156), (114, 146), (134, 156), (138, 182), (124, 198), (102, 196), (90, 180)])])
draw("splenius_cervicis_tp1", "front", [F_EYE])
draw("splenius_cervicis_tp1", "back", None, [K_OCCIPUT.buffer(-3)])
# Splenius cervicis, lower trigger point: the angle of the neck.
draw("splenius_cervicis_tp2", "back", [S([(211, 160), (228, 156), (244, 164), (249, 179), (237, 190), (219, 190), (210, 178)])])
draw("splenius_cervicis_tp2", "head", [S([(110, 322), (138, 322), (164, 334), (176, 352), (160, 366), (130, 362), (108, 348)])])

# Semispinalis capitis TP2 (middle): up over the occiput (solid), toward the vertex (stippled).
_OCC_HEAD = S([(84, 124), (102, 110), (128, 112), (146, 128), (151, 156), (146, 186), (126, 200), (102, 196),
               (88, 180), (82, 152)])
_OCC_TOP = S([(94, 96), (116, 70), (150, 55), (182, 52), (196, 62), (176, 80), (148, 96), (122, 110), (100, 118)])
draw("semispinalis_capitis_tp1", "head", [_OCC_HEAD], [_OCC_TOP])
draw("semispinalis_capitis_tp1", "back", [K_OCCIPUT], [S([(200.5, 32), (214, 28), (228, 35), (234, 50), (224, 60), (204, 61)])])
# Semispinalis capitis TP3 (below the occipital ridge): a half band around the side of the head, worst at the
# temple, reaching forward over the eye.
_BAND = T([(150, 122), (176, 112), (206, 106), (234, 107), (256, 115), (276, 124)], [18, 22, 26, 28, 26, 20])
draw("semispinalis_capitis_tp2", "head", [_BAND, BEHIND_EYE])
draw("semispinalis_capitis_tp2", "front",
     [S([(152, 58), (164, 53), (180, 57), (194, 65.5), (194, 77), (186, 81), (173, 79), (163, 86), (153, 87)])])

# Posterior cervical TP1 (semispinalis cervicis and multifidi, one trigger point): up to the suboccipital area
# (solid), sometimes down the neck to the upper vertebral border of the scapula (stippled).
for _tp in ("semispinalis_cervicis_tp1", "cervical_multifidi_tp1"):
    draw(_tp, "back", [T([(204, 156), (207, 138), (210, 121), (212.5, 108), (214, 100)], [10, 14, 16, 18, 16])],
         [T([(206, 158), (212, 180), (218, 200), (226, 216)], [10, 11, 12, 12])])
    draw(_tp, "head", [T([(112, 302), (112, 272), (110, 242), (104, 214), (98, 196)], [14, 18, 20, 22, 20])],
         [T([(112, 300), (111, 330), (100, 352)], [12, 12, 10])])

# Suboccipitals: a deep headache from the occiput along the side of the head above the ear to the eye.
_SUBOCC = T([(92, 186), (112, 168), (138, 148), (164, 134), (196, 124), (226, 124), (248, 132), (262, 142)],
            [26, 26, 22, 18, 16, 16, 18, 20])
draw("suboccipitals_tp1", "head", [_SUBOCC, ORBIT])
draw("suboccipitals_tp1", "back", [K_OCCIPUT])
draw("suboccipitals_tp1", "front", [F_EYE, S([(151.5, 66), (158, 64), (165, 70), (164, 80), (160, 88), (153, 86)])])

# Levator scapulae (both trigger points): the angle of the neck (solid); along the vertebral border of the scapula
# and over the back of the shoulder (stippled).
_LEV_K = S([(210, 150), (226, 146), (240, 155), (250, 171), (246, 186), (230, 190), (214, 183), (208, 166)])
_LEV_K_SPILL = [T([(228, 198), (229, 230), (228, 262), (229, 290), (234, 302)], [10, 12, 12, 12, 10]),
                S([(272, 206), (292, 204), (306, 214), (306, 234), (292, 242), (276, 236), (270, 220)])]
_LEV_H = S([(106, 318), (134, 316), (160, 329), (173, 349), (158, 364), (128, 364), (104, 350)])
draw_all(("levator_scapulae_tp1", "levator_scapulae_tp2"), "back", [_LEV_K], _LEV_K_SPILL)
draw_all(("levator_scapulae_tp1", "levator_scapulae_tp2"), "head", [_LEV_H])

# ================================================================ scalenes
# One composite figure for the three scalenes (Simons 1999, Scalene Muscles): finger-like zones over the pectoral
# region, the front and back of the upper arm, the radial forearm (stippled) to the thumb and index finger, the
# upper vertebral border of the scapula (solid) and the interscapular area beside it (stippled).
SCALENES = ("scalenes_tp1", "scalenes_tp2", "scalenes_tp3")


def _inside_edge(edge, dx, width):
    return T([(x + dx, y) for x, y in edge], [width] * len(edge))


_F_CHEST = [T([(172, 190), (170, 208), (167, 228), (165, 246)], [7, 8, 7, 4.5]),
            T([(157, 191), (152, 210), (147, 230), (143, 246)], [7, 8, 7, 4.5]),
            T([(185, 190), (185, 206), (184, 222)], [6, 6.5, 4.5]),
            S([(150, 188), (186, 186.5), (187, 194), (150, 197)])]
_F_ARM = B.UPPER_ARM & T([(97, 224), (96, 256), (95, 296), (94, 334), (93, 356)], [15, 17, 17, 15, 10])
_F_RADIAL = B.FOREARM & _inside_edge([p for p in B.FOREARM_LAT if p[1] > 400], 5.5, 11)
_F_DIGITS = [B.THUMB, B.FINGERS["index"]]
_F_THENAR = union([B.PALM, B.THUMB]) & S([(50, 506), (56, 510), (56, 530), (50, 548), (44, 552), (44, 530)])
draw_all(SCALENES, "front", _F_CHEST + [_F_ARM] + _F_DIGITS, [_F_RADIAL, _F_THENAR])
_K_BORDER = T([(226, 200), (227, 222), (227, 246), (226, 264)], [10, 12, 12, 10])
_K_INTER = S([(206, 200), (220, 198), (222, 230), (220, 258), (208, 262), (204, 232)])
_K_ARM = mirror(B.UPPER_ARM) & T([(306, 226), (309, 262), (309, 300), (307, 340), (305, 360)], [16, 18, 17, 14, 10])
_K_RADIAL = mirror(_F_RADIAL)
_K_DIGITS = [mirror(B.THUMB), mirror(B.FINGERS["index"])]
draw_all(SCALENES, "back", [_K_BORDER, _K_ARM] + _K_DIGITS, [_K_INTER, _K_RADIAL])

# ================================================================ front of the neck
# Longus colli (Minerbi et al. 2017): local pain in the front of the neck, spreading to the side of the neck, the
# ear and beside the eye.
draw("longus_colli_tp1", "front", [S([(186, 126), (198, 124), (199.5, 146), (199.5, 170), (194, 177), (189, 160), (185.5, 142)])],
     [S([(174, 128), (184, 126), (187, 148), (188, 166), (180, 170), (175, 150)]), B.EAR.buffer(-0.5),
      S([(164, 78), (169, 76), (172, 80), (170, 86), (165, 86)])])
draw("longus_colli_tp1", "head", [S([(232, 292), (246, 290), (252, 316), (262, 346), (256, 362), (244, 342), (234, 314)])],
     [S([(206, 284), (226, 286), (236, 318), (232, 340), (214, 330), (204, 304)]),
      S([(180, 152), (194, 146), (202, 158), (202, 176), (194, 186), (182, 182), (176, 168)]),
      S([(244, 136), (254, 132), (259, 142), (256, 154), (246, 152)])])

# ================================================================ sternocleidomastoid
# Sternal division, mid-level (MedLink caption; Simons 1999): over the eye and deep in the orbit, across the cheek
# into the maxilla (solid); the throat and a spot at the chin (stippled).
_SUPRAORBITAL = T([(244, 134), (254, 122), (270, 117), (285, 119), (293, 128)], [10, 12, 12, 11, 9])
_CHEEK_ACROSS = S([(228, 170), (250, 162), (272, 160), (290, 168), (298, 182), (292, 192), (270, 192), (248, 188), (230, 184)])
draw("sternocleidomastoid_tp1", "head", [_SUPRAORBITAL, ORBIT, _CHEEK_ACROSS],
     [S([(230, 290), (246, 286), (252, 306), (246, 322), (234, 314)]),
      S([(283, 245), (294, 243), (298, 256), (291, 265), (282, 259)])])
draw("sternocleidomastoid_tp1", "front",
     [T([(165, 76), (172, 70.5), (182, 69.5), (192, 72)], [5.5, 6.5, 6.5, 5]), F_EYE_DEEP,
      S([(164, 92), (176, 93), (189, 95), (190, 104), (184, 110), (172, 110), (164, 104)])],
     [S([(186, 134), (197, 131), (199.5, 146), (199.5, 160), (192, 158), (188, 146)]),
      S([(190, 135), (196, 134), (197.5, 140), (193, 142.5), (189, 140)])])
# Clavicular division, mid-level: the forehead, bilateral when severe (the far side stippled).
draw("sternocleidomastoid_tp2", "head", [S([(252, 70), (266, 58), (281, 68), (290, 92), (292, 116), (270, 114), (254, 110), (248, 90)])])
draw("sternocleidomastoid_tp2", "front", [S([(160, 52), (174, 43), (190, 40.5), (200, 41), (200, 70), (189, 70.5), (175, 67.5), (163, 70), (158, 62)])])
draw("sternocleidomastoid_tp2", "front", None,
     [S([(198, 44), (212, 42), (228, 48), (236, 60), (226, 70), (208, 71), (198, 69)])], crosses_midline=True)
# Sternal division, lower end: over the upper sternum.
draw("sternocleidomastoid_tp3", "head", [S([(286, 386), (300, 388), (312, 394), (318, 402), (290, 402)])])
draw("sternocleidomastoid_tp3", "front", [S([(189.5, 183), (199.5, 181.5), (201, 198), (201, 224), (195, 229), (189, 214), (188, 196)])])
# Sternal division, upper end: the occipital ridge behind the ear and the vertex.
draw("sternocleidomastoid_tp4", "head",
     [S([(124, 182), (142, 177), (158, 182), (163, 194), (154, 205), (134, 207), (122, 198)]), HEAD_VERTEX])
draw("sternocleidomastoid_tp4", "back", [S([(206, 90), (218, 87.5), (228, 92), (227, 102), (216, 105), (205, 104)]), K_VERTEX])
draw("sternocleidomastoid_tp4", "front", [F_VERTEX])
# Clavicular division, upper part: deep in the ear and behind the ear.
_EAR_DEEP = S([(178, 152), (192, 145), (202, 156), (202, 176), (194, 188), (182, 184), (176, 168)])
_POSTAURICULAR = T([(169, 138), (160, 158), (159.5, 182), (166, 202)], [10, 12, 12, 10])
draw("sternocleidomastoid_tp5", "head", [_EAR_DEEP, _POSTAURICULAR])
draw("sternocleidomastoid_tp5", "back", [K_MASTOID, mirror(B.EAR).buffer(-0.3)])
draw("sternocleidomastoid_tp5", "front", [F_EAR])

# ================================================================ jaw
# Masseter (Simons 1999, Masseter; MedLink, NAMTPT, triggerpoints.net): the layers as the figure draws them.
draw("masseter_tp1", "head",      # superficial, upper: the upper molars (solid) and the maxilla (stippled)
     [S([(248, 191), (262, 189), (276, 193), (281, 203), (273, 211), (256, 211.5), (246, 204)])],
     [S([(238, 171), (256, 165), (278, 169), (292, 179), (293, 193), (280, 196), (260, 192), (244, 192), (236, 184)])])
draw("masseter_tp1", "front", [S([(181.5, 112.5), (188, 111.5), (190, 116), (186.5, 120.5), (182, 118.5)])],
     [S([(168, 96), (180, 95.5), (189, 99), (189, 108), (180, 111), (170, 108)])])
draw("masseter_tp2", "head",      # superficial, middle: the lower molars (solid) and the mandible (stippled)
     [S([(246, 216), (262, 214), (278, 216), (283, 226), (273, 236), (254, 236.5), (244, 228)])],
     [S([(222, 226), (243, 228), (256, 240), (252, 258), (236, 265), (219, 256), (215, 240)])])
draw("masseter_tp2", "front", [S([(182, 124.5), (188, 124.5), (190.5, 128), (186, 131), (182.5, 128.5)])],
     [S([(156, 112), (166, 113), (176, 120), (178, 132), (170, 138), (160, 130), (154, 120)])])
draw("masseter_tp3", "head",      # superficial, lower: the mandible and an arc above the eyebrow (solid)
     [S([(211, 238), (228, 235), (250, 243), (262, 258), (253, 271), (230, 273), (213, 263)]),
      T([(244, 126), (255, 116), (271, 111.5), (288, 115)], [9, 10, 10, 8])])
draw("masseter_tp3", "front", [S([(152, 108), (162, 110), (172, 120), (176, 134), (168, 140), (158, 130), (151, 118)]),
                               T([(167, 72), (176, 67.5), (186, 67), (194, 70)], [4.5, 5.5, 5.5, 4])])
draw("masseter_tp4", "head",      # deep, upper: deep in the ear and the jaw joint (solid), in front of the ear (stippled)
     [S([(184, 154), (198, 148), (212, 150), (220, 160), (220, 174), (210, 182), (196, 182), (186, 172)])],
     [S([(213, 151), (232, 150), (241, 162), (237, 178), (222, 185), (212, 177)])])
draw("masseter_tp4", "front", [F_EAR], [S([(160, 84), (166, 83), (168, 92), (166, 100), (161, 99)])])

# Temporalis (Simons 1999, Temporalis; NAMTPT, webmanmed): each trigger point its own fingers of pain spreading
# up over the temple from it, and its own teeth. TP1: forward along the eyebrow, the upper incisors; TP2: up over
# the front of the temple, the canines and premolars; TP3: up over the middle of the temple, the molars; TP4: back
# and up above the ear.
draw("temporalis_tp1", "head",
     [S([(236, 136), (246, 130), (254, 138), (250, 150), (240, 150)]),
      T([(246, 136), (249, 120), (252, 103), (254, 88)], [12, 10, 8, 5]),
      T([(241, 137), (235, 119), (229, 102), (225, 88)], [11, 9, 7, 4]),
      T([(249, 134), (259, 123), (273, 117.5), (287, 119.5)], [10, 9, 7, 5]),
      S([(286, 193), (297, 193.5), (303, 198.5), (299, 204), (289, 204.5), (284, 199)])])
draw("temporalis_tp1", "front", [F_TEMPLE.buffer(-1.5), T([(166, 75), (174, 70), (184, 69), (192, 71.5)], [4, 5, 5, 4]),
                                 S([(190, 111.8), (199.5, 112), (199.5, 116.8), (191, 117.5)])])
draw("temporalis_tp2", "head",
     [S([(222, 132), (232, 127), (241, 134), (238, 146), (226, 146)]),
      T([(232, 132), (234, 113), (236, 94), (236, 78)], [12, 10, 8, 5]),
      T([(227, 133), (219, 114), (211, 97), (205, 84)], [11, 9, 7, 4]),
      T([(237, 133), (244, 116), (248, 101)], [9, 7, 4]),
      S([(268, 192), (281, 192.5), (286, 200), (280, 208), (268, 208.5), (264, 200)])])
draw("temporalis_tp2", "front", [F_TEMPLE.buffer(-1.5), S([(183, 112.8), (190, 111.6), (191, 117.6), (186.5, 120), (183, 117.5)])])
draw("temporalis_tp3", "head",
     [S([(206, 126), (216, 121), (225, 128), (222, 140), (210, 140)]),
      T([(215, 126), (213, 106), (211, 87), (209, 72)], [12, 10, 8, 5]),
      T([(210, 127), (198, 109), (188, 94), (180, 82)], [11, 9, 7, 4]),
      T([(219, 126), (227, 108), (231, 91)], [10, 8, 5]),
      S([(249, 192), (262, 191), (268, 200), (262, 209), (250, 209.5), (246, 200)])])
draw("temporalis_tp3", "front", [F_TEMPLE.buffer(-1.5), S([(181.5, 113), (186.5, 112), (187, 117), (183, 118.5), (181, 116)])])
draw("temporalis_tp4", "head",
     [S([(180, 112), (190, 106), (198, 112), (196, 124), (184, 124)]),
      T([(186, 112), (177, 97), (168, 84), (161, 74)], [12, 10, 8, 5]),
      T([(182, 115), (166, 107), (152, 100), (142, 95)], [11, 9, 7, 4]),
      T([(191, 110), (191, 93), (193, 79)], [9, 7, 4])],
     [S([(124, 92), (142, 84), (152, 98), (146, 114), (128, 116), (120, 104)])])
draw("temporalis_tp4", "front", [S([(152.5, 52), (158, 48), (161, 56), (160, 68), (155, 74), (152, 66)])])

# Lateral pterygoid (both heads): deep in the jaw joint and over the maxilla (both solid).
for _tp in ("lateral_pterygoid_tp1", "lateral_pterygoid_tp2"):
    draw(_tp, "head", [S([(198, 152), (212, 150), (222, 158), (222, 174), (212, 182), (200, 178), (196, 166)]),
                       S([(250, 162), (268, 158), (287, 166), (295, 180), (290, 191), (270, 190), (254, 182)])])
    draw(_tp, "front", [S([(154.5, 82), (160.5, 81), (162.5, 90), (160.5, 99), (155, 98.5)]),
                        S([(172, 94), (184, 94.5), (190, 99), (189, 108), (180, 111), (172, 106)])])
# Medial pterygoid: the back of the mouth, tongue, pharynx and hard palate; below and behind the jaw joint; deep
# in the ear (MedLink caption).
draw("medial_pterygoid_tp1", "head",
     [S([(195, 178), (208, 175), (217, 188), (215, 210), (205, 223), (194, 215), (191, 196)]),
      S([(182, 158), (194, 154), (200, 166), (196, 180), (186, 180)]),
      S([(224, 288), (240, 292), (246, 312), (238, 327), (226, 318), (220, 300)]),
      S([(287, 207), (296, 203), (304, 206.5), (304.5, 217), (296, 221.5), (288.5, 218)])])
draw("medial_pterygoid_tp1", "front",
     [S([(186.5, 121), (190, 119), (199.5, 118.5), (199.5, 125.5), (191, 124.5)]),
      S([(188, 128), (198, 127), (199.5, 142), (199.5, 156), (192, 152), (189, 140)]),
      B.EAR.buffer(-0.8)])

# Digastric, posterior belly: the upper sternocleidomastoid region below the ear by the mastoid (solid); the throat
# and the occiput (stippled).
draw("digastric_tp1", "head", [S([(168, 196), (184, 193), (198, 204), (202, 222), (194, 238), (180, 240), (168, 228), (164, 210)])],
     [S([(235, 288), (251, 284), (258, 298), (250, 312), (238, 308)]),
      S([(100, 180), (120, 176), (134, 186), (128, 200), (106, 200)])])
draw("digastric_tp1", "back", [S([(228, 106), (239, 105), (244, 114), (239, 127), (230, 125)])],
     [S([(206, 90), (218, 88), (226, 94), (222, 103), (207, 104)])])
draw("digastric_tp1", "front", None, [S([(187, 130), (197, 128), (199.5, 136), (199.5, 142), (190, 140)])])
# Digastric, anterior belly: the lower incisors (solid) and the ridge below them (stippled).
draw("digastric_tp2", "head", [S([(286, 221), (299, 220.5), (303, 228), (298, 236), (288, 236.5), (283, 229)])],
     [S([(280, 236), (296, 236), (300, 252), (292, 262), (280, 256)])])
draw("digastric_tp2", "front", [S([(190, 126.2), (199.5, 127), (199.5, 132), (191, 131.5)])],
     [S([(191, 132.5), (199.5, 133), (199.5, 141), (192, 139.5)])])

# ================================================================ face and scalp
# Orbicularis oculi: down over the nose (Simons 1999, Cutaneous I).
draw("orbicularis_oculi_tp1", "head", [T([(287, 136), (293, 150), (301, 166), (306, 181)], [8, 9, 9, 7])])
draw("orbicularis_oculi_tp1", "front", [T([(194, 81), (194.5, 91), (194, 101), (192.5, 107.5)], [5.5, 6, 6, 5])])
# Zygomaticus major: an arc beside the nose, up over its bridge (solid) to the middle of the forehead (stippled).
draw("zygomaticus_major_tp1", "head", [T([(277, 194), (283, 179), (286, 163), (287, 147), (287, 134)], [10, 12, 11, 9, 7])],
     [T([(289, 132), (290, 114), (288, 94), (284, 76)], [7, 8, 8, 6])])
draw("zygomaticus_major_tp1", "front", [T([(188.5, 110), (190.5, 100), (192.5, 90), (195, 82), (198, 78)], [5, 5.5, 5.5, 5, 4])],
     [T([(198.2, 78), (199, 66), (199.2, 54), (199, 44)], [4, 5, 5, 4])])
# Platysma: prickling over the side of the mandible and the lower face (solid), to the chin (stippled).
draw("platysma_tp1", "head", [S([(221, 238), (242, 236), (261, 242), (268, 256), (260, 270), (240, 274), (222, 268), (214, 254)])],
     [S([(262, 245), (282, 243), (295, 252), (292, 268), (276, 274), (262, 268)])])
draw("platysma_tp1", "front", [S([(152, 112), (160, 113), (170, 122), (176, 134), (170, 140), (160, 134), (152, 122)])],
     [S([(179, 132), (187, 133), (191, 139), (185, 142), (179, 139)])])
# Frontalis: local, over the same side of the forehead.
draw("frontalis_tp1", "head", [S([(254, 70), (268, 62), (282, 72), (290, 94), (291, 114), (276, 112), (262, 110), (252, 96)])])
draw("frontalis_tp1", "front", [S([(166, 50), (178, 44), (190, 46), (196, 56), (194, 68.5), (182, 68.5), (170, 69.5), (164, 61)])])
# Occipitalis: over the back of the head and deep behind the eye (solid), over the side and top (stippled).
draw("occipitalis_tp1", "head", [_OCC_HEAD, BEHIND_EYE], [_OCC_TOP])
draw("occipitalis_tp1", "back", [K_OCCIPUT], [S([(200.5, 30), (216, 25.5), (230, 32), (236, 47), (224, 55), (204, 56)])])
draw("occipitalis_tp1", "front", [F_EYE_DEEP])
# Buccinator: the cheek under the zygomatic arch (solid), the upper gums (stippled).
draw("buccinator_tp1", "head", [S([(238, 172), (256, 168), (274, 174), (282, 186), (276, 195), (258, 197), (242, 192), (234, 182)])],
     [S([(248, 192), (266, 192), (284, 198), (282, 208), (262, 210), (248, 206)])])
draw("buccinator_tp1", "front", [S([(168, 98), (180, 97), (188, 101), (188, 109), (178, 111), (169, 107)])],
     [S([(182, 112.5), (188.5, 111.5), (190, 116), (186.5, 119.5), (182.5, 117.5)])])


# ================================================================ the lateral view
# Every head-view pattern, carried over to the lateral view's head and neck; and the scalene pattern on the chest
# and arm as the side view shows them.
for (_tp, _kind), _g in list(HEAD_ZONES.items()):
    zone(_tp, _kind, "lateral", to_lateral(_g))

try:
    from . import lateral as L
except ImportError:      # the lateral view is not drawn yet
    L = None
if L is not None:
    _LAT_CHEST = [T([(236, 204), (240, 222), (244, 242)], [6, 7, 4.5]), T([(228, 203), (230, 222), (233, 240)], [6, 6.5, 4.5])]
    _UA = L.UPPER_ARM
    _minx, _miny, _maxx, _maxy = _UA.bounds
    _lat_arm_front = _UA & T([(229, 258), (230, 290), (231, 322), (233, 346)], [12, 13, 12, 9])
    _lat_arm_back = _UA & T([(188, 258), (189, 290), (192, 322), (197, 346)], [12, 13, 12, 9])
    _lat_radial = L.FOREARM & T([(257 - 4.5, 404 + 2.2), (261 - 4.5, 414 + 2.2),
                                 (270 - 4.5, 446 + 2.2), (287 - 4.5, 480 + 2.2), (306 - 4.5, 503 + 2.2)], [10] * 5)
    draw_all(SCALENES, "lateral", _LAT_CHEST + [_lat_arm_front, _lat_arm_back,
                                               L.THUMB, L.FINGERS["index"]], [_lat_radial])


# ---------------------------------------------------------------- the same trigger points seen on the head view
# (their own view is the back or front view, muscles_neck.py; this module loads after it)
for _tp, _pt in {"trapezius_upper_tp1": (156, 354), "trapezius_upper_tp2": (132, 364), "splenius_capitis_tp1": (140, 228),
                 "levator_scapulae_tp1": (158, 296), "scalenes_tp1": (208, 352), "scalenes_tp2": (186, 318),
                 "scalenes_tp3": (180, 354), "semispinalis_capitis_tp1": (112, 236), "semispinalis_capitis_tp2": (104, 202),
                 "suboccipitals_tp1": (132, 220), "longus_colli_tp1": (204, 304)}.items():
    mark(_tp, "head", _pt)
