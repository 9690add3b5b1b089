"""Referral zones of the leg and foot muscles (body area leg_foot), drawn as the published figures draw them
(Travell & Simons 1992, vol. 2, the chapters named in data/muscles.csv; Donnelly et al. 2019 keeps the same
patterns), on every view where the pattern falls: front, back (with the sole insets, soles.py) and the lateral
view. Essential zones solid, spillover zones stippled (the build takes the essential zone out of the spillover).

Also the cuts of the region `foot_outer` (the outer border of the foot: its outer side below the ankle, and the
outer strip of the sole from the heel to the ball of the foot) on the front, back and sole views; the lateral
view cuts it in lateral.py.

Coordinates: person's right side (front x < 200, back x > 200, the sole inset x ~302-356, heel at the top);
the lateral view as drawn (front of the body towards +x; lateral.at(y, f) is the point at the fraction f of
the body's depth, 0 = back edge, 1 = front edge).
"""
from __future__ import annotations

from shapely import affinity
from shapely.geometry import Point, Polygon

from . import body as B, soles as S
from .registry import region, zone
from .shapes import smooth, tapered, union

try:        # the lateral view (lateral.py): zones there once it exists
    from . import lateral as L
except ImportError:         # pragma: no cover - the view is optional while it is being drawn
    L = None

P = Polygon
E, SP = "essential", "spillover"


def oval(cx: float, cy: float, rx: float, ry: float, angle: float = 0.0):
    e = affinity.scale(Point(cx, cy).buffer(1.0, 24), rx, ry)
    return affinity.rotate(e, angle, origin=(cx, cy)) if angle else e


_BODY = {"front": B.silhouette().buffer(-0.4), "back": union([B.silhouette(), S.OUTLINE, affinity.scale(S.OUTLINE, -1, 1, origin=(200, 0))]).buffer(-0.4)}
if L is not None:
    _BODY["lateral"] = L.SILHOUETTE.buffer(-0.4)


def zones(tp: str, kind: str, shapes: dict) -> None:
    """One zone of a trigger point on several views: {view: geometry}, kept just inside the outline (so that
    the curves written to the SVG do not run past it)."""
    for view, geom in shapes.items():
        if geom is None or (view == "lateral" and L is None):
            continue
        zone(tp, kind, view, geom & _BODY[view])


def toe(name: str):
    """A toe of the front view, from its web to the tip."""
    return B.FOOT_TOES[name].difference(B.FOOT_DORSUM.buffer(-1.0))


def sole_toe(i: int):
    """A toe of the sole inset (0 = big toe, 1-4 = second to little toe), from the crease to the tip."""
    g = S.BIG_TOE if i == 0 else S.TOES[i - 1]
    return g.difference(S.SOLE.buffer(-1.2))


def lat(points):
    """A smooth lateral-view shape through points given as (y, f) pairs (height, depth fraction)."""
    return smooth([L.at(y, f) for y, f in points])


# ================================================================ the region foot_outer
FOOT_OUTER_FRONT = B.FOOT_DORSUM & P([(120, 921), (148.4, 921), (147.6, 935), (146.8, 948), (147.8, 959.5), (120, 962)])
FOOT_OUTER_BACK = B.FOOT_BACK & P([(120, 923), (144.8, 923), (145, 944), (146.2, 964), (149.4, 978), (157, 990), (120, 990)])
_sole_rim = S.SOLE.difference(affinity.translate(S.SOLE, xoff=-9.5))
FOOT_OUTER_SOLE = (_sole_rim & P([(330, 858), (370, 858), (370, 932), (330, 932)])).difference(S.HEEL_PAD).difference(S.BALL)
region("front", "foot_outer", FOOT_OUTER_FRONT, 10)     # front and back: authored like regions.py (x < 200)
region("back", "foot_outer", FOOT_OUTER_BACK, 10)
region("sole", "foot_outer", FOOT_OUTER_SOLE, 10)


# ================================================================ shared shapes
# Front view
ANKLE_LATERAL_EDGE_F = smooth([(139, 893), (148.6, 891), (152.4, 901), (152.6, 914), (150.4, 924), (145, 928.4), (138, 921)])
FOOT_OUTER_BORDER_F = tapered([(146.6, 925), (144.6, 934), (142.6, 943), (141.6, 951)], [6.4, 6.6, 6.4, 5.6])
# Back view
ANKLE_LATERAL_EDGE_B = smooth([(247.4, 889), (256, 888), (259.6, 900), (259, 915), (256.6, 926), (250.4, 929), (246.6, 919),
                               (246.2, 902)])
FOOT_OUTER_BORDER_B = smooth([(254.6, 927), (260, 929), (260.4, 942), (259.4, 954), (256.2, 958), (254.4, 946)])
HEEL_B = smooth([(226, 932), (239, 928.6), (252.4, 932), (254.4, 950), (252.6, 968), (246.4, 980.4), (238.6, 984.6),
                 (230.4, 980.6), (225.4, 966), (224, 948)])
# Sole inset
HEEL_S = smooth([(318, 838.4), (331, 834), (344.4, 838.4), (349.6, 850), (348.4, 864), (339, 871), (323, 871), (313.4, 864),
                 (312.4, 850)])
SOLE_ALL = S.OUTLINE.buffer(-0.4)


# ================================================================ anterior leg
# Tibialis anterior (Travell & Simons 1992, Tibialis Anterior Muscle): essential zone over the anteromedial ankle
# and the dorsal and medial big toe; spillover a strip down the anteromedial shin from the trigger point and
# over the dorsum of the foot towards the big toe.
zones("tibialis_anterior_tp1", E, {
    "front": union([smooth([(160.4, 893), (168, 889.4), (175.6, 890.6), (179.6, 897), (179, 907), (175, 915.4),
                            (168.6, 921), (161.6, 922.6), (157.8, 915), (157.6, 902)]),
                    toe("big").buffer(0.6)]),
    "lateral": L and union([lat([(893, 0.82), (893, 1.1), (930, 1.1), (928, 0.86), (912, 0.8)]),
                            smooth([(286, 962), (296, 968), (304, 978), (302, 988), (290, 990), (284, 978)])]),
})
zones("tibialis_anterior_tp1", SP, {
    "front": union([tapered([(162.6, 778), (165.6, 805), (168, 835), (169.6, 862), (170.4, 886)], [10, 11.4, 12, 12, 11]),
                    tapered([(169.6, 914), (173.6, 927), (178.6, 939), (183, 950), (185.6, 958)], [12, 13, 13.4, 12.6, 12])]),
    "lateral": L and union([lat([(785, 0.8), (785, 1.1), (895, 1.1), (895, 0.82), (840, 0.8)]),
                            tapered([(228, 936), (244, 946), (262, 956), (280, 965)], [12, 12.4, 12, 11])]),
})

# Extensor digitorum longus (Long Extensors of Toes): essential over the dorsum of the foot, nearly to the tips of
# the middle three toes; spillover over the front of the ankle and up the lower anterolateral leg.
zones("extensor_digitorum_longus_tp1", E, {
    "front": union([smooth([(153, 925), (160, 921), (167.6, 923.4), (173.4, 932), (175.4, 945), (174.4, 957), (167, 962),
                            (157, 962), (151, 956), (149.2, 943), (149.6, 931)]),
                    *(toe(n).intersection(P([(140, 950), (200, 950), (200, 979.5), (140, 979.5)])).buffer(0.5)
                      for n in ("second", "third", "fourth"))]),
    "lateral": L and smooth([(230, 934), (244, 938), (260, 947), (276, 958), (288, 968), (290, 976), (280, 980),
                             (264, 973), (246, 963), (232, 952), (226, 942)]),
})
zones("extensor_digitorum_longus_tp1", SP, {
    "front": union([smooth([(149.6, 836), (156.6, 831), (162.6, 840), (166, 866), (168.6, 893), (171, 915), (161, 923),
                            (153.6, 922.6), (152.4, 900), (148.6, 870)]),
                    smooth([(149.6, 926), (160, 916.6), (172, 919.6), (179.4, 932), (180.6, 948), (178.6, 961), (166, 965),
                            (152, 964), (147, 955), (147, 938)])]),
    "lateral": L and union([lat([(838, 0.62), (838, 1.1), (926, 1.1), (932, 0.7), (900, 0.56), (866, 0.58)]),
                            tapered([(226, 936), (246, 948), (266, 959), (284, 970)], [15, 16, 15, 12])]),
})

# Extensor hallucis longus (Long Extensors of Toes): essential over the distal first metatarsal and the first
# metatarsophalangeal joint; spillover to the tip of the big toe and up over the dorsum towards the ankle.
zones("extensor_hallucis_longus_tp1", E, {
    "front": smooth([(177.4, 937.4), (184, 934.4), (190.4, 940.6), (193, 950), (191.6, 958.6), (185, 961.6), (179, 958.8),
                     (176.6, 948)]),
    "lateral": L and smooth([(262, 952.6), (274, 957.6), (286, 963.6), (290, 970), (282, 974), (270, 970), (260, 962)]),
})
zones("extensor_hallucis_longus_tp1", SP, {
    "front": union([toe("big").buffer(0.6), tapered([(167.4, 903), (171.6, 916), (176.6, 929), (181, 938)], [9, 11, 12, 12])]),
    "lateral": L and union([smooth([(286, 962), (296, 968), (304, 978), (302, 988), (290, 990), (284, 978)]),
                            tapered([(222, 932), (236, 941), (252, 950), (264, 957)], [10, 11, 11, 10])]),
})

# ================================================================ lateral leg (fibular muscles)
# Fibularis longus (Peroneal Muscles): essential above, behind and below the lateral malleolus; spillover over the
# middle third of the lateral leg and a short distance along the outer side of the foot.
FIB_ESSENTIAL = {
    "front": ANKLE_LATERAL_EDGE_F,
    "back": ANKLE_LATERAL_EDGE_B,
    "lateral": L and smooth([(176, 897), (188, 893), (198, 900), (201, 914), (198, 928), (190, 936), (178, 934), (171, 924),
                             (171, 908)]),
}
FIB_FOOT_BORDER = {
    "front": FOOT_OUTER_BORDER_F,
    "back": FOOT_OUTER_BORDER_B,
    "lateral": L and tapered([(192, 936), (202, 947), (212, 957), (220, 965)], [11, 12, 11, 9]),
}
zones("fibularis_longus_tp1", E, FIB_ESSENTIAL)
zones("fibularis_longus_tp1", SP, {
    "front": union([smooth([(130, 802), (141.6, 799), (145.6, 815), (146.4, 840), (145.6, 862), (141.6, 872), (136, 860),
                            (130, 832)]), FIB_FOOT_BORDER["front"]]),
    "back": union([smooth([(256.4, 802), (268, 800), (270, 832), (266, 866), (259.6, 870), (255.6, 850), (254.6, 824)]),
                   FIB_FOOT_BORDER["back"]]),
    "lateral": L and union([lat([(800, 0.36), (798, 0.56), (812, 0.7), (852, 0.7), (868, 0.56), (866, 0.38), (834, 0.32)]),
                            FIB_FOOT_BORDER["lateral"]]),
})
# Fibularis brevis: the same malleolar pattern, which also runs along the outer border of the foot (both rows).
for _tp in ("fibularis_brevis_tp1", "fibularis_brevis_tp2"):
    zones(_tp, E, FIB_ESSENTIAL)
    zones(_tp, SP, FIB_FOOT_BORDER)

# Fibularis tertius: essential over the anterolateral ankle; spillover on the outer side of the heel.
zones("fibularis_tertius_tp1", E, {
    "front": smooth([(152.4, 891), (160, 888.6), (166, 893.6), (167.2, 905), (164.6, 916.6), (158.4, 923.6), (152, 923.6),
                     (149.8, 914), (150.2, 900)]),
    "lateral": L and smooth([(200, 898), (210, 895), (218, 904), (220, 918), (214, 930), (204, 932), (198, 922), (197, 908)]),
})
zones("fibularis_tertius_tp1", SP, {
    "back": smooth([(246, 934), (253.6, 933), (255.6, 946), (254.6, 962), (250, 972), (245, 968), (244.4, 950)]),
    "lateral": L and smooth([(158, 944), (168, 938), (178, 942), (182, 954), (180, 966), (170, 972), (159, 968), (154, 956)]),
})


# ================================================================ posterior leg
# Gastrocnemius (Gastrocnemius Muscle). TP1 (medial head): essential in the instep; spillover from the back of
# the knee down the posteromedial calf to the posteromedial ankle. TP2 (lateral head): local, over the head.
# TP3 and TP4 (near the condyles): the back of the knee.
zones("gastrocnemius_tp1", E, {
    "back": smooth([(310.6, 876), (318, 872), (322.4, 884), (322, 902), (317.4, 916), (309.6, 922), (305, 915),
                    (308.6, 896)]),       # the instep: the inner arch of the sole
})
zones("gastrocnemius_tp1", SP, {
    "back": tapered([(230, 698), (229, 722), (224.6, 748), (218.6, 778), (217.6, 810), (219.4, 842), (221.4, 872),
                     (222.4, 900)], [11, 12, 15, 17, 15, 13, 11, 9]),
})
zones("gastrocnemius_tp2", E, {
    "back": oval(252.4, 778, 8.6, 26, -4),
    "lateral": L and lat([(752, -0.1), (752, 0.2), (780, 0.24), (808, 0.2), (812, -0.1)]),
})
zones("gastrocnemius_tp3", E, {"back": oval(228.6, 722, 9.4, 15)})
zones("gastrocnemius_tp4", E, {
    "back": oval(250.6, 722, 9.4, 15),
    "lateral": L and lat([(708, -0.1), (706, 0.18), (722, 0.22), (740, 0.18), (740, -0.1)]),
})

# Soleus (Soleus and Plantaris Muscles). TP1: essential over the back and the underside of the heel; spillover up
# the Achilles tendon to the trigger point. TP2: the upper half of the back of the calf (spillover a margin
# reaching the lower popliteal fossa, our reading). TP3: the sacroiliac region of the same side.
zones("soleus_tp1", E, {
    "back": union([HEEL_B, HEEL_S]),
    "lateral": L and smooth([(158, 938), (172, 935), (182, 946), (190, 962), (196, 978), (194, 992), (150, 992), (148, 960)]),
})
zones("soleus_tp1", SP, {
    "back": tapered([(232.6, 852), (235.6, 874), (238, 898), (238.8, 918), (239, 934)], [15, 18, 17, 15, 18]),
    "lateral": L and lat([(852, -0.2), (852, 0.3), (890, 0.26), (936, 0.2), (936, -0.2)]),
})
zones("soleus_tp2", E, {
    "back": smooth([(222, 752), (239, 744), (254, 748), (260, 768), (265, 784), (265, 806), (256, 822), (240, 830),
                    (226, 826), (218, 806), (216, 778)]),
    "lateral": L and lat([(762, -0.2), (760, 0.28), (800, 0.32), (836, 0.26), (836, -0.2)]),
})
zones("soleus_tp2", SP, {
    "back": smooth([(224, 732), (239, 727), (254, 731), (261, 750), (267, 780), (267, 810), (258, 832), (250, 840),
                    (238, 844), (224, 838), (215, 815), (213, 783), (216, 752)]),
    "lateral": L and lat([(740, -0.2), (738, 0.3), (760, 0.38), (800, 0.4), (846, 0.32), (852, -0.2)]),
})
zones("soleus_tp3", E, {"back": oval(213.6, 454, 8.4, 12.6, -12)})

# Plantaris: the back of the knee, spilling over into the upper calf.
zones("plantaris_tp1", E, {
    "back": smooth([(233, 712), (243, 707), (253.4, 713), (255, 727), (250.6, 740), (242, 744), (233.6, 739), (231, 726)]),
    "lateral": L and lat([(712, -0.1), (710, 0.16), (726, 0.2), (742, 0.16), (744, -0.1)]),
})
zones("plantaris_tp1", SP, {
    "back": tapered([(242.6, 742), (242, 760), (241, 780), (239.6, 800)], [22, 19, 15, 9]),
    "lateral": L and lat([(742, -0.1), (742, 0.2), (770, 0.22), (798, 0.14), (798, -0.1)]),
})

# Tibialis posterior (Tibialis Posterior Muscle): essential over the Achilles tendon above the heel; spillover
# from mid-calf down over the heel and the whole sole and toes.
zones("tibialis_posterior_tp1", E, {
    "back": tapered([(238.8, 862), (239, 888), (239, 912), (239, 932)], [9.6, 11, 11.6, 13]),
    "lateral": L and lat([(862, -0.2), (860, 0.22), (900, 0.2), (934, 0.16), (934, -0.2)]),
})
zones("tibialis_posterior_tp1", SP, {
    "back": union([smooth([(226, 812), (240, 806), (253, 812), (255.4, 840), (252, 866), (247.4, 888), (247, 922),
                           (252.4, 934), (254.4, 952), (252.6, 970), (246, 981), (238.6, 985), (230.6, 981), (225.4, 966),
                           (224, 948), (226, 932), (226.6, 916), (226.6, 888), (224, 862), (223.4, 836)]),
                   SOLE_ALL]),
    "lateral": L and union([lat([(812, -0.2), (812, 0.34), (850, 0.36), (900, 0.36), (934, 0.32), (934, -0.2)]),
                            smooth([(154, 940), (170, 936), (184, 950), (194, 970), (230, 978), (270, 980), (300, 983),
                                    (302, 992), (150, 992), (148, 962)])]),
})

# Flexor digitorum longus (Long Flexors of Toes): essential in the middle of the plantar forefoot behind the
# lesser toes; spillover into the lesser toes, and at times the medial ankle and calf.
zones("flexor_digitorum_longus_tp1", E, {
    "back": smooth([(321, 928.6), (333, 925.4), (345, 922), (353.6, 924), (355, 935.4), (350, 945.6), (338, 950), (326, 951),
                    (319.6, 944)]),
})
zones("flexor_digitorum_longus_tp1", SP, {
    "back": union([*(sole_toe(i).buffer(0.4) for i in (1, 2, 3, 4)),
                   tapered([(215.6, 826), (216.4, 856), (218.6, 886), (221, 914)], [9, 9.4, 8.6, 9])]),
    "front": tapered([(184, 858), (182.6, 884), (181.6, 910)], [5.6, 6, 7]),
})

# Flexor hallucis longus: essential on the underside of the big toe; spillover under the head of the first
# metatarsal.
zones("flexor_hallucis_longus_tp1", E, {"back": sole_toe(0).buffer(0.4)})
zones("flexor_hallucis_longus_tp1", SP, {"back": oval(309.4, 938.6, 7.8, 9.4)})


# ================================================================ dorsum of the foot
# Extensor digitorum brevis and extensor hallucis brevis (Superficial Intrinsic Foot Muscles): one local oval
# over the lateral dorsum of the midfoot, in front of and below the lateral malleolus.
for _tp in ("extensor_digitorum_brevis_tp1", "extensor_hallucis_brevis_tp1"):
    zones(_tp, E, {
        "front": smooth([(146.8, 925), (153.6, 920.6), (161.4, 924), (166.4, 932.6), (166.4, 942.6), (160.4, 949),
                         (151.4, 949.6), (146, 943), (145.4, 932)]),
        "lateral": L and oval(213, 942, 14, 10, 22),
    })

# Interossei (Deep Intrinsic Foot Muscles): pain along the side of the toe the muscle's tendon joins, spilling
# over the dorsum and the sole of the forefoot. TP1 (first dorsal interosseus): the second toe; TP2: the third
# and fourth toes.
zones("foot_interossei_tp1", E, {
    "front": union([toe("second").buffer(0.5), tapered([(177.2, 958), (177.4, 966), (177.8, 974)], [3, 3, 2.6])]),
    "back": sole_toe(1).buffer(0.4),
})
zones("foot_interossei_tp1", SP, {
    "front": smooth([(171.6, 931), (180, 929), (186, 937.6), (186.4, 951), (181, 960), (172, 960.6), (167.6, 951),
                     (167.6, 939)]),
    "back": oval(320.6, 936, 9, 9.6),
})
zones("foot_interossei_tp2", E, {
    "front": union([toe("third").buffer(0.5), toe("fourth").buffer(0.5)]),
    "back": union([sole_toe(2).buffer(0.4), sole_toe(3).buffer(0.4)]),
})
zones("foot_interossei_tp2", SP, {
    "front": smooth([(153.6, 935), (163, 932.6), (171.4, 937), (172, 950), (168, 960.6), (156, 961), (150.4, 954),
                     (150.6, 943)]),
    "back": oval(339.6, 934, 10, 9.4, -10),
})


# ================================================================ sole
# Abductor hallucis (Superficial Intrinsic Foot Muscles): essential on the inner side of the heel; spillover
# along the instep (the inner border of the sole). All three rows share the pattern.
for _tp in ("abductor_hallucis_tp1", "abductor_hallucis_tp2", "abductor_hallucis_tp3"):
    zones(_tp, E, {
        "back": union([smooth([(311.6, 845), (317, 837.6), (324, 839.6), (326.4, 852), (324.6, 866), (318, 873), (311.6, 869),
                               (310, 857)]),
                       smooth([(222.6, 934), (230, 932), (231.6, 950), (231, 968), (229, 982), (225.6, 974), (223.2, 952)])]),
    })
    zones(_tp, SP, {
        "back": union([tapered([(315, 866), (314, 886), (311.4, 904), (307.6, 917)], [13, 13, 12, 9]),
                       smooth([(207.4, 932), (221.6, 930), (223.4, 950), (224.6, 972), (214, 976), (207, 962)])]),
    })

# Flexor digitorum brevis: essential under the heads of the second to fourth metatarsals.
zones("flexor_digitorum_brevis_tp1", E, {
    "back": smooth([(321.6, 927.6), (332, 924.6), (344, 921.4), (352, 922.6), (353, 933), (346, 944), (334, 948.4),
                    (323, 947.6), (318.6, 938)]),
})

# Abductor digiti minimi (foot): essential under the head of the fifth metatarsal; spillover along the outer
# border of the sole (clinical review: the outer sole, not the arch).
zones("abductor_digiti_minimi_foot_tp1", E, {
    "back": oval(350, 931.6, 6.6, 8.4),
    "lateral": L and smooth([(256, 974), (266, 972), (276, 976), (280, 986), (266, 990), (254, 988)]),
})
zones("abductor_digiti_minimi_foot_tp1", SP, {
    "back": tapered([(352.4, 926), (351.4, 906), (349.4, 888), (347.6, 873)], [11, 10, 9, 8]),
    "lateral": L and tapered([(206, 982), (226, 982.6), (246, 983.6), (260, 984.6)], [7, 8, 8, 8]),
})

# Quadratus plantae (Deep Intrinsic Foot Muscles): the underside of the heel.
zones("quadratus_plantae_tp1", E, {
    "back": oval(331, 853.4, 15.4, 15.6),
    "lateral": L and smooth([(152, 972), (164, 978), (182, 982), (198, 984), (204, 990), (150, 992)]),
})

# Flexor hallucis brevis (both bellies, one pattern): essential under and inside the head of the first
# metatarsal; spillover over most of the big toe and the second toe.
for _tp in ("flexor_hallucis_brevis_tp1", "flexor_hallucis_brevis_tp2"):
    zones(_tp, E, {"back": smooth([(302.4, 929.6), (309, 925.6), (317, 928.4), (320.4, 937.6), (318.4, 947.6), (310, 951),
                                   (303, 948), (301, 940)])})
    zones(_tp, SP, {"back": union([sole_toe(0).buffer(0.4), sole_toe(1).buffer(0.4)])})

# Adductor hallucis (both heads, one pattern): across the ball of the foot under the first to fourth metatarsal
# heads.
for _tp in ("adductor_hallucis_tp1", "adductor_hallucis_tp2"):
    zones(_tp, E, {"back": smooth([(304, 930), (316, 926.6), (330, 925.6), (344, 921.6), (351, 925), (349, 938), (338, 946),
                                   (322, 949), (309, 949), (302, 942)])})
