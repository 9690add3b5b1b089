"""Muscle shapes of the head view: the face, the jaw, the scalp and the side of the neck (right profile, face to
+x; landmarks in head.py).

Drawn as a lateral atlas plate of the head and neck: the scalp muscles (frontalis, occipitalis) joined by the
galea (pale fascia) over the vault under a band of hair; the temporalis fan under the temporal line converging
on the zygomatic arch (bone); the masseter in its two parts (the large superficial part running down and back
from the arch to the angle, the deep part showing behind it in front of the jaw joint); the thin facial
muscles (orbicularis oculi around the eye, zygomaticus major to the corner of the mouth, buccinator in front
of the masseter); the digastric under the jaw with its tendon through the hyoid sling; the
sternocleidomastoid with its sternal and clavicular heads; the posterior triangle between it and the
trapezius, floored from above down by splenius capitis, levator scapulae and the scalenes.
Muscles that lie under others in the same layer are cut to their visible part so the plate tiles like an atlas.
Deep (dashed, full on the deep layer): the pterygoids, semispinalis capitis, the suboccipitals, longus colli,
and the platysma (the thin skin muscle over the neck, shown as a transparent sheet so the neck muscles under
it stay visible).
"""
from shapely.geometry import LineString, Polygon, box

from . import head as H
from .muscles import add
from .registry import decor, landmark, mark
from .shapes import largest, smooth, tapered, union

EAR_GAP = H.EAR.buffer(1.6)


def minus(geom, *others) -> Polygon:
    """The geometry without the parts covered by others (largest piece kept)."""
    for o in others:
        geom = geom.difference(o)
    return largest(geom.buffer(0))


def bowed_loft(origin, insertion, bow, n: int = 24):
    """A loft whose fibres bow by bow(s) -> (dx, dy) away from the straight line at the middle of fibre s (0..1),
    sampled so that the origin, insertion and middle lines share one parameter."""
    a, b = LineString(origin), LineString(insertion)
    o = [a.interpolate(k / n, normalized=True) for k in range(n + 1)]
    i = [b.interpolate(k / n, normalized=True) for k in range(n + 1)]
    m = []
    for k in range(n + 1):
        dx, dy = bow(k / n)
        m.append(((o[k].x + i[k].x) / 2 + dx, (o[k].y + i[k].y) / 2 + dy))
    return ("loft", [(p.x, p.y) for p in o], [(p.x, p.y) for p in i], m)


# The scalp: the outline less the band of hair over the vault (decor_head.py draws the hair in that band).
SCALP = H.SCALP

for name, point in {"jaw_joint": H.JAW_JOINT, "mastoid_tip": H.MASTOID_TIP, "inion": (86, 182),
                    "angle_of_jaw": (217, 252), "hyoid": (238, 286), "zygomatic_arch": (236, 160),
                    "lateral_canthus": (258, 143), "mouth_corner": (285, 212), "c7": (106, 334),
                    "acromion": (176, 372), "sternoclavicular_joint": (292, 388)}.items():
    landmark("head", name, point)

# --- bones that show between the muscles ---------------------------------------------------------------
ZYGOMATIC_ARCH = smooth([(212, 158), (222, 155.5), (236, 154.5), (248, 153.5), (257, 151), (263, 154),
                         (262, 164), (254, 167.5), (240, 166.5), (226, 166), (214, 166.5), (209.5, 162)])
MASTOID = smooth([(166, 190), (172, 196), (178, 204), (179, 212), (174, 215), (168, 210), (163, 201)])
CLAVICLE = smooth([(174, 370), (188, 366.5), (214, 369), (242, 373), (268, 377), (288, 381), (296, 386),
                   (294, 393), (284, 391), (262, 386), (238, 382), (212, 378.5), (186, 377), (172, 376)])
HYOID = smooth([(231, 283), (238, 281.5), (246, 283), (247, 287.5), (239, 289), (231, 288)])
for b in (ZYGOMATIC_ARCH, MASTOID, CLAVICLE, HYOID):
    decor("head", "bone", b, mirror=False)
# the lower border of the jaw, from the chin back to the masseter (which covers it to the angle)
decor("head", "feature", [(288.5, 262.6), (278, 261.8), (266, 259.8), (255, 257.4), (247, 255.4)], mirror=False)

# --- scalp -------------------------------------------------------------------------------------------------
ORB_OUT = smooth([(243, 141), (245, 128), (252, 119), (265, 115.5), (279, 117), (289.5, 124), (294, 137),
                  (292, 151), (284, 162), (271, 168.5), (256, 167.5), (247, 158)])
EYE_OPENING = smooth([(257.5, 143.2), (263, 139.4), (271, 137.6), (278.5, 138.8), (283, 141.8), (279, 146.2),
                      (271, 147.8), (263, 146.6)])
ORB_UPPER = minus(ORB_OUT & Polygon([(230, 143.5), (258, 143.2), (283.5, 142.2), (310, 141), (310, 100), (230, 100)]),
                  EYE_OPENING)
ORB_LOWER = minus(ORB_OUT.difference(ORB_UPPER.buffer(0.45)), EYE_OPENING)
# the palpebral part, thin in the lids round the opening, paler than the orbital part round the rim
_LIDS = EYE_OPENING.buffer(3.4, join_style="round")

FRONTALIS = minus(smooth([
    (247, 118), (246, 100), (247, 84), (252, 70), (262, 60), (274, 60), (286, 74), (294, 96), (296, 116),
    (292, 124), (281, 118.5), (268, 116), (255, 118)]), ORB_OUT.buffer(0.6)) & SCALP

TEMPORALIS = minus(smooth([
    (252.5, 152), (253, 136), (250.5, 120), (246, 103), (236.5, 85), (221, 71.5), (200, 64), (178, 64.5),
    (158, 72), (144, 86), (137.5, 104), (139, 119), (145, 128), (156, 130), (168, 126), (181, 121),
    (194, 121.5), (206, 128), (216, 137), (222.5, 146.5), (225.5, 154.5), (236, 154.5), (244, 153.5)]), EAR_GAP,
    FRONTALIS.buffer(0.6), ORB_OUT.buffer(0.6), ZYGOMATIC_ARCH.buffer(0.4))
# (the fan converges on a tendon that passes under the middle of the arch, just behind the rim of the orbit)
TEMPORALIS_TENDON = smooth([(226, 157), (230, 149), (236.5, 144.5), (243, 146), (247, 152), (246, 157)]) & TEMPORALIS

OCCIPITALIS = smooth([
    (84, 138), (98, 135.5), (114, 137.5), (128, 143), (138, 152), (142, 166), (143, 182), (140, 195),
    (124, 192.5), (106, 188), (90, 182.5), (83, 168)]) & SCALP

# The galea (epicranial aponeurosis) spans the vault from the frontalis to the occipitalis, over the temporal line.
GALEA = smooth([(84, 186), (81, 140), (88, 104), (106, 76), (138, 52), (180, 38), (226, 42), (262, 58),
                (274, 68), (262, 74), (250, 86), (248, 110), (252, 150), (212, 150), (200, 126), (180, 118),
                (166, 124), (160, 150), (162, 180), (168, 196), (150, 204), (140, 196)]).difference(EAR_GAP) & SCALP
decor("head", "fascia", GALEA, mirror=False)

# --- face ----------------------------------------------------------------------------------------------------
ZYGOMATICUS_MAJOR = minus(tapered([(255, 166), (262, 176), (270, 188), (278, 200), (284.5, 210)],
                                  [8.5, 9, 8.2, 7, 4.6]), ORB_OUT.buffer(0.6), ZYGOMATIC_ARCH.buffer(0.3))

# (the anterior border runs down and back from the zygomatic bone; the lower border follows the jaw, rising a
# little towards the chin, and turns round the angle of the jaw onto the back of the ramus)
MASSETER_OUT = smooth([
    (214, 166.5), (228, 166.5), (242, 167.5), (254, 168), (263, 168.5), (261, 182), (258, 198), (255, 214),
    (252.2, 230), (250, 244), (248.8, 252.6), (244, 255.6), (234, 255.8), (225, 254.4), (219, 251.6),
    (215.4, 246.6), (214.2, 236), (213.6, 218), (213, 200), (213, 182)])
MASSETER_DEEP = minus(smooth([(209.5, 164.5), (221, 166), (227, 169), (222, 179), (216.5, 190), (212.5, 197),
                              (209.5, 190), (209, 176)]), ZYGOMATIC_ARCH.buffer(0.3), EAR_GAP)
MASSETER = minus(MASSETER_OUT, ZYGOMATICUS_MAJOR.buffer(0.6), MASSETER_DEEP.buffer(0.6), ZYGOMATIC_ARCH.buffer(0.3))
MASSETER_TENDON = smooth([(230, 166.5), (246, 167.5), (261, 168.5), (260, 175.5), (251, 174), (240, 171)]) & MASSETER

BUCCINATOR = minus(smooth([
    (250, 193), (262, 191), (274, 195), (283, 204), (286, 212), (283, 220), (273, 227), (261, 230), (250, 229),
    (246, 212)]), MASSETER.buffer(0.6), ZYGOMATICUS_MAJOR.buffer(0.6))

LATERAL_PTERYGOID = smooth([
    (209, 163), (216, 160), (228, 160), (240, 162.5), (247, 170), (246, 181), (240, 190), (230, 189), (220, 181),
    (212, 172)])
MEDIAL_PTERYGOID = smooth([
    (238, 183), (247, 188), (249, 200), (245, 218), (237, 235), (228, 249), (219, 253), (215, 246), (219, 228),
    (226, 206), (232, 190)])

# --- neck ---------------------------------------------------------------------------------------------------
# Sternocleidomastoid: a broad insertion on the mastoid and the lateral superior nuchal line; the sternal head
# (front) narrows to a round tendon on the manubrium, the clavicular head (behind) is flat and broad on the
# medial clavicle; the two are one belly in the upper neck.
_SCM_FRONT = [(189, 204), (197, 224), (208, 249), (221, 275), (237, 304), (254, 333), (269, 357), (281, 373),
              (291, 387), (300, 402)]
_SCM_SPLIT = [(178, 206), (186, 230), (198, 260), (213, 290), (229, 320), (244, 345), (257, 363), (266, 376),
              (272, 386)]
_SCM_BACK = [(140, 200), (146, 220), (156, 246), (171, 274), (188, 303), (204, 329), (219, 351), (233, 369),
             (246, 384)]
SCM_STERNAL = minus(smooth(_SCM_FRONT[:-1] + [(299, 397), (294, 402), (286, 396), (276, 383)]
                           + list(reversed(_SCM_SPLIT[:7])) + [(176, 200), (188, 199)]), EAR_GAP)
SCM_CLAVICULAR = minus(smooth([*_SCM_SPLIT[:7], (262, 375), (265, 385), (252, 388), *reversed(_SCM_BACK[1:]),
                               (140, 196), (160, 194)]), EAR_GAP, SCM_STERNAL.buffer(0.6))
SCM = union([SCM_STERNAL, SCM_CLAVICULAR])
SCM_TENDON_S = smooth([(278, 376), (290, 386), (298, 396), (293, 400), (284, 392), (274, 382)]) & SCM_STERNAL
SCM_TENDON_TOP = smooth([(139, 196), (160, 193.5), (178, 196.5), (190, 200), (190, 204.5), (177, 203.5),
                         (159, 201), (141, 202)]) & SCM

# Trapezius: the anterior border from the occiput (medial superior nuchal line) down to the lateral clavicle.
_TRAP_FRONT = [(124, 196), (129, 224), (137, 256), (147, 290), (158, 322), (169, 348), (178, 366), (184, 380),
               (190, 404)]
TRAPEZIUS = minus(Polygon([(84, 182), (104, 190), *_TRAP_FRONT, (0, 404), (0, 300), (60, 250), (80, 200)]).buffer(0),
                  CLAVICLE.buffer(0.2).difference(box(0, 0, 186, 400)))

LEVATOR_FULL = tapered([(188, 222), (182, 250), (170, 282), (154, 316), (136, 350), (122, 372)],
                       [12, 18, 21, 21, 19, 15])
SPLENIUS_FULL = smooth([(178, 200), (166, 196), (146, 196), (124, 198), (110, 214), (106, 250), (108, 300),
                        (112, 340), (130, 336), (146, 300), (160, 262), (172, 232)])
SCALENES_FULL = smooth([(190, 244), (200, 256), (212, 286), (226, 320), (240, 350), (250, 372), (236, 377),
                        (212, 378), (190, 377), (172, 370), (166, 346), (170, 306), (180, 268)])

LEVATOR_SCAPULAE = minus(LEVATOR_FULL, SCM.buffer(0.6), TRAPEZIUS.buffer(0.6))
SPLENIUS_CAPITIS = minus(SPLENIUS_FULL, SCM.buffer(0.6), TRAPEZIUS.buffer(0.6), LEVATOR_SCAPULAE.buffer(0.6),
                         MASTOID.buffer(0.3), EAR_GAP)
SCALENES = minus(SCALENES_FULL, SCM.buffer(0.6), TRAPEZIUS.buffer(0.6), LEVATOR_SCAPULAE.buffer(0.6),
                 CLAVICLE.buffer(0.3))

_DIG_AXIS = [(175, 214), (186, 229), (201, 248), (217, 266), (230, 279), (238, 284.5), (247, 284), (262, 280),
             (279, 273.5)]
DIGASTRIC = minus(tapered(_DIG_AXIS, [5.5, 8, 9, 8, 4.2, 3.4, 4.6, 7.2, 5.6]), SCM.buffer(0.6), MASTOID.buffer(0.3),
                  HYOID.buffer(0.2).difference(box(0, 0, 400, 284)))
DIGASTRIC_TENDON = smooth([(226, 277), (234, 281), (244, 282), (250, 283.5), (246, 287.5), (236, 287.5),
                           (226, 283)]) & DIGASTRIC

PLATYSMA = smooth([
    (294, 244), (284, 242), (268, 244), (252, 248), (238, 252), (228, 258), (220, 276), (212, 306), (204, 340),
    (198, 372), (196, 404), (300, 404), (290, 386), (272, 368), (258, 344), (249, 316), (244, 296), (252, 286),
    (272, 279), (292, 268), (298, 254)])

SEMISPINALIS_CAPITIS = smooth([
    (88, 184), (104, 190), (122, 197), (130, 214), (128, 250), (124, 292), (118, 330), (110, 352), (102, 338),
    (100, 296), (100, 252), (94, 214)])
SUBOCCIPITALS = smooth([
    (100, 198), (122, 201), (146, 205), (164, 212), (172, 222), (166, 231), (148, 234), (130, 238), (114, 242),
    (104, 234), (100, 218)])
LONGUS_COLLI = smooth([(192, 222), (199, 226), (202, 250), (206, 290), (212, 330), (216, 362), (210, 378),
                       (202, 366), (196, 330), (190, 290), (186, 250), (187, 228)])

# --- register -----------------------------------------------------------------------------------------------
# deep layer (dashed outlines on the surface layer)
add("platysma", "head", PLATYSMA, depth="deep",
    fibers=("loft", [(294, 252), (272, 246), (248, 250), (228, 258)], [(298, 404), (266, 404), (230, 404), (198, 404)]))
add("semispinalis_capitis", "head", SEMISPINALIS_CAPITIS, depth="deep",
    fibers=("loft", [(90, 184), (108, 191), (126, 198)], [(100, 344), (108, 350), (118, 336)]))
add("suboccipitals", "head", SUBOCCIPITALS, depth="deep",
    fibers=("loft", [(100, 200), (130, 202), (160, 210)], [(106, 238), (130, 238), (168, 228)]))
add("lateral_pterygoid", "head", LATERAL_PTERYGOID, depth="deep",
    fibers=("loft", [(246, 166), (247, 176), (242, 188)], [(212, 164), (211, 168), (213, 173)]))
add("medial_pterygoid", "head", MEDIAL_PTERYGOID, depth="deep",
    fibers=("loft", [(236, 184), (244, 188), (249, 196)], [(216, 248), (222, 251), (229, 247)]))
add("longus_colli", "head", LONGUS_COLLI, depth="deep",
    fibers=("loft", [(190, 226), (198, 226)], [(204, 374), (214, 370)]))

# surface layer
add("frontalis", "head", FRONTALIS,
    fibers=("loft", [(247, 80), (254, 66), (266, 59), (280, 66), (292, 90)],
            [(249, 120), (258, 118), (270, 116.5), (283, 119), (295, 124)]))
add("occipitalis", "head", OCCIPITALIS,
    fibers=("loft", [(86, 182), (112, 190), (141, 196)], [(88, 136), (112, 137), (134, 148)]))
add("temporalis", "head", TEMPORALIS, tendon=TEMPORALIS_TENDON,
    fibers=bowed_loft([(252, 126), (247, 104), (237, 86), (221, 72), (200, 65), (178, 65.5), (158, 73), (145, 87),
                       (138.5, 104), (141, 119), (147, 128)],
                      [(250, 157), (246, 157), (241.5, 157), (237, 156.6), (232, 156.2), (227, 155.6)],
                      lambda t: (7 * t ** 3, -24 * t ** 3), n=40))
add("orbicularis_oculi", "head", ORB_UPPER, part="upper (orbital and palpebral) part", tendon=ORB_UPPER & _LIDS,
    fibers=("loft", [(284, 141), (290, 133), (294, 128)], [(258, 143), (249, 142), (240, 141)],
            [(271, 137), (269, 126), (266, 114)]))
add("orbicularis_oculi", "head", ORB_LOWER, part="lower (orbital and palpebral) part", tendon=ORB_LOWER & _LIDS,
    fibers=("loft", [(283, 143), (290, 150), (292, 154)], [(258, 144), (250, 150), (243, 156)],
            [(271, 148), (270, 158), (268, 169)]))
add("zygomaticus_major", "head", ZYGOMATICUS_MAJOR,
    fibers=("loft", [(251, 164), (259, 166)], [(284, 212), (286, 208)]))
add("masseter", "head", MASSETER, tendon=MASSETER_TENDON, part="superficial part",
    fibers=("loft", [(214, 166), (228, 166.5), (244, 167.5), (261, 168.5)],
            [(214.2, 234), (219, 251), (231, 255.4), (248.6, 252.4)]))
add("masseter", "head", MASSETER_DEEP, part="deep part",
    fibers=("loft", [(210, 164), (226, 167)], [(209, 196), (214, 198)]))
add("buccinator", "head", BUCCINATOR,
    fibers=("loft", [(248, 196), (246, 212), (249, 228)], [(284, 207), (286, 212), (284, 217)]))
add("digastric", "head", DIGASTRIC, tendon=DIGASTRIC_TENDON, part="posterior and anterior bellies",
    fibers=("loft", [(172, 210), (178, 216)], [(282, 270), (281, 276)], [(232, 278), (236, 288)]))
add("sternocleidomastoid", "head", SCM_STERNAL, tendon=SCM_TENDON_S | (SCM_TENDON_TOP & SCM_STERNAL),
    part="sternal head",
    fibers=("loft", [(176, 204), (186, 204)], [(272, 388), (296, 398)], [(214, 290), (228, 290)]))
add("sternocleidomastoid", "head", SCM_CLAVICULAR, tendon=SCM_TENDON_TOP & SCM_CLAVICULAR, part="clavicular head",
    fibers=("loft", [(142, 199), (158, 200), (176, 206)], [(250, 384), (258, 384), (266, 384)],
            [(185, 290), (198, 288), (212, 290)]))
add("trapezius_upper", "head", TRAPEZIUS, part="descending part",
    fibers=("loft", [(86, 184), (100, 210), (108, 250), (110, 290), (104, 332), (80, 360), (40, 384), (4, 400)],
            [(126, 200), (140, 262), (158, 322), (176, 366), (186, 388), (190, 404), (140, 404), (90, 404)]))
add("splenius_capitis", "head", SPLENIUS_CAPITIS,
    fibers=("loft", [(108, 250), (110, 290), (114, 336)], [(128, 198), (152, 198), (176, 204)]))
add("levator_scapulae", "head", LEVATOR_SCAPULAE,
    fibers=("loft", [(182, 220), (194, 224)], [(116, 368), (128, 376)]))
add("scalenes", "head", SCALENES,
    fibers=("loft", [(178, 250), (186, 246), (194, 250)], [(186, 378), (214, 378), (246, 376)]))


# ---------------------------------------------------------------- trigger points
# Where each trigger point is drawn (person's right side); the first view given is its own.
mark("sternocleidomastoid_tp1", "head", (214, 282))
mark("sternocleidomastoid_tp2", "head", (210, 316))
mark("sternocleidomastoid_tp3", "head", (280, 378))
mark("sternocleidomastoid_tp4", "head", (186, 224))
mark("sternocleidomastoid_tp5", "head", (168, 238))
mark("masseter_tp1", "head", (250, 184))
mark("masseter_tp2", "head", (237, 214))
mark("masseter_tp3", "head", (231, 246))
mark("masseter_tp4", "head", (214, 176))
mark("temporalis_tp1", "head", (241.5, 141))
mark("temporalis_tp2", "head", (231, 136))
mark("temporalis_tp3", "head", (215, 130))
mark("temporalis_tp4", "head", (188, 114))
mark("lateral_pterygoid_tp1", "head", (226, 170))
mark("lateral_pterygoid_tp2", "head", (238, 182))
mark("medial_pterygoid_tp1", "head", (226, 234))
mark("digastric_tp1", "head", (218, 266))
mark("digastric_tp2", "head", (266, 279))
mark("orbicularis_oculi_tp1", "head", (268, 130))
mark("zygomaticus_major_tp1", "head", (263, 177))
mark("platysma_tp1", "head", (224, 318))
mark("frontalis_tp1", "head", (272, 100))
mark("occipitalis_tp1", "head", (118, 166))
mark("buccinator_tp1", "head", (266, 212))
