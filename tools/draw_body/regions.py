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
           "forehead", "top_of_head", "back_of_head", "upper_teeth", "lower_teeth"}

ARM = union([B.UPPER_ARM, B.FOREARM])
HAND = B.PALM
THIGH, LEG, FOOT = B.THIGH, B.LEG, B.FOOT
HEAD = union([B.HEAD])


def _arm_cuts(front: bool) -> list[tuple[str, object]]:
    out = [
        ("thumb", B.THUMB),
        ("index_finger", B.FINGERS["index"]),
        ("middle_finger", B.FINGERS["middle"]),
        ("ring_little_fingers", union([B.FINGERS["ring"], B.FINGERS["little"]])),
        ("wrist_palm" if front else "hand_back", union([HAND, P([(40, 518), (90, 518), (90, 580), (40, 580)])]) & union([HAND, ARM])),
        ("elbow_outer", ARM & P([(50, 358), (90, 362), (90, 402), (50, 398)])),
        ("elbow_inner", ARM & P([(90, 358), (130, 362), (130, 402), (90, 402)])),
        ("forearm_front" if front else "forearm_back", ARM & P([(30, 398), (130, 398), (130, 522), (30, 522)])),
        ("shoulder_outside", P([(60, 186), (88, 184), (86, 252), (60, 252)])),
        ("shoulder_front" if front else "shoulder_back", P([(86, 176), (120, 176), (122, 250), (86, 252)])),
        ("upper_arm_front" if front else "upper_arm_back", ARM & P([(50, 250), (130, 248), (130, 362), (50, 362)])),
    ]
    return out


def front_regions() -> list[tuple[str, object]]:
    """Front view regions, person's right side (x < 200), highest priority first."""
    face = [
        ("ear_tmj", union([B.EAR, P([(148, 78), (160, 78), (160, 110), (148, 110)])])),
        ("nose", P([(193, 78), (200, 78), (200, 118), (188, 118), (189, 104)])),
        ("eye_brow", smooth([(196, 70), (182, 66), (166, 70), (160, 80), (166, 92), (182, 94), (194, 90)])),
        ("upper_teeth", P([(184, 114), (200, 114), (200, 124), (184, 124)])),
        ("lower_teeth", P([(184, 124), (200, 124), (200, 133), (184, 133)])),
        ("chin", P([(182, 133), (200, 133), (200, 146), (182, 146)])),
        ("temple", P([(150, 48), (166, 48), (166, 92), (150, 92)])),
        ("cheek", P([(160, 92), (190, 92), (188, 116), (160, 112)])),
        ("jaw_angle", HEAD & P([(150, 108), (186, 114), (184, 146), (150, 146)])),
        ("top_of_head", HEAD & P([(140, 10), (200, 10), (200, 36), (140, 36)])),
        ("forehead", HEAD & P([(140, 36), (200, 36), (200, 78), (140, 78)])),
    ]
    neck = [
        ("throat", B.NECK & P([(186, 135), (200, 135), (200, 180), (188, 180)])),
        ("side_of_neck", B.NECK & P([(150, 135), (186, 135), (188, 180), (150, 180)])),
        ("upper_back", P([(150, 150), (196, 150), (194, 174), (160, 178), (120, 186), (104, 192), (100, 186), (120, 172)])),
    ]
    trunk = [
        ("sternum", P([(190, 178), (200, 178), (200, 300), (190, 300)])),
        ("chest_side", P([(112, 226), (136, 226), (140, 340), (120, 340)])),
        ("chest_front", P([(100, 170), (200, 170), (200, 300), (116, 300)])),
        ("upper_abdomen", P([(110, 300), (200, 300), (200, 385), (110, 385)])),
        ("groin", P([(128, 452), (140, 446), (200, 500), (200, 520), (170, 520)])),
        ("outside_hip", P([(100, 452), (128, 452), (142, 470), (140, 534), (100, 534)])),
        ("lower_abdomen", P([(110, 385), (200, 385), (200, 505), (140, 446), (128, 452), (110, 452)])),
    ]
    leg = [
        ("big_toe", FOOT & P([(174, 958), (200, 958), (200, 1000), (172, 1000)])),
        ("lesser_toes", FOOT & P([(130, 966), (174, 958), (172, 1000), (130, 1000)])),
        ("foot_top", FOOT & P([(130, 936), (200, 936), (200, 966), (130, 966)])),
        ("ankle_outer", P([(140, 900), (157, 900), (157, 946), (140, 946)])),
        ("ankle_inner", P([(171, 900), (190, 900), (190, 946), (171, 946)])),
        ("ankle_front", P([(157, 906), (171, 906), (171, 946), (157, 946)])),
        ("lower_leg_outside", LEG & P([(120, 752), (153, 752), (157, 906), (120, 906)])),
        ("shin", LEG & P([(153, 752), (200, 752), (200, 906), (157, 906)])),
        ("knee_outer", P([(125, 692), (147, 692), (149, 752), (125, 752)])),
        ("knee_inner", P([(174, 692), (200, 692), (200, 752), (176, 752)])),
        ("knee_front", P([(147, 692), (174, 692), (176, 752), (149, 752)])),
        ("thigh_inner", THIGH & P([(172, 500), (200, 500), (200, 692), (174, 692)])),
        ("thigh_outside", THIGH & P([(100, 520), (136, 520), (138, 692), (100, 692)])),
        ("thigh_front", P([(120, 460), (172, 500), (174, 692), (120, 692)])),
    ]
    return face + neck + _arm_cuts(front=True) + trunk + leg


def back_regions() -> list[tuple[str, object]]:
    """Back view regions authored like the front (right side at x < 200), flipped on output."""
    head = [
        ("ear_tmj", B.EAR),
        ("top_of_head", HEAD & P([(140, 10), (200, 10), (200, 52), (140, 52)])),
        ("back_of_head", HEAD & P([(140, 52), (200, 52), (200, 150), (140, 150)])),
    ]
    neck = [
        ("back_of_neck", B.NECK & P([(178, 120), (200, 120), (200, 170), (178, 170)])),
        ("side_of_neck", B.NECK & P([(150, 120), (178, 120), (178, 170), (150, 170)])),
        ("upper_back", P([(150, 156), (200, 156), (200, 196), (150, 198), (104, 200), (98, 186), (120, 172)])),
    ]
    trunk = [
        ("tailbone", P([(192, 482), (200, 482), (200, 503), (194, 503)])),
        ("pelvic_floor", P([(190, 503), (200, 503), (200, 520), (190, 520)])),
        ("sacrum_si", P([(176, 436), (200, 436), (200, 482), (192, 482)])),
        ("shoulder_blade", smooth([(176, 198), (150, 196), (128, 204), (126, 226), (140, 262), (164, 294), (176, 290), (178, 250)])),
        ("between_shoulder_blades", P([(176, 196), (200, 196), (200, 296), (172, 296)])),
        ("chest_side", P([(110, 226), (134, 226), (140, 360), (120, 360)])),
        ("mid_back", P([(110, 290), (200, 290), (200, 378), (110, 378)])),
        ("low_back", P([(110, 378), (200, 378), (200, 436), (176, 436), (112, 448)])),
        ("outside_hip", P([(100, 450), (126, 448), (134, 500), (130, 534), (100, 534)])),
        ("buttock", P([(112, 440), (180, 436), (196, 485), (196, 540), (160, 560), (130, 550), (118, 520)])),
    ]
    leg = [
        ("heel", FOOT & P([(130, 930), (200, 930), (200, 1000), (130, 1000)])),
        ("ankle_outer", P([(140, 890), (156, 890), (156, 930), (140, 930)])),
        ("ankle_inner", P([(172, 890), (190, 890), (190, 930), (172, 930)])),
        ("lower_leg_outside", LEG & P([(120, 752), (146, 752), (150, 890), (120, 890)])),
        ("calf", LEG & P([(146, 752), (200, 752), (200, 930), (150, 930)])),
        ("knee_outer", P([(125, 692), (146, 692), (146, 752), (125, 752)])),
        ("knee_inner", P([(178, 692), (200, 692), (200, 752), (178, 752)])),
        ("knee_back", P([(146, 692), (178, 692), (178, 752), (146, 752)])),
        ("thigh_inner", THIGH & P([(178, 540), (200, 540), (200, 692), (178, 692)])),
        ("thigh_outside", THIGH & P([(100, 520), (134, 520), (136, 692), (100, 692)])),
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
