"""Muscle shapes: trunk (front view: person's right at x < 200; back view: x > 200).

Landmarks used (front, right side): clavicle y~184, nipple y~265, xiphoid ~(200,300), costal margin from the
xiphoid down-laterally to the 10th rib at ~(140,366), navel (200,392), iliac crest top ~y 415, ASIS (135,455),
inguinal ligament ASIS -> pubic tubercle (187,497), pubic crest y~502.
Back view (right side, x > 200), vertebral levels: T6 280, T7 292, T10 326, T11 338, T12 350, L1 366, L2 382,
L3 398, L4 414 (iliac crest top), L5 428, S1 442, PSIS ~(222,442), coccyx tip ~(201,500), ischial spine ~(224,491),
greater trochanter (283,495).
"""
from shapely.geometry import LineString, Polygon

from .muscles import add
from .registry import mark
from .shapes import smooth, stroke, tapered, limb, catmull_rom, largest, union

# ---------------------------------------------------------------- FRONT VIEW ---------------------------------------

# Copies of neighbouring modules' outlines (shoulder: pectoralis major, serratus anterior, latissimus; hip:
# sartorius, pectineus, rectus femoris; neck: lower trapezius) used only to cut the trunk muscles so that they
# meet them along shared borders.
_PEC = smooth([
    (194, 188), (180, 187), (165, 187), (152, 189), (146, 193), (136, 204), (126, 216), (116, 229), (108, 238),
    (112, 246), (120, 254), (130, 267), (142, 280), (156, 290), (172, 296), (186, 296), (191, 288),
    (191, 262), (192, 236), (193, 212)])
_SERRATUS = smooth([
    (118, 240), (126, 244), (134, 250), (141, 260), (134, 264), (144, 276), (136, 281), (146, 294),
    (137, 298), (147, 312), (137, 315), (144, 328), (136, 330), (131, 318), (126, 290), (122, 262)], samples=6)
_LAT_F = smooth([(117, 236), (122, 238), (125, 250), (128, 268), (130, 292), (133, 318), (136, 340), (130, 344),
                 (126, 320), (121, 290), (117, 262), (114, 246)])
_SARTORIUS = tapered(
    [(135.5, 457), (138, 478), (142.5, 506), (149.5, 542), (158.5, 578), (167, 610)], [6, 8.5, 9.5, 10, 10, 10])
_PECTINEUS = smooth([
    (176, 493), (181.5, 498), (187, 503), (185, 512), (180, 527), (174, 543), (167.5, 557), (161.5, 562),
    (158, 557), (162, 545), (168, 528), (172, 512), (174.5, 500)])
_RECTUS_FEMORIS = tapered([(140, 468), (139.5, 492), (140, 520), (142, 555)], [9, 16, 23, 28])
_TRAP_LOWER = smooth([
    (199, 223), (218, 220), (234, 215), (238, 217), (239, 226), (237, 246), (232, 270), (224, 298),
    (215, 328), (207, 356), (201, 378), (199, 330), (199, 270)])


# Rectus abdominis: pubic crest -> xiphoid and costal cartilages 5-7. Medial border keeps off the midline so the
# linea alba shows between the two halves (wider above the navel, a hair below it); the three tendinous
# intersections (xiphoid, midway, navel level) cut it into segments.
_rectus = smooth([
    (197.4, 292), (189, 293), (176, 292), (166, 289), (160, 291), (158.5, 300), (158, 316), (159.5, 336),
    (162, 356), (165, 376), (168, 396), (172, 420), (177, 446), (181.5, 468), (184.5, 487), (186.5, 501),
    (192, 504.5), (198.8, 505), (198.8, 470), (198.6, 430), (198.4, 402), (196.6, 396), (196.2, 390),
    (197.5, 382), (197.4, 340),
])
_intersections = [
    [(200, 318), (192, 316), (183, 319), (173, 316), (163, 319), (154, 317)],
    [(200, 354), (191, 352), (182, 355.5), (172, 352.5), (163, 355), (155, 353)],
    [(200, 389), (190, 387.5), (181, 390.5), (172, 388), (162, 390.5)],
]
for _line in _intersections:
    _rectus = _rectus.difference(LineString(catmull_rom(_line, closed=False)).buffer(0.9))
_rectus = _rectus.difference(_PEC.buffer(0.7))
add("rectus_abdominis", "front", _rectus, fibers=("parallel", 90))

# Pyramidalis: small triangle from the pubic crest to the linea alba, in front of the lower rectus.
add("pyramidalis", "front", smooth([
    (198.6, 458), (197.6, 470), (195.4, 483), (192.4, 494), (190.2, 501), (194, 503.2), (198.6, 503.4)]),
    fibers=("fan", (199, 456)))

# External oblique: fleshy part from the outer surfaces of ribs 5-12 (digitations fitting between the
# serratus anterior slips) to the iliac crest; the aponeurosis (skin colour here) lies medial to the fleshy border.
_eo = smooth([
    (157.6, 296), (152, 288), (143, 279), (134, 272), (130, 290), (131, 315), (133, 335), (136, 350),
    (139.5, 380), (136.5, 408), (130, 432), (128.5, 443), (135.5, 454.5), (142.5, 452), (148, 437),
    (152.5, 418), (155, 398), (156.2, 375), (156.8, 345), (156.8, 315)])
_eo = largest(_eo.difference(union([_PEC, _SERRATUS, _LAT_F]).buffer(0.5)))
_eo = largest(_eo.buffer(-0.7).buffer(0.7))
add("external_oblique", "front", _eo, fibers=("parallel", 56))

# Internal oblique (deep): from the iliac crest and lateral inguinal ligament fanning up-medially to ribs 10-12
# and, through its aponeurosis, the linea alba and the pubic crest (conjoint tendon).
add("internal_oblique", "front", smooth([
    (139, 352), (146, 345), (155, 344), (161.5, 356), (165, 380), (168, 405), (172, 430), (177, 455),
    (182, 476), (186, 494), (181, 494), (170, 486), (158, 476), (146, 465), (137.5, 456.5), (131, 444),
    (134.5, 420), (137, 395), (137.5, 370)]), depth="deep", fibers=("fan", (131, 452)))

# Transversus abdominis (deep): inner surfaces of costal cartilages 7-12, iliac crest, lateral inguinal ligament;
# horizontal fibres ending in the aponeurosis behind the rectus.
add("transversus_abdominis", "front", smooth([
    (184, 306), (172, 315), (160, 329), (150, 343), (142, 356), (138.5, 375), (137.5, 395), (134, 418),
    (130, 440), (136, 455), (146, 463), (155, 468), (160, 458), (162.5, 435), (163, 410), (164.5, 385),
    (167, 360), (172.5, 336), (180, 318), (186, 310)]), depth="deep", fibers=("parallel", 0))

# Diaphragm (deep): the right dome under the lower ribs, rising to about the 5th rib; attached along the
# costal margin below and to the central tendon at the midline.
add("diaphragm", "front", smooth([
    (199, 287), (186, 280), (172, 270), (158, 265), (145, 270), (136, 284), (132, 305), (134, 330),
    (137.5, 352), (140.5, 366), (145, 356), (152, 344), (162, 331), (173, 318), (185, 307), (199, 300)]),
    depth="deep", fibers=("fan", (200, 252)))

# Intercostals (deep): between the ribs of the side of the chest, under serratus anterior and the obliques.
add("intercostals", "front", smooth([
    (121, 233), (132, 236), (143, 244), (152, 258), (156, 275), (155, 296), (150, 318), (144, 337),
    (139, 352), (134.5, 340), (130.5, 315), (127.5, 290), (125, 262)]), depth="deep", fibers=("parallel", 58))

# Iliopsoas: psoas major beside the lumbar spine and iliacus in the iliac fossa (deep, dashed), joining under the
# inguinal ligament and emerging superficial in the lateral floor of the femoral triangle, between sartorius
# and pectineus, on its way to the lesser trochanter.
_above_ligament = Polygon([(100, 300), (100, 446), (135, 455.5), (150, 466), (165, 477.5), (178, 488.5),
                           (188, 497), (200, 497), (200, 300)])
_groin = smooth([
    (142, 462), (158, 471), (170, 480), (175.5, 487), (174, 508), (168, 532), (160, 556), (150, 548),
    (144, 512), (140, 480)])
_groin = _groin.difference(_above_ligament.buffer(0.6))
_groin = largest(_groin.difference(union([_SARTORIUS, _PECTINEUS, _RECTUS_FEMORIS]).buffer(0.7)))
_groin = largest(_groin.buffer(-0.6).buffer(0.6))
add("iliopsoas", "front", _groin, fibers=("parallel", 96), part="iliopsoas in the femoral triangle")
_abdominal = smooth([
    (191, 342), (195, 360), (195, 385), (193, 410), (189, 435), (183, 458), (178, 475), (175, 490),
    (163, 482), (150, 472), (139, 462), (137, 444), (139, 428), (146, 419), (157, 416), (166, 404),
    (174, 384), (182, 362), (186.5, 347)]) & _above_ligament
add("iliopsoas", "front", _abdominal, depth="deep", fibers=("fan", (158, 525)), part="psoas major and iliacus")

# ---------------------------------------------------------------- BACK VIEW ----------------------------------------
# The erector spinae columns are drawn superficial (palpable through the thoracolumbar fascia) and emerge from
# under the lower trapezius.

# Longissimus thoracis: middle column beside the spinous processes, from the sacrum (common erector tendon) to
# the lower ribs and thoracic transverse processes (its upper part runs on under the trapezius).
_longissimus = smooth([
    (205, 282), (212, 284), (216, 300), (219, 322), (221.5, 345), (223.5, 365), (224.5, 385), (224.5, 408),
    (223, 428), (219.5, 444), (214, 456), (208.5, 466), (205, 462), (204, 440), (204, 400), (204, 350),
    (204.2, 310), (204.5, 290)])
add("longissimus_thoracis", "back", largest(_longissimus.difference(_TRAP_LOWER.buffer(0.7))), fibers=("parallel", 88))

# Iliocostalis thoracis: lateral column over the rib angles from T6 to the lowest ribs (above T6 it runs on under
# the rhomboids and trapezius to the upper ribs).
_ilio_thor = smooth([
    (228, 266), (234, 272), (236.5, 290), (237, 310), (235.5, 330), (233, 348), (229.5, 362), (226, 369),
    (223.5, 362), (221.5, 340), (219.5, 318), (217.5, 296), (219, 276)])
add("iliocostalis_thoracis", "back", largest(_ilio_thor.difference(_TRAP_LOWER.buffer(0.7))), fibers=("parallel", 86))

# Iliocostalis lumborum: from the iliac crest and sacrum (common tendon) up to the angles of the lower ribs,
# lateral to longissimus; its upper slips lie lateral to iliocostalis thoracis.
add("iliocostalis_lumborum", "back", smooth([
    (239.5, 317), (241.5, 330), (243.5, 352), (244.5, 378), (244.5, 402), (243, 421), (238.5, 434),
    (230.5, 439.5), (225, 437), (225.5, 425), (226, 405), (226, 387), (227.5, 374), (231.5, 366), (235, 352),
    (237.5, 333)]), fibers=("parallel", 85))

# Multifidi and rotatores (deep): in the groove beside the spinous processes, thickest in the lumbar region and
# over the sacrum (between the median sacral crest and the PSIS).
add("thoracolumbar_multifidi", "back", smooth([
    (202, 200), (205.5, 204), (207, 250), (208, 300), (210, 345), (213.5, 385), (217, 420), (219.5, 442),
    (218, 462), (212, 474), (204.5, 478), (202, 470), (201.8, 420), (201.8, 330), (201.8, 250)]),
    depth="deep", fibers=("parallel", 74))

# Serratus posterior inferior (deep, under latissimus): from the T11-L2 spinous processes up-laterally to the
# lower borders of ribs 9-12 (four slips).
add("serratus_posterior_inferior", "back", smooth([
    (202.5, 334), (218, 327), (236, 318), (250, 311), (253, 315), (247, 322), (257, 326), (256, 331),
    (249, 337), (259, 342), (257, 347), (248, 353), (254.5, 358), (250, 364), (232, 374), (216, 382),
    (202.5, 388)], samples=8), depth="deep", fibers=("parallel", 150))

# Quadratus lumborum (deep): between the 12th rib and the posterior iliac crest, its lateral border projecting
# beyond the erector spinae.
add("quadratus_lumborum", "back", smooth([
    (206, 353), (222, 356.5), (237, 361.5), (245, 366), (249, 380), (253.5, 397), (257.5, 413), (259, 421.5),
    (250, 426.5), (236, 430), (222, 433), (213, 430.5), (210, 421), (214, 413), (209, 404), (213.5, 397.5),
    (208.5, 388), (213, 381.5), (207.5, 372), (211.5, 366), (206.5, 360)], samples=8),
    depth="deep", fibers=("parallel", 78))

# Pelvic floor seen from behind (deep, under gluteus maximus): coccygeus from the ischial spine to the side of
# the lower sacrum and coccyx; levator ani from the tendinous arch on the pelvic side wall to the coccyx and
# anococcygeal body; obturator internus on the side wall, its tendon leaving through the lesser sciatic notch
# (between the gemelli) to the greater trochanter.
add("coccygeus", "back", smooth([
    (203.5, 470), (211, 475), (218.5, 481.5), (225, 488.5), (222.5, 492.5), (212, 494), (203, 495.5)]),
    depth="deep", fibers=("fan", (226, 491)))
add("levator_ani", "back", smooth([
    (202, 497.5), (212, 496.5), (223, 495.5), (229.5, 500), (230.5, 509), (226, 517), (215, 522.5),
    (205, 524), (201.5, 517), (201.5, 505)]), depth="deep", fibers=("fan", (200.5, 513)))
add("obturator_internus", "back", smooth([
    (222, 491), (230, 487), (238, 490.5), (242.5, 498), (254, 499.5), (268, 499.5), (279, 500), (279.5, 505.5),
    (268, 506), (254, 506.5), (243, 509), (240.5, 520), (233.5, 530), (225, 529.5), (220.5, 516), (220.5, 502)]),
    depth="deep", fibers=("fan", (280, 503)))


# ---------------------------------------------------------------- trigger points
# Where each trigger point is drawn (person's right side); the first view given is its own.
mark("iliocostalis_thoracis_tp1", "back", (232, 282))
mark("iliocostalis_thoracis_tp2", "back", (228.5, 338))
mark("iliocostalis_lumborum_tp1", "back", (235.5, 371))
mark("longissimus_thoracis_tp1", "back", (217.5, 333))
mark("longissimus_thoracis_tp2", "back", (213, 367))
mark("thoracolumbar_multifidi_tp1", "back", (208.5, 408))
mark("thoracolumbar_multifidi_tp2", "back", (212, 446))
mark("serratus_posterior_inferior_tp1", "back", (248, 340))
mark("quadratus_lumborum_tp1", "back", (246.5, 374))
mark("quadratus_lumborum_tp2", "back", (254.5, 418))
mark("quadratus_lumborum_tp3", "back", (241, 398))
mark("quadratus_lumborum_tp4", "back", (235, 424))
mark("rectus_abdominis_tp1", "front", (189, 304))
mark("rectus_abdominis_tp2", "front", (171, 395))
mark("rectus_abdominis_tp3", "front", (187.5, 485))
mark("rectus_abdominis_tp4", "front", (176, 438))
mark("external_oblique_tp1", "front", (150, 318))
mark("external_oblique_tp2", "front", (141.5, 437))
mark("internal_oblique_tp1", "front", (153.5, 461))
mark("internal_oblique_tp2", "front", (179, 487))
mark("internal_oblique_tp3", "front", (143, 457))
mark("transversus_abdominis_tp1", "front", (170, 324))
mark("pyramidalis_tp1", "front", (195.5, 491))
mark("diaphragm_tp1", "front", (152, 340))
mark("intercostals_tp1", "front", (131, 302))
mark("iliopsoas_tp1", "front", (166, 417))
mark("iliopsoas_tp2", "front", (145.5, 450))
mark("iliopsoas_tp3", "front", (159, 495))
mark("levator_ani_tp1", "back", (214, 510))
mark("coccygeus_tp1", "back", (211, 484))
mark("obturator_internus_tp1", "back", (229, 512))
