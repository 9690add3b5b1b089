"""Muscle shapes: leg, ankle and foot (front view: person's right at x < 200; back view: x > 200; the sole
insets of the back view, soles.py).

Front view landmarks (right leg): patella (162, 722), tibial tuberosity ~(163, 748), fibular head
~(139, 748); the tibial crest runs from the tuberosity down to the front of the medial malleolus, and the
bare medial surface of the tibia (drawn as bone) lies between it and the medial calf. Lateral malleolus
~(147, 912), lower than the medial malleolus ~(181, 905). The dorsum of the foot is foreshortened: ankle
y ~905, metatarsal heads y ~962, toe tips y ~973-986 (body.FOOT_TOES).
Back view: x_back = 400 - x_front; knee crease y 722, the gastrocnemius heads from the femoral condyles
(y ~700), the calcaneal tendon to the heel (y ~945). Sole inset (plantar view, heel at the top, big toe at
the viewer's left): soles.SOLE, x 302-356, y 832-975.

Where one muscle passes over another, the lower one is cut back along the upper one's edge (`under`), so
the layering reads the same whatever order the build draws them in.
"""
from shapely.geometry import Polygon as P
from shapely.ops import unary_union

from .muscles import add
from .registry import landmark, mark
from .shapes import smooth, stroke, tapered
from . import soles as S

GAP = 0.45      # the hairline of skin left where a muscle is cut back under another


def U(*geoms):
    return unary_union(list(geoms))


def under(geom, *over, gap: float = GAP, crumbs: float = 2.5):
    """The part of `geom` not covered by the shapes lying over it (without the crumbs a cut leaves)."""
    rest = geom.difference(U(*over).buffer(gap)).buffer(0)
    return U(*(g for g in getattr(rest, "geoms", [rest]) if g.area >= crumbs))


# ================================================================ FRONT VIEW (anterior leg, dorsum of the foot)
# Retinacula: the superior extensor retinaculum across the leg just above the malleoli, and the Y-shaped
# inferior one over the front of the ankle (from the calcaneus in front of the lateral malleolus, one limb to
# the medial malleolus, one to the medial border of the foot). The tendons run under them: cut back there.
SUP_RETINACULUM = smooth([(139, 880.6), (160, 879.2), (181.4, 875.8), (182, 879.6), (160, 882.8), (139.4, 884.4)])
INF_RETINACULUM = U(
    stroke([(147.2, 925.6), (153.6, 922.8), (160, 919.6)], 2.4),                                   # stem (calcaneus)
    stroke([(160, 919.6), (167, 915.4), (174.4, 911.2), (181.2, 907.4)], 2.0),                     # to the medial malleolus
    stroke([(160, 919.6), (168.4, 922), (177.4, 925.4), (188.4, 929.2)], 1.9),                     # to the medial border
)
RETINACULA = U(SUP_RETINACULUM, INF_RETINACULUM)

# Tendons on the dorsum (front view), medial to lateral.
TA_TENDON = tapered([(168.3, 860), (170.2, 877), (173, 893), (177.3, 907), (182.2, 920), (186.4, 931), (189, 938)],
                    [5.0, 4.4, 4.0, 3.7, 3.5, 3.3, 3.0])
EHL_TENDON = tapered([(163.6, 872), (165.4, 888), (168, 903), (171.8, 918), (177.4, 929.6), (182.6, 940),
                      (185, 950), (185.9, 961), (186.1, 970), (186.2, 977)], [3.0, 2.5, 2.2, 2.1, 2.0, 1.9, 1.8, 1.7, 1.6, 1.5])
EDL_TENDON = tapered([(157.8, 872), (158.6, 888), (159.4, 903), (160, 915)], [4.4, 3.6, 3.3, 3.3])
EDL_SLIPS = [   # to toes 2-5, diverging under the inferior retinaculum, then each along its metatarsal
    tapered([(160.6, 913), (166.4, 923.6), (172.4, 934), (172.8, 945), (172.3, 957), (171.8, 970), (171.6, 978)],
            [1.4, 1.35, 1.3, 1.25, 1.18, 1.08, 1.0]),
    tapered([(160, 914), (163.4, 924.6), (166, 935.4), (165.2, 947), (164, 958.5), (163.4, 970), (163.2, 977.5)],
            [1.4, 1.33, 1.27, 1.2, 1.13, 1.05, 0.98]),
    tapered([(159.3, 914), (159.3, 925), (159.2, 937), (158, 948), (156.4, 958.5), (155.8, 969), (155.4, 976.5)],
            [1.33, 1.27, 1.2, 1.13, 1.06, 0.99, 0.92]),
    tapered([(158.6, 914), (155.8, 925), (152.8, 937), (150.8, 947), (149.1, 956.5), (148.4, 966), (148.1, 973)],
            [1.25, 1.18, 1.1, 1.03, 0.97, 0.9, 0.84]),
]
FT_TENDON = tapered([(153.8, 884), (154.2, 898), (153, 912), (150.2, 924), (146.8, 935), (144.4, 944)],
                    [2.6, 2.2, 2.0, 1.9, 1.9, 2.0])
FL_TENDON_FRONT = tapered([(139.6, 846), (141.4, 866), (143.6, 884), (145.6, 898), (146.8, 906)], [4.6, 3.6, 3.0, 2.7, 2.4])
DORSAL_TENDONS = U(TA_TENDON, EHL_TENDON, EDL_TENDON, *EDL_SLIPS, FT_TENDON)

# Tibialis anterior: lateral tibial condyle and the upper two thirds of the lateral tibial surface, just
# lateral to the crest (its medial edge follows the crest); the tendon crosses the front of the ankle to the
# medial border of the foot (medial cuneiform, base of the first metatarsal).
TA_BELLY = smooth([(154.4, 745.5), (159, 742.5), (163.5, 744), (167.3, 752), (169.5, 768), (170.6, 792),
                   (171, 818), (170.6, 842), (169.6, 858), (168.3, 868), (166, 870), (163, 862), (159.6, 848),
                   (156.3, 830), (153.6, 808), (152.2, 786), (152.2, 764)])
TA = under(U(TA_BELLY, TA_TENDON), RETINACULA)
add("tibialis_anterior", "front", TA, tendon=under(TA_TENDON.difference(TA_BELLY.buffer(-0.5)), RETINACULA),
    fibers=("loft", [(154, 748), (158.5, 743.5), (163, 744.5), (167.3, 752)],
            [(164.6, 866), (166.2, 866), (167.4, 864), (168.3, 860)],
            [(152.6, 800), (158, 800), (164, 800), (170.4, 800)]))

# Extensor digitorum longus: lateral tibial condyle and the anterior fibula, between tibialis anterior and
# the fibular muscles; the tendon splits on the dorsum into four slips to toes 2-5.
EDL_BELLY = smooth([(146.6, 746.5), (150.5, 745), (153.4, 747.5), (152.3, 768), (152.5, 792), (153.8, 812),
                    (156, 830), (158.4, 846), (159.6, 860), (159.4, 874), (157.6, 878), (155.6, 872), (153.6, 858),
                    (151.4, 842), (149.2, 822), (147.4, 800), (146.2, 776)])
EDL = under(U(EDL_BELLY, EDL_TENDON, *EDL_SLIPS), RETINACULA)
add("extensor_digitorum_longus", "front", EDL,
    tendon=under(U(EDL_TENDON, *EDL_SLIPS).difference(EDL_BELLY.buffer(-0.5)), RETINACULA),
    fibers=("loft", [(146.8, 750), (150.4, 745.5), (153.2, 748.5)], [(156.4, 874), (157.6, 875), (158.8, 873)],
            [(147.2, 810), (150.6, 812), (154, 814)]))

# Extensor hallucis longus: the middle of the fibula, deep; it comes to the surface between tibialis anterior
# and EDL in the lower third; its tendon runs over the first metatarsal to the distal phalanx of the big toe.
EHL_BELLY = smooth([(156.8, 822), (159.2, 832), (162.2, 846), (164.6, 860), (165, 872), (163.4, 880),
                    (161.4, 874), (159.6, 858), (157.8, 840)])
EHL = under(U(EHL_BELLY, EHL_TENDON), RETINACULA, TA_BELLY)
add("extensor_hallucis_longus", "front", EHL,
    tendon=under(EHL_TENDON.difference(EHL_BELLY.buffer(-0.5)), RETINACULA),
    fibers=("loft", [(156.8, 824), (158.4, 828)], [(163.2, 876), (164.4, 872)]))

# Fibularis tertius: the lower anterior fibula, the lateral part of the EDL mass; tendon to the dorsal base of
# the fifth metatarsal.
FT_BELLY = smooth([(148.6, 838), (151.4, 846), (154.4, 860), (155.6, 874), (155, 886), (153.2, 890),
                   (150.8, 880), (148.8, 864), (147.6, 850)])
FT = under(U(FT_BELLY, FT_TENDON), RETINACULA, EDL_BELLY)
add("fibularis_tertius", "front", FT, tendon=under(FT_TENDON.difference(FT_BELLY.buffer(-0.5)), RETINACULA),
    fibers=("loft", [(147.8, 842), (149.8, 843)], [(153.4, 887), (155, 884)]))

# Fibularis longus: head and upper two thirds of the lateral fibula, the outer edge of the leg; its tendon
# runs down the outer edge to pass behind the lateral malleolus.
FL_BELLY = smooth([(134, 744), (140, 742.5), (146.6, 746.5), (146.2, 770), (145.6, 796), (144.4, 818),
                   (142.6, 836), (140.8, 852), (138.6, 858), (133, 852), (130, 820), (130, 780)])
add("fibularis_longus", "front", under(U(FL_BELLY, FL_TENDON_FRONT), SUP_RETINACULUM),
    tendon=under(FL_TENDON_FRONT.difference(FL_BELLY.buffer(-0.5)), SUP_RETINACULUM),
    fibers=("loft", [(134, 746), (140, 743.5), (146.4, 747)], [(139, 852), (140, 853), (141, 852)]))

# Fibularis brevis: the lower two thirds of the lateral fibula, deep to the longus; it shows on the outer
# edge of the lower leg in front of the longus tendon, down to the malleolus.
FB = smooth([(144.4, 814), (146.8, 826), (148.6, 842), (150.2, 860), (151.2, 876), (150.4, 890), (148.6, 902),
             (146.6, 906), (144, 898), (141, 884), (138.6, 866), (139.6, 846), (142, 828)])
add("fibularis_brevis", "front", under(FB, FL_TENDON_FRONT, FT_BELLY, SUP_RETINACULUM),
    fibers=("loft", [(139.4, 848), (142.4, 826), (144.4, 814)], [(145.4, 905), (147.4, 900), (150.6, 884)]))

# The medial edge: the medial head of the gastrocnemius and, lower, the soleus show behind the bare medial
# surface of the tibia.
add("gastrocnemius", "front", smooth([
    (182.6, 742), (185.6, 752), (189.5, 772), (191.5, 796), (190, 818), (186.6, 834), (184, 830), (182.6, 808),
    (181.6, 784), (181.4, 760)]), part="medial head",
    fibers=("loft", [(181.6, 746), (184, 748)], [(185, 832), (187.4, 830)]))
add("soleus", "front", smooth([
    (184.2, 820), (188.6, 832), (187.4, 848), (184.4, 864), (181.2, 880), (179.2, 890), (176.6, 886),
    (178.2, 868), (180.4, 850), (182, 834)]),
    fibers=("loft", [(182.4, 826), (186, 830)], [(177.6, 886), (180, 884)]))

# ---- dorsum of the foot
# Short extensors: from the dorsolateral calcaneus in front of the lateral malleolus, obliquely forward and
# medially under the long tendons; EHB (the most medial slip) to the base of the big toe, EDB to the long
# tendons of toes 2-4.
EHB_TENDON = tapered([(170.2, 942), (175.4, 947.4), (179.4, 952.4), (181.4, 957)], [1.6, 1.45, 1.3, 1.2])
EHB_GEOM = U(tapered([(151.6, 927), (158, 931.8), (164.8, 937.4), (170.2, 942)], [4.6, 5.4, 4.6, 2.4]), EHB_TENDON)
EDB_TENDONS = U(
    tapered([(161.4, 942), (166.4, 946.6), (169.8, 951), (171, 955.4)], [1.5, 1.35, 1.25, 1.1]),
    tapered([(158.4, 945.6), (161, 949.6), (162.4, 953.4), (163.2, 956.6)], [1.45, 1.3, 1.2, 1.1]),
    tapered([(153.6, 946.8), (154.8, 950.4), (155.4, 953.4), (155.8, 956)], [1.4, 1.3, 1.2, 1.05]),
)
EDB_BELLY = smooth([(144.6, 929), (148.6, 925.6), (153.4, 928.6), (157.6, 933), (161.2, 938.6), (163, 943),
                    (159.8, 947), (155, 948), (150.6, 946.4), (146.8, 941.6), (144.2, 935.6)])
EDB_GEOM = U(EDB_BELLY, EDB_TENDONS)
add("extensor_hallucis_brevis", "front", under(EHB_GEOM, DORSAL_TENDONS, INF_RETINACULUM),
    tendon=under(EHB_TENDON, DORSAL_TENDONS),
    fibers=("loft", [(151.2, 925.6), (152.6, 929.6)], [(169.4, 940.4), (170.6, 943.6)]))
add("extensor_digitorum_brevis", "front", under(EDB_GEOM, DORSAL_TENDONS, INF_RETINACULUM, EHB_GEOM),
    tendon=under(EDB_TENDONS, DORSAL_TENDONS, EHB_GEOM),
    fibers=("loft", [(144.6, 932), (147.2, 927.6), (149.2, 926.6)], [(154.6, 948), (158.6, 947), (162, 944)]))

# Dorsal interossei between the metatarsal shafts (the tendons pass over them).
INTEROSSEI_FRONT = U(      # in the spaces between the metatarsals, distally (the long tendons run on the bones)
    tapered([(178.6, 934), (179.4, 944), (179.6, 953.6)], [3.6, 4.8, 3.4]),   # 1st space (big toe / 2nd toe)
    tapered([(170.4, 937), (169.8, 946), (168.4, 955.4)], [3.2, 4.2, 3.0]),   # 2nd space
    tapered([(162.8, 939.4), (162, 948), (160.4, 956.4)], [3.0, 4.0, 2.8]),   # 3rd space
    tapered([(155.6, 941.4), (154.4, 949), (152.8, 955.6)], [2.8, 3.6, 2.6]), # 4th space
)
add("foot_interossei", "front", under(INTEROSSEI_FRONT, DORSAL_TENDONS, EHB_GEOM, EDB_GEOM),
    part="dorsal interossei", fibers=("loft", [(178.6, 934), (170.4, 937), (162.8, 939.4), (155.6, 941.4)],
                                      [(179.6, 953.6), (168.4, 955.4), (160.4, 956.4), (152.8, 955.6)]))


# ================================================================ BACK VIEW (posterior leg)
# Deep layer (dashed on the surface; drawn in full on the deep layer): tibialis posterior in the middle on
# the interosseous membrane, flexor digitorum longus medially on the tibia, flexor hallucis longus laterally
# on the lower fibula; their tendons pass behind the medial malleolus (tibialis posterior most medial, then
# FDL, then FHL). Plantaris: a small belly from the lateral femoral condyle, a long thin tendon down the
# medial side of the calcaneal tendon. The popliteus above them belongs to the knee (muscles_hip).
FDL_BELLY = smooth([(225.4, 770), (229, 771), (231.4, 784), (232.6, 806), (232.4, 832), (231, 856), (229.2, 874),
                    (227.4, 884), (224.6, 878), (222, 858), (220.8, 830), (221.4, 802), (223, 782)])
FDL_TENDON = tapered([(227.4, 878), (226.2, 893), (224.8, 904), (223.6, 913), (223.2, 922)], [2.8, 2.4, 2.3, 2.2, 2.2])
FHL_BELLY = smooth([(252, 790), (257.4, 795), (259.4, 814), (258.8, 840), (256, 864), (251.4, 884), (245.4, 897),
                    (240.4, 902), (237.8, 894), (239.6, 872), (242.6, 848), (245.6, 822), (248.6, 800)])
FHL_TENDON = tapered([(240.6, 896), (236, 905), (232, 912), (228.6, 919), (227, 926)], [3.4, 3.0, 2.7, 2.6, 2.5])
TP_BELLY = smooth([(236, 757), (241, 753.6), (246.6, 756), (250, 770), (250.4, 796), (248.4, 822), (245, 846),
                   (241.4, 864), (238.6, 872), (235.4, 862), (233, 838), (232, 810), (232.4, 782)])
TP_TENDON = tapered([(238.4, 864), (233.6, 880), (228.8, 893), (224, 903), (221.2, 912), (220, 920)],
                    [3.4, 2.9, 2.7, 2.6, 2.5, 2.4])
# tibialis posterior lies deepest (FDL and FHL over it; its tendon crosses under the FDL tendon above the ankle)
TP = under(U(TP_BELLY, TP_TENDON), FDL_BELLY, FDL_TENDON, FHL_BELLY)
TP_TENDON_VISIBLE = under(TP_TENDON.difference(TP_BELLY.buffer(-0.5)), FDL_TENDON)
_TP_MEDIAL = P([(200, 740), (241.2, 740), (241, 800), (240, 835), (238.8, 866), (240, 990), (200, 990)])
# bipennate: the fibres of each half run obliquely down onto the central tendon
add("tibialis_posterior", "back", TP & _TP_MEDIAL, depth="deep", part="medial half", tendon=TP_TENDON_VISIBLE & _TP_MEDIAL,
    fibers=("loft", [(233.4, 768), (232.2, 796), (232.6, 824), (234.6, 852)], [(240.8, 784), (240.6, 812), (240, 840), (238.8, 868)]))
add("tibialis_posterior", "back", TP.difference(_TP_MEDIAL), depth="deep", part="lateral half",
    tendon=TP_TENDON_VISIBLE.difference(_TP_MEDIAL),
    fibers=("loft", [(249, 770), (250.2, 796), (249.4, 822), (246.4, 846)], [(241, 784), (240.8, 812), (240.2, 840), (239, 866)]))
# flexor digitorum longus: unipennate, from the back of the tibia onto a tendon along its outer edge
add("flexor_digitorum_longus", "back", U(FDL_BELLY, FDL_TENDON), depth="deep",
    tendon=FDL_TENDON.difference(FDL_BELLY.buffer(-0.5)),
    fibers=("loft", [(224.4, 776), (221.8, 796), (220.8, 824), (221.6, 852), (224, 874)],
            [(229.6, 792), (231.4, 816), (231, 842), (229.6, 866), (227.6, 886)]))
# flexor hallucis longus: the bulkiest deep muscle, from the lower fibula onto a tendon along its inner edge
add("flexor_hallucis_longus", "back", U(FHL_BELLY, FHL_TENDON), depth="deep",
    tendon=FHL_TENDON.difference(FHL_BELLY.buffer(-0.5)),
    fibers=("loft", [(256, 794), (259.2, 814), (258.8, 840), (256, 864), (251, 885)],
            [(247.4, 820), (244.6, 846), (242.2, 870), (240.4, 890), (239.2, 902)]))

PLANTARIS_BELLY = tapered([(256.4, 700), (252.4, 710), (247.4, 721), (242.6, 731)], [5.2, 6.2, 5.4, 2.6])
PLANTARIS_TENDON = tapered([(243, 730), (238.2, 752), (235.2, 780), (233.8, 820), (233.2, 860), (233, 900),
                            (233.6, 936)], [1.4, 1.3, 1.2, 1.2, 1.2, 1.2, 1.3])
add("plantaris", "back", U(PLANTARIS_BELLY, PLANTARIS_TENDON), depth="deep",
    tendon=PLANTARIS_TENDON.difference(PLANTARIS_BELLY.buffer(-0.3)),
    fibers=("loft", [(255, 698), (258.4, 702)], [(241.8, 731), (243.4, 732)]))

# Gastrocnemius: two heads from the femoral condyles, forming the lower borders of the popliteal fossa and the
# calf bulge (the medial head bigger and lower); they end on a broad aponeurosis that narrows into the
# calcaneal (Achilles) tendon.
GASTRO_MED = smooth([
    (223.4, 700), (229, 701.5), (233.6, 710), (237.4, 727), (239.2, 750), (239.6, 778), (239, 806), (237.4, 828),
    (234.6, 846), (230.6, 856), (226, 853), (220.6, 840), (215.4, 822), (212.4, 800), (211.6, 776), (213, 750),
    (216, 726), (219.6, 708)])
GASTRO_LAT = smooth([
    (252, 700), (257.6, 703.5), (260.6, 718), (262.6, 742), (262.4, 766), (259.8, 790), (255.6, 810),
    (250.6, 826), (245.6, 836), (242.4, 834), (240.6, 812), (240.4, 784), (241, 756), (243, 730), (247, 710)])
CALCANEAL_TENDON = U(
    smooth([(231, 846), (236, 832), (240, 818), (244, 830), (249.4, 826), (247.6, 840), (243.8, 856), (242.2, 872),
            (241.8, 888), (236.6, 888), (236, 872), (234.4, 858)]),                  # aponeurosis below the heads
    tapered([(239.2, 870), (239.2, 890), (239, 910), (238.8, 928), (238.8, 940)], [7.6, 6.6, 6.2, 7.0, 10.2]),
).difference(U(GASTRO_MED, GASTRO_LAT))
add("gastrocnemius", "back", GASTRO_MED, part="medial head",
    fibers=("loft", [(219.6, 706), (223.4, 700.5), (229, 701.6), (233.6, 710), (237.6, 728)],
            [(221, 846), (226, 853), (230.6, 855.6), (234.6, 846), (237.6, 828)],
            [(212.4, 780), (219, 780), (226, 780), (233, 780), (239.4, 780)]))
add("gastrocnemius", "back", GASTRO_LAT, part="lateral head",
    fibers=("loft", [(243, 730), (247, 710), (252, 700.2), (257.6, 703.6), (260.6, 718)],
            [(241.6, 822), (243.6, 836), (246.6, 834.6), (250.6, 826), (255.6, 810)],
            [(240.6, 770), (246, 770), (252, 770), (257, 770), (262.2, 770)]))
add("gastrocnemius", "back", CALCANEAL_TENDON, part="calcaneal tendon", tendon=CALCANEAL_TENDON, fibers=("none",))

# Fibularis longus and brevis at the outer edge of the lower leg, their tendons passing behind the lateral
# malleolus (longus behind brevis).
FL_BACK = tapered([(264.4, 818), (263, 840), (261, 860), (258.8, 878), (256.8, 894), (255.6, 906), (255.2, 914)],
                  [5.4, 5.0, 4.4, 3.8, 3.4, 3.0, 2.8])
FB_BACK = smooth([(258.4, 844), (260.6, 856), (259.4, 872), (257, 888), (255, 902), (252.6, 908), (250.2, 900),
                  (251.2, 882), (254, 862)])
# Soleus: broad, under the gastrocnemius; shows on both sides below the heads and beside the tendon, its fibres
# converging on the tendon down to just above the ankle.
SOLEUS_FULL = smooth([
    (222, 770), (230, 758), (244, 752), (257, 748), (264, 760), (268, 790), (266.6, 824), (261.6, 856),
    (255.6, 880), (249, 898), (242.6, 909), (236.4, 909), (230.6, 900), (225, 884), (219.6, 862), (215, 834),
    (212, 806), (213.6, 784)])
SOLEUS_VISIBLE = under(SOLEUS_FULL, GASTRO_MED, GASTRO_LAT, CALCANEAL_TENDON, FL_BACK, FB_BACK, gap=0.2)
SOLEUS_MED = SOLEUS_VISIBLE.intersection(smooth([(200, 760), (239, 760), (239, 920), (200, 920)], samples=2))
SOLEUS_LAT = SOLEUS_VISIBLE.difference(SOLEUS_MED)
add("soleus", "back", SOLEUS_MED, part="medial part",
    fibers=("loft", [(212.6, 800), (215, 830), (219.4, 860), (225, 884)], [(233.4, 852), (236, 872), (236.4, 890), (237, 905)]))
add("soleus", "back", SOLEUS_LAT, part="lateral part",
    fibers=("loft", [(266, 790), (266, 826), (261.6, 856), (255.6, 880)], [(244, 836), (242.6, 862), (242, 884), (241.6, 905)]))

add("fibularis_longus", "back", FL_BACK, tendon=FL_BACK.intersection(smooth([(240, 866), (280, 866), (280, 930), (240, 930)], samples=2)),
    fibers=("loft", [(262.4, 828), (263.6, 830)], [(259.2, 866), (260.4, 866)]))
add("fibularis_brevis", "back", under(FB_BACK, FL_BACK),
    fibers=("loft", [(260.6, 856), (262, 864)], [(253.6, 902), (255.4, 904)]))


# ================================================================ SOLE INSET (right sole, plantar view)
# Heel at the top, toes at the bottom, big toe (medial) at the viewer's left. First layer: abductor hallucis
# along the inner border, flexor digitorum brevis in the middle with four tendons to toes 2-5, abductor digiti
# minimi along the outer border; flexor hallucis brevis shows between them under the first metatarsal. Deeper:
# quadratus plantae from the heel onto the FDL tendon, the long flexor tendons, adductor hallucis (oblique and
# transverse heads) and the plantar interossei between the metatarsals.
FDB_TENDONS = [
    tapered([(326.4, 914), (325.6, 930), (325, 946), (324.8, 958), (324.8, 966)], [2.6, 2.3, 2.1, 1.9, 1.7]),
    tapered([(332.2, 916), (333.2, 932), (333.9, 946), (334.3, 956), (334.6, 963)], [2.5, 2.2, 2.0, 1.8, 1.6]),
    tapered([(337.8, 915), (340, 930), (341.8, 944), (343, 954), (343.6, 960)], [2.4, 2.1, 1.9, 1.7, 1.5]),
    tapered([(342.4, 911), (345.6, 925), (348.4, 938), (350.6, 948), (351.5, 954)], [2.2, 2.0, 1.8, 1.6, 1.4]),
]
FDB_BELLY = smooth([(326.4, 850), (331, 848.4), (336.6, 850), (340.6, 860), (343.4, 876), (344.8, 894),
                    (344, 906), (341.4, 913), (336, 916.6), (330, 917.4), (325.4, 914.4), (322.8, 904), (322.6, 888),
                    (323.4, 870), (324.4, 858)])
FDB = U(FDB_BELLY, *FDB_TENDONS)
AH_BELLY = smooth([(315.8, 842), (320.6, 845), (322.6, 856), (322.4, 872), (320.6, 890), (317.4, 906), (313.4, 919),
                   (309.6, 929), (306.6, 931), (304.6, 924), (308.4, 910), (311.4, 894), (312.2, 876), (311.6, 858),
                   (312.4, 847)])
AH_TENDON = tapered([(308.6, 924), (306.4, 934), (305.6, 942), (306, 949)], [4.4, 3.8, 3.4, 3.0])
AH = U(AH_BELLY, AH_TENDON)
ADM_BELLY = smooth([(343.2, 843), (348, 845), (350.8, 856), (351, 872), (352.4, 890), (354.4, 906), (355.6, 920),
                    (355.2, 930), (352.4, 933), (349.6, 922), (347.6, 906), (346, 888), (344.6, 870), (343, 854)])
ADM_TENDON = tapered([(352.4, 928), (352.8, 936), (352.6, 943), (352, 948)], [3.6, 3.2, 2.8, 2.6])
ADM = U(ADM_BELLY, ADM_TENDON)
FHB_GEOM = U(
    tapered([(318.6, 906), (315.8, 918), (312.6, 930), (310.2, 941), (309.4, 948)], [4.4, 6.2, 6.4, 5.2, 3.8]),   # medial belly
    tapered([(321.4, 908), (320.4, 920), (318.6, 932), (316.2, 942), (315.2, 948)], [4.0, 5.6, 5.8, 4.8, 3.6]),   # lateral belly
)
FHL_SOLE = tapered([(316.4, 856), (317.4, 872), (318.2, 890), (317.4, 910), (314.6, 926), (312.4, 940),
                    (311, 952), (310.2, 962), (309.8, 970)], [2.6, 2.6, 2.5, 2.4, 2.4, 2.3, 2.2, 2.1, 1.9])
FDL_SOLE = U(
    tapered([(316, 864), (322.4, 876), (328.6, 888), (332.6, 896)], [2.6, 2.7, 2.9, 3.1]),
    tapered([(332.4, 896), (328.4, 912), (326, 930), (325.2, 948), (325, 960), (325, 969)], [1.8, 1.7, 1.6, 1.5, 1.4, 1.3]),
    tapered([(333.2, 896), (333.8, 914), (334.4, 932), (334.7, 948), (334.9, 958), (335, 966)], [1.8, 1.7, 1.6, 1.5, 1.4, 1.3]),
    tapered([(334, 896), (338.4, 912), (341.4, 928), (343, 944), (343.8, 954), (344, 962)], [1.7, 1.6, 1.5, 1.4, 1.3, 1.2]),
    tapered([(334.6, 895), (342, 908), (347, 922), (350.2, 936), (351.6, 948), (352, 956)], [1.6, 1.5, 1.4, 1.3, 1.2, 1.1]),
)
QP = smooth([(322.6, 851), (330, 849), (338.4, 850), (344.6, 853.6), (343, 866), (339, 880), (335.2, 892),
             (331.6, 896), (328.6, 890), (325, 876), (321.6, 862)])
ADDH_OBLIQUE = tapered([(340.4, 898), (336.6, 910), (330.6, 922), (324, 934), (319, 943)], [9.4, 11, 10, 7.6, 4.6])
ADDH_TRANSVERSE = tapered([(352.4, 934.4), (344, 937.6), (335, 940.4), (326, 942.6), (319, 944)], [4.2, 4.8, 4.8, 4.4, 3.6])
PLANTAR_INTEROSSEI = U(
    tapered([(338.6, 902), (338.4, 914), (338.6, 926)], [2.6, 3.2, 2.4]),
    tapered([(344.8, 900), (345.8, 912), (346.8, 924)], [2.6, 3.2, 2.4]),
    tapered([(349.6, 898), (351.2, 909), (352.4, 920)], [2.4, 3.0, 2.2]),
)

# deep (dashed over the first layer; drawn in full on the deep layer)
add("quadratus_plantae", "back", QP, depth="deep",
    fibers=("loft", [(322.6, 852), (330, 849.6), (338.4, 850.4), (344.2, 854)], [(328.4, 889), (330.6, 893), (332.4, 894), (334.4, 891)]))
add("flexor_digitorum_longus", "back", FDL_SOLE, depth="deep", part="tendons in the sole", tendon=FDL_SOLE, fibers=("none",))
add("flexor_hallucis_longus", "back", FHL_SOLE, depth="deep", part="tendon in the sole", tendon=FHL_SOLE, fibers=("none",))
add("adductor_hallucis", "back", U(ADDH_OBLIQUE, ADDH_TRANSVERSE), depth="deep",
    fibers=("loft", [(345.2, 898), (336, 897.4), (352.4, 932), (352.6, 936.6)], [(320.4, 940.4), (317.6, 944.8), (320, 942.6), (319, 945.6)]))
add("foot_interossei", "back", PLANTAR_INTEROSSEI, depth="deep", part="plantar interossei",
    fibers=("loft", [(338.6, 902), (344.8, 900), (349.6, 898)], [(338.6, 926), (346.8, 924), (352.4, 920)]))

# first layer
add("abductor_hallucis", "back", AH, tendon=AH_TENDON.difference(AH_BELLY.buffer(-0.5)),
    fibers=("loft", [(312.4, 847), (315.8, 842.4), (320.6, 845.4), (322.6, 856)],
            [(305, 926), (306.8, 930.4), (308.8, 928), (310.4, 924)]))
add("abductor_digiti_minimi_foot", "back", ADM, tendon=ADM_TENDON.difference(ADM_BELLY.buffer(-0.5)),
    fibers=("loft", [(343.2, 844), (346, 844), (348.4, 845.4)], [(350, 926), (352.4, 930), (354.8, 928)]))
add("flexor_digitorum_brevis", "back", FDB, tendon=U(*FDB_TENDONS).difference(FDB_BELLY.buffer(-0.5)),
    fibers=("loft", [(324.2, 853), (330.6, 849), (337.6, 851), (341, 860)],
            [(326.4, 914), (332.2, 916), (337.8, 915), (342.4, 911)]))
add("flexor_hallucis_brevis", "back", under(FHB_GEOM, AH, FDB),
    fibers=("loft", [(318.4, 905), (321.6, 907)], [(309.4, 948), (315.2, 948)]))


# ---------------------------------------------------------------- landmarks (for the zones)
for name, view, pt in (
    ("lateral_malleolus", "front", (147.2, 912)), ("medial_malleolus", "front", (180.8, 905)),
    ("lateral_malleolus", "back", (252.8, 912)), ("medial_malleolus", "back", (219.2, 905)),
    ("fibular_head", "front", (139, 748)), ("fibular_head", "back", (261, 748)),
):
    landmark(view, name, pt)


# ---------------------------------------------------------------- trigger points
# Where each trigger point is drawn (person's right side); the first view given is its own.
mark("tibialis_anterior_tp1", "front", (162, 790))
mark("fibularis_longus_tp1", "front", (139.5, 766))
mark("fibularis_brevis_tp1", "front", (147.8, 866))
mark("fibularis_brevis_tp2", "back", (255.4, 874))
mark("fibularis_tertius_tp1", "front", (152.6, 872))
mark("gastrocnemius_tp1", "back", (220, 776))
mark("gastrocnemius_tp2", "back", (255.6, 772))
mark("gastrocnemius_tp3", "back", (226.4, 722))
mark("gastrocnemius_tp4", "back", (253.6, 722))
mark("soleus_tp1", "back", (229.2, 872))
mark("soleus_tp2", "back", (264.4, 796))
mark("soleus_tp3", "back", (251, 866))
mark("plantaris_tp1", "back", (245.6, 723))
mark("tibialis_posterior_tp1", "back", (241, 792))
mark("extensor_digitorum_longus_tp1", "front", (148.8, 790))
mark("extensor_hallucis_longus_tp1", "front", (161.2, 858))
mark("flexor_digitorum_longus_tp1", "back", (226.6, 792))
mark("flexor_hallucis_longus_tp1", "back", (250.6, 860))
mark("extensor_digitorum_brevis_tp1", "front", (150.6, 937))
mark("extensor_hallucis_brevis_tp1", "front", (162, 935.4))
mark("abductor_hallucis_tp1", "back", (317.2, 856))
mark("abductor_hallucis_tp2", "back", (316.6, 878))
mark("abductor_hallucis_tp3", "back", (313.6, 900))
mark("flexor_digitorum_brevis_tp1", "back", (333.4, 888))
mark("abductor_digiti_minimi_foot_tp1", "back", (349.6, 900))
mark("quadratus_plantae_tp1", "back", (332, 866))
mark("flexor_hallucis_brevis_tp1", "back", (312.6, 934))
mark("flexor_hallucis_brevis_tp2", "back", (318.4, 930))
mark("adductor_hallucis_tp1", "back", (333, 918))
mark("adductor_hallucis_tp2", "back", (340, 938.6))
mark("foot_interossei_tp1", "front", (179.4, 945))
mark("foot_interossei_tp2", "front", (169.8, 947))
