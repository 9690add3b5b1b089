"""Muscle shapes: face, jaw and the side of the neck (head view: right profile, face to +x).

Landmarks (head view, 400 x 400): vertex (190,28), forehead (285,90), eye (262,142), nose tip (316,184),
chin (284,271), ear x 166-200 / y 141-204, TMJ ~(207,168), zygomatic arch y ~160 (x 205-258),
jaw angle ~(215,245), mastoid ~(170,215), inion ~(86,182), hyoid ~(238,284), clavicle (262,366)-(296,380).
Muscles that lie in a floor under others (splenius, levator, scalenes, buccinator, digastric) are cut to
their visible part so the superficial layer tiles like an atlas plate.
"""
from shapely.geometry import Polygon

from .head import EAR
from .muscles import add
from .registry import mark
from .shapes import largest, smooth, stroke, tapered, limb

EAR_GAP = EAR.buffer(1.5)


def minus(geom, *others) -> Polygon:
    """The geometry without the parts covered by others (largest piece kept)."""
    for o in others:
        geom = geom.difference(o)
    return largest(geom.buffer(0))


# --- scalp and face ---------------------------------------------------------------------------

ORBICULARIS_OCULI = smooth([
    (238, 142), (242, 129), (252, 120), (266, 116), (281, 118), (292, 127), (296, 141), (293, 155),
    (283, 165), (268, 170), (253, 167), (243, 157)]).difference(smooth([
        (246, 142), (252, 137), (260, 135), (270, 136), (278, 141), (272, 147), (262, 150), (252, 148)]))

FRONTALIS = minus(smooth([
    (226, 44), (246, 40), (266, 48), (284, 66), (298, 92), (302, 118), (294, 126), (280, 121),
    (264, 120), (250, 124), (242, 128), (246, 110), (244, 90), (236, 68)]), ORBICULARIS_OCULI.buffer(0.8))

TEMPORALIS = minus(smooth([
    (238, 150), (238, 130), (243, 110), (240, 88), (228, 68), (206, 58), (180, 58), (156, 66),
    (138, 82), (130, 104), (134, 124), (150, 135), (172, 136), (190, 139), (202, 150), (212, 158),
    (230, 159)]), EAR_GAP, FRONTALIS.buffer(0.8))

OCCIPITALIS = smooth([
    (76, 136), (90, 132), (106, 133), (122, 137), (134, 143), (142, 156), (146, 172), (148, 192),
    (134, 192), (116, 188), (98, 184), (84, 180), (76, 164)])

ZYGOMATICUS_MAJOR = minus(tapered([(256, 160), (266, 174), (276, 190), (286, 204), (291, 212)], [9, 9, 8, 7, 5]),
                          ORBICULARIS_OCULI.buffer(0.8))

MASSETER = minus(smooth([
    (211, 163), (226, 160), (242, 161), (256, 165), (263, 174), (259, 196), (253, 220), (248, 242),
    (245, 257), (236, 262), (225, 258), (216, 250), (213, 238), (212, 212), (210, 186)]), ZYGOMATICUS_MAJOR.buffer(0.8))

BUCCINATOR = minus(smooth([
    (250, 198), (262, 194), (276, 198), (288, 207), (292, 215), (288, 223), (276, 231), (262, 235),
    (250, 234), (246, 216)]), MASSETER.buffer(0.8), ZYGOMATICUS_MAJOR.buffer(0.8))

LATERAL_PTERYGOID = smooth([
    (210, 169), (222, 164), (238, 163), (250, 169), (254, 180), (250, 194), (238, 196), (224, 188), (212, 180)])

MEDIAL_PTERYGOID = smooth([
    (236, 186), (248, 190), (252, 202), (248, 220), (238, 238), (226, 252), (216, 253), (212, 242),
    (218, 224), (226, 204)])

# --- neck --------------------------------------------------------------------------------------

SCM = minus(smooth([
    (150, 204), (164, 199), (178, 202), (188, 212), (195, 235), (207, 261), (223, 290), (239, 318),
    (254, 344), (270, 364), (286, 378), (300, 390), (288, 393), (276, 378), (262, 368), (246, 361),
    (234, 350), (220, 332), (205, 308), (190, 282), (174, 255), (160, 230), (150, 214)]), EAR_GAP)

TRAPEZIUS_UPPER = smooth([
    (70, 178), (88, 182), (108, 190), (128, 198), (134, 218), (140, 250), (146, 285), (154, 320),
    (164, 352), (176, 380), (186, 410), (0, 410), (0, 380), (60, 340), (84, 290), (90, 240)])

LEVATOR_FULL = tapered([(190, 228), (180, 258), (164, 296), (146, 334), (128, 366)], [12, 20, 22, 22, 18])
SPLENIUS_FULL = smooth([(116, 196), (150, 199), (172, 206), (184, 218), (186, 240), (170, 266), (140, 304),
                        (118, 336), (100, 330), (104, 280), (110, 230)])
SCALENES_FULL = smooth([
    (190, 246), (200, 250), (212, 280), (226, 320), (242, 350), (252, 370), (230, 376), (206, 379),
    (184, 377), (160, 370), (156, 330), (172, 280)])

LEVATOR_SCAPULAE = minus(LEVATOR_FULL, SCM.buffer(0.8), TRAPEZIUS_UPPER.buffer(0.8))
SPLENIUS_CAPITIS = minus(SPLENIUS_FULL, SCM.buffer(0.8), TRAPEZIUS_UPPER.buffer(0.8), LEVATOR_SCAPULAE.buffer(0.8))
SCALENES = minus(SCALENES_FULL, SCM.buffer(0.8), TRAPEZIUS_UPPER.buffer(0.8), LEVATOR_SCAPULAE.buffer(0.8))

DIGASTRIC = minus(tapered(
    [(172, 220), (190, 236), (208, 254), (224, 270), (236, 280), (244, 280), (256, 273), (268, 267), (278, 264)],
    [8, 10, 10, 8, 4, 4, 9, 9, 6]), SCM.buffer(0.8))

PLATYSMA = smooth([
    (292, 232), (272, 234), (250, 238), (230, 240), (214, 246), (204, 268), (192, 304), (180, 344),
    (170, 384), (168, 410), (330, 410), (304, 392), (272, 372), (256, 340), (248, 300), (252, 280),
    (272, 272), (290, 262), (298, 246)])

SEMISPINALIS_CAPITIS = smooth([
    (86, 184), (108, 190), (126, 198), (132, 216), (128, 252), (124, 292), (116, 330), (108, 350),
    (100, 336), (98, 292), (96, 250), (90, 214)])

SUBOCCIPITALS = smooth([
    (100, 198), (126, 202), (150, 208), (170, 216), (180, 226), (174, 234), (156, 236), (138, 240),
    (122, 246), (108, 240), (100, 222)])

# --- register ----------------------------------------------------------------------------------

# deep layer (dashed outlines)
add("lateral_pterygoid", "head", LATERAL_PTERYGOID, depth="deep", fibers=("fan", (206, 173)))
add("medial_pterygoid", "head", MEDIAL_PTERYGOID, depth="deep", fibers=("parallel", 115))
add("platysma", "head", PLATYSMA, depth="deep", fibers=("parallel", 112))
add("semispinalis_capitis", "head", SEMISPINALIS_CAPITIS, depth="deep", fibers=("parallel", 95))
add("suboccipitals", "head", SUBOCCIPITALS, depth="deep", fibers=("fan", (112, 250)))

# superficial layer
add("frontalis", "head", FRONTALIS, fibers=("parallel", 72))
add("occipitalis", "head", OCCIPITALIS, fibers=("parallel", 105))
add("temporalis", "head", TEMPORALIS, fibers=("fan", (232, 182)))
add("orbicularis_oculi", "head", ORBICULARIS_OCULI, fibers=("parallel", 0))
add("zygomaticus_major", "head", ZYGOMATICUS_MAJOR, fibers=("parallel", 57))
add("masseter", "head", MASSETER, fibers=("parallel", 100))
add("buccinator", "head", BUCCINATOR, fibers=("fan", (294, 214)))
add("digastric", "head", DIGASTRIC, fibers=("fan", (240, 283)))
add("sternocleidomastoid", "head", SCM, fibers=("parallel", 58))
add("trapezius_upper", "head", TRAPEZIUS_UPPER, fibers=("fan", (196, 440)))
add("splenius_capitis", "head", SPLENIUS_CAPITIS, fibers=("parallel", 115))
add("levator_scapulae", "head", LEVATOR_SCAPULAE, fibers=("parallel", 118))
add("scalenes", "head", SCALENES, fibers=("parallel", 72))


# ---------------------------------------------------------------- trigger points
# Where each trigger point is drawn (person's right side); the first view given is its own.
mark("trapezius_upper_tp1", "back", (258, 177.5))
mark("trapezius_upper_tp2", "back", (268, 186))
mark("splenius_capitis_tp1", "back", (225, 124))
mark("semispinalis_capitis_tp1", "back", (210, 127))
mark("semispinalis_capitis_tp2", "back", (207, 106))
mark("suboccipitals_tp1", "back", (213, 116))
mark("levator_scapulae_tp1", "back", (225.5, 165))
mark("levator_scapulae_tp2", "back", (230.5, 188))
mark("scalenes_tp1", "front", (171, 181))
mark("scalenes_tp2", "front", (169.5, 168))
mark("scalenes_tp3", "front", (162, 182))
mark("sternocleidomastoid_tp1", "head", (211, 281))
mark("sternocleidomastoid_tp2", "head", (220, 322))
mark("sternocleidomastoid_tp3", "head", (285, 385))
mark("sternocleidomastoid_tp4", "head", (188, 240))
mark("sternocleidomastoid_tp5", "head", (180, 255))
mark("masseter_tp1", "head", (250, 180))
mark("masseter_tp2", "head", (235, 210))
mark("masseter_tp3", "head", (233, 250))
mark("masseter_tp4", "head", (215, 166))
mark("temporalis_tp1", "head", (232, 143))
mark("temporalis_tp2", "head", (219, 134))
mark("temporalis_tp3", "head", (204, 127))
mark("temporalis_tp4", "head", (186, 124))
mark("lateral_pterygoid_tp1", "head", (225, 176))
mark("lateral_pterygoid_tp2", "head", (240, 190))
mark("medial_pterygoid_tp1", "head", (222, 233))
mark("digastric_tp1", "head", (210, 256))
mark("digastric_tp2", "head", (263, 269))
mark("orbicularis_oculi_tp1", "head", (264, 129))
mark("zygomaticus_major_tp1", "head", (268, 178))
mark("platysma_tp1", "head", (212, 312))
mark("frontalis_tp1", "head", (270, 108))
mark("occipitalis_tp1", "head", (122, 168))
mark("buccinator_tp1", "head", (266, 220))
