"""Muscle shapes: hip and thigh (front view: person's right at x < 200; back view: x > 200).

Superficial neighbours are cut against each other (`_minus`) so they meet along shared
borders like an anatomy chart; the deep layer is drawn whole (dashed outline).
"""
from shapely.ops import unary_union

from .muscles import add
from .registry import mark
from .shapes import largest, smooth, stroke, tapered, limb


def _minus(geom, *others, gap: float = 0.7, keep_all: bool = False):
    """What is left of geom after removing the others (with a thin seam): the biggest piece,
    or with keep_all every piece that is not a crumb."""
    cut = unary_union([o.buffer(gap) for o in others])
    rest = geom.difference(cut)
    if not keep_all:
        return largest(rest)
    return unary_union([p for p in getattr(rest, "geoms", [rest]) if p.area > 12])


# ----------------------------------------------------------------------------------------
# FRONT VIEW (person's right at x < 200; lateral = smaller x)
# Landmarks: ASIS (135,455), greater trochanter (117,495), pubic tubercle ~(188,503),
# crotch (200,510), patella centre (162,724), tibial tuberosity ~(163,755).
# ----------------------------------------------------------------------------------------

# Sartorius: the long strap from the ASIS, diagonally across the thigh, behind the
# medial condyle, to the pes anserinus on the medial tibia.
SARTORIUS_F = tapered(
    [(135.5, 457), (138, 478), (142.5, 506), (149.5, 542), (158.5, 578), (167, 610), (175, 640), (179.5, 672),
     (181.5, 704), (180, 734), (174, 758)],
    [6, 8.5, 9.5, 10, 10, 10, 9.5, 9, 8.5, 7.5, 5.5])

# Tensor fasciae latae: from the ASIS and front of the iliac crest, a flat belly down the
# anterolateral hip into the iliotibial band about a quarter of the way down the thigh.
TFL_F = smooth([
    (134, 452), (128, 445), (123, 449), (120, 462), (117.5, 482), (116.5, 505), (117, 528), (118.5, 550),
    (121, 568), (125, 566), (129, 548), (133.5, 522), (137, 497), (138.5, 475), (137.5, 460)])

# Gracilis: thin strap from the inferior pubic ramus down the medial edge of the thigh,
# disappearing behind sartorius above the knee.
GRACILIS_F = tapered(
    [(196, 512), (192.5, 540), (189.5, 570), (186.5, 600), (183.5, 630), (181.5, 660), (181, 690), (181, 715)],
    [9, 8.5, 7.5, 7, 6.5, 6, 5.5, 5])

# Pectineus: quadrilateral from the pecten pubis down and out to the pectineal line,
# medial to iliopsoas in the floor of the femoral triangle.
PECTINEUS_F = smooth([
    (176, 493), (181.5, 498), (187, 503), (185, 512), (180, 527), (174, 543), (167.5, 557), (161.5, 562),
    (158, 557), (162, 545), (168, 528), (172, 512), (174.5, 500)])

# Adductor longus: triangle from the pubic body just below the crest, fanning down and out
# to the middle third of the linea aspera, where it passes under sartorius.
ADDUCTOR_LONGUS_F = smooth([
    (186, 503), (192, 506), (194, 512), (191, 530), (187, 552), (181, 576), (174.5, 600), (168, 618),
    (163, 614), (162, 596), (165, 574), (170, 552), (177, 532), (182, 516)])

# Rectus femoris: fusiform/bipennate belly down the middle of the front of the thigh from the
# AIIS (under sartorius and TFL) to the quadriceps tendon at the top of the patella.
RECTUS_FEMORIS_F = tapered(
    [(140, 468), (139.5, 492), (140, 520), (142, 555), (145, 592), (149, 630), (153.5, 666), (157.5, 694), (160.5, 711)],
    [9, 16, 23, 28, 29, 25, 18, 12, 9])

# Vastus lateralis: the big lateral belly from the greater trochanter to the lateral border
# of the patella (a thin strip along the lateral edge is left bare for the iliotibial band).
VASTUS_LATERALIS_F = smooth([
    (125, 506), (132, 520), (135, 545), (134, 580), (137, 620), (143, 655), (150, 685), (155, 702),
    (152, 713), (146, 716), (141, 708), (135.5, 688), (130, 660), (125, 630), (122.5, 600), (121, 570),
    (120.5, 540), (121.5, 518)])

# Vastus medialis: the teardrop above and medial to the patella.
VASTUS_MEDIALIS_F = smooth([
    (163, 594), (168, 610), (172.5, 630), (176, 652), (178.5, 676), (178.5, 698), (175.5, 712), (170, 718),
    (164.5, 713), (160.5, 702), (157.5, 684), (156.5, 660), (157.5, 634), (160, 610)])

# Vastus intermedius: deep to rectus femoris on the front and sides of the femoral shaft.
VASTUS_INTERMEDIUS_F = smooth([
    (131, 510), (139, 505), (148, 508), (154, 520), (157, 545), (159.5, 580), (161.5, 620), (162.5, 655),
    (162, 685), (159.5, 703), (153.5, 704), (148, 684), (140, 657), (131.5, 628), (125.5, 595), (124, 560),
    (126, 530)])

# Adductor brevis: deep to pectineus and adductor longus, pubis to the upper linea aspera.
ADDUCTOR_BREVIS_F = smooth([
    (180, 504), (188, 507), (193, 514), (190, 530), (183, 550), (174, 570), (165, 584), (159.5, 580),
    (160, 566), (165, 548), (171, 528), (176, 512)])

# Adductor magnus: on the front only a sliver between adductor longus and gracilis.
ADDUCTOR_MAGNUS_F = smooth([
    (190, 545), (189, 570), (186.5, 595), (183, 618), (179, 638), (172, 640), (170, 625), (172, 605),
    (176, 585), (181, 565), (186, 548)])

SAR = SARTORIUS_F
TFL = TFL_F
GRA = _minus(GRACILIS_F, SAR)
PEC = PECTINEUS_F
AL = _minus(ADDUCTOR_LONGUS_F, PEC, SAR, GRA)
RF = _minus(RECTUS_FEMORIS_F, SAR, TFL)
VL = _minus(VASTUS_LATERALIS_F, RF, TFL)
VM = _minus(VASTUS_MEDIALIS_F, SAR, RF)
AM_F = _minus(ADDUCTOR_MAGNUS_F, AL, GRA, SAR, VM)

add("tensor_fasciae_latae", "front", TFL, fibers=("parallel", 97))
add("sartorius", "front", SAR, fibers=("parallel", 68))
add("rectus_femoris", "front", RF, fibers=("fan", (161, 760)))
add("vastus_lateralis", "front", VL, fibers=("fan", (172, 770)))
add("vastus_medialis", "front", VM, fibers=("fan", (150, 750)))
add("vastus_intermedius", "front", VASTUS_INTERMEDIUS_F, depth="deep", fibers=("parallel", 86))
add("pectineus", "front", PEC, fibers=("parallel", 118))
add("adductor_longus", "front", AL, fibers=("parallel", 112))
add("adductor_brevis", "front", ADDUCTOR_BREVIS_F, depth="deep", fibers=("parallel", 120))
add("adductor_magnus", "front", AM_F, fibers=("parallel", 105))
add("gracilis", "front", GRA, fibers=("parallel", 97))

# ----------------------------------------------------------------------------------------
# BACK VIEW (person's right at x > 200; lateral = larger x)
# Landmarks: PSIS ~(222,440), iliac crest top ~(262,412), coccyx tip ~(202,500),
# greater trochanter (283,495), ischial tuberosity ~(230,532), gluteal fold y~548-560,
# knee crease y=722 (x 224-250), fibular head ~(258,738).
# ----------------------------------------------------------------------------------------

# Gluteus maximus: thick quadrilateral from the posterior ilium, sacrum, coccyx and
# sacrotuberous ligament, fibres down and out to the iliotibial band and gluteal tuberosity.
GMAX_FULL = smooth([
    (221.5, 441), (231, 444), (245, 452), (260, 462), (273, 475), (282, 488), (284.5, 502), (284, 527),
    (281.5, 552), (277.5, 569), (270, 576), (256, 571), (239, 561), (222, 549), (209.5, 536), (204, 518),
    (205, 497), (209.5, 478), (216, 461)])

# Gluteus medius: fan from the outer ilium below the crest to the greater trochanter;
# only the upper outer part above gluteus maximus is superficial.
GMED_FULL = smooth([
    (222, 449), (228, 442), (239, 436), (251, 427), (263, 420), (271, 425), (276, 440), (280.5, 460),
    (283.5, 480), (284, 497), (277, 496), (264, 482), (248, 467), (232, 454)])

# Gluteus minimus: deep, under medius, ilium between the gluteal lines to the trochanter.
GMIN_B = smooth([
    (238, 452), (246, 442), (258, 434), (270, 432), (277, 443), (281, 458), (283, 478), (283, 492),
    (277, 492), (268, 482), (256, 472), (244, 462)])

# Piriformis: deep, from the front of the sacrum out through the greater sciatic notch to the
# top of the greater trochanter.
PIRIFORMIS_B = smooth([
    (207, 457), (215, 455), (227, 459), (242, 466), (258, 474), (272, 481), (280, 485), (280, 491),
    (272, 492), (257, 490), (241, 487), (226, 484), (214, 481), (207, 474)])

# Short lateral rotators: deep, below piriformis: the gemelli (flanking the obturator internus
# tendon, which the trunk module draws with the pelvic floor), obturator externus and quadratus
# femoris from the ischial tuberosity across to the trochanter and intertrochanteric crest.
SLR_B = smooth([
    (224, 503), (238, 503), (255, 502), (270, 501), (279, 502.5), (279.5, 513), (276, 526), (265, 533),
    (249, 535), (236, 537), (230, 534), (226, 520)])

# Hamstrings from the ischial tuberosity. Biceps femoris (long head, with the short head
# joining laterally in the lower third) to the fibular head; semitendinosus on top of the
# broader semimembranosus, its cord-like tendon running down the medial side to the pes anserinus.
BICEPS_FEMORIS_B = smooth([
    (229, 537), (236, 541), (244, 558), (252, 580), (258.5, 606), (261.5, 635), (261.5, 664), (260.5, 690),
    (260, 712), (259, 728), (256, 728), (254.5, 712), (249.5, 696), (244, 678), (239, 655), (235, 625),
    (231.5, 595), (228, 565)])
SEMITENDINOSUS_B = tapered(
    [(229.5, 540), (230, 565), (230, 592), (229, 620), (226.5, 646), (224, 672), (222.5, 698), (221.5, 727)],
    [8, 12.5, 14, 13, 9.5, 6, 4.5, 3.5])
SEMIMEMBRANOSUS_B = smooth([
    (224, 548), (229, 556), (233, 585), (236, 615), (239, 645), (240, 668), (237.5, 689), (232, 706),
    (225.5, 721), (220.5, 727), (218, 716), (217.5, 695), (218.5, 665), (219.5, 635), (220, 605),
    (221, 575)])

# Adductor magnus: medial back of the thigh between the hamstrings and gracilis, from the
# ischial tuberosity and ramus to the adductor tubercle.
ADDUCTOR_MAGNUS_B = smooth([
    (206, 533), (215, 538), (224, 548), (224.5, 565), (222.5, 590), (220.5, 618), (219.5, 648), (219.5, 675),
    (218.5, 692), (216.5, 676), (215, 645), (213, 612), (210.5, 580), (207.5, 552)])

# Gracilis along the medial edge.
GRACILIS_B = tapered(
    [(205, 522), (208, 545), (211.5, 575), (214.5, 605), (217.5, 640), (220, 675), (221, 705), (221, 724)],
    [8, 8, 7.5, 7, 6.5, 6, 5, 4])

# Vastus lateralis behind the iliotibial band, lateral to biceps femoris.
VASTUS_LATERALIS_B = smooth([
    (270, 566), (277, 582), (280, 604), (278, 632), (273, 660), (267.5, 686), (263, 704), (259.5, 712),
    (260, 692), (262, 665), (263, 636), (261, 606), (256, 584), (262, 572)])

# Popliteus: deep, from the lateral femoral condyle down and in to the posterior tibia.
POPLITEUS_B = smooth([
    (249, 712), (255, 716), (253, 726), (244, 738), (233, 750), (222, 760), (215.5, 762), (214, 754),
    (219, 742), (229, 730), (240, 719)])

GMAX = GMAX_FULL
GMED = _minus(GMED_FULL, GMAX)
ST = SEMITENDINOSUS_B
BF = _minus(BICEPS_FEMORIS_B, GMAX, ST)
SM = _minus(SEMIMEMBRANOSUS_B, GMAX, ST, BF, keep_all=True)
GRA_B = _minus(GRACILIS_B, GMAX)
AM_B = _minus(ADDUCTOR_MAGNUS_B, GMAX, ST, SM, GRA_B)
VL_B = _minus(VASTUS_LATERALIS_B, GMAX, BF)
ST = _minus(ST, GMAX)

add("gluteus_maximus", "back", GMAX, fibers=("parallel", 40))
add("gluteus_medius", "back", GMED, fibers=("fan", (283, 500)))
add("gluteus_minimus", "back", GMIN_B, depth="deep", fibers=("fan", (282, 498)))
add("piriformis", "back", PIRIFORMIS_B, depth="deep", fibers=("parallel", 15))
add("short_lateral_rotators", "back", SLR_B, depth="deep", fibers=("parallel", 0))
add("biceps_femoris", "back", BF, fibers=("parallel", 68))
add("semitendinosus", "back", ST, fibers=("parallel", 92))
add("semimembranosus", "back", SM, fibers=("parallel", 95))
add("adductor_magnus", "back", AM_B, fibers=("parallel", 98))
add("gracilis", "back", GRA_B, fibers=("parallel", 84))
add("vastus_lateralis", "back", VL_B, fibers=("parallel", 108))
add("popliteus", "back", POPLITEUS_B, depth="deep", fibers=("parallel", 128))


# ---------------------------------------------------------------- trigger points
# Where each trigger point is drawn (person's right side); the first view given is its own.
mark("gluteus_maximus_tp1", "back", (220, 459))
mark("gluteus_maximus_tp2", "back", (236, 522))
mark("gluteus_maximus_tp3", "back", (209, 520))
mark("gluteus_medius_tp1", "back", (237, 442))
mark("gluteus_medius_tp2", "back", (255, 436))
mark("gluteus_medius_tp3", "back", (274, 448))
mark("gluteus_minimus_tp1", "back", (277, 458))
mark("gluteus_minimus_tp2", "back", (255, 465))
mark("piriformis_tp1", "back", (268, 484))
mark("piriformis_tp2", "back", (227, 473))
mark("short_lateral_rotators_tp1", "back", (252, 518))
mark("tensor_fasciae_latae_tp1", "front", (127, 478))
mark("sartorius_tp1", "front", (142.3, 505))
mark("sartorius_tp2", "front", (164.5, 600))
mark("sartorius_tp3", "front", (178.5, 690))
mark("pectineus_tp1", "front", (178, 512))
mark("adductor_longus_tp1", "front", (180, 548))
mark("adductor_longus_tp2", "front", (175, 582))
mark("adductor_brevis_tp1", "front", (178, 530))
mark("adductor_magnus_tp1", "front", (178.5, 603))
mark("adductor_magnus_tp2", "back", (216, 554))
mark("gracilis_tp1", "front", (185.3, 610))
mark("rectus_femoris_tp1", "front", (137.5, 537))
mark("vastus_medialis_tp1", "front", (171, 703))
mark("vastus_medialis_tp2", "front", (166, 658))
mark("vastus_intermedius_tp1", "front", (143, 590))
mark("vastus_lateralis_tp1", "front", (147, 700))
mark("vastus_lateralis_tp2", "front", (126, 610))
mark("vastus_lateralis_tp3", "back", (266, 665))
mark("vastus_lateralis_tp4", "back", (269.5, 620))
mark("vastus_lateralis_tp5", "front", (124.5, 580))
mark("biceps_femoris_tp1", "back", (250, 645))
mark("biceps_femoris_tp2", "back", (257, 678))
mark("semitendinosus_tp1", "back", (227.2, 640))
mark("semimembranosus_tp1", "back", (234, 662))
mark("popliteus_tp1", "back", (223, 752))
mark("popliteus_tp2", "back", (250, 719))
