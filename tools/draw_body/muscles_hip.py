"""Muscle shapes: hip, thigh and knee (front view: person's right at x < 200; back view: x > 200).

Drawn as the atlases draw them: superficial neighbours are cut against each other (`_minus`) so they meet along
shared borders; tendons and aponeuroses are the pale `tendon=` parts; fibres are lofted from origin to insertion.
The iliotibial band, the quadriceps and patellar tendons, the patella and the creases are decor (decor_hip.py).

FRONT landmarks (right side): ASIS (135, 455), AIIS (141, 475), greater trochanter (117, 500), pubic tubercle
(187, 497), pubic symphysis (200, 502), patella (161, 720; base y 709, apex y 733), tibial tuberosity
(162.5, 753), Gerdy's tubercle (148, 746), fibular head (140, 748), pes anserinus (174, 760).
BACK landmarks: PSIS (222, 442), iliac crest top (262, 415), coccyx tip (201, 500), greater trochanter
(283, 495), ischial tuberosity (230, 532), gluteal fold y 545-560, popliteal crease y 722, fibular head (260, 740).
"""
from shapely.geometry import Polygon, box
from shapely.ops import unary_union

from . import body as B
from .muscles import add
from .registry import landmark, mark
from .shapes import largest, smooth, tapered, limb

SIL = B.silhouette()


def _in(geom):
    """The part of a shape inside the body outline."""
    return largest((geom & SIL).buffer(0))


def _minus(geom, *others, gap: float = 0.7, keep_all: bool = False):
    """What is left of geom after removing the others (with a thin seam): the biggest piece,
    or with keep_all every piece that is not a crumb."""
    cut = unary_union([o.buffer(gap) for o in others])
    rest = geom.difference(cut)
    if not keep_all:
        return largest(rest)
    return unary_union([p for p in getattr(rest, "geoms", [rest]) if p.area > 12])


def _below(geom, y: float):
    return geom & box(-1000, y, 1000, 2000)


def _above(geom, y: float):
    return geom & box(-1000, -1000, 1000, y)


def _under(geom, line):
    """The part of geom below a line (points left to right): a tendon whose junction with the belly is curved or
    oblique, as the fibres end."""
    (x0, y0), (x1, y1) = line[0], line[-1]
    return geom & Polygon([(x0 - 200, y0), *line, (x1 + 200, y1), (x1 + 200, 3000), (x0 - 200, 3000)])


def _border(line, widths, side: float, ys):
    """Points on one border of a tapered strip (side -1: the smaller-x border, +1: the larger-x border) at the
    heights ys, for fibre lofts."""
    out = []
    for y in ys:
        for (xa, ya), (xb, yb), wa, wb in zip(line, line[1:], widths, widths[1:]):
            if ya <= y <= yb:
                f = (y - ya) / (yb - ya) if yb > ya else 0.0
                out.append((xa + (xb - xa) * f + side * (wa + (wb - wa) * f) / 2, y))
                break
    return out


for name, pt in {"asis": (135, 455), "aiis": (141, 475), "greater_trochanter": (117, 500),
                 "pubic_tubercle": (187, 497), "patella": (161, 720), "patella_apex": (161.5, 733),
                 "tibial_tuberosity": (162.5, 753), "gerdy_tubercle": (148, 746), "fibular_head": (140, 748),
                 "pes_anserinus": (174, 760), "adductor_tubercle": (181, 703)}.items():
    landmark("front", name, pt)
for name, pt in {"psis": (222, 442), "iliac_crest_top": (262, 415), "coccyx": (201, 500),
                 "greater_trochanter": (283, 495), "ischial_tuberosity": (230, 532), "fibular_head": (260, 740),
                 "popliteal_crease": (238, 722)}.items():
    landmark("back", name, pt)

# ========================================================================================
# FRONT VIEW (person's right at x < 200; lateral = smaller x)
# ========================================================================================

# The patella (the decor module draws it, with the quadriceps and patellar tendons): the vasti stop at its borders.
PATELLA = smooth([(151.6, 716.5), (153.8, 711.4), (158, 708.8), (164.5, 708.8), (168.6, 711.4), (170.7, 716.5),
                  (170.2, 723.5), (167.2, 729), (161.6, 733.6), (156, 729), (152.8, 723.5)])

# Iliotibial band (the decor module draws it): its medial edge, which the muscles keep clear of.
# (broad where tensor fasciae latae and, behind, gluteus maximus end in it; narrowing down the outer thigh to the
# lateral tibia; its outer part is cut by the outline of the thigh)
ITB_FRONT = smooth([
    (110, 520), (116, 508), (121, 528), (124.5, 556), (127.6, 572), (129.4, 600), (131, 630), (133.6, 660),
    (137.6, 690), (141.8, 712), (146, 728), (150.5, 742), (148, 750), (143, 748), (137.5, 735), (130, 712),
    (122, 680), (117, 640), (113, 600), (110, 560)])

# Tensor fasciae latae: from the ASIS and the front of the outer lip of the iliac crest, a flat belly down the
# anterolateral hip, ending in the iliotibial band about a quarter of the way down the thigh.
TFL = smooth([
    (133.5, 451.5), (130, 447.5), (126, 446.5), (122.5, 454), (121, 470), (120.8, 490), (121.3, 510),
    (122.3, 530), (123.5, 549), (125, 566), (128.5, 559), (132.5, 540), (136, 516), (138, 492), (137.5, 468)])
TFL_FIBERS = ("loft", [(125.5, 448), (131, 449), (136.5, 456)], [(122.5, 550), (124, 560), (126, 563)],
              [(121.5, 500), (128.5, 502), (137, 505)])

# Gluteus medius seen from the front: the strip between the iliac crest and the top of the trochanter, behind
# (lateral to) the tensor.
GMED_FRONT = smooth([
    (127, 440.5), (131, 444), (127, 447), (123, 452), (120.5, 462), (120, 478), (120, 492), (116.5, 497),
    (115.5, 482), (117.5, 462), (121.5, 448)])

# Sartorius: the long strap from the ASIS across the front of the thigh (over the top of rectus femoris, then
# along the roof of the adductor canal) to behind the medial condyle, curving forward to the pes anserinus.
SAR_LINE = [(134.5, 456), (137.5, 478), (142.5, 506), (149, 540), (155, 562), (162, 587), (169, 613), (175, 640),
            (181, 668), (184.5, 695), (183.5, 716), (181.5, 733), (177, 747), (171.5, 757)]
SAR_FULL = tapered(SAR_LINE, [6, 9, 10, 10.5, 11, 11.2, 11.2, 11, 10.5, 10, 8.8, 6.5, 5, 4])

# Rectus femoris: fusiform, bipennate, down the middle of the front of the thigh from the AIIS (under the V of
# sartorius and tensor) to the quadriceps tendon at the base of the patella.
RF_LINE = [(141, 476), (141, 500), (142, 525), (145, 550), (148.5, 577), (152, 604), (155, 632), (157, 656),
           (159, 678), (160.5, 696), (161.5, 708)]
RF_WIDTHS = [7, 13, 19, 22.5, 24, 24, 22.5, 19, 14.5, 11, 10]
RF_FULL = tapered(RF_LINE, RF_WIDTHS)

# Vastus lateralis: the big lateral belly from the greater trochanter and the lateral linea aspera, running down
# and forward to the lateral border of the patella; its outer part lies under the iliotibial band.
VL_FULL = smooth([
    (122, 505), (130, 502), (137.5, 509), (140.5, 530), (140, 560), (141, 600), (144, 640), (148.5, 670),
    (153, 692), (155.5, 704), (153.5, 712.5), (148, 712), (141.5, 702), (135.5, 684), (130.5, 660),
    (126.5, 628), (123.5, 592), (121.8, 555), (121, 525)])

# Vastus medialis: the teardrop above and medial to the patella, its lowest fibres (the oblique part) nearly
# horizontal into the medial border of the patella.
VM_FULL = smooth([
    (165, 598), (168.5, 618), (172.5, 642), (176.5, 664), (180.5, 684), (182.5, 700), (180.5, 712),
    (176, 719.5), (173, 719), (170.5, 713), (167.5, 707), (164.5, 702), (161.8, 690), (160.2, 666), (160.8, 638),
    (162.5, 615)])

# Pectineus: quadrilateral from the pecten pubis, down and out to the pectineal line of the femur, medial to
# iliopsoas in the floor of the femoral triangle.
PEC = smooth([
    (176, 493), (181.5, 498), (187, 503), (185, 512), (180, 527), (174, 543), (167.5, 557), (161.5, 562),
    (158, 557), (162, 545), (168, 528), (172, 512), (174.5, 500)])

# Adductor longus: a narrow tendon from the front of the pubis below the crest, fanning down and out to the middle
# third of the linea aspera, under sartorius at the apex of the femoral triangle.
AL_FULL = smooth([
    (187.5, 503), (193.5, 505), (196, 511), (194, 526), (189.5, 550), (183.5, 577), (177, 604), (171, 628),
    (163.5, 626), (160.5, 604), (163, 579), (168.5, 554), (175.5, 533), (182, 515)])

# Gracilis: thin strap from the body and inferior ramus of the pubis down the medial edge of the thigh; behind
# sartorius in the lower third, its tendon curving forward to the pes anserinus.
GRA_FULL = limb([(191, 511), (188, 540), (184.5, 575), (181.3, 610), (179, 645), (177.5, 675), (177.3, 700),
                 (177.8, 722)],
                [(204, 508), (199, 540), (193.5, 590), (189.5, 640), (187.5, 675), (187.5, 700), (186.5, 722)])
GRA_TENDON_F = tapered([(183.4, 731), (182, 745), (178.5, 756), (173.5, 764.5)], [3, 2.9, 2.7, 2.5])
# Semitendinosus: on the front view only its cord, the lowest tendon of the pes anserinus.
ST_TENDON_F = tapered([(184.6, 742), (183.6, 755), (180.5, 764), (175, 771)], [2.9, 2.8, 2.6, 2.4])

# Adductor magnus: on the front only a sliver between adductor longus and gracilis.
AM_FRONT_FULL = smooth([
    (193, 530), (190.5, 560), (186, 595), (181.5, 625), (176.5, 648), (171.5, 640), (175.5, 612), (181, 585),
    (186.5, 558), (190.5, 536)])

# Deep layer ----------------------------------------------------------------------------
# Vastus intermedius: under rectus femoris on the front and sides of the femoral shaft, into the deep layer of
# the quadriceps tendon.
VI = smooth([
    (128, 512), (137, 507), (147, 509), (153, 520), (157, 545), (160, 580), (163, 620), (165.5, 655), (167, 683),
    (166, 700), (160, 705.5), (153, 703), (147, 692), (140, 668), (133, 636), (128, 600), (125.5, 565),
    (125.5, 535)])
# Adductor brevis: behind pectineus and adductor longus, from the body and inferior ramus of the pubis to the
# pectineal line and the upper linea aspera.
AB = smooth([
    (181, 503), (188.5, 505), (194, 511), (193, 524), (187, 540), (178, 557), (168, 572), (161, 583),
    (155.5, 579), (156, 563), (161, 547), (168, 529), (175, 513)])
# Gluteus minimus seen from the front: its anterior fibres, deep to the tensor, to the front of the trochanter.
GMIN_FRONT = smooth([
    (130, 450), (134.5, 456), (134, 468), (129.5, 483), (124.5, 496), (120, 503), (118, 496), (119.5, 480),
    (122.5, 463), (126, 452)])

# Cut against each other --------------------------------------------------------------
SAR = _in(SAR_FULL)
SAR_TENDON = _under(SAR, [(170, 724), (186, 737)])
TFL_S = _minus(_in(TFL), SAR)
GMED_F = _minus(_in(GMED_FRONT), TFL_S)
RF = _minus(_in(RF_FULL), SAR, TFL_S, PATELLA)
VL = _minus(_in(VL_FULL), RF, TFL_S, ITB_FRONT, PATELLA.buffer(0.6), gap=0.6)
VM = _minus(_in(VM_FULL), SAR, RF, PATELLA.buffer(0.6))
GRA_F = _minus(_in(GRA_FULL), SAR)
AL = _minus(_in(AL_FULL), PEC, SAR, GRA_F)
AM_F = _minus(_in(AM_FRONT_FULL), AL, GRA_F, SAR, VM)
GRA_TEND = _minus(_in(GRA_TENDON_F), SAR, gap=0.5)
ST_TEND = _minus(_in(ST_TENDON_F), SAR, GRA_TEND, gap=0.5)

# Rectus femoris: its origin tendon (a strip down the front of the upper belly) and the end of the belly
# joining the quadriceps tendon are pale.
RF_TENDON = unary_union([
    RF & tapered([(141, 478), (141.5, 500), (142.5, 522), (144.5, 545)], [6, 4.5, 3, 1.2]),
    _under(RF, [(149, 680), (155, 691), (160.5, 699), (166, 691), (171, 680)]),
])

add("tensor_fasciae_latae", "front", TFL_S, fibers=TFL_FIBERS, tendon=_below(TFL_S, 555))
add("gluteus_medius", "front", GMED_F, fibers=("loft", [(120, 447), (126, 443), (131, 445)],
                                                 [(116.5, 496), (118, 497), (120, 496)]),
    part="anterior fibres, between the iliac crest and the tensor")
add("sartorius", "front", SAR, tendon=SAR_TENDON,
    fibers=("loft", [(131.8, 457), (137.2, 455)], [(169, 763), (173.5, 756)], [(157, 593), (167.5, 585)]))
# Bipennate: the fibres run down and out from the central tendinous line to each border.
RF_RAPHE = [(141.5, 470), (141.5, 478), (142.3, 505), (144.5, 545), (148, 580), (152.5, 620), (156.5, 660),
            (159.5, 690), (161.5, 712), (161.5, 725)]
RF_MEDIAL = largest(RF & Polygon(RF_RAPHE + [(300, 725), (300, 470)]))
RF_LATERAL = largest(RF.difference(RF_MEDIAL))
RF_ORIGIN = [(141.5, 478), (142.3, 505), (144.5, 545), (148, 580), (152.5, 620), (156.5, 660), (158.3, 674)]
RF_YS = [y + 32 for _, y in RF_ORIGIN]
add("rectus_femoris", "front", RF_MEDIAL, tendon=RF_TENDON & RF_MEDIAL, part="medial half",
    fibers=("loft", RF_ORIGIN, _border(RF_LINE, RF_WIDTHS, 1, RF_YS)))
add("rectus_femoris", "front", RF_LATERAL, tendon=RF_TENDON & RF_LATERAL, part="lateral half",
    fibers=("loft", RF_ORIGIN, _border(RF_LINE, RF_WIDTHS, -1, RF_YS)))
add("vastus_lateralis", "front", VL, tendon=_under(VL, [(136, 684), (144, 694), (151, 701), (158, 704)]),
    fibers=("loft", [(121, 505), (121.5, 545), (123.5, 590), (127, 630), (132, 665), (138, 693)],
            [(139, 560), (141.5, 605), (146, 645), (151, 675), (154.5, 698), (155, 712)]))
add("vastus_medialis", "front", VM, tendon=_under(VM, [(160, 698), (168, 704), (176, 716), (182, 722)]),
    fibers=("loft", [(163.5, 600), (168, 615), (173, 640), (178, 664), (181.5, 688), (182.5, 705)],
            [(161, 615), (161, 635), (161.5, 655), (163, 680), (165, 700), (170, 718)]))
add("pectineus", "front", PEC,
    fibers=("loft", [(162.5, 490), (174, 493), (187, 502)], [(157.5, 545), (159.5, 554), (163, 560)]))
add("adductor_longus", "front", AL, tendon=_above(AL, 516),
    fibers=("loft", [(186.5, 505), (191, 506), (195, 510)], [(161, 600), (166, 617), (171.5, 629)]))
add("adductor_magnus", "front", AM_F,
    fibers=("loft", [(191, 532), (193, 534)], [(172, 643), (177, 646)]))
add("gracilis", "front", GRA_F,
    fibers=("loft", [(192, 512), (199, 511)], [(177.5, 705), (183, 705)]))
add("gracilis", "front", GRA_TEND, tendon=GRA_TEND, fibers=("none",), part="tendon in the pes anserinus")
add("semitendinosus", "front", ST_TEND, tendon=ST_TEND, fibers=("none",), part="tendon in the pes anserinus")

add("vastus_intermedius", "front", VI, depth="deep",
    fibers=("loft", [(127, 520), (137, 509), (147, 510), (154, 524)], [(148, 694), (154, 702), (160, 704), (166, 699)]))
add("adductor_brevis", "front", AB, depth="deep",
    fibers=("loft", [(181, 505), (188, 506), (194, 513)], [(156, 565), (158, 575), (161, 582)]))
add("gluteus_minimus", "front", GMIN_FRONT, depth="deep", part="anterior fibres",
    fibers=("loft", [(126, 451), (130.5, 450), (134.5, 457)], [(118.5, 497), (120, 501), (122, 500)]))

# ========================================================================================
# BACK VIEW (person's right at x > 200; lateral = larger x)
# ========================================================================================

ITB_BACK = smooth([
    (292, 530), (284, 520), (279.5, 548), (280, 580), (279, 612), (275, 645), (269, 677), (263, 705),
    (258.5, 728), (266, 730), (278, 700), (290, 640), (294, 580)])

# Gluteus maximus: thick, coarse-bundled quadrilateral from the posterior ilium and crest, the side of the sacrum
# and coccyx and the sacrotuberous ligament; its fibres run down and out, the upper three quarters into the
# iliotibial band over the trochanter (the pale tendinous sheet), the deep lower fibres to the gluteal tuberosity.
GMAX = smooth([
    (227, 429), (237, 433), (249, 443), (261, 455.5), (272.5, 468), (281.5, 481), (285, 500), (285, 528),
    (283.2, 553), (279, 572), (273, 585), (262, 583), (247.5, 574), (231.5, 563), (216.5, 551), (206.5, 539),
    (203, 525), (202.6, 510), (204, 496), (207, 481), (210.5, 466), (214.5, 452), (219.5, 439)])
GMAX_S = _in(GMAX)
GMAX_TENDON = GMAX_S & smooth([(280, 474), (300, 480), (300, 600), (263, 592), (269.5, 579), (275, 560),
                               (277.5, 530), (279.5, 500)])
_GMAX_ORIGIN = [(227.5, 430), (219, 441), (212.5, 458), (208, 476), (204.5, 496), (203.5, 518), (207, 540)]
_GMAX_INSERTION = [(281.5, 481), (284, 499), (284.5, 518), (283.5, 537), (281, 555), (277, 571), (271.5, 584)]
# the coarse bundles bow a little downwards over the round of the buttock
GMAX_FIBERS = ("loft", _GMAX_ORIGIN, _GMAX_INSERTION,
               [((ox + ix) / 2 - 1.5, (oy + iy) / 2 + 6) for (ox, oy), (ix, iy) in zip(_GMAX_ORIGIN, _GMAX_INSERTION)])

# Gluteus medius: a fan from the outer ilium below the crest to the greater trochanter; only its upper outer part,
# above the gluteus maximus, lies under the skin (and the gluteal aponeurosis).
GMED_FULL = smooth([
    (223, 440), (229, 430), (239, 421.5), (251, 416), (263, 414.5), (272, 421), (278, 437), (282, 458),
    (284.5, 478), (284.5, 496), (278, 497), (266, 486), (252, 474), (238, 461), (227, 450)])
GMED = _minus(_in(GMED_FULL), GMAX_S)
GMED_FIBERS = ("loft", [(224, 441), (232, 427), (245, 418.5), (258, 414.5), (269, 417), (277.5, 432)],
               [(279.5, 497), (281, 495), (282.5, 492.5), (283.5, 490), (284.2, 487), (284.5, 484)])

# Deep layer of the buttock --------------------------------------------------------------
# Gluteus minimus: under medius, from the ilium between the anterior and inferior gluteal lines to the front of
# the greater trochanter.
GMIN = smooth([
    (238, 453), (244, 444), (253, 436.5), (264, 431), (274, 430.5), (280, 438), (283, 453), (284.5, 472),
    (284.5, 489), (281, 496), (274, 493), (263, 484), (251, 473), (242, 463)])
GMIN_FIBERS = ("loft", [(239, 454), (247, 441), (258, 433.5), (270, 430.5), (279, 436.5)],
               [(279.5, 494), (281, 493), (282.5, 491.5), (283.5, 489.5), (284.2, 487)])
# Piriformis: from the front of the sacrum (S2-S4) out through the greater sciatic notch, tapering to its tendon
# on the upper border of the greater trochanter.
PIRI = smooth([
    (206.5, 455), (214, 453), (225, 457.5), (239, 464), (253, 471), (266, 477), (276, 481), (282, 483.5),
    (282.5, 489.5), (275, 491), (262, 490.5), (248, 489.5), (234, 487.5), (221, 485), (211, 482), (206, 476),
    (205, 465)])
PIRI_TENDON = PIRI & box(268, 470, 290, 500)
PIRI_FIBERS = ("loft", [(206, 457), (206, 466), (206.5, 478)], [(279, 483), (279.5, 486), (279, 489.5)],
               [(240, 465), (242, 476), (241, 487)])
# Short lateral rotators below piriformis: gemellus superior and inferior flanking the obturator internus
# tendon (drawn with the pelvic floor), and quadratus femoris from the ischial tuberosity to the quadrate
# tubercle on the intertrochanteric crest (obturator externus lies deep to it, out of sight).
GEM_SUP = tapered([(227.5, 494.5), (240, 496), (255, 497), (268, 497.5), (279.5, 498)], [4.6, 4.4, 4, 3.4, 2.8])
GEM_INF = tapered([(242, 510.5), (254, 509.5), (267, 508.5), (279.5, 508)], [5, 4.8, 4.2, 3.2])
QF = smooth([(237, 515), (248, 514.5), (260, 514), (271.5, 514), (275, 518), (275, 527), (272, 534),
             (260, 534.5), (248, 535), (238.5, 534), (235.5, 526)])

# Thigh ---------------------------------------------------------------------------------
# Biceps femoris: the long head from the ischial tuberosity down and out to the head of the fibula; the short head
# from the lateral linea aspera joins it from the outer side in the lower third; the tendon bounds the popliteal
# fossa laterally.
BF_LONG = tapered([(231, 540), (236.5, 565), (243, 592), (248.5, 620), (252.5, 648), (255.5, 675), (257.5, 700),
                   (258.8, 722), (259.5, 741)], [10, 16, 20, 21, 20, 17, 11.5, 7.5, 6])
BF_SHORT = smooth([(255, 604), (261.5, 614), (265.5, 638), (266.5, 664), (264.5, 690), (261.5, 708),
                   (258.5, 714), (256.5, 700), (256, 672), (254.5, 640), (253.5, 616)])
# Semitendinosus: superficial on the medial side, its belly in the upper two thirds (a tendinous intersection
# across the middle), then the long cord down the medial side of the fossa to the pes anserinus.
ST_FULL = tapered([(230, 540), (230.5, 565), (230, 595), (228.5, 625), (226, 650), (224, 675), (222.5, 700),
                   (221.3, 722), (220.8, 742)], [8, 13, 14.5, 13.5, 10, 5.2, 4.4, 4, 3.6])
# Semimembranosus: deep to semitendinosus, its flat membranous upper tendon under it, the thick lower belly
# bulging either side of the semitendinosus cord down to the posteromedial tibial condyle.
SM_FULL = smooth([
    (224, 548), (231, 553), (236, 575), (239, 605), (241.5, 635), (243, 662), (241.5, 688), (234.5, 708),
    (226.5, 722), (221.5, 734), (216.7, 729), (215.8, 705), (216.5, 675), (217.5, 645), (220.5, 615),
    (222.5, 585), (223, 560)])
# Adductor magnus: the medial back of the thigh between gracilis and the medial hamstrings, from the ischial
# tuberosity and ramus to the linea aspera and, by its tendon, the adductor tubercle.
AM_FULL = smooth([
    (205, 531), (214, 537), (224, 546), (224.5, 575), (222.5, 610), (220.5, 645), (219.3, 680), (218.7, 703),
    (216.3, 690), (214.5, 660), (212.5, 620), (210, 580), (207, 550)])
# Gracilis along the medial edge.
GRA_B_FULL = limb([(196, 518), (201, 545), (205.5, 590), (209.5, 640), (212.5, 680), (214, 705), (214, 724)],
                  [(209, 520), (212, 560), (216.5, 600), (218.5, 640), (219.5, 680), (219.5, 705), (219.5, 724)])
# Vastus lateralis behind the iliotibial band, lateral to biceps femoris.
VL_B_FULL = smooth([
    (271, 576), (278.5, 588), (281, 612), (279, 640), (274, 668), (268.5, 692), (263, 708), (259, 713),
    (259.5, 695), (261.5, 668), (263, 640), (262, 612), (258, 592), (263, 580)])
# Popliteus (deep): from the lateral femoral condyle down and in across the back of the tibia above the soleal
# line.
POP = smooth([
    (251, 713), (255.5, 717.5), (253.5, 724.5), (246.5, 733), (237.5, 743), (227.5, 752), (218.5, 759.5),
    (213.8, 758.5), (214, 748), (220, 740), (230, 731), (240, 723), (247, 717)])

ST = _minus(_in(ST_FULL), GMAX_S)
BF_L = _minus(_in(BF_LONG), GMAX_S, ST)
BF_S = _minus(_in(BF_SHORT), BF_L, GMAX_S)
SM = _minus(_in(SM_FULL), GMAX_S, ST, BF_L, keep_all=True)
GRA_B = _minus(_in(GRA_B_FULL), GMAX_S)
AM_B = _minus(_in(AM_FULL), GMAX_S, ST, SM, GRA_B)
VL_B = _minus(_in(VL_B_FULL), GMAX_S, BF_L, BF_S, ITB_BACK, gap=0.6)

ST_TENDON = unary_union([_under(ST, [(216, 636), (221, 648), (224, 658), (228, 650), (233, 638)]),
                         ST & tapered([(218, 604.5), (226, 601), (235, 596.5)], [1.7, 1.7, 1.7])])

add("gluteus_maximus", "back", GMAX_S, tendon=GMAX_TENDON, fibers=GMAX_FIBERS)
add("gluteus_medius", "back", GMED, fibers=GMED_FIBERS)
add("gluteus_minimus", "back", GMIN, depth="deep", fibers=GMIN_FIBERS)
add("piriformis", "back", PIRI, depth="deep", tendon=PIRI_TENDON, fibers=PIRI_FIBERS)
add("short_lateral_rotators", "back", GEM_SUP, depth="deep", part="gemellus superior",
    fibers=("loft", [(227.5, 492.5), (227.5, 496.5)], [(279.5, 497), (279.5, 499)]))
add("short_lateral_rotators", "back", GEM_INF, depth="deep", part="gemellus inferior",
    fibers=("loft", [(242, 508), (242, 513)], [(279.5, 506.5), (279.5, 509.5)]))
add("short_lateral_rotators", "back", QF, depth="deep", part="quadratus femoris",
    fibers=("loft", [(236, 515), (236, 534)], [(274, 515), (273, 533)]))
add("biceps_femoris", "back", BF_L, tendon=_below(BF_L, 703), part="long head",
    fibers=("loft", [(228, 540), (233, 539)], [(257, 741), (262, 741)], [(244, 628), (254, 622)]))
add("biceps_femoris", "back", BF_S, tendon=_below(BF_S, 707), part="short head",
    fibers=("loft", [(255, 606), (261, 612), (265, 636), (266.5, 662), (265, 686)],
            [(255, 640), (255.5, 662), (256.5, 684), (257.5, 700), (258.5, 712)]))
add("semitendinosus", "back", ST, tendon=ST_TENDON,
    fibers=("loft", [(225, 542), (232, 542)], [(221, 742), (222.5, 742)], [(220.5, 630), (231.5, 628)]))
add("semimembranosus", "back", SM, tendon=_above(SM, 598),
    fibers=("loft", [(221, 580), (226, 560), (235, 572), (240, 610)],
            [(216.5, 690), (219, 725), (226, 718), (238, 690)]))
add("adductor_magnus", "back", AM_B, tendon=_below(AM_B, 672),
    fibers=("loft", [(205, 533), (214, 538), (223.5, 547)], [(214.5, 660), (216.5, 680), (218.7, 700)]))
add("gracilis", "back", GRA_B, tendon=_below(GRA_B, 700),
    fibers=("loft", [(200, 520), (210, 521)], [(215, 724), (219, 724)]))
add("vastus_lateralis", "back", VL_B,
    fibers=("loft", [(271, 578), (279, 592), (280.5, 615), (278, 645), (272, 675)],
            [(259, 600), (262, 630), (262, 660), (261, 688), (259.5, 710)]))
add("popliteus", "back", POP, depth="deep", tendon=POP & box(246, 700, 270, 730),
    fibers=("loft", [(249, 715), (253.5, 719), (254, 723)], [(214.5, 752), (221, 756.5), (228, 752)]))


# ---------------------------------------------------------------- trigger points
# Where each trigger point is drawn (person's right side); the first view given is its own.
mark("gluteus_maximus_tp1", "back", (218, 458))
mark("gluteus_maximus_tp2", "back", (234, 527))
mark("gluteus_maximus_tp3", "back", (208.5, 522))
mark("gluteus_medius_tp1", "back", (238.5, 431))
mark("gluteus_medius_tp2", "back", (255, 428))
mark("gluteus_medius_tp3", "back", (272, 447))
mark("gluteus_minimus_tp1", "back", (277, 460))
mark("gluteus_minimus_tp2", "back", (256, 466))
mark("piriformis_tp1", "back", (265, 483))
mark("piriformis_tp2", "back", (226, 472))
mark("short_lateral_rotators_tp1", "back", (254, 524))
mark("tensor_fasciae_latae_tp1", "front", (128, 478))
mark("sartorius_tp1", "front", (142, 500))
mark("sartorius_tp2", "front", (167, 604))
mark("sartorius_tp3", "front", (180.5, 692))
mark("pectineus_tp1", "front", (177, 512))
mark("adductor_longus_tp1", "front", (183, 545))
mark("adductor_longus_tp2", "front", (175, 585))
mark("adductor_brevis_tp1", "front", (179, 528))
mark("adductor_magnus_tp1", "front", (179.5, 610))
mark("adductor_magnus_tp2", "back", (215.5, 554))
mark("gracilis_tp1", "front", (183.5, 612))
mark("rectus_femoris_tp1", "front", (139, 522))
mark("vastus_medialis_tp1", "front", (173.5, 706))
mark("vastus_medialis_tp2", "front", (167, 652))
mark("vastus_intermedius_tp1", "front", (146.5, 585))
mark("vastus_lateralis_tp1", "front", (149, 697))
mark("vastus_lateralis_tp2", "front", (133.5, 615))
mark("vastus_lateralis_tp3", "back", (268.5, 664))
mark("vastus_lateralis_tp4", "back", (270, 625))
mark("vastus_lateralis_tp5", "front", (132, 555))
mark("biceps_femoris_tp1", "back", (251, 640))
mark("biceps_femoris_tp2", "back", (261, 690))
mark("semitendinosus_tp1", "back", (226, 635))
mark("semimembranosus_tp1", "back", (235, 662))
mark("popliteus_tp1", "back", (222, 752))
mark("popliteus_tp2", "back", (250, 719))
