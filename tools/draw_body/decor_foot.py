"""Bones, pale bands, nails and lines of the leg and foot (front and back views and the sole insets), on the
person's right side; the build mirrors them to the left.

- bone: both malleoli (front and back), the bare medial surface of the tibia beside the shin muscles (front),
  the calcaneal tuberosity under the calcaneal tendon (back);
- tendon: the superior and inferior extensor retinacula over the front of the ankle (the long tendons run
  under them: muscles_leg cuts them back there), the plantar aponeurosis' origin on the heel (sole);
- nail: the five toenails (front);
- feature / crease: the clefts between the toes, the joint creases of the toes, the round of the heel seen
  from behind, and the pads of the toes on the soles.
"""
from __future__ import annotations

from shapely import affinity
from shapely.geometry import LineString, Point, Polygon as P

from .muscles_leg import INF_RETINACULUM, SUP_RETINACULUM
from .registry import decor
from .shapes import smooth
from .warp import unwarp, warp_y


def oval(cx: float, cy: float, rx: float, ry: float, angle: float = 0.0):
    """An ellipse (angle in degrees, clockwise on screen)."""
    e = affinity.scale(Point(cx, cy).buffer(1.0, 24), rx, ry)
    return affinity.rotate(e, angle, origin=(cx, cy)) if angle else e


# ---------------------------------------------------------------- front view
# The subcutaneous medial surface of the tibia, from below the knee to the medial malleolus, between
# tibialis anterior (over the crest) and the medial calf; drawn under the muscles.
decor("front", "bone", smooth([(165, 746), (171.6, 749), (177.4, 756), (181.6, 770), (183.2, 796), (182.8, 826),
                               (181, 854), (179.2, 876), (178.6, 892), (180.2, 900), (176.4, 903), (172.6, 897),
                               (171.4, 880), (171.6, 852), (171.8, 822), (171.2, 792), (169.4, 766)]))
decor("front", "bone", oval(147.6, 910.5, 4.0, 7.6, -6))       # lateral malleolus (lower, further back)
decor("front", "bone", oval(180.2, 904.5, 4.4, 6.4, 8))        # medial malleolus
decor("front", "tendon", SUP_RETINACULUM)
decor("front", "tendon", INF_RETINACULUM)

# toenails, near the tip of each toe (big toe to little toe): rounded, a little wider at the free edge; drawn in
# the final proportions (seen from the front a nail is foreshortened to about two thirds of its length, not
# to the foot's third), then brought back to the authoring frame
for cx, cy, w, h in ((186.1, 978.4, 8.6, 7.6), (171.7, 979.8, 5.4, 4.8), (163.2, 979.4, 5.0, 4.6),
                     (155.3, 978.4, 4.7, 4.3), (147.7, 975.4, 4.3, 4.0)):
    cy, h = warp_y(cy), h * 0.6
    decor("front", "nail", unwarp(smooth([(cx - w * 0.46, cy - h * 0.42), (cx, cy - h * 0.5), (cx + w * 0.46, cy - h * 0.42),
                                          (cx + w * 0.5, cy + h * 0.12), (cx + w * 0.32, cy + h * 0.48), (cx, cy + h * 0.52),
                                          (cx - w * 0.32, cy + h * 0.48), (cx - w * 0.5, cy + h * 0.12)])))
# the clefts between the toes, from the tips up to the webs
for line in ([(178.2, 975.2), (178.1, 971), (178.4, 966.5)], [(167.9, 980.4), (168, 975), (168.3, 969.4)],
             [(159.9, 980), (160, 975), (160.3, 969.4)], [(152.1, 978), (152.3, 973.4), (152.6, 968.6)]):
    decor("front", "feature", line)
# joint creases across the toes (interphalangeal joints)
for line in ([(182, 967.6), (186, 966.8), (190, 967.6)], [(169.8, 971.4), (172, 970.9), (174.2, 971.4)],
             [(161.4, 971.8), (163.5, 971.3), (165.6, 971.8)], [(153.8, 971.2), (155.7, 970.7), (157.6, 971.2)],
             [(145.8, 968.2), (147.7, 967.7), (149.6, 968.2)]):
    decor("front", "crease", line)

# ---------------------------------------------------------------- back view
decor("back", "bone", oval(252.6, 911.6, 3.8, 7.2, 6))         # lateral malleolus
decor("back", "bone", oval(219.6, 905, 4.0, 6.4, -8))          # medial malleolus
# Seen from behind, the heel is a rounded column under the calcaneal tendon; the forefoot shows beyond it on
# both sides, further away (a little darker), the round of the heel pad drawn where it meets the floor. Authored in final back-view
# coordinates (warp.py brings them back to the authoring frame).
HEEL_BACK = unwarp(smooth([(222.6, 954), (239, 950.5), (254.6, 955), (254.8, 966), (253.4, 975), (250, 981.6),
                           (243, 985.6), (234.6, 985.8), (228.2, 982), (224.6, 975), (223, 966)]))
decor("back", "skin", unwarp(P([(203, 962), (214, 956.5), (222.8, 953), (225, 995), (203, 995)])).difference(HEEL_BACK))
decor("back", "skin", unwarp(P([(254.4, 953), (261, 958), (268, 964), (268, 995), (252, 995)])).difference(HEEL_BACK))
# the rounded lower end of the heel pad, where it meets the floor
decor("back", "crease", unwarp(LineString([(225.4, 976), (229.2, 982.2), (234.2, 985.2)])))
decor("back", "crease", unwarp(LineString([(253.2, 975), (249.8, 981), (245, 984.6)])))

# ---------------------------------------------------------------- sole insets (back view)
# the pads of the toes and the creases of their joints
for line in ([(304.4, 959.4), (310.2, 958.2), (316, 959.4)], [(321.4, 961.2), (324.8, 960.6), (328.2, 961.2)],
             [(331.2, 959.2), (334.5, 958.6), (337.8, 959.2)], [(340.2, 956.2), (343.4, 955.6), (346.6, 956.2)],
             [(349.2, 951.8), (352.1, 951.2), (355, 951.8)]):
    decor("back", "crease", line)
# the heel pad: the plantar aponeurosis arises from the calcaneal tuberosity
decor("back", "fascia", smooth([(318, 846.6), (324, 842), (331, 840.4), (338, 841.4), (344.6, 845.4), (343.6, 853),
                                (337.6, 851), (331, 850.2), (324.4, 851), (318.6, 853.4)]))
