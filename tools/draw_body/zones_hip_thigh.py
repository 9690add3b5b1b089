"""Referral zones of the hip, thigh and knee muscles, drawn as the trigger point charts draw them.

Each trigger point's essential zone (solid) and spillover zone (stippled) is a smooth shape on every view where the
published figure puts it (Travell & Simons 1992, vol. 2, the chapters named in data/muscles.csv `pattern_basis`;
Donnelly et al. 2019). Shapes that run along the leg follow its outline: `leg(view, rows)` takes rows of
(height, f_from, f_to), where f is the fraction across the limb at that height (front and back views: 0 = the
outer edge of the right leg, 1 = the inner edge, or the midline above the crotch; lateral view: 0 = the back
edge, 1 = the front edge, as `lateral.at`). Person's right side throughout.
"""
from __future__ import annotations

from functools import lru_cache

from shapely.geometry import LineString

from . import body as B
from .registry import zone
from .shapes import smooth, union

try:
    from . import lateral as L
except ImportError:          # the lateral view is not drawn yet
    L = None

SIL = B.silhouette()


@lru_cache(maxsize=4096)
def _edges(view: str, y: float) -> tuple[float, float]:
    """(outer edge, inner edge) of the right leg (or hip, to the midline) at height y."""
    if view == "lateral":
        return L._edges_cached(round(float(y), 1))
    lo, hi = (100.0, 200.0) if view == "front" else (200.0, 300.0)
    cut = SIL & LineString([(lo, y), (hi, y)])
    x0, _, x1, _ = cut.bounds
    return (x0, x1) if view == "front" else (x1, x0)


def at(view: str, y: float, f: float) -> tuple[float, float]:
    a, b = _edges(view, round(float(y), 1))
    return (a + f * (b - a), float(y))


def leg(view: str, rows, samples: int = 10):
    """A smooth shape through rows (y, f_from, f_to) top to bottom: down one side, up the other."""
    side_a = [at(view, y, fa) for y, fa, _ in rows]
    side_b = [at(view, y, fb) for y, _, fb in reversed(rows)]
    return smooth(side_a + side_b, samples)


@lru_cache(maxsize=4)
def _inside(view: str):
    """The body a little inside its outline: a zone's edge along the outline then stays inside after curve fitting."""
    return (L.SILHOUETTE if view == "lateral" else SIL).buffer(-0.9)


def both(tp: str, view: str, essential=None, spillover=None):
    for kind, geom in (("essential", essential), ("spillover", spillover)):
        if geom is not None:
            zone(tp, kind, view, geom & _inside(view))


# ====================================================================================================
# Gluteus maximus (Travell & Simons 1992, Gluteus Maximus Muscle): TP1 a crescent along the sacroiliac joint and
# the gluteal cleft, curving out above the gluteal fold; TP2 the whole buttock, spilling over the lower sacrum and
# up under the iliac crest; TP3 the coccyx, spilling into the lowest inner buttock.
both("gluteus_maximus_tp1", "back", essential=smooth([
    (213, 436), (223, 440), (228.5, 452), (226.5, 470), (221, 490), (218.5, 510), (221.5, 526), (231, 537),
    (243, 544), (252.5, 548.5), (250, 555.5), (236, 556), (220, 551.5), (208.5, 543), (205.5, 530), (205.3, 510),
    (205.2, 490), (204, 470), (204.5, 452), (207.5, 441)]))
both("gluteus_maximus_tp2", "back",
     essential=smooth([(224, 468), (240, 461), (256, 462), (268, 470), (274.5, 486), (275, 506), (271.5, 526),
                       (263, 543), (250, 553), (234, 556), (219, 550), (209, 538), (206, 520), (208, 498),
                       (214, 480)]),
     spillover=smooth([(204, 450), (216, 444), (236, 443), (256, 446), (271, 454), (279, 470), (280, 494),
                       (278, 520), (270, 545), (256, 558), (236, 562), (217, 557), (207, 545), (205.5, 525),
                       (205.5, 500), (203, 480), (202, 462)]))
both("gluteus_maximus_tp3", "back",
     essential=smooth([(202, 481), (207, 479), (211, 485), (211.5, 494), (209, 502), (204, 505.5), (201.2, 502),
                       (201, 490)]),
     spillover=smooth([(206, 470), (216, 474), (224, 486), (228, 502), (227, 518), (221, 532), (212, 536),
                       (206.5, 528), (206, 510), (205, 494), (203.5, 480)]))

# Gluteus medius (Gluteus Medius Muscle): TP1 along the posterior iliac crest, the sacroiliac joint and the sacrum,
# spilling over the upper buttock; TP2 the mid and outer buttock and the side of the hip, spilling to the upper
# back and outer thigh; TP3 along the crest and over the lower lumbar and sacral area (drawn on its own side; the
# public summaries do not say that one point crosses the midline), spilling into the upper buttock.
both("gluteus_medius_tp1", "back",
     essential=smooth([(256, 417), (252, 426), (240, 433), (229.5, 441), (225, 456), (222, 473), (214, 485),
                       (204, 483), (201.8, 466), (202.5, 448), (210, 436), (226, 424), (242, 417)]),
     spillover=smooth([(228, 446), (240, 438), (254, 432), (264, 436), (266, 452), (260, 472), (248, 490),
                       (232, 500), (218, 500), (213, 492), (222, 480), (226, 462)]))
both("gluteus_medius_tp2", "back",
     essential=smooth([(229, 455), (242, 441), (258, 434), (272, 437), (281, 450), (284.5, 470), (284, 492),
                       (276, 506), (262, 510), (246, 506), (234, 496), (227, 480)]),
     spillover=leg("back", [(496, 0.02, 0.62), (520, 0.0, 0.66), (550, 0.0, 0.64), (575, 0.02, 0.56), (596, 0.1, 0.4)]))
both("gluteus_medius_tp3", "back",
     essential=smooth([(281, 434), (276, 422), (263, 413.5), (247, 412.5), (231, 416), (216, 422), (203, 425),
                       (201.6, 440), (202, 458), (207.5, 468), (216, 464), (222, 450), (233, 437), (248, 429),
                       (262, 428), (272, 433), (277, 442)]),
     spillover=smooth([(226, 446), (238, 436), (254, 432), (268, 436), (278, 448), (274, 464), (258, 472),
                       (240, 470), (227, 462)]))

# Gluteus minimus (Gluteus Minimus Muscle, "pseudo-sciatica"): the anterior fibres refer over the lower outer
# buttock and down the outside of the thigh, knee and leg to the ankle (a stripe, solid below the knee), the ankle
# spillover; the posterior fibres over the lower inner buttock, down the back of the thigh and the calf, the back of
# the knee sometimes (spillover).
both("gluteus_minimus_tp1", "back", essential=union([
    smooth([(254, 490), (266, 484), (278, 488), (284.5, 500), (284.5, 525), (280, 545), (270, 550), (258, 542),
            (251, 525), (250, 505)]),
    leg("back", [(530, 0.0, 0.27), (580, 0.0, 0.24), (640, 0.0, 0.22), (700, 0.0, 0.24), (745, 0.0, 0.3),
                 (790, 0.0, 0.32), (840, 0.0, 0.3), (880, 0.04, 0.26)]),
]), spillover=leg("back", [(878, 0.06, 0.3), (896, 0.0, 0.36), (912, 0.04, 0.34), (924, 0.12, 0.26)]))
both("gluteus_minimus_tp1", "front",
     essential=union([
         leg("front", [(478, 0.0, 0.12), (510, 0.0, 0.2), (560, 0.0, 0.24), (620, 0.0, 0.24), (680, 0.0, 0.24),
                       (720, 0.0, 0.18), (752, 0.0, 0.3), (800, 0.02, 0.34), (850, 0.04, 0.3), (886, 0.06, 0.24)]),
     ]),
     spillover=leg("front", [(884, 0.08, 0.28), (902, 0.02, 0.3), (920, 0.02, 0.28), (932, 0.1, 0.2)]))
both("gluteus_minimus_tp2", "back",
     essential=union([
         smooth([(214, 500), (230, 496), (246, 503), (252, 520), (250, 542), (240, 556), (222, 556), (210, 546),
                 (206, 526), (207, 508)]),
         leg("back", [(548, 0.3, 0.7), (600, 0.3, 0.68), (660, 0.33, 0.66), (705, 0.4, 0.6), (728, 0.43, 0.57),
                      (756, 0.3, 0.72), (800, 0.26, 0.76), (845, 0.34, 0.68), (872, 0.44, 0.58)]),
     ]),
     spillover=leg("back", [(690, 0.28, 0.74), (712, 0.24, 0.78), (735, 0.26, 0.78), (752, 0.34, 0.7)]))

# Piriformis (Piriformis and Other Short Lateral Rotators): the sacroiliac region and across the buttock to the back
# of the hip joint, spilling over the rest of the buttock and the upper two thirds of the back of the thigh. Both
# trigger points give the one pattern. The short rotators borrow it (the manual draws no figure of their own): the
# lower buttock and the back of the hip, spilling to the back of the thigh and the sacroiliac region.
PIRI_ESSENTIAL = smooth([(203, 446), (214, 446), (229, 455), (246, 464), (262, 471), (272, 478), (272.5, 492),
                         (262, 499), (246, 498), (230, 496), (216, 494), (206, 490), (205.5, 478), (202, 464)])
PIRI_SPILLOVER = union([
    smooth([(210, 438), (228, 440), (248, 448), (266, 456), (276, 468), (277, 490), (272, 512), (262, 532),
            (250, 548), (232, 550), (216, 542), (207, 525), (205.7, 505), (205.5, 490), (203, 470), (204, 450)]),
    leg("back", [(530, 0.25, 0.8), (560, 0.2, 0.78), (600, 0.22, 0.76), (630, 0.28, 0.7), (652, 0.38, 0.6)]),
])
for tp in ("piriformis_tp1", "piriformis_tp2"):
    both(tp, "back", essential=PIRI_ESSENTIAL, spillover=PIRI_SPILLOVER)
both("short_lateral_rotators_tp1", "back",
     essential=smooth([(214, 500), (234, 500), (254, 504), (270, 510), (274.5, 522), (268, 536), (252, 543),
                       (234, 545), (218, 540), (208, 528), (207.5, 512)]),
     spillover=union([
         smooth([(203, 448), (214, 448), (224, 466), (240, 484), (262, 492), (278, 502), (280, 530), (270, 552),
                 (250, 560), (230, 558), (214, 550), (206.5, 530), (205.8, 506), (205.5, 488), (202.5, 470)]),
         leg("back", [(548, 0.25, 0.75), (590, 0.24, 0.74), (625, 0.3, 0.66), (644, 0.4, 0.56)]),
     ]))

# Tensor fasciae latae (Tensor Fasciae Latae and Sartorius Muscles): over the greater trochanter and down the front
# and outside of the thigh, spilling on to the outer knee.
both("tensor_fasciae_latae_tp1", "front",
     essential=leg("front", [(462, 0.0, 0.18), (480, 0.0, 0.3), (520, 0.0, 0.34), (560, 0.0, 0.36), (600, 0.02, 0.36),
                             (640, 0.04, 0.32), (668, 0.08, 0.24)]),
     spillover=leg("front", [(640, 0.0, 0.34), (680, 0.0, 0.34), (710, 0.0, 0.3), (735, 0.04, 0.22), (748, 0.12, 0.2)]))

# Sartorius: sharp, superficial pain along the strap: the upper point over the front of the thigh, the middle over
# the inner front of the thigh, the lower over the inner knee.
both("sartorius_tp1", "front",
     essential=smooth([(135.5, 468), (144, 474), (151, 498), (158, 524), (164.5, 550), (167.5, 574), (158, 582),
                       (149, 562), (141.5, 538), (135.5, 512), (132, 488)]),
     spillover=smooth([(160, 560), (167, 572), (174, 594), (180, 618), (176, 626), (168, 610), (160, 588),
                       (156, 572)]))
both("sartorius_tp2", "front",
     essential=smooth([(157, 566), (166, 571), (174, 590), (181, 612), (185, 636), (185.5, 662), (177, 665),
                       (170, 644), (162, 622), (155, 602), (151, 582)]),
     spillover=union([
         smooth([(150, 536), (156, 540), (162, 556), (165, 572), (157, 578), (151, 562), (147, 546)]),
         smooth([(177, 652), (184, 656), (185, 690), (184.5, 720), (182.5, 738), (176, 740), (174.5, 716),
                 (175, 688), (174.5, 664)]),
     ]))
both("sartorius_tp3", "front",
     essential=smooth([(175, 672), (182, 674), (184, 694), (183.5, 718), (183, 738), (178, 750), (171, 748),
                       (172, 728), (173.5, 706), (173, 686)]),
     spillover=smooth([(168, 618), (176, 622), (182, 640), (184.5, 662), (180, 680), (173, 676), (170, 656),
                       (166, 636)]))

# Pectineus: a deep ache in the groin just below the inguinal ligament, spreading over the upper inner thigh.
both("pectineus_tp1", "front",
     essential=smooth([(164, 494), (176, 494), (188, 500), (195, 508), (195, 520), (186, 528), (174, 528),
                       (165, 520), (161, 506)]),
     spillover=smooth([(166, 516), (180, 522), (192, 522), (195, 540), (192, 562), (186, 582), (178, 586),
                       (172, 570), (168, 548), (163, 530)]))

# Adductor longus and brevis (Adductor Longus, Adductor Brevis, and Adductor Magnus Muscles): deep in the groin and
# the upper inner thigh, and the upper inner knee, with spillover down the inner thigh between them and over the
# shin. The manual draws one pattern for both; proximal points lean to the groin, distal ones to the knee.
AL_GROIN = smooth([(166, 498), (180, 498), (193, 504), (197, 514), (195, 540), (191, 570), (185, 600), (178, 612),
                   (172, 598), (170, 572), (168, 540), (163, 514)])
KNEE_INNER = smooth([(172, 688), (180, 686), (184, 700), (184, 720), (183, 738), (178, 748), (170, 744),
                     (169, 724), (170, 704)])
SHIN_INNER = leg("front", [(746, 0.72, 0.98), (780, 0.62, 0.96), (820, 0.6, 0.94), (860, 0.62, 0.92),
                           (880, 0.7, 0.88)])
both("adductor_longus_tp1", "front", essential=AL_GROIN,
     spillover=union([leg("front", [(600, 0.72, 0.98), (640, 0.7, 0.98), (680, 0.7, 0.98)]), KNEE_INNER]))
both("adductor_longus_tp2", "front",
     essential=union([
         leg("front", [(560, 0.7, 0.97), (600, 0.66, 0.98), (640, 0.64, 0.99), (680, 0.66, 0.99)]),
         KNEE_INNER,
     ]),
     spillover=SHIN_INNER)
both("adductor_brevis_tp1", "front",
     essential=union([
         smooth([(166, 498), (180, 498), (193, 504), (197, 514), (196, 538), (190, 552), (178, 552), (170, 536),
                 (163, 514)]),
         KNEE_INNER,
     ]),
     spillover=union([leg("front", [(548, 0.72, 0.98), (600, 0.7, 0.98), (650, 0.7, 0.98), (694, 0.72, 0.98)]),
                      SHIN_INNER]))

# Adductor magnus: TP1 over the inner front of the thigh from the groin nearly to the knee; TP2 (near the ischial
# tuberosity) deep in the pelvis (the pubic bone, vagina, rectum), drawn over the pelvic floor, spilling to the groin.
both("adductor_magnus_tp1", "front",
     essential=leg("front", [(499, 0.74, 0.93), (506, 0.68, 0.99), (530, 0.62, 0.99), (570, 0.6, 0.99), (610, 0.56, 0.99),
                             (650, 0.6, 0.99), (684, 0.68, 0.98)]))
both("adductor_magnus_tp2", "back",
     essential=smooth([(201.5, 497), (208, 496), (213, 502), (214.5, 513), (211.5, 524), (204.5, 529), (201.3, 522),
                       (201.2, 508)]))
both("adductor_magnus_tp2", "front",
     spillover=smooth([(186, 494), (196, 496), (200.3, 500), (200.3, 518), (194, 524), (186, 518), (182, 504)]))

# Gracilis: hot, stinging, superficial pain along the inner thigh; the inner knee as spillover.
both("gracilis_tp1", "front",
     essential=leg("front", [(548, 0.74, 0.99), (580, 0.72, 0.99), (620, 0.72, 0.99), (660, 0.74, 0.99),
                             (688, 0.78, 0.98)]),
     spillover=smooth([(174, 682), (182, 684), (184, 700), (183.5, 722), (181, 738), (175, 740), (173, 722),
                       (173, 700)]))

# Quadriceps (Quadriceps Femoris Group). Rectus femoris: to and around the patella, deep in the knee, spilling over
# the lower front of the thigh.
PATELLA_ZONE = smooth([(149, 706), (156, 698), (166, 698), (173, 706), (176, 720), (173, 736), (166, 744),
                       (157, 744), (150, 736), (147, 720)])
both("rectus_femoris_tp1", "front", essential=PATELLA_ZONE,
     spillover=leg("front", [(618, 0.38, 0.64), (650, 0.34, 0.7), (680, 0.32, 0.76), (704, 0.34, 0.76)]))
# Vastus medialis: TP1 the front of the knee (the inner half of the patella and above it), spilling to the inner
# knee; TP2 a strip along the inner front of the thigh to the inner knee, spilling over the lower front of the thigh.
both("vastus_medialis_tp1", "front",
     essential=smooth([(156, 700), (165, 694), (173, 698), (177, 710), (176, 726), (170, 738), (161, 740),
                       (155, 730), (153, 714)]),
     spillover=smooth([(174, 690), (181, 694), (184, 710), (183.5, 728), (180, 742), (174, 744), (176, 722),
                       (175, 704)]))
both("vastus_medialis_tp2", "front",
     essential=union([
         leg("front", [(626, 0.56, 0.84), (660, 0.6, 0.9), (690, 0.62, 0.95)]),
         smooth([(170, 686), (180, 688), (183.5, 704), (183, 724), (178, 738), (171, 734), (169, 716), (168, 698)]),
     ]),
     spillover=leg("front", [(610, 0.36, 0.56), (640, 0.32, 0.6), (670, 0.34, 0.62), (694, 0.4, 0.62)]))
# Vastus intermedius: over the front of the thigh, strongest at mid-thigh, nearly to the knee (no lighter zone beyond
# the front of the thigh in the drawing, so one solid zone).
both("vastus_intermedius_tp1", "front",
     essential=leg("front", [(540, 0.3, 0.56), (570, 0.26, 0.64), (610, 0.26, 0.66), (650, 0.3, 0.66),
                             (680, 0.36, 0.62)]))
# Vastus lateralis: TP1 the outer knee and the outer border of the patella, spilling up the outer thigh; TP2 the
# length of the outer thigh, spilling up to the hip and down to the outer knee; TP3 and TP4 (behind, in the
# posterolateral part) the outer thigh and knee, up to the hip for TP4, spilling to the back of the knee; TP5 a
# patch just below the greater trochanter.
VL_KNEE = smooth([(138, 694), (146, 690), (154, 696), (158, 708), (158, 724), (154, 738), (146, 748), (139, 744),
                  (137, 724), (136.5, 706)])
both("vastus_lateralis_tp1", "front", essential=VL_KNEE,
     spillover=leg("front", [(626, 0.0, 0.22), (660, 0.0, 0.3), (690, 0.0, 0.34)]))
both("vastus_lateralis_tp2", "front",
     essential=leg("front", [(540, 0.0, 0.24), (580, 0.0, 0.3), (620, 0.0, 0.32), (660, 0.0, 0.3), (690, 0.02, 0.24)]),
     spillover=union([leg("front", [(470, 0.0, 0.14), (500, 0.0, 0.22), (540, 0.0, 0.24)]),
                      leg("front", [(686, 0.0, 0.28), (710, 0.0, 0.24), (738, 0.06, 0.18)])]))
both("vastus_lateralis_tp3", "back",
     essential=union([leg("back", [(596, 0.0, 0.18), (640, 0.0, 0.26), (690, 0.0, 0.3), (730, 0.0, 0.3)]),
                      smooth([(254, 728), (262, 724), (272, 732), (273, 748), (264, 756), (255, 750)])]),
     spillover=smooth([(243, 700), (252, 704), (256, 722), (254, 744), (246, 750), (238, 738), (238, 716)]))
both("vastus_lateralis_tp3", "front",
     essential=leg("front", [(600, 0.0, 0.1), (650, 0.0, 0.14), (700, 0.0, 0.16), (740, 0.0, 0.14)]))
both("vastus_lateralis_tp4", "back",
     essential=leg("back", [(488, 0.0, 0.14), (540, 0.0, 0.22), (600, 0.0, 0.26), (660, 0.0, 0.28), (710, 0.0, 0.3),
                            (745, 0.0, 0.26)]),
     spillover=smooth([(243, 700), (252, 704), (256, 722), (254, 744), (246, 750), (238, 738), (238, 716)]))
both("vastus_lateralis_tp4", "front",
     essential=leg("front", [(488, 0.0, 0.08), (560, 0.0, 0.12), (640, 0.0, 0.14), (700, 0.0, 0.16), (742, 0.0, 0.14)]))
both("vastus_lateralis_tp5", "front",
     essential=smooth([(117, 510), (127, 508), (137, 515), (140, 534), (138.5, 556), (133, 576), (125, 590),
                       (119, 586), (117, 560)]))
both("vastus_lateralis_tp5", "back",
     essential=smooth([(283, 512), (274, 512), (266, 522), (266, 540), (272, 560), (279, 578), (284, 560)]))

# Hamstrings (Hamstring Muscles). Biceps femoris: concentrated at the back of the knee, spilling up the back and
# outer thigh and a short way into the calf. Semitendinosus and semimembranosus: up to the lower buttock, the
# gluteal fold and the upper back of the thigh, spilling down the inner back of the thigh and knee and into the
# upper inner calf.
BF_ESSENTIAL = leg("back", [(692, 0.26, 0.7), (704, 0.15, 0.8), (722, 0.13, 0.82), (740, 0.15, 0.78),
                            (752, 0.26, 0.66)])
BF_SPILLOVER = union([
    leg("back", [(566, 0.3, 0.56), (610, 0.12, 0.58), (660, 0.08, 0.62), (700, 0.08, 0.66)]),
    leg("back", [(744, 0.28, 0.8), (770, 0.26, 0.78), (796, 0.34, 0.66), (806, 0.44, 0.56)]),
])
for tp in ("biceps_femoris_tp1", "biceps_femoris_tp2"):
    both(tp, "back", essential=BF_ESSENTIAL, spillover=BF_SPILLOVER)
HAM_MEDIAL_ESSENTIAL = smooth([(208, 532), (222, 540), (238, 548), (250, 556), (252, 572), (246, 592), (234, 604),
                               (220, 604), (211, 592), (207, 570), (206.5, 548)])
HAM_MEDIAL_SPILLOVER = union([
    leg("back", [(596, 0.45, 0.66), (640, 0.44, 0.68), (690, 0.44, 0.68), (730, 0.44, 0.66)]),
    leg("back", [(726, 0.48, 0.68), (760, 0.44, 0.66), (790, 0.5, 0.66), (806, 0.56, 0.64)]),
])
for tp in ("semitendinosus_tp1", "semimembranosus_tp1"):
    both(tp, "back", essential=HAM_MEDIAL_ESSENTIAL, spillover=HAM_MEDIAL_SPILLOVER)

# Popliteus: the back of the knee, with a smaller spread into the top of the calf; both rows give the one pattern.
POP_ESSENTIAL = smooth([(228, 703), (240, 699), (252, 703), (255.5, 716), (252, 731), (243, 740), (231, 740),
                        (224.5, 730), (224, 714)])
POP_SPILLOVER = smooth([(226, 738), (240, 742), (254, 738), (256, 756), (248, 772), (236, 778), (226, 770),
                        (222, 754)])
for tp in ("popliteus_tp1", "popliteus_tp2"):
    both(tp, "back", essential=POP_ESSENTIAL, spillover=POP_SPILLOVER)


# ====================================================================================================
# LATERAL VIEW: the patterns the charts show from the side (gluteus minimus, gluteus medius, tensor fasciae latae,
# vastus lateralis, biceps femoris).
def _lateral():
    if L is None:
        return
    lv = "lateral"
    both("gluteus_minimus_tp1", lv,
         essential=union([
             smooth([(174, 474), (190, 470), (206, 478), (214, 496), (212, 520), (204, 540), (188, 548), (174, 540),
                     (168, 520), (168, 496)]),
             leg(lv, [(520, 0.3, 0.62), (570, 0.32, 0.6), (630, 0.34, 0.6), (690, 0.34, 0.6), (730, 0.34, 0.58),
                      (770, 0.3, 0.6), (820, 0.28, 0.6), (860, 0.3, 0.56), (888, 0.36, 0.52)]),
         ]),
         spillover=leg(lv, [(884, 0.32, 0.56), (900, 0.26, 0.6), (916, 0.28, 0.6), (930, 0.36, 0.5)]))
    both("gluteus_minimus_tp2", lv,
         essential=union([
             smooth([(146, 500), (160, 498), (170, 512), (170, 536), (160, 552), (146, 552), (138, 536), (138, 514)]),
             leg(lv, [(548, 0.0, 0.2), (620, 0.0, 0.2), (690, 0.0, 0.18), (730, 0.0, 0.12), (770, 0.0, 0.22),
                      (840, 0.0, 0.22), (870, 0.02, 0.14)]),
         ]),
         spillover=leg(lv, [(690, 0.0, 0.22), (712, 0.0, 0.26), (740, 0.0, 0.26), (760, 0.0, 0.2)]))
    both("gluteus_medius_tp2", lv,
         essential=smooth([(150, 462), (166, 446), (186, 440), (204, 446), (214, 462), (210, 486), (198, 500),
                           (176, 504), (156, 498), (146, 482)]),
         spillover=leg(lv, [(500, 0.0, 0.62), (530, 0.0, 0.6), (560, 0.02, 0.56), (586, 0.12, 0.46)]))
    both("gluteus_medius_tp3", lv,
         essential=smooth([(232, 424), (222, 416), (204, 411), (186, 412), (170, 418), (158, 426), (152, 438),
                           (160, 444), (172, 432), (188, 424), (206, 424), (222, 430), (232, 440)]),
         spillover=smooth([(166, 440), (184, 432), (206, 432), (224, 440), (226, 458), (210, 468), (186, 468),
                           (166, 460)]))
    both("tensor_fasciae_latae_tp1", lv,
         essential=leg(lv, [(458, 0.52, 0.88), (490, 0.42, 0.86), (530, 0.4, 0.82), (570, 0.42, 0.78),
                            (620, 0.44, 0.74), (660, 0.5, 0.68)]),
         spillover=leg(lv, [(640, 0.38, 0.72), (690, 0.38, 0.7), (720, 0.4, 0.66), (748, 0.46, 0.62)]))
    both("vastus_lateralis_tp1", lv,
         essential=smooth([(206, 694), (220, 682), (234, 686), (242, 704), (242, 724), (236, 740), (222, 748),
                           (208, 744), (201, 724)]),
         spillover=leg(lv, [(620, 0.36, 0.7), (660, 0.34, 0.72), (700, 0.36, 0.7)]))
    both("vastus_lateralis_tp2", lv,
         essential=leg(lv, [(530, 0.3, 0.7), (580, 0.28, 0.78), (630, 0.28, 0.8), (680, 0.32, 0.74), (700, 0.36, 0.66)]),
         spillover=union([smooth([(178, 472), (196, 466), (214, 472), (222, 494), (218, 530), (196, 536), (178, 528),
                                  (172, 500)]),
                          leg(lv, [(696, 0.32, 0.64), (720, 0.32, 0.62), (748, 0.38, 0.56)])]))
    for tp, top in (("vastus_lateralis_tp3", 590), ("vastus_lateralis_tp4", 488)):
        both(tp, lv,
             essential=leg(lv, [(top, 0.26, 0.46), (top + (700 - top) * 0.4, 0.24, 0.56), (700, 0.24, 0.6),
                                (730, 0.26, 0.6), (752, 0.3, 0.54)]),
             spillover=leg(lv, [(698, -0.05, 0.22), (720, -0.05, 0.24), (746, -0.05, 0.22)]))
    both("vastus_lateralis_tp5", lv,
         essential=smooth([(196, 506), (212, 504), (224, 512), (226, 532), (220, 556), (210, 576), (194, 579),
                           (185, 562), (189, 532)]))
    for tp in ("biceps_femoris_tp1", "biceps_femoris_tp2"):
        both(tp, lv,
             essential=leg(lv, [(694, -0.05, 0.22), (720, -0.05, 0.26), (748, -0.05, 0.22)]),
             spillover=union([leg(lv, [(580, 0.0, 0.2), (640, 0.0, 0.24), (694, 0.0, 0.26)]),
                              leg(lv, [(746, 0.0, 0.22), (776, 0.0, 0.2), (800, 0.02, 0.1)])]))
    # The marks of these trigger points on the lateral view: zones_lateral_marks.py.


_lateral()
