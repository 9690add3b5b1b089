"""Body regions for the front and back views.

Each region is a body part mask intersected with a cut polygon; earlier entries win where
cuts overlap, so the regions tile the silhouette. Authored on the person's right side in
front-view coordinates (x < 200); the back view is flipped when written.
"""
from __future__ import annotations

from shapely.geometry import Polygon, box

from . import body as B
from .shapes import smooth, union

P = Polygon
RIGHT_HALF = box(0, 0, 200, 1000)
MIDLINE = {"nose", "chin", "throat", "sternum", "upper_abdomen", "lower_abdomen", "back_of_neck",
           "between_shoulder_blades", "mid_back", "low_back", "sacrum_si", "tailbone", "pelvic_floor",
           "forehead", "top_of_head", "back_of_head", "upper_teeth", "lower_teeth", "mouth_inside"}

ARM = union([B.UPPER_ARM, B.FOREARM])
HAND = B.PALM
THIGH, LEG, FOOT = B.THIGH, B.LEG, B.FOOT
HEAD = union([B.HEAD])


def _leg_band(y0: float, y1: float, f0: float, f1: float, step: float = 8.0) -> Polygon:
    """The right thigh and knee (front-view coordinates) between heights y0 and y1 and the fractions f0..f1 of the
    limb's width there (0 = its outer edge, 1 = its inner edge); fractions past 0 or 1 reach beyond the outline."""
    from shapely.geometry import LineString

    legs = union([THIGH, LEG])
    ys = [y0 + (y1 - y0) * i / max(1, round((y1 - y0) / step)) for i in range(max(1, round((y1 - y0) / step)) + 1)]
    rows = []
    for y in ys:
        x0, _, x1, _ = (legs & LineString([(100, y), (200, y)])).bounds
        rows.append((x0, x1, y))
    return P([(a + f0 * (b - a), y) for a, b, y in rows] + [(a + f1 * (b - a), y) for a, b, y in reversed(rows)])


def _arm_cuts(front: bool) -> list[tuple[str, object]]:
    out = [
        # the hand: the thumb column below the wrist crease (with the outer half of the thenar eminence, "the
        # base of the thumb"), each finger below the palm's edge at the webs, the palm (or back of the hand)
        # with the wrist from just above its crease
        ("thumb", B.THUMB - P([(30, 480), (90, 480), (90, 520), (30, 518)])),
        ("index_finger", B.FINGERS["index"] - HAND),
        ("middle_finger", B.FINGERS["middle"] - HAND),
        ("ring_little_fingers", union([B.FINGERS["ring"], B.FINGERS["little"]]) - HAND),
        ("wrist_palm" if front else "hand_back", union([*B.HAND_PARTS, ARM & P([(30, 500), (100, 500), (100, 530), (30, 530)])])),
        ("elbow_outer", ARM & P([(50, 358), (90, 362), (90, 402), (50, 398)])),
        ("elbow_inner", ARM & P([(90, 358), (130, 362), (130, 402), (90, 402)])),
        ("forearm_front" if front else "forearm_back", ARM & P([(30, 398), (130, 398), (130, 500), (30, 500)])),
        ("shoulder_outside", P([(60, 186), (88, 184), (86, 252), (60, 252)])),
        ("shoulder_front" if front else "shoulder_back", P([(86, 176), (120, 176), (122, 250), (86, 252)])),
        ("upper_arm_front" if front else "upper_arm_back", ARM & P([(50, 250), (130, 248), (130, 362), (50, 362)])),
    ]
    return out


def front_regions() -> list[tuple[str, object]]:
    """Front view regions, person's right side (x < 200), highest priority first."""
    face = [
        # face and head (head_neck illustrator): the ear with the jaw joint in front of it, the lips (inside of
        # the mouth), the nose, the eye with its brow, the lips' skin over the teeth, the chin, the temple
        # beside the brow, the cheek, the jaw, the crown above the hairline and the forehead below it
        ("ear_tmj", union([B.EAR, smooth([(154, 80), (160.5, 80), (162, 90), (160.5, 99), (155, 100)])])),
        ("mouth_inside", P([(185, 121.2), (188.5, 118.6), (194, 116.9), (200, 117.3), (200, 126.6), (194.5, 126.2),
                            (189, 124.3)])),
        ("nose", P([(192.5, 79), (200, 79), (200, 111), (189.5, 110.5), (189.5, 103), (192, 95)])),
        ("eye_brow", smooth([(195.5, 72), (186, 68.5), (174, 68.5), (165.5, 72.5), (163.5, 80), (166.5, 87.5),
                             (176, 90.5), (186, 90.5), (193.5, 86.5)])),
        ("upper_teeth", P([(182, 112), (189.5, 110.5), (200, 111), (200, 117.3), (194, 116.9), (188.5, 118.6),
                           (185, 121.2), (181, 118)])),
        ("lower_teeth", P([(181, 124), (185, 121.2), (189, 124.3), (194.5, 126.2), (200, 126.6), (200, 132.5),
                           (190, 132), (183, 129)])),
        ("chin", P([(183, 129), (190, 132), (200, 132.5), (200, 146), (188, 142), (178, 137)])),
        ("temple", smooth([(152, 47), (161, 45), (166, 52), (166.5, 64), (164, 74), (162, 84), (158, 92), (150, 92)])),
        ("cheek", smooth([(161, 88), (170, 89.5), (180, 91.5), (190, 92.5), (190.5, 103), (189, 110.5), (182, 112),
                          (176, 114.5), (166, 111), (160, 101)])),
        ("jaw_angle", HEAD & P([(150, 98), (160, 101), (166, 111), (176, 114.5), (181, 118), (181, 124), (183, 129),
                                (178, 137), (176, 148), (150, 148)])),
        ("top_of_head", HEAD & P([(140, 10), (200, 10), (200, 33), (186, 33.5), (170, 38), (158, 46), (140, 50)])),
        ("forehead", HEAD & P([(140, 50), (158, 46), (170, 38), (186, 33.5), (200, 33), (200, 79), (192.5, 79),
                               (186, 68.5), (174, 68.5), (165.5, 72.5), (140, 74)])),
    ]
    neck = [
        # neck (head_neck illustrator): the throat in front between the sternocleidomastoids, the side of the neck,
        # and the slope of the trapezius where the neck flares into the shoulder
        ("throat", B.NECK & P([(183, 120), (200, 120), (200, 181), (191, 181), (187.5, 160), (184.5, 140)])),
        ("side_of_neck", B.NECK & P([(140, 110), (183, 110), (184.5, 140), (187.5, 160), (191, 181), (174, 181),
                                     (168, 162), (160, 158), (140, 150)])),
        ("upper_back", P([(140, 150), (160, 158), (168, 162), (174, 181), (160, 181.5), (120, 188), (104, 194),
                          (98, 186), (120, 172)])),
    ]
    trunk = [
        # trunk (trunk illustrator): the breastbone with the xiphoid; the side of the chest; the chest down to the
        # costal margin (the upper abdomen lies below it); the flank (side of the waist, a cut of zones_trunk.py);
        # the genitals below the pubic symphysis (pelvic floor), then the groin along the inguinal ligament
        ("sternum", P([(188, 178), (200, 178), (200, 309), (195.5, 304), (191, 292), (190.5, 240)])),
        ("chest_side", P([(112, 226), (136, 226), (140, 340), (120, 340)])),
        ("chest_front", P([(100, 170), (200, 170), (200, 300), (196.5, 296), (187, 303), (176.5, 312.5), (166, 324.5),
                           (156.5, 338.5), (148.5, 352.5), (143, 364), (140.5, 370), (116, 370)])),
        ("upper_abdomen", P([(110, 296), (200, 296), (200, 385), (110, 385)])),
        ("pelvic_floor", P([(189, 501), (200, 503), (200, 524), (193, 524)])),
        ("groin", P([(128, 452), (140, 446), (200, 500), (200, 520), (170, 520)])),
        ("outside_hip", P([(100, 452), (128, 452), (142, 470), (140, 534), (100, 534)])),
        ("lower_abdomen", P([(110, 385), (200, 385), (200, 505), (140, 446), (128, 452), (110, 452)])),
    ]
    leg = [
        # leg and foot (the outer edge of the foot, foot_outer, is cut in zones_leg_foot.py)
        ("big_toe", B.FOOT_TOES["big"].difference(B.FOOT_DORSUM)),
        ("lesser_toes", union([g for k, g in B.FOOT_TOES.items() if k != "big"]).difference(B.FOOT_DORSUM)),
        ("ankle_outer", P([(120, 889), (152.5, 889), (152.5, 924), (120, 927)])),
        ("ankle_inner", P([(176.5, 887), (200, 887), (200, 919), (176.5, 919)])),
        ("ankle_front", P([(152.5, 888), (176.5, 887), (176.5, 919), (152.5, 924)])),
        ("foot_top", union([FOOT, LEG]) & P([(120, 918), (200, 914), (200, 1000), (120, 1000)])),
        ("lower_leg_outside", LEG & smooth([(120, 752), (147.6, 752), (146.6, 790), (147, 830), (149.2, 862),
                                            (152.6, 889), (120, 889)], samples=2)),
        ("shin", LEG & P([(140, 752), (200, 752), (200, 889), (140, 889)])),
        # knee: the patella and its ligament in the middle, the condyles either side (fractions of its width)
        ("knee_outer", _leg_band(692, 752, -0.3, 0.24)),
        ("knee_inner", _leg_band(692, 752, 0.76, 1.3)),
        ("knee_front", _leg_band(692, 752, 0.24, 0.76)),
        # thigh: the outer and inner quarters and the front between them
        ("thigh_inner", THIGH & union([P([(172, 500), (200, 500), (200, 560), (170, 560)]), _leg_band(540, 692, 0.73, 1.3)])),
        ("thigh_outside", THIGH & _leg_band(520, 692, -0.3, 0.27)),
        ("thigh_front", P([(120, 460), (172, 500), (174, 692), (120, 692)])),
    ]
    return face + neck + _arm_cuts(front=True) + trunk + leg


def back_regions() -> list[tuple[str, object]]:
    """Back view regions authored like the front (right side at x < 200), flipped on output."""
    head = [
        # head (head_neck illustrator): the ear, the crown, and the back of the head down to the nape hairline at
        # the nuchal ridge (the area behind the ear is the mastoid region, a cut of zones_head_neck.py)
        ("ear_tmj", B.EAR),
        ("top_of_head", HEAD & P([(140, 10), (200, 10), (200, 50), (140, 50)])),
        ("back_of_head", HEAD & P([(140, 50), (200, 50), (200, 107), (190, 106.5), (178, 104.5), (166, 101.5),
                                   (156, 99), (140, 98)])),
    ]
    neck = [
        # neck (head_neck illustrator): the nape beside the spine, the side of the neck below the ear, and the top of
        # the shoulders where the neck flares into the trapezius
        ("back_of_neck", union([B.NECK, HEAD]) & P([(179, 100), (200, 100), (200, 166), (181, 166)])),
        ("side_of_neck", union([B.NECK, HEAD]) & P([(140, 96), (179, 100), (181, 166), (168, 163), (160, 158),
                                                    (140, 150)])),
        ("upper_back", P([(140, 150), (160, 158), (168, 163), (181, 166), (200, 166), (200, 196), (150, 198),
                          (104, 200), (98, 186), (120, 172)])),
    ]
    trunk = [
        ("tailbone", P([(192, 482), (200, 482), (200, 503), (194, 503)])),
        # (on the back view down the lower gluteal cleft, to the folds, where the buttocks meet: body.CLEFT_FILL)
        ("pelvic_floor", P([(190, 503), (200, 503), (200, 552), (195, 552), (190, 520)])),
        ("sacrum_si", P([(174, 434), (200, 434), (200, 482), (192, 482), (184, 468)])),
        ("shoulder_blade", smooth([(176, 198), (150, 196), (128, 204), (126, 226), (140, 262), (164, 294), (176, 290), (178, 250)])),
        ("between_shoulder_blades", P([(176, 196), (200, 196), (200, 296), (172, 296)])),
        ("chest_side", P([(110, 226), (134, 226), (140, 360), (120, 360)])),
        # mid back T7-T12 and low back from L1 to the iliac crests (the flank beside them: zones_trunk.py)
        ("mid_back", P([(110, 290), (200, 290), (200, 368), (110, 368)])),
        ("low_back", P([(110, 368), (200, 368), (200, 434), (174, 434), (112, 448)])),
        ("outside_hip", P([(100, 450), (126, 448), (134, 500), (130, 534), (100, 534)])),
        ("buttock", P([(112, 440), (180, 436), (196, 485), (196, 540), (160, 560), (130, 550), (118, 520)])),
    ]
    leg = [
        # leg and foot, authored like the front (x < 200) and flipped: the heel is the rounded column under the
        # calcaneal tendon; beyond it the inner side of the foot (the arch) and the outer side (foot_outer, cut
        # in zones_leg_foot.py)
        ("heel", union([B.FOOT_BACK, LEG]) & smooth([(178.4, 923), (161, 921.5), (144.8, 923), (145, 944), (146.2, 964),
                                               (149.4, 978), (157, 990), (166, 990), (172.4, 979), (175.4, 964),
                                               (176.8, 944)], samples=4)),
        ("ankle_outer", P([(120, 889), (152.5, 889), (152.5, 922), (120, 925)])),
        ("ankle_inner", P([(174.5, 886), (200, 886), (200, 920), (174.5, 920)])),
        ("arch", B.FOOT_BACK & P([(160, 915), (200, 915), (200, 1000), (160, 1000)])),
        ("lower_leg_outside", LEG & smooth([(120, 752), (141.6, 752), (141.4, 790), (143.4, 830), (146.6, 862),
                                            (150.6, 889), (120, 889)], samples=2)),
        ("calf", union([B.FOOT_BACK, LEG]) & P([(140, 752), (200, 752), (200, 924), (140, 924)])),
        # knee: the popliteal fossa in the middle, the condyles either side (fractions of its width)
        ("knee_outer", _leg_band(692, 752, -0.3, 0.2)),
        ("knee_inner", _leg_band(692, 752, 0.8, 1.3)),
        ("knee_back", _leg_band(692, 752, 0.2, 0.8)),
        # thigh: the outer and inner strips and the back between them
        ("thigh_inner", THIGH & _leg_band(540, 692, 0.8, 1.3)),
        ("thigh_outside", THIGH & _leg_band(520, 692, -0.3, 0.22)),
        ("thigh_back", THIGH & P([(120, 500), (200, 500), (200, 692), (120, 692)])),
    ]
    return head + neck + _arm_cuts(front=False) + trunk + leg


def partition(cuts: list[tuple[str, object]], mask) -> list[tuple[str, object]]:
    """Clip each cut to the mask and remove what earlier cuts took; merge repeated ids."""
    taken = None
    out: dict[str, object] = {}
    for rid, geom in cuts:
        g = geom & mask
        if taken is not None:
            g = g.difference(taken)
        if g.is_empty or g.area < 1.0:
            continue
        taken = g if taken is None else taken.union(g)
        out[rid] = out[rid].union(g) if rid in out else g
    # Whatever no cut took goes to the region it touches most, so the regions tile the mask.
    leftover = mask.difference(taken) if taken is not None else mask
    for piece in getattr(leftover, "geoms", [leftover]):
        if piece.is_empty or piece.area < 0.05:
            continue
        edge = piece.buffer(0.6)
        best = max(out, key=lambda rid: edge.intersection(out[rid]).area)
        out[best] = out[best].union(piece)
    return list(out.items())
