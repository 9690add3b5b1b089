"""Referral zones of the trunk muscles' trigger points, drawn as the published referral figures draw them, and the
flank region.

Sources (see each muscle's source_notes in data/muscles.csv): Simons, Travell & Simons 1999 (vol. 1: Thoracolumbar
Paraspinal Muscles; Serratus Posterior Inferior; Abdominal Muscles; Intercostal Muscles and Diaphragm) and
Travell & Simons 1992 (vol. 2: Quadratus Lumborum; Iliopsoas; Pelvic Floor Muscles), with Donnelly et al. 2019.

Coordinates: front view person's right at x < 200, back view person's right at x > 200, lateral view as drawn
(the person's right side, face to the viewer's right). Zones stay on the trigger point's side; the two that the
literature draws across the midline (rectus abdominis, the upper and the lowest trigger points: a band across the
back on both sides; transversus abdominis: a band across the upper abdomen between the costal margins) say so.
"""
from __future__ import annotations

from shapely.geometry import Polygon

from shapely.geometry import box

from . import body as B
from .body import TORSO
from .registry import region, zone as _zone
from .shapes import smooth, tapered, union
from . import decor_trunk as D

P = Polygon
_INSIDE = {"front": B.silhouette().buffer(-0.9), "back": B.silhouette().buffer(-0.9)}
_OWN_SIDE = {"front": box(0, 0, 200.6, 1000), "back": box(199.4, 0, 400, 1000)}


def zone(tp: str, kind: str, view: str, geom, crosses_midline: bool = False) -> None:
    """A zone kept just inside the outline (the curves of the SVG path must not bulge past it) and, unless it is
    drawn across the midline, on its own side."""
    inside = _INSIDE.get(view)
    if inside is None and view == "lateral":
        from . import lateral as _L
        inside = _INSIDE.setdefault("lateral", _L.SILHOUETTE.buffer(-0.9))
    if inside is not None:
        geom = geom & inside
    if not crosses_midline and view in _OWN_SIDE:
        geom = geom & _OWN_SIDE[view]
    _zone(tp, kind, view, geom, crosses_midline=crosses_midline)

# ---------------------------------------------------------------- the flank (side of the waist)
# The side of the trunk between the lowest ribs and the top of the iliac crest, authored like regions.py
# (front-view coordinates, x < 200) for the front and the back views; the lateral view's illustrator cuts it there.
region("front", "flank", TORSO & P([(100, 340), (143, 342), (149, 356), (151, 375), (151, 398), (148, 412), (140, 420),
                                    (100, 420)]), 10)
region("back", "flank", TORSO & P([(100, 352), (150, 356), (152, 380), (152.5, 405), (151, 428), (141, 423), (133, 416),
                                   (100, 414)]), 10)


def both(view: str, tp: str, essential=None, spillover=None, crosses: bool = False) -> None:
    if essential is not None:
        zone(tp, "essential", view, essential, crosses_midline=crosses)
    if spillover is not None:
        zone(tp, "spillover", view, spillover, crosses_midline=crosses)


# ================================================================ paraspinal muscles (back view)
# Iliocostalis thoracis, mid-thoracic TrP (T6): pain projected medially and up over the lower inner shoulder blade,
# and (spillover) laterally round the chest wall toward the front.
both("back", "iliocostalis_thoracis_tp1",
     smooth([(221, 232), (231, 226), (241, 231), (247.5, 246), (250, 266), (247, 288), (241, 304), (231, 312),
             (221, 306), (216.5, 288), (215.5, 265), (217.5, 245)]),
     smooth([(246, 258), (260, 262), (274, 270), (285, 282), (289, 297), (281, 304), (266, 301), (251, 296),
             (245, 280)]))
zone("iliocostalis_thoracis_tp1", "spillover", "front",
     smooth([(117, 272), (124, 268), (131, 272), (134, 284), (131, 298), (124, 302), (119, 294)]))

# Iliocostalis thoracis, lower thoracic TrP (T11): up over the lower shoulder blade, down over the lumbar region
# (the strip beside the spine, essential) and round to the abdomen in front (spillover).
both("back", "iliocostalis_thoracis_tp2",
     smooth([(214, 316), (228, 309), (242, 315), (246.5, 338), (245, 368), (240, 396), (232, 414), (222, 417),
             (214.5, 404), (211, 380), (210.5, 350)]),
     smooth([(224, 262), (238, 256), (251, 266), (252.5, 292), (247, 316), (230, 320), (219, 308), (218, 284)]))
zone("iliocostalis_thoracis_tp2", "spillover", "front",
     smooth([(150, 350), (163, 344), (177, 348), (184, 362), (178, 377), (163, 383), (150, 378), (145, 364)]))

# Iliocostalis lumborum, TrP at L1: pain concentrated in the middle of the buttock (essential), with spillover down
# the low back between the trigger point and the buttock.
both("back", "iliocostalis_lumborum_tp1",
     smooth([(231, 462), (244, 454), (258, 457), (266, 470), (266.5, 488), (258, 500), (244, 504), (231.5, 498),
             (226, 484), (226.5, 470)]),
     smooth([(230, 352), (243, 348), (251, 364), (253, 392), (255, 420), (262, 448), (270, 470), (270, 500),
             (257, 513), (236, 511), (222, 496), (220, 470), (223, 440), (225, 410), (225.5, 380)]))

# Longissimus thoracis, TrPs at T10-T11 and at L1: pain projected well below the trigger point, down into the buttock
# toward the sacroiliac region (one zone for both; no spillover between the trigger point and the buttock).
for _tp in ("longissimus_thoracis_tp1", "longissimus_thoracis_tp2"):
    zone(_tp, "essential", "back",
         smooth([(214, 452), (226, 445), (240, 449), (249, 461), (249.5, 481), (241, 496), (227, 501), (215, 495),
                 (209.5, 479), (210, 463)]))

# Multifidi, lumbar TrPs (L2-L5): pain round the spinous processes at and a few segments below the trigger point;
# spillover to the front of the abdomen.
both("back", "thoracolumbar_multifidi_tp1",
     smooth([(200.5, 382), (207, 379), (213, 388), (215.5, 405), (215, 424), (210, 437), (203, 442), (200.5, 441)]))
zone("thoracolumbar_multifidi_tp1", "spillover", "front",
     smooth([(166, 402), (180, 397), (194, 401), (200.6, 412), (200.6, 436), (190, 446), (173, 444), (163, 431),
             (161, 415)]))
# Multifidi, sacral TrP (S1): pain to the coccyx.
zone("thoracolumbar_multifidi_tp2", "essential", "back",
     smooth([(200.5, 473), (205.5, 472), (209.5, 480), (210.5, 492), (207.5, 501.5), (200.5, 504)]))

# Serratus posterior inferior: an ache over and round the muscle at the lower ribs.
zone("serratus_posterior_inferior_tp1", "essential", "back",
     smooth([(228, 322), (244, 314), (259, 318), (267, 330), (265.5, 350), (257, 363), (242, 367), (228, 361),
             (222, 346), (222, 332)]))

# ================================================================ quadratus lumborum
# Superficial upper TrP: along the iliac crest (from the side of the waist round to the back of the crest, with the
# adjacent upper buttock), spilling forward into the lower quadrant of the abdomen and the groin.
_crest_band_back = tapered([(270, 411), (262, 419), (252, 426.5), (242, 434), (233, 440.5), (226.5, 446)],
                           [15, 20, 22, 21, 18, 13])
both("back", "quadratus_lumborum_tp1", _crest_band_back)
both("front", "quadratus_lumborum_tp1",
     tapered([(133.5, 404), (132.5, 416), (133.2, 428), (135.5, 440), (139.5, 450.5), (144, 457)], [9, 12, 12.5, 12, 11, 8]),
     smooth([(141, 424), (155, 419), (169, 427), (178, 444), (183, 466), (186, 487), (178, 494), (165, 485),
             (151, 470), (141, 458)]))

# Superficial lower TrP: the greater trochanter, with spillover down the outer upper thigh.
both("back", "quadratus_lumborum_tp2",
     smooth([(271, 478), (281.5, 473), (290, 479), (292.5, 494), (288.5, 509), (278, 514), (269.5, 505), (267.5, 490)]),
     smooth([(271, 504), (285, 507), (292, 524), (292.5, 558), (288, 588), (280, 597), (273.5, 580), (270, 550),
             (268, 522)]))
both("front", "quadratus_lumborum_tp2",
     smooth([(115, 481), (123, 477.5), (128.5, 488), (127.5, 503), (120.5, 511), (115, 500)]),
     smooth([(115.5, 504), (125.5, 505), (129.5, 530), (127.5, 560), (122, 586), (117, 571), (115, 540)]))

# Deep upper TrP: the sacroiliac joint. Deep lower TrP: the lower buttock.
zone("quadratus_lumborum_tp3", "essential", "back",
     smooth([(209.5, 436), (220, 431.5), (229, 437.5), (231.5, 451), (227.5, 465), (218.5, 471.5), (210, 466),
             (206.5, 452)]))
zone("quadratus_lumborum_tp4", "essential", "back",
     smooth([(220, 510), (234, 503), (250, 505), (262, 514), (264, 529), (254, 543), (236, 547.5), (222, 540),
             (216, 526)]))

# ================================================================ abdominal wall
# Rectus abdominis, upper TrP: a horizontal band across the back on both sides at the thoracolumbar level (drawn
# across the midline, as the figure draws it), with the xiphoid and the upper belly in front (heartburn).
zone("rectus_abdominis_tp1", "essential", "back",
     smooth([(147, 340), (174, 335), (200, 337), (226, 335), (253, 340), (259, 351), (253, 364), (226, 367),
             (200, 366), (174, 367), (147, 364), (141, 351)]), crosses_midline=True)
zone("rectus_abdominis_tp1", "essential", "front",
     smooth([(185, 299), (193, 294.5), (201.2, 296), (201.2, 331), (196, 341), (185.5, 343), (176, 337), (172, 322),
             (176, 306)]))
# Periumbilical TrP: cramping pain round and below the navel.
zone("rectus_abdominis_tp2", "essential", "front",
     smooth([(160, 387), (172, 383), (186, 387.5), (196, 398), (198, 415), (190, 428), (174, 430.5), (160, 422),
             (154, 405)]))
# Lowest TrP: a band across the sacroiliac and low back region on both sides.
zone("rectus_abdominis_tp3", "essential", "back",
     smooth([(160, 425), (180, 421), (200, 423.5), (220, 421), (240, 425), (247, 439), (239, 456), (220, 462),
             (200, 460), (180, 462), (161, 456), (153, 439)]), crosses_midline=True)
# McBurney's point TrP: local pain in the right lower quadrant (mimicking appendicitis).
zone("rectus_abdominis_tp4", "essential", "front",
     smooth([(164, 424), (178, 420), (190, 428), (192.5, 444), (184.5, 456), (170, 458.5), (160, 450), (157, 436)]))

# External oblique, upper TrP over the lower anterior ribs: heartburn-like pain from the costal margin into the
# epigastrium (essential), spilling up into the lower chest.
both("front", "external_oblique_tp1",
     smooth([(143.5, 318), (151, 308), (165, 300.5), (182, 298.5), (201.2, 301), (201.2, 336), (190, 346.5),
             (174, 347), (159, 341), (147.5, 333)]),
     smooth([(149, 298), (161, 281), (179, 271), (201.2, 272), (201.2, 304), (181, 304), (162, 310), (148, 315)]))

# Lower lateral abdominal wall TrPs (external and internal oblique; the layers cannot be told apart): the groin along
# the inguinal ligament (essential), spilling over the lower abdomen and to the testicle.
_GROIN_BAND = smooth([(139.5, 450), (150, 455.5), (166, 467.5), (182, 481.5), (194, 493.5), (196.5, 503.5),
                      (186, 506.5), (170, 496.5), (154, 482.5), (142, 469), (135.5, 458.5)])
_LOW_SIDE_WALL = smooth([(131.5, 420), (146, 413.5), (160, 423.5), (168, 443), (170, 461), (152, 463), (136, 453)])
_TESTICLE = smooth([(190, 506), (197.5, 504), (201.2, 510), (201.2, 524), (194, 526.5), (189.5, 518)])
for _tp in ("external_oblique_tp2", "internal_oblique_tp1"):
    zone(_tp, "essential", "front", _GROIN_BAND)
    zone(_tp, "spillover", "front", union([_LOW_SIDE_WALL, _TESTICLE]))
# Internal oblique, pubic rim TrP: groin pain over the pubic rim (with bladder symptoms).
zone("internal_oblique_tp2", "essential", "front",
     smooth([(171.5, 478), (184, 479.5), (196, 489), (200.8, 497.5), (198.5, 507), (186, 505.5), (174, 496),
             (167.5, 486)]))
# Internal oblique, lateral inguinal ligament TrP: groin pain along the outer half of the crease.
zone("internal_oblique_tp3", "essential", "front",
     smooth([(138, 451.5), (150, 455.5), (164, 465.5), (176, 477.5), (178.5, 488), (168, 488.5), (152, 476.5),
             (140, 466), (134, 458)]))

# Transversus abdominis, upper TrP: a band across the upper abdomen between the anterior costal margins (across the
# midline, as the figure draws it).
zone("transversus_abdominis_tp1", "essential", "front",
     smooth([(146, 356), (156, 342), (170, 330), (186, 322), (200, 320), (214, 322), (230, 330), (244, 342),
             (254, 356), (244, 364.5), (228, 357), (214, 351), (200, 349), (186, 351), (172, 357), (156, 364.5)]),
     crosses_midline=True)

# Pyramidalis: pain close to the midline between the pubic symphysis and the navel.
zone("pyramidalis_tp1", "essential", "front",
     smooth([(193, 420), (198.5, 411), (201.2, 413), (201.2, 500), (196, 504), (190.5, 496), (188.5, 470),
             (189.5, 440)]))

# ================================================================ diaphragm and intercostals
# Diaphragm: pain along the lower edge of the ribs at the front (the costal margin, and the side stitch at its
# lateral end); spillover to the top of the shoulder (the classic referral of the central diaphragm).
zone("diaphragm_tp1", "essential", "front",
     tapered(D.COSTAL_MARGIN_LINE[:-1] + [(137, 376)], [11, 12.5, 13.5, 14.5, 15, 15, 14, 11]))
zone("diaphragm_tp1", "spillover", "front",
     smooth([(122, 178), (138, 172), (156, 168.5), (169, 172), (167, 181), (150, 184), (131, 188.5), (120, 187)]))
zone("diaphragm_tp1", "spillover", "back",
     smooth([(230, 171), (250, 167), (270, 173), (283, 183), (273, 192), (251, 191), (232, 186)]))

# Intercostals, lateral TrP: local pain in the rib space (essential), extending forward along the interspace.
zone("intercostals_tp1", "essential", "front",
     tapered([(120.5, 287), (127, 288.5), (134.2, 292.7), (141, 298.5)], [9, 10.5, 10.5, 8.5]))
zone("intercostals_tp1", "spillover", "front",
     tapered([(137, 295.5), (146.8, 305), (154, 312.5), (162, 319.5), (170, 324.5)], [8, 9, 8.5, 7, 5]))

# ================================================================ iliopsoas (one pattern for its three TrPs)
# A vertical strip beside the lumbar spine from the thoracolumbar junction down to the sacroiliac region (essential),
# spilling into the upper medial buttock; and the upper front of the thigh with the groin (essential).
_PSOAS_BACK = smooth([(203, 351), (211.5, 346), (219.5, 352), (223.5, 375), (224.5, 405), (225.5, 432), (227.5, 455),
                      (225.5, 472), (216, 478), (207, 470), (204, 446), (203, 412), (202.5, 380)])
_PSOAS_BACK_SPILL = smooth([(202, 341), (215, 334), (227, 345), (232, 380), (235, 420), (241, 450), (246, 474),
                            (240, 494), (224, 500), (210, 494), (203, 480), (202.5, 440)])
_PSOAS_THIGH = smooth([(140, 477), (152, 473), (166, 479.5), (178, 490), (182, 505), (180, 530), (174, 554),
                       (164, 566), (152, 562), (144, 545), (140, 520), (138, 498)])
for _tp in ("iliopsoas_tp1", "iliopsoas_tp2", "iliopsoas_tp3"):
    both("back", _tp, _PSOAS_BACK, _PSOAS_BACK_SPILL)
    zone(_tp, "essential", "front", _PSOAS_THIGH)

# ================================================================ pelvic floor (back view)
# Levator ani: the sacrococcygeal region, the coccyx and the anal area. Coccygeus: the coccyx. Obturator internus:
# the anococcygeal region and the anus (fullness in the rectum), spilling to the back of the upper thigh.
zone("levator_ani_tp1", "essential", "back",
     smooth([(200.5, 466), (208, 468), (214, 480), (216, 498), (214, 514), (208, 526), (200.5, 528)]))
zone("coccygeus_tp1", "essential", "back",
     smooth([(200.5, 476), (207, 474), (212, 482), (213, 494), (209, 502.5), (200.5, 505.5)]))
both("back", "obturator_internus_tp1",
     smooth([(200.5, 490), (207, 489), (213, 496), (215, 508), (212, 520), (205, 526), (200.5, 527)]),
     smooth([(214, 548), (230, 546), (246, 552), (252, 572), (248, 600), (236, 612), (222, 606), (214, 586),
             (212, 566)]))

# ================================================================ lateral view (the person's right side)
# The side of the trunk as the side-view charts show it; the hanging arm hides what lies behind it, so a zone is
# drawn only where the trunk shows (the arm itself is not painted).
try:
    from . import lateral as L
except ImportError:          # the lateral view is not drawn yet
    L = None

if L is not None:
    _ARM = union([L.ARM, L.HAND]).buffer(0.8)

    def side(tp: str, kind: str, geom) -> None:
        g = (geom & L.SILHOUETTE).difference(_ARM)
        if not g.is_empty and g.area > 2:
            zone(tp, kind, "lateral", g)

    # quadratus lumborum: the band along the iliac crest from the back round the side to the front of the crest,
    # spilling into the lower abdomen and groin; the greater trochanter with the outer thigh; the lower buttock.
    side("quadratus_lumborum_tp1", "essential",
         tapered([(151, 440), (169, 424), (196, 415.5), (222, 422), (239, 439), (247, 455)], [15, 19, 20, 19, 15, 10]))
    side("quadratus_lumborum_tp1", "spillover",
         smooth([(236, 425), (250, 419), (258.5, 432), (258, 452), (252, 476), (244, 496), (236, 500), (232, 478),
                 (236, 455), (231, 440)]))
    side("quadratus_lumborum_tp2", "essential",
         smooth([(187, 486), (200, 479.5), (213.5, 486), (217, 500), (211.5, 514), (199, 519.5), (187.5, 512),
                 (183.5, 500)]))
    side("quadratus_lumborum_tp2", "spillover",
         smooth([(189, 509), (205, 511), (215, 530), (215, 570), (210, 601), (203, 613), (196, 598), (191, 565),
                 (187.5, 535)]))
    side("quadratus_lumborum_tp4", "essential",
         smooth([(142, 506), (156, 501.5), (166.5, 512), (166.5, 530), (156, 544), (143.5, 542), (137.5, 526)]))

    # paraspinals: the spillover round the chest wall (mid-thoracic iliocostalis) and to the abdomen (lower thoracic
    # iliocostalis); the middle of the buttock with the low back and flank between (iliocostalis lumborum).
    side("iliocostalis_thoracis_tp1", "spillover",
         smooth([(166, 260), (183, 257), (193, 270), (191, 296), (178, 303), (165, 295), (161, 276)]))
    side("iliocostalis_thoracis_tp2", "spillover",
         smooth([(234, 347), (247, 343), (254.5, 356), (255, 376), (247, 387), (236, 381), (231, 364)]))
    side("iliocostalis_lumborum_tp1", "essential",
         smooth([(148, 462), (163, 455), (176, 463), (180, 482), (174, 500), (159, 505), (147, 497), (142.5, 479)]))
    side("iliocostalis_lumborum_tp1", "spillover",
         smooth([(155, 372), (170, 367), (179, 388), (181, 420), (183, 450), (185, 480), (181, 506), (160, 513),
                 (143, 501), (139, 470), (146, 440), (152, 410), (153, 386)]))
    # serratus posterior inferior: the ache over the lower ribs, at the back of the side.
    side("serratus_posterior_inferior_tp1", "essential",
         smooth([(151, 318), (167, 313.5), (180, 324), (182, 346), (174, 362), (157, 364), (149.5, 350), (148.5, 332)]))

    # abdominal wall: heartburn pain from the costal margin to the epigastrium (upper external oblique) with the lower
    # chest above it; the lower side wall TrPs: the groin along the inguinal ligament, with the lower abdominal wall.
    side("external_oblique_tp1", "essential",
         smooth([(229, 322), (240, 306), (252, 299.5), (256, 316), (254, 341), (244, 351), (232, 345)]))
    side("external_oblique_tp1", "spillover",
         smooth([(240, 271), (254, 268), (262.5, 283), (258, 299), (246, 301), (238, 292)]))
    for _tp in ("external_oblique_tp2", "internal_oblique_tp1"):
        side(_tp, "essential", tapered([(245.5, 452), (247, 468), (244, 484), (240, 497)], [10, 11, 10, 8]))
        side(_tp, "spillover", smooth([(225, 420), (240, 413.5), (252.5, 424), (257, 444), (251, 460), (236, 460),
                                       (225, 446)]))
    side("internal_oblique_tp3", "essential", tapered([(244.5, 452), (246.5, 466), (244, 480)], [9, 10, 8]))

    # diaphragm: the lateral end of the costal margin (the side stitch) and, spillover, the top of the shoulder.
    side("diaphragm_tp1", "essential",
         tapered([(221, 367), (231.5, 352), (241.5, 330), (249.5, 312), (254, 302)], [11, 12.5, 13.5, 12.5, 10]))
    side("diaphragm_tp1", "spillover",
         smooth([(171, 170), (190, 172), (206, 178), (214, 186), (200, 189), (182, 187), (167, 182)]))
    # intercostals: the interspace running forward in front of the arm.
    side("intercostals_tp1", "spillover", tapered([(236, 297.5), (246, 304), (254, 310.5)], [7.5, 7, 5]))

    # iliopsoas: the upper front of the thigh below the groin crease.
    for _tp in ("iliopsoas_tp1", "iliopsoas_tp2", "iliopsoas_tp3"):
        side(_tp, "essential",
             smooth([(236, 497), (246, 503), (252.5, 530), (252.5, 560), (246, 573), (238, 561), (234, 531),
                     (232, 508)]))
