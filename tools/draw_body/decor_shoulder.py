"""Bones of the shoulder girdle and the elbow, drawn where the atlases show them between the muscles (they lie
in the body layer, under the muscles: the clavicle, the acromion and the spine of the scapula show on the surface
layer; the whole scapula and the coracoid show through the faint surface muscles on the deep layer).

Front view: person's right at x < 200; back view: x > 200. Landmarks are registered for the other modules.
"""
from __future__ import annotations

from .registry import decor, landmark
from .shapes import mirror, smooth, tapered

# ---------------------------------------------------------------- front view
# Clavicle: sternal end at the sternoclavicular joint (192, 185), an S-curved shaft running out and a little down
# to the flat acromial end at the acromioclavicular joint (108, 193). The sternal end is the thick knob.
CLAVICLE_AXIS = [(192.5, 185.0), (184, 185.3), (172, 185.8), (160, 186.2), (148, 186.8), (137, 187.9), (126, 189.6),
                 (116, 191.4), (108.5, 193.0)]
CLAVICLE = tapered(CLAVICLE_AXIS, [8.6, 7.4, 6.2, 5.6, 5.4, 5.4, 5.6, 6.0, 6.4])
# Acromion seen from the front: the flat roof of the shoulder lateral to the AC joint (its anterior border,
# where the anterior deltoid arises, and the tip over the greater tubercle).
ACROMION_F = smooth([(110, 190.2), (104, 189.4), (97.5, 190.0), (93, 192.4), (93.5, 195.8), (99, 197.4),
                     (105.5, 197.0), (110.5, 195.8)])
# Coracoid process: the beak below the clavicle, medial to the humeral head (under the deltopectoral groove).
CORACOID_F = smooth([(127, 200.5), (121, 200.0), (116.5, 202.0), (116.5, 205.5), (120.5, 207.0), (126.5, 205.2)])
# Humeral epicondyles: the lateral one at the outer edge of the elbow, the medial one (more prominent) inner.
LAT_EPICONDYLE_F = smooth([(82.5, 368.5), (78.5, 367.2), (76.0, 371.0), (76.6, 376.4), (80.4, 378.6), (83.2, 374.6)])
MED_EPICONDYLE_F = smooth([(103.5, 365.8), (107.5, 365.4), (110.0, 369.4), (108.8, 374.8), (104.2, 376.4),
                           (101.6, 371.6)])

for shape in (CLAVICLE, ACROMION_F, CORACOID_F, LAT_EPICONDYLE_F, MED_EPICONDYLE_F):
    decor("front", "bone", shape)

landmark("front", "sternoclavicular_joint", (192.5, 185.0))
landmark("front", "acromioclavicular_joint", (108.5, 193.0))
landmark("front", "acromion", (97.0, 193.5))
landmark("front", "coracoid", (121.0, 204.0))
landmark("front", "lateral_epicondyle", (79.5, 373.0))
landmark("front", "medial_epicondyle", (106.0, 371.0))

# ---------------------------------------------------------------- back view
# Scapula (right, seen from behind; it lies over ribs 2-7): superior angle (229, 196), root of the spine on the
# medial border (229, 214), inferior angle (242, 291) at the level of T7, the lateral border rising to the
# infraglenoid tubercle (283, 227) and the glenoid (291, 213), the superior border with the notch (262, 197).
SCAPULA = smooth([(229.5, 195.5), (240, 193.6), (252, 193.6), (262, 196.4), (272, 199.6), (282, 204.0), (289, 208.6),
                  (291.5, 214.0), (290.0, 220.0), (284.5, 226.5), (277, 238.0), (268, 253.0), (258, 269.0),
                  (249.5, 283.0), (244.5, 290.5), (240.6, 291.2), (237.6, 286.0), (233.4, 266.0), (230.4, 242.0),
                  (228.6, 218.0), (228.2, 203.0)])
# Spine of the scapula: the ridge from its triangular root on the medial border up and out to the acromion; the
# trapezius inserts on its upper lip, the posterior deltoid arises from its lower lip.
SPINE = smooth([(229.6, 212.6), (236, 213.6), (246, 211.6), (258, 209.2), (272, 206.4), (286, 203.6), (296, 200.4),
                (300, 197.6), (303, 204.4), (296, 207.6), (284, 210.4), (270, 213.2), (256, 216.0), (244, 219.0),
                (235, 221.4), (230.0, 220.6), (228.8, 216.4)])
# Acromion from behind: the flat process at the shoulder tip, its posterior angle at (307, 201).
ACROMION_B = smooth([(296, 198.4), (300, 193.6), (306, 190.6), (312, 191.4), (313.5, 195.6), (311, 200.2),
                     (306.5, 202.6), (300, 203.6)])
# Elbow from behind: olecranon (the point of the elbow) between the epicondyles.
OLECRANON = smooth([(304.2, 371.0), (309.2, 368.6), (314.0, 371.2), (314.6, 377.8), (312.4, 384.4), (309.0, 386.6),
                    (305.6, 384.4), (303.4, 377.8)])
# The epicondyles sit where they do on the front view, mirrored (the back view shows the right arm on the right).
LAT_EPICONDYLE_B = mirror(LAT_EPICONDYLE_F)
MED_EPICONDYLE_B = mirror(MED_EPICONDYLE_F)

for shape in (SCAPULA, SPINE, ACROMION_B, OLECRANON, LAT_EPICONDYLE_B, MED_EPICONDYLE_B):
    decor("back", "bone", shape)

landmark("back", "superior_angle", (229.5, 196.0))
landmark("back", "spine_root", (230.0, 216.5))
landmark("back", "inferior_angle", (241.5, 290.0))
landmark("back", "glenoid", (290.0, 214.0))
landmark("back", "infraglenoid_tubercle", (283.5, 227.0))
landmark("back", "acromion", (306.0, 196.0))
landmark("back", "olecranon", (309.0, 377.5))
landmark("back", "lateral_epicondyle", (320.5, 373.0))
landmark("back", "medial_epicondyle", (294.0, 371.0))
