"""The lateral view: the whole body seen from the person's RIGHT side, face towards the viewer's right
(+x is the front of the body). 400 x 1000 units, at the heights of the front view (body.py): top of head
y=22, chin ~143, shoulder ~185-195, elbow ~372, wrist ~530, fingertips ~626, navel ~392, greater
trochanter ~500, crotch ~510, patella ~722, lateral malleolus ~915, soles ~985 (authoring heights: as written,
warp.py lengthens the shank and lowers the ankle to ~950, the foot in proportion).

The figure stands calmly; the line of gravity (x ~ 200) runs through the ear, the acromion, just behind
the hip joint, just in front of the knee joint and in front of the lateral malleolus. The right arm hangs
slightly forward, thumb forward (forearm mid-prone), so the lateral hip, thigh and leg stay visible; the
hand is seen from its back (dorsum), the thumb in front.

The app mirrors this view for the left side. Other modules use `at(y, f)` (a point at the fraction f of
the body's depth at height y: 0 = back, 1 = front) and the landmarks registered here.
"""
from __future__ import annotations

from functools import lru_cache

from shapely.geometry import LineString, Point, Polygon, box

from .registry import landmark
from .shapes import limb, rounded, smooth, tapered, union

P = Polygon
VIEW = "lateral"
SIZE = (400, 1000)

# The outline of head, neck, trunk and leg (front edge top to bottom, then back edge bottom to top).
FRONT_EDGE = [
    (198, 22), (224, 26), (243, 38), (253, 55), (257, 70),             # vertex, forehead, brow ridge
    (253, 81), (260, 96), (267, 108), (263, 114),                       # nasion, dorsum, tip of the nose
    (254, 116.5), (256.5, 120.5), (258, 123.5), (256.5, 126.3),         # subnasale, philtrum, upper lip
    (255, 127.6), (256.3, 129.5), (256.6, 131.5), (254.8, 134.6),       # stomion, lower lip
    (252, 137.2), (253.5, 140), (254.5, 143), (252.5, 146.5), (248, 149),   # mentolabial sulcus, chin
    (240, 151), (226, 154),                                             # under the jaw
    (219, 160), (222, 172), (224, 184), (230, 195),                     # throat, larynx, jugular notch
    (242, 207), (254, 226), (261, 250), (263, 268), (259, 287),         # chest (pectoralis major)
    (252, 302), (250, 330), (252, 360), (256, 392), (259, 420),         # rib margin, abdomen, navel
    (256, 450), (248, 478), (240, 496),                                 # lower abdomen, groin
    (244, 515), (250, 545), (253, 582), (251, 630), (244, 680),         # front of the thigh
    (241, 704), (242, 722), (239, 738), (235, 752), (236, 770),         # patella, patellar ligament, tuberosity
    (233, 800), (228, 845), (221, 885), (216, 912),                     # shin, front of the ankle
    (224, 928), (240, 940), (258, 949), (276, 953), (290, 956),         # top of the foot
    (299, 961), (304, 970), (303, 981), (297, 987), (288, 988),         # big toe, its round tip
]
BACK_EDGE = [
    (240, 988), (200, 987), (170, 987), (158, 982), (152, 968),         # sole, heel
    (153, 949), (160, 933), (172, 915), (177, 895), (176, 870),         # heel, Achilles tendon
    (165, 836), (157.5, 804), (157.5, 782), (163.5, 757), (174, 738),   # calf, fullest in its upper third
    (175, 722), (170, 700), (166, 660), (162, 610), (158, 570),         # back of the knee, back of the thigh
    (155, 553), (147, 541), (140, 522), (136, 495), (140, 465),         # gluteal fold, buttock
    (150, 442), (160, 420), (163, 400), (160, 370), (152, 335),         # lumbar lordosis
    (144, 295), (140, 255), (143, 225), (150, 203), (158, 186),         # thoracic kyphosis, C7
    (164, 168), (164, 152), (158, 138), (150, 118), (146, 96),          # nape, occiput
    (148, 72), (158, 48), (175, 31),                                    # back and top of the head
]
MAIN = smooth(FRONT_EDGE + BACK_EDGE, samples=8)

# The right arm, hanging a little forward, thumb forward.
UPPER_ARM = smooth([(186, 192), (201, 183), (218, 188), (230, 199), (235, 220), (237, 248), (237, 285),
                    (237, 322), (239, 350), (244, 370), (236, 389), (218, 396), (202, 391), (194, 372), (188, 342),
                    (182, 296), (179, 250), (179, 215)], samples=8)
FOREARM = limb([(243, 366), (253, 390), (261, 414), (270, 446), (287, 480), (310, 506)],
               [(199, 378), (208, 400), (224, 434), (244, 466), (264, 492), (286, 517)], samples=8)
PALM = smooth([(289, 513), (313, 509), (321, 527), (326, 547), (326, 564), (316, 572), (302, 573),
               (293, 569), (290, 550), (288, 532)], samples=8)
THUMB = tapered([(312, 522), (323, 540), (329, 556), (332, 571)], [13, 10.5, 9, 7.4])
FINGERS = {
    "little": tapered([(296, 563), (298, 585), (300, 600)], [7.6, 6.8, 6.0]),
    "ring": tapered([(304, 567), (307, 593), (309, 613)], [8.4, 7.6, 6.6]),
    "middle": tapered([(312, 569), (316, 597), (318, 619)], [8.8, 8.0, 7.0]),
    "index": tapered([(320, 565), (325, 590), (327, 609)], [8.6, 7.8, 6.8]),
}
ARM = union([UPPER_ARM, FOREARM])
HAND = union([PALM, THUMB, *FINGERS.values()])

SILHOUETTE = rounded(union([MAIN, FOREARM, HAND]), 1.5) & box(0, 0, *SIZE)
EAR = smooth([(186, 80), (196, 77), (203, 82), (204, 92), (201, 100), (199, 108), (194, 114),
              (187, 114), (184, 106), (181, 94)], samples=8)


def _edges_at(y: float) -> tuple[float, float]:
    """The back and front edge of the body (head, neck, trunk, leg; not the arm) at height y."""
    cut = MAIN & LineString([(-10, y), (410, y)])
    x0, _, x1, _ = cut.bounds
    return x0, x1


@lru_cache(maxsize=2048)
def _edges_cached(y: float) -> tuple[float, float]:
    return _edges_at(y)


def at(y: float, f: float) -> tuple[float, float]:
    """The point at height y and the fraction f of the body's depth there (0 = back edge, 1 = front edge)."""
    x0, x1 = _edges_cached(round(float(y), 1))
    return (x0 + f * (x1 - x0), float(y))


def strip(y0: float, y1: float, f0: float, f1: float, step: float = 6.0) -> Polygon:
    """The part of the body between heights y0 and y1 and depth fractions f0 and f1 (may lie outside 0..1,
    to reach past the outline). f0/f1 may also be functions of y."""
    ys, y = [], float(y0)
    while y < y1:
        ys.append(y)
        y += step
    ys.append(float(y1))
    fa = f0 if callable(f0) else (lambda _y: f0)
    fb = f1 if callable(f1) else (lambda _y: f1)
    left = [at(y, fa(y)) for y in ys]
    right = [at(y, fb(y)) for y in reversed(ys)]
    return P(left + right).buffer(0)


def _ramp(ya: float, fa: float, yb: float, fb: float):
    """A depth fraction that changes linearly from fa at ya to fb at yb (constant beyond)."""
    def f(y: float) -> float:
        t = min(max((y - ya) / (yb - ya), 0.0), 1.0)
        return fa + t * (fb - fa)
    return f


# ---------------------------------------------------------------- landmarks (bony points, for zones and marks)
LANDMARKS = {
    "vertex": (198, 22), "glabella": (257, 72), "nasion": (254, 80), "nose_tip": (268, 109), "chin": (252, 141),
    "eye": (242, 86), "tragus": (203, 96), "ear": (193, 95), "tmj": (209, 99), "mastoid": (188, 120),
    "inion": (151, 112), "jaw_angle": (207, 138), "zygomatic_arch": (222, 98), "hyoid": (221, 157),
    "thyroid_cartilage": (222, 172), "jugular_notch": (229, 193), "c7": (161, 184),
    "acromion": (204, 187), "clavicle_lateral": (212, 192), "coracoid": (228, 204), "deltoid_tuberosity": (212, 285),
    "spine_of_scapula": (180, 196), "scapula_inferior_angle": (160, 292),
    "lateral_epicondyle": (216, 372), "olecranon": (203, 390), "radial_head": (227, 394),
    "radial_styloid": (308, 507), "ulnar_styloid": (289, 515), "lister_tubercle": (300, 505),
    "nipple": (258, 262), "xiphoid": (254, 300), "rib_10": (226, 362), "rib_12": (176, 376),
    "iliac_crest_top": (196, 412), "iliac_tubercle": (222, 420), "iliac_crest_back": (170, 420),
    "asis": (246, 452), "psis": (162, 444), "pubic_tubercle": (240, 494), "navel": (256, 392),
    "greater_trochanter": (200, 500), "ischial_tuberosity": (160, 528), "gluteal_fold": (156, 552),
    "lateral_femoral_epicondyle": (208, 722), "patella": (232, 722), "tibial_tuberosity": (234, 765),
    "fibular_head": (192, 764), "gerdy_tubercle": (224, 752),
    "lateral_malleolus": (188, 915), "medial_malleolus_hidden": (200, 906), "calcaneus": (166, 965),
    "fifth_metatarsal_base": (218, 975), "fifth_metatarsal_head": (268, 980), "cuboid": (200, 965),
    "heel": (157, 975), "little_toe": (284, 982),
}
for _name, _pt in LANDMARKS.items():
    landmark(VIEW, _name, _pt)


# ---------------------------------------------------------------- regions
HEAD_CUTS = [
    ("ear_tmj", union([EAR, smooth([(202, 88), (213, 90), (215, 104), (208, 110), (201, 106)])])),
    ("mastoid", smooth([(180, 108), (188, 112), (197, 116), (196, 126), (188, 132), (178, 128),
                                   (175, 118)])),
    ("eye_brow", smooth([(231, 70), (246, 64), (258, 68), (258, 84), (252, 96), (238, 96), (228, 88)])),
    ("nose", P([(253, 84), (275, 84), (275, 117), (252, 117), (249, 104)])),
    ("upper_teeth", P([(226, 113), (275, 113), (275, 127), (226, 127)])),
    ("lower_teeth", P([(226, 127), (275, 127), (275, 137), (226, 139)])),
    ("chin", P([(226, 139), (275, 137), (275, 160), (228, 153)])),
    ("cheek", P([(214, 92), (252, 92), (252, 113), (218, 113)])),
    ("jaw_angle", P([(196, 106), (220, 108), (226, 113), (226, 154), (212, 155), (194, 142)])),
    ("temple", smooth([(178, 52), (200, 44), (224, 44), (238, 52), (238, 72), (234, 92), (214, 90), (204, 80),
                       (190, 76), (178, 78), (172, 66)])),
    ("forehead", P([(226, 22), (280, 22), (280, 70), (236, 70), (230, 40)])),
    ("top_of_head", P([(150, 0), (250, 0), (238, 46), (172, 50), (140, 56)])),
    ("back_of_head", P([(120, 50), (178, 46), (184, 112), (178, 130), (168, 142), (120, 142)])),
]
NECK_CUTS = [
    ("throat", P([(214, 146), (250, 146), (250, 200), (226, 200), (214, 170)])),
    ("back_of_neck", P([(120, 138), (170, 132), (180, 140), (178, 176), (164, 182), (120, 190)])),
    ("side_of_neck", P([(170, 130), (196, 122), (212, 142), (216, 176), (222, 196), (194, 184), (172, 178)])),
]
_UA = UPPER_ARM
ARM_CUTS = [
    ("thumb", THUMB),
    ("index_finger", FINGERS["index"]),
    ("middle_finger", FINGERS["middle"]),
    ("ring_little_fingers", union([FINGERS["ring"], FINGERS["little"]])),
    ("wrist_palm", union([PALM, FOREARM]) & P([(304, 492), (330, 492), (332, 536), (316, 536)])),
    ("hand_back", union([PALM, FOREARM & P([(276, 506), (306, 490), (344, 490), (344, 556), (276, 556)])])),
    ("elbow_back", ARM & smooth([(192, 376), (206, 372), (214, 384), (211, 400), (198, 402), (190, 392)])),
    ("elbow_outer", ARM & P([(186, 354), (246, 350), (256, 392), (234, 410), (196, 400)])),
    ("forearm_front", FOREARM & P([(180, 404), (215, 397), (231, 431), (251, 463), (271, 489), (293, 513),
                                   (260, 540), (180, 480)])),
    ("forearm_back", FOREARM),
    ("shoulder_front", _UA & P([(219, 180), (250, 180), (250, 252), (226, 254)])),
    ("shoulder_back", _UA & P([(170, 180), (195, 180), (193, 254), (170, 254)])),
    ("shoulder_outside", _UA & P([(190, 176), (222, 176), (226, 254), (193, 254)])),
    ("upper_arm_front", _UA & P([(208, 250), (250, 248), (250, 354), (211, 356)])),
    ("upper_arm_back", _UA & P([(160, 250), (208, 250), (211, 356), (160, 356)])),
]
TRUNK_CUTS = [
    ("upper_back", P([(164, 160), (192, 172), (214, 180), (226, 196), (190, 186), (150, 206), (150, 170)])),
    ("groin", P([(232, 468), (260, 450), (270, 470), (262, 512), (242, 518), (224, 500)])),
    ("buttock", P([(120, 432), (172, 430), (186, 470), (184, 520), (174, 550), (156, 560), (120, 560)])),
    ("outside_hip", smooth([(174, 430), (200, 420), (226, 424), (240, 446), (236, 470), (226, 492), (228, 516),
                            (222, 540), (204, 550), (186, 542), (180, 520), (184, 490), (182, 458)])),
    ("lower_abdomen", P([(222, 390), (280, 390), (280, 470), (232, 468), (226, 440)])),
    ("flank", P([(170, 358), (230, 352), (226, 390), (226, 424), (172, 430)])),
    ("upper_abdomen", P([(226, 298), (280, 298), (280, 390), (222, 390), (228, 350)])),
    ("chest_front", P([(226, 192), (280, 192), (280, 298), (226, 298), (238, 250)])),
    ("chest_side", P([(170, 220), (240, 220), (238, 300), (228, 356), (170, 362)])),
    ("shoulder_blade", P([(120, 196), (176, 190), (182, 220), (178, 292), (120, 296)])),
    ("mid_back", P([(110, 290), (180, 288), (176, 364), (172, 384), (110, 384)])),
    ("low_back", P([(110, 384), (176, 378), (174, 432), (120, 436)])),
]


def _leg_cuts() -> list[tuple[str, object]]:
    foot = box(0, 918, 400, 1000) & MAIN
    return [
        ("big_toe", P([(286, 964), (320, 964), (320, 992), (292, 992)])),
        ("lesser_toes", P([(266, 956), (286, 964), (292, 992), (266, 992)])),
        ("foot_outer", foot & smooth([(166, 986), (186, 966), (216, 962), (246, 966), (268, 972),
                                                 (266, 995), (170, 995)])),
        ("heel", box(130, 900, 400, 1000) & MAIN & P([(140, 920), (175, 920), (174, 936), (180, 960), (176, 996), (140, 996)])),
        ("ankle_outer", smooth([(174, 898), (194, 896), (206, 910), (204, 934), (186, 944), (172, 932)])),
        ("ankle_front", P([(204, 894), (228, 894), (236, 934), (218, 946), (204, 936)])),
        ("foot_top", foot),
        ("knee_front", strip(696, 760, 0.66, 1.3)),
        ("knee_back", strip(700, 756, -0.3, 0.24)),
        ("knee_outer", strip(696, 762, 0.24, 0.66)),
        ("shin", strip(760, 900, _ramp(760, 0.72, 900, 0.66), 1.3)),
        ("calf", strip(756, 930, -0.3, _ramp(756, 0.36, 900, 0.3))),
        ("lower_leg_outside", strip(756, 900, 0.25, 0.8)),
        ("thigh_back", strip(540, 700, -0.3, 0.27)),
        ("thigh_front", strip(500, 700, _ramp(520, 0.72, 690, 0.7), 1.3)),
        ("thigh_outside", strip(510, 700, 0.2, 0.8)),
    ]


REGION_CUTS = HEAD_CUTS + NECK_CUTS + ARM_CUTS + TRUNK_CUTS + _leg_cuts()
