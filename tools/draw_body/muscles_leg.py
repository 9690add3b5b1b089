"""Muscle shapes: leg, ankle and foot (front view: person's right at x < 200; back view: x > 200).

Front view landmarks (right leg): patella (162, 722), tibial tuberosity ~(163, 748), fibular head
~(141, 748), tibial crest running from the tuberosity down to ~(170, 895); the bare medial surface of
the tibia lies medial to the crest. Lateral malleolus ~(148, 915), medial malleolus ~(176, 912).
Back view: x_back = 400 - x_front; the sole inset (plantar view, heel at top, big toe at the viewer's
left) lies around x 302-357, y 832-978.
"""
from shapely.ops import unary_union

from .muscles import add
from .registry import mark
from .shapes import smooth, stroke, tapered, limb


def U(*geoms):
    return unary_union(list(geoms))


# ---------------------------------------------------------------- FRONT VIEW (anterior leg, dorsum)
# Foot: dorsal interossei between the metatarsal shafts (drawn first: tendons pass over them).
add("foot_interossei", "front", U(
    tapered([(172, 943), (173.2, 954), (174, 965)], [3.4, 4.2, 3.0]),   # 1st space (big toe / 2nd toe)
    tapered([(166, 945), (165, 955), (164.2, 965)], [3.0, 3.8, 2.8]),   # 2nd space
    tapered([(160, 946), (158.2, 956), (157, 965)], [2.8, 3.6, 2.6]),   # 3rd space
    tapered([(154, 948), (151.5, 957), (150, 964)], [2.6, 3.4, 2.4]),   # 4th space
), fibers=("parallel", 95), part="dorsal interossei")

# Extensor hallucis brevis: the most medial slip of the short extensor mass, to the big toe.
add("extensor_hallucis_brevis", "front", U(
    tapered([(155, 931), (161, 937), (167, 945), (172, 953)], [5.0, 5.6, 4.4, 2.8]),
    stroke([(171.5, 952), (174.5, 957), (176.3, 963), (177.5, 969)], 1.5),
), fibers=("parallel", 50))
# Extensor digitorum brevis: from the dorsolateral calcaneus in front of the lateral malleolus,
# obliquely forward and medially; its tendons join the long extensor tendons of toes 2-4.
add("extensor_digitorum_brevis", "front", U(
    smooth([(145, 933), (149, 928.5), (155, 934), (160, 942), (163, 949), (161, 955), (156, 956),
            (151, 953), (147, 946), (143.5, 939)]),
    stroke([(160.5, 951), (164, 954.5), (167, 957.5)], 1.4),
    stroke([(156, 953), (158.5, 955.5), (160.5, 958.5)], 1.3),
    stroke([(150.5, 951), (152.5, 954), (154, 957.5)], 1.2),
), fibers=("parallel", 58))

# Tibialis anterior: lateral condyle and upper two-thirds of the lateral tibial surface, just lateral
# to the crest; tendon crosses the front of the ankle medially to the medial cuneiform / 1st metatarsal.
add("tibialis_anterior", "front", U(
    smooth([(155, 741), (162, 743), (166.5, 752), (168.5, 770), (169.5, 795), (170, 820), (170, 845),
            (169.5, 866), (167.5, 880), (163.5, 874), (160, 852), (156.5, 828), (153.5, 800),
            (152, 775), (152, 755)]),
    stroke([(167, 872), (168.5, 892), (172, 912), (176.5, 927), (179.5, 938)], 4.2),
), fibers=("parallel", 86))

# Extensor digitorum longus: lateral tibial condyle and anterior fibula, between tibialis anterior and
# the fibulares; long narrow belly, tendon splits on the dorsum to toes 2-5.
add("extensor_digitorum_longus", "front", U(
    smooth([(145, 746), (150.5, 744), (152.5, 758), (153.5, 785), (155.5, 812), (156.5, 830),
            (157.5, 850), (159, 870), (159, 884), (156, 888), (153, 870), (149.5, 845), (146, 815),
            (144, 790), (143.5, 765)]),
    stroke([(157.5, 880), (158.5, 900), (159.5, 918), (160.5, 930)], 3.2),
    stroke([(160.5, 930), (165.5, 946), (168, 962), (168.5, 978)], 1.6),
    stroke([(160.5, 930), (162, 946), (161, 962), (159, 979)], 1.5),
    stroke([(160, 930), (156.5, 946), (154, 960), (151.5, 977)], 1.4),
    stroke([(159.5, 930), (151, 946), (147.5, 959), (145, 974)], 1.3),
), fibers=("parallel", 88))

# Extensor hallucis longus: middle of the fibula, deep; appears between tibialis anterior and EDL in
# the lower half; tendon to the distal phalanx of the big toe.
add("extensor_hallucis_longus", "front", U(
    smooth([(157.5, 815), (160.5, 832), (163, 852), (165, 870), (165, 884), (162, 890), (159.5, 884),
            (158.5, 862), (156.5, 838)]),
    stroke([(163, 886), (164.5, 906), (167.5, 926), (173.5, 945), (178.5, 963), (181, 982)], 2.4),
), fibers=("parallel", 82))

# Fibularis longus: head and upper two-thirds of the lateral fibula, on the outer edge; its tendon
# runs down the lateral edge behind the lateral malleolus.
add("fibularis_longus", "front", U(
    smooth([(138, 742), (145, 744), (146, 760), (145.5, 785), (145, 810), (143.5, 832), (141, 852),
            (138.5, 866), (136, 850), (132, 815), (132, 780), (134, 755)]),
    stroke([(139, 860), (141.5, 880), (145, 900), (147.5, 912)], 2.4),
), fibers=("parallel", 92))

# Fibularis brevis: lower two-thirds of the lateral fibula, deep to the longus; shows at the outer
# edge of the lower leg just in front of the longus tendon.
add("fibularis_brevis", "front", smooth([
    (145.5, 818), (147.5, 835), (149, 855), (149.5, 875), (149.5, 893), (148.5, 905), (146, 900),
    (143, 888), (140, 870), (139, 855), (142, 838)]), fibers=("parallel", 92))

# Fibularis tertius: lower anterior fibula, the lateral part of EDL, tendon to the 5th metatarsal base.
add("fibularis_tertius", "front", U(
    smooth([(150, 852), (152.5, 868), (155.5, 884), (156, 896), (153.5, 903), (150.5, 896),
            (150, 878), (149.5, 862)]),
    stroke([(154, 898), (155, 915), (152, 932), (147, 946)], 1.8),
), fibers=("parallel", 85))

# Medial edge: the medial head of the gastrocnemius and, lower, the soleus peek out behind the
# bare medial surface of the tibia.
add("gastrocnemius", "front", smooth([
    (184, 740), (186.5, 755), (189, 780), (189, 805), (187.5, 825), (185, 834), (184, 815),
    (183.5, 785), (183, 760)]), fibers=("parallel", 92), part="medial head")
add("soleus", "front", smooth([
    (185.5, 822), (187, 840), (185, 860), (182, 878), (179, 892), (177.5, 884), (180, 864),
    (182, 845), (183.5, 830)]), fibers=("parallel", 100))


# ---------------------------------------------------------------- BACK VIEW (posterior leg)
# Deep layer (dashed): tibialis posterior in the middle, FDL medial, FHL lateral-lower, plantaris.
add("tibialis_posterior", "back", U(
    smooth([(236, 752), (243, 749), (250, 753), (251, 775), (249.5, 805), (246.5, 835), (243, 860),
            (239.5, 874), (236, 862), (234.5, 830), (233.5, 800), (233.5, 770)]),
    stroke([(239, 868), (236, 885), (231, 900), (227, 912), (225, 926)], 2.0),
), depth="deep", fibers=("parallel", 92))
add("flexor_digitorum_longus", "back", U(
    smooth([(226, 768), (231.5, 766), (233, 790), (233, 820), (232.5, 850), (231, 870), (229, 882),
            (225.5, 876), (223, 850), (222, 820), (223, 792)]),
    stroke([(229, 878), (229, 895), (228.5, 910), (228, 926)], 1.8),
), depth="deep", fibers=("parallel", 95))
add("flexor_hallucis_longus", "back", U(
    smooth([(252, 796), (257.5, 802), (258.5, 825), (256.5, 850), (252, 872), (246.5, 889),
            (241.5, 893), (240.5, 880), (243.5, 858), (246.5, 832), (248.5, 808)]),
    stroke([(243, 888), (238, 902), (234.5, 916), (232.5, 930)], 2.0),
), depth="deep", fibers=("parallel", 100))
add("plantaris", "back", U(
    tapered([(256, 701), (251, 712), (245, 724), (240, 734)], [5.0, 6.0, 5.0, 2.4]),
    stroke([(240, 734), (236, 760), (234.5, 800), (234, 840), (234, 870), (234.5, 895)], 1.2),
), depth="deep", fibers=("parallel", 118))

# Gastrocnemius: two heads from the femoral condyles (lower borders of the popliteal fossa), forming
# the calf bulge; they join the calcaneal (Achilles) tendon.
GASTRO_MED = smooth([
    (222, 700), (228, 701), (233, 709), (237, 724), (239.5, 745), (240, 770), (239.5, 800),
    (238, 826), (236, 848), (231, 852), (225, 842), (218, 826), (213.5, 805), (212, 780),
    (213.5, 752), (216.5, 727), (219, 710)])
GASTRO_LAT = smooth([
    (252, 700), (257.5, 703), (260, 716), (261.5, 740), (260.5, 764), (257.5, 788), (253, 808),
    (248, 822), (243, 833), (240.5, 828), (240.5, 800), (241, 770), (241.5, 745), (243.5, 724),
    (247.5, 709)])
ACHILLES = tapered([(238, 838), (238.5, 862), (238.5, 890), (238, 915), (238, 934), (238, 944)],
                   [14, 9, 6.5, 6.2, 7.5, 10]).difference(U(GASTRO_MED, GASTRO_LAT))
add("gastrocnemius", "back", GASTRO_MED, fibers=("fan", (236, 900)), part="medial head")
add("gastrocnemius", "back", GASTRO_LAT, fibers=("fan", (240, 900)), part="lateral head")
add("gastrocnemius", "back", ACHILLES, fibers=("parallel", 90), part="calcaneal tendon")

# Soleus: broad, deep to the gastrocnemius; shows on both sides below the heads and beside the tendon.
SOLEUS_FULL = smooth([
    (220, 768), (230, 755), (245, 750), (257, 748), (263, 760), (267, 790), (265, 825), (259, 858),
    (252, 882), (245, 902), (238, 910), (231, 902), (225, 884), (219, 860), (214, 830), (212, 800),
    (214, 782)])
SOLEUS_VISIBLE = SOLEUS_FULL.difference(U(GASTRO_MED, GASTRO_LAT, ACHILLES).buffer(0.2))
add("soleus", "back", SOLEUS_VISIBLE, fibers=("fan", (238, 930)))


# ---------------------------------------------------------------- SOLE INSET (right sole, plantar view)
# Heel at the top (y ~832), toes at the bottom; big toe (medial) at the viewer's left.
add("quadratus_plantae", "back", smooth([
    (318, 852), (326, 848), (336, 849), (342, 855), (341, 872), (337, 890), (331, 900), (325, 894),
    (320, 880), (318, 866)]), depth="deep", fibers=("fan", (331, 902)))
add("adductor_hallucis", "back", U(
    tapered([(340, 904), (333, 918), (324, 934), (315, 947)], [10, 11, 8, 4.5]),   # oblique head
    tapered([(350, 943), (340, 946), (328, 948), (315, 950)], [5, 5.5, 5, 4]),      # transverse head
), depth="deep", fibers=("fan", (313, 950)))

add("abductor_hallucis", "back", U(
    smooth([(317, 839), (322, 845), (322.5, 862), (320.5, 884), (315.5, 905), (311.5, 922), (309, 938),
            (307.5, 946), (303.5, 938), (305, 920), (309, 898), (311.5, 875), (311.5, 856)]),
    stroke([(307.5, 940), (306.5, 950), (306.5, 958)], 3.2),
), fibers=("parallel", 95))
add("abductor_digiti_minimi_foot", "back", smooth([
    (338, 836), (346, 842), (350, 858), (349.5, 880), (352.5, 905), (356, 930), (355, 945),
    (350, 948), (346.5, 930), (343, 905), (340, 882), (338, 860), (336.5, 845)]),
    fibers=("parallel", 85))
add("flexor_digitorum_brevis", "back", U(
    smooth([(324, 845), (331, 843), (337, 846), (340, 865), (342, 890), (343.5, 912), (339, 922),
            (330, 924), (322, 920), (320, 900), (322.5, 875), (323, 858)]),
    stroke([(324.5, 918), (324, 940), (323, 964)], 2.4),
    stroke([(330.5, 921), (331.5, 940), (332, 962)], 2.3),
    stroke([(336.5, 920), (339, 938), (341, 959)], 2.2),
    stroke([(341.5, 914), (345.5, 932), (349.5, 954)], 2.0),
), fibers=("parallel", 90))
add("flexor_hallucis_brevis", "back", U(
    smooth([(317, 904), (321.5, 910), (323.5, 924), (322.5, 940), (319, 952), (313.5, 957), (310, 951),
            (310.5, 938), (313, 922), (314.5, 910)]),
), fibers=("parallel", 96))


# ---------------------------------------------------------------- trigger points
# Where each trigger point is drawn (person's right side); the first view given is its own.
mark("tibialis_anterior_tp1", "front", (162.5, 790))
mark("fibularis_longus_tp1", "front", (140, 764))
mark("fibularis_brevis_tp1", "front", (147.5, 866))
mark("fibularis_brevis_tp2", "front", (143.5, 861))
mark("fibularis_tertius_tp1", "front", (153, 885))
mark("gastrocnemius_tp1", "back", (224, 768))
mark("gastrocnemius_tp2", "back", (253, 760))
mark("gastrocnemius_tp3", "back", (225, 728))
mark("gastrocnemius_tp4", "back", (254, 728))
mark("soleus_tp1", "back", (227, 868))
mark("soleus_tp2", "back", (262.5, 790))
mark("soleus_tp3", "back", (247, 852))
mark("plantaris_tp1", "back", (244.5, 725))
mark("tibialis_posterior_tp1", "back", (242, 785))
mark("extensor_digitorum_longus_tp1", "front", (148.5, 790))
mark("extensor_hallucis_longus_tp1", "front", (161.3, 864))
mark("flexor_digitorum_longus_tp1", "back", (227, 785))
mark("flexor_hallucis_longus_tp1", "back", (248.5, 875))
mark("extensor_digitorum_brevis_tp1", "front", (151, 940))
mark("extensor_hallucis_brevis_tp1", "front", (163, 942))
mark("abductor_hallucis_tp1", "back", (317.5, 857))
mark("abductor_hallucis_tp2", "back", (316.5, 878))
mark("abductor_hallucis_tp3", "back", (314.5, 895))
mark("flexor_digitorum_brevis_tp1", "back", (331, 890))
mark("abductor_digiti_minimi_foot_tp1", "back", (346, 895))
mark("quadratus_plantae_tp1", "back", (330, 868))
mark("flexor_hallucis_brevis_tp1", "back", (314.5, 930))
mark("flexor_hallucis_brevis_tp2", "back", (320.5, 928))
mark("adductor_hallucis_tp1", "back", (332, 920))
mark("adductor_hallucis_tp2", "back", (336, 946.5))
mark("foot_interossei_tp1", "front", (173.6, 960))
mark("foot_interossei_tp2", "front", (164.6, 961))
