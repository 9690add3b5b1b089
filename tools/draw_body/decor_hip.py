"""Hip, thigh and knee decor: the iliotibial band (pale fascia no muscle of the data owns), the patella and its
retinacula, the quadriceps and patellar tendons, the tibial tuberosity, the greater trochanter, the gluteal fold
and the knee creases. Person's right side; mirrored to the left by the build."""
from __future__ import annotations

from .muscles_hip import ITB_BACK, ITB_FRONT, PATELLA
from .registry import decor
from .shapes import smooth, tapered

# ---------------------------------------------------------------- front view
# Fascia first (the body layer draws in this order): the iliotibial band from below the tensor to Gerdy's tubercle,
# and the patellar retinacula either side of the patella.
decor("front", "fascia", ITB_FRONT)
decor("front", "fascia", smooth([(144, 699), (152, 702), (161, 704), (171, 702), (178.5, 706), (182, 718), (181, 734),
                                 (176, 744), (168, 748), (162, 749.5), (156, 748), (148.5, 746), (142, 737),
                                 (140.5, 720)]))                                       # patellar retinacula
# Tendons: the common quadriceps tendon into the base of the patella, and the patellar ligament from its apex to
# the tibial tuberosity.
decor("front", "tendon", smooth([(153, 694), (158, 690), (164.5, 690), (169.5, 697), (170, 706), (166, 710),
                                 (161, 709.5), (155.5, 710), (152.5, 705)]))
decor("front", "tendon", tapered([(161.3, 728), (161.8, 741), (162.4, 753)], [9.5, 8.4, 7.6]))
# Bones: the greater trochanter at the outer hip, the tibial tuberosity, the fibular head, the patella on top.
decor("front", "bone", smooth([(115.5, 489), (120, 487.5), (122.5, 495), (122, 505), (118.5, 511), (115.2, 503)]))
decor("front", "bone", smooth([(158, 750), (162.5, 747.5), (167, 750.5), (166, 756.5), (162.5, 758.5), (159, 756)]))
decor("front", "bone", smooth([(137, 742), (141.5, 740.5), (145, 744.5), (144, 751), (139.5, 752.5), (136.5, 748)]))
decor("front", "bone", PATELLA)
# Lines: the soft contour of the infrapatellar fat either side of the patellar ligament.
for points in ([(155.6, 734), (154.3, 739.5), (155.8, 745)], [(167.4, 734), (168.7, 739.5), (167.2, 745)]):
    decor("front", "crease", points)

# ---------------------------------------------------------------- back view
decor("back", "fascia", ITB_BACK)
# the gluteal fold: the skin crease under the buttock, from the natal cleft out across the lower border of
# gluteus maximus (which runs on, obliquely, to the femur), fading on the back of the thigh
decor("back", "outline", [(203.6, 541.5), (209, 549), (218, 555.5), (230, 560), (244, 562), (257, 561), (268, 557.5)])
decor("back", "crease", [(226, 721.5), (238, 723.5), (251.5, 721.5)])                        # popliteal crease
