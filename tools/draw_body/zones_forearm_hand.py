"""Referral zones of the forearm and hand trigger points, drawn as the published figures draw them (Simons,
Travell & Simons 1999, vol. 1, chapters 34-40; Donnelly et al. 2019), on every view where the pattern falls.

Front view: the palm side (anatomical position); back view: the back of the forearm and hand (shapes authored
in front-like coordinates, lateral = smaller x, and mirrored with `_b`); lateral view (lateral.py): the arm
hangs with the thumb forward, so the back of the forearm and hand and the thumb side face the viewer.
Essential zones solid, spillover stippled; a zone outside the body is clipped to it by the build.

The patterns, in words (what each shape follows):
- brachioradialis: back of the wrist and the web of the thumb (essential); the lateral epicondyle and the
  radial back of the forearm (spillover).
- extensor carpi radialis longus: the lateral epicondyle and the radial back of the hand by the anatomical
  snuffbox (essential); the radial back of the forearm between them (spillover).
- extensor carpi radialis brevis: the middle of the back of the wrist and hand.
- extensor carpi ulnaris: the ulnar side of the back of the wrist.
- extensor digitorum: middle finger part down the back of the forearm and hand into the middle finger, short
  of the tip (essential), the lateral epicondyle (spillover); ring and little finger part into those fingers
  (essential) with the ulnar back of the hand (spillover).
- extensor indicis: the radial half of the back of the wrist and hand.
- supinator: the lateral epicondyle and the dorsal web and base of the thumb (essential), the radial back of
  the forearm (spillover).
- palmaris longus: a prickling zone in the palm (essential), the distal front of the forearm (spillover).
- flexor carpi radialis: the radial side of the wrist crease (essential), a short way into the palm and up
  the forearm (spillover). Flexor carpi ulnaris: the ulnar side of the front of the wrist (essential), a
  short way up the forearm (spillover).
- flexor digitorum superficialis / profundus: the palm side of the fingers each part serves, out to the tip
  (essential), the palm (spillover). Flexor pollicis longus: the palm side of the thumb to the tip.
- pronator teres: deep at the radial front of the wrist (essential), the radial front of the forearm (spillover).
- adductor pollicis: the outer side of the base of the thumb, palm and back (essential), the thumb, the web
  and the thenar eminence (spillover). Opponens pollicis: the palm side of the thumb (essential), a spot at
  the radial front of the wrist (spillover).
- first dorsal interosseous: along the radial side of the index finger (essential); the back of the hand, the
  palm and the ulnar side of the little finger (spillover). Interossei (2nd dorsal): along the radial side of
  the middle finger to the last joint (essential), the back of the hand (spillover). Abductor digiti minimi:
  along the ulnar side of the little finger.
"""
from __future__ import annotations

import math

from shapely import affinity
from shapely.geometry import Point, Polygon, box
from shapely.ops import unary_union

from . import body as B
from .registry import mark, zone
from .shapes import mirror, smooth, tapered

try:                                    # the lateral view (drawn by its own illustrator)
    from . import lateral as L
except ImportError:                     # pragma: no cover - before the lateral view exists
    L = None

AX = B.DIGIT_AXES
FINGERS = B.FINGERS


def _b(geom):
    """A back-view shape from front-like coordinates."""
    return mirror(geom)


def _blob(c, rx, ry, angle=0.0, n=10):
    """A smooth oval zone."""
    a = math.radians(angle)
    pts = []
    for k in range(n):
        t = 2 * math.pi * k / n
        x, y = rx * math.cos(t), ry * math.sin(t)
        pts.append((c[0] + x * math.cos(a) - y * math.sin(a), c[1] + x * math.sin(a) + y * math.cos(a)))
    return smooth(pts)


def _side(geom, side, width):
    """The band of `width` along one side of a digit (radial = the smaller x in front-like coordinates)."""
    shift = width if side == "radial" else -width
    return geom.difference(affinity.translate(geom, shift, 0)).buffer(0)


def _below(geom, y):
    return geom.intersection(box(-1000, y, 1000, 2000))


def _above(geom, y):
    return geom.intersection(box(-1000, -1000, 1000, y))


def _finger(name, to=None, extra=1.2):
    """The finger from its knuckle (with a little of the palm over the knuckle) down to `to` (a height) or the tip."""
    f = FINGERS[name].union(_blob(AX[name][0], 4.6, 4.0))
    return f if to is None else _above(f, to)


# ================================================================ front view (palm forward)
F, BK = "front", "back"

# --- brachioradialis (own view: front); the pattern lies on the back of the forearm and hand
BR_ESS = smooth([(50.5, 501), (56.5, 502.5), (58.6, 511), (57.6, 522), (55.6, 533), (53.2, 543), (50.6, 550.5),
                 (47.0, 554.0), (43.2, 551.5), (40.2, 545), (38.6, 536), (39.8, 526), (43.8, 514), (47.4, 505)])
BR_SPILL = tapered([(77.0, 366), (74.6, 381), (71.0, 398), (66.6, 418), (62.0, 440), (58.2, 462), (55.0, 482),
                    (52.8, 498)], [17, 16, 14, 12, 11, 10, 9, 8])
zone("brachioradialis_tp1", "essential", BK, _b(BR_ESS))
zone("brachioradialis_tp1", "spillover", BK, _b(BR_SPILL))
mark("brachioradialis_tp1", BK, (400 - 74.2, 386.0))

# --- extensor carpi radialis longus (own view: back)
ECRL_ESS = unary_union([_blob((77.6, 375.0), 8.5, 10.5, 15),
                        smooth([(49.6, 505), (55.6, 503.5), (59.8, 509), (60.2, 519), (58.0, 529), (53.8, 535),
                                (49.4, 533.5), (46.6, 526), (46.8, 514)])])
ECRL_SPILL = tapered([(76.6, 382), (72.2, 400), (67.4, 422), (62.6, 446), (58.4, 470), (55.2, 490), (53.6, 503)],
                     [10, 11, 11, 10, 9, 8, 7])
zone("extensor_carpi_radialis_longus_tp1", "essential", BK, _b(ECRL_ESS))
zone("extensor_carpi_radialis_longus_tp1", "spillover", BK, _b(ECRL_SPILL))

# --- extensor carpi radialis brevis: the back of the wrist and hand
ECRB_ESS = smooth([(56.4, 495.5), (64.2, 493.5), (71.6, 496.5), (74.4, 505), (73.6, 517), (70.6, 529), (66.0, 537),
                   (61.0, 538.5), (56.4, 533), (53.6, 521), (53.4, 507)])
zone("extensor_carpi_radialis_brevis_tp1", "essential", BK, _b(ECRB_ESS))

# --- extensor carpi ulnaris: the ulnar side of the back of the wrist
ECU_ESS = smooth([(74.2, 493.5), (79.4, 494), (82.2, 501), (82.4, 511), (80.2, 519.5), (76.2, 523.5), (72.2, 519.5),
                  (70.8, 509), (71.4, 499)])
zone("extensor_carpi_ulnaris_tp1", "essential", BK, _b(ECU_ESS))

# --- extensor digitorum: the middle finger part and the ring/little finger part
_mid = AX["middle"]
ED1_ESS = unary_union([
    tapered([(79.0, 430), (76.2, 448), (72.8, 466), (69.4, 484), (66.6, 500), (64.6, 516), (62.8, 532),
             (61.6, 548), _mid[0]], [8, 9.6, 10.6, 11.4, 12.4, 13.4, 13.0, 11.6, 10.0]),
    _finger("middle", to=_mid[3][1] + 3.0),
])
ED1_SPILL = tapered([(77.6, 364), (79.0, 380), (80.0, 398), (79.8, 416), (79.0, 434)], [15, 14, 11, 9, 8])
zone("extensor_digitorum_tp1", "essential", BK, _b(ED1_ESS))
zone("extensor_digitorum_tp1", "spillover", BK, _b(ED1_SPILL))
ED2_ESS = unary_union([_finger("ring", to=AX["ring"][3][1] + 3.0), _finger("little", to=AX["little"][3][1] + 3.0)])
ED2_SPILL = smooth([(70.0, 510), (76.6, 507.5), (82.4, 514), (85.4, 528), (86.4, 542), (85.6, 553), (80.4, 557.5),
                    (74.4, 557.5), (69.6, 550), (68.0, 536), (68.2, 522)])
zone("extensor_digitorum_tp2", "essential", BK, _b(ED2_ESS))
zone("extensor_digitorum_tp2", "spillover", BK, _b(ED2_SPILL))

# --- extensor indicis: the radial half of the back of the wrist and hand
EI_ESS = smooth([(51.6, 497.5), (59.6, 495.5), (65.4, 500.5), (66.6, 512), (64.8, 526), (61.2, 538), (56.6, 545),
                 (51.8, 543), (48.8, 533), (48.6, 518), (49.4, 505)])
zone("extensor_indicis_tp1", "essential", BK, _b(EI_ESS))

# --- supinator: the lateral epicondyle and the dorsal web and base of the thumb
SUP_EPI = _blob((76.6, 376.0), 9.6, 12.0, 12)
SUP_WEB = smooth([(48.6, 520), (53.8, 525), (55.6, 535), (54.2, 545), (51.0, 552.5), (46.6, 555.5), (42.4, 551.5),
                  (39.6, 543), (39.6, 533), (43.2, 524)])
SUP_SPILL = tapered([(75.6, 388), (71.6, 406), (66.8, 430), (62.2, 454), (58.2, 478), (55.4, 498), (53.4, 512)],
                    [10, 11, 11, 10, 9, 8, 7])
zone("supinator_tp1", "essential", BK, _b(unary_union([SUP_EPI, SUP_WEB])))
zone("supinator_tp1", "spillover", BK, _b(SUP_SPILL))
zone("supinator_tp1", "essential", F, _blob((74.6, 375.0), 6.5, 9.0, 10))       # the epicondyle, at the outer edge

# --- palmaris longus: a prickling zone in the palm, spillover on the distal front of the forearm
PL_ESS = smooth([(58.0, 515.5), (66.0, 514), (74.0, 516.5), (79.6, 525), (81.0, 539), (79.6, 551), (73.6, 558),
                 (65.6, 560), (57.6, 557), (52.6, 549), (51.6, 535), (53.6, 522)])
PL_SPILL = smooth([(61.6, 460), (68.0, 456.5), (75.4, 459.5), (80.2, 472), (80.8, 488), (78.8, 503), (72.4, 513),
                   (62.2, 513.5), (57.0, 504), (56.6, 487), (58.4, 471)])
zone("palmaris_longus_tp1", "essential", F, PL_ESS)
zone("palmaris_longus_tp1", "spillover", F, PL_SPILL)

# --- flexor carpi radialis: the radial side of the wrist crease
FCR_ESS = _blob((58.6, 511.5), 7.0, 6.4, -20)
FCR_SPILL = tapered([(66.8, 470), (64.2, 484), (61.6, 498), (59.0, 510), (56.4, 521), (53.6, 530)],
                    [6, 7.5, 9, 10, 9, 6])
zone("flexor_carpi_radialis_tp1", "essential", F, FCR_ESS)
zone("flexor_carpi_radialis_tp1", "spillover", F, FCR_SPILL)

# --- flexor carpi ulnaris: the ulnar side of the front of the wrist
FCU_ESS = _blob((77.4, 511.5), 6.6, 6.8, 15)
FCU_SPILL = tapered([(86.6, 458), (83.8, 474), (81.2, 490), (79.2, 503)], [6, 7, 8, 8])
zone("flexor_carpi_ulnaris_tp1", "essential", F, FCU_ESS)
zone("flexor_carpi_ulnaris_tp1", "spillover", F, FCU_SPILL)

# --- flexor digitorum superficialis / profundus: the palm side of the fingers, out to the tip; the palm
FDS1_ESS = _finger("middle")
FDS1_SPILL = tapered([(64.4, 517), (63.4, 530), (62.2, 544), (61.2, 556)], [7, 8.4, 8.6, 8.4])
zone("flexor_digitorum_superficialis_tp1", "essential", F, FDS1_ESS)
zone("flexor_digitorum_superficialis_tp1", "spillover", F, FDS1_SPILL)
FDS2_ESS = unary_union([_finger("ring"), _finger("little")])
FDS2_SPILL = smooth([(70.4, 518), (76.0, 517), (80.6, 526), (83.4, 540), (83.8, 552), (79.2, 556), (72.6, 556),
                     (69.0, 546), (68.4, 530)])
zone("flexor_digitorum_superficialis_tp2", "essential", F, FDS2_ESS)
zone("flexor_digitorum_superficialis_tp2", "spillover", F, FDS2_SPILL)
FDP_ESS = unary_union([_finger("middle"), _finger("ring"), _finger("little")])
FDP_SPILL = smooth([(62.6, 530), (70.0, 526), (78.6, 531), (82.6, 542), (82.4, 553), (75.0, 556.5), (66.0, 556.5),
                    (59.8, 553), (58.8, 541)])
zone("flexor_digitorum_profundus_tp1", "essential", F, FDP_ESS)
zone("flexor_digitorum_profundus_tp1", "spillover", F, FDP_SPILL)
FPL_ESS = _below(B.THUMB, 543.0).union(_blob(AX["thumb"][1], 5.0, 4.0, -20))
zone("flexor_pollicis_longus_tp1", "essential", F, FPL_ESS)

# --- pronator teres: deep at the radial front of the wrist
PT_ESS = smooth([(51.6, 489), (58.4, 487.5), (63.4, 495), (63.8, 507), (60.8, 516.5), (55.2, 520), (50.4, 515),
                 (49.4, 501)])
PT_SPILL = tapered([(73.0, 428), (68.0, 450), (63.2, 470), (59.2, 488)], [8, 10, 10, 9])
zone("pronator_teres_tp1", "essential", F, PT_ESS)
zone("pronator_teres_tp1", "spillover", F, PT_SPILL)

# --- adductor pollicis: the outer side of the base of the thumb (palm and back); the thumb, web and thenar
ADD_ESS = tapered([(47.6, 517), (43.6, 527), (40.4, 537), (38.2, 546), (37.2, 553)], [8, 9, 9, 8, 6])
ADD_SPILL_F = unary_union([_below(B.THUMB, 540.0), smooth([(48.6, 522), (55.6, 527), (56.6, 537), (53.6, 548),
                                                          (49.4, 556), (45.6, 557), (42.6, 548), (43.6, 532)])])
ADD_SPILL_B = unary_union([_below(B.THUMB, 540.0), SUP_WEB])
zone("adductor_pollicis_tp1", "essential", F, ADD_ESS)
zone("adductor_pollicis_tp1", "essential", BK, _b(ADD_ESS))
zone("adductor_pollicis_tp1", "spillover", F, ADD_SPILL_F)
zone("adductor_pollicis_tp1", "spillover", BK, _b(ADD_SPILL_B))

# --- opponens pollicis: the palm side of the thumb, and a spot at the radial front of the wrist
OPP_ESS = _below(B.THUMB, 545.0).union(_blob((42.0, 545.5), 4.6, 4.0, -30))
OPP_SPILL = _blob((53.6, 511.0), 4.8, 4.4)
zone("opponens_pollicis_tp1", "essential", F, OPP_ESS)
zone("opponens_pollicis_tp1", "spillover", F, OPP_SPILL)

# --- first dorsal interosseous (own view: back): the radial side of the index finger; spillover on the back of
# the hand, the palm and the ulnar side of the little finger
FDI_ESS = _side(_finger("index"), "radial", 4.4)
LITTLE_ULNAR = _side(FINGERS["little"], "ulnar", 3.8)
FDI_SPILL_B = unary_union([smooth([(49.4, 522), (56.0, 524), (59.6, 534), (58.4, 546), (55.0, 557), (49.6, 561),
                                   (45.6, 557), (45.4, 546), (46.6, 532)]), LITTLE_ULNAR])
FDI_SPILL_F = unary_union([smooth([(51.6, 530), (57.6, 534), (58.6, 546), (55.6, 557), (50.6, 561), (47.0, 556),
                                   (47.4, 542)]), LITTLE_ULNAR])
zone("first_dorsal_interosseous_tp1", "essential", BK, _b(FDI_ESS))
zone("first_dorsal_interosseous_tp1", "essential", F, FDI_ESS)
zone("first_dorsal_interosseous_tp1", "spillover", BK, _b(FDI_SPILL_B))
zone("first_dorsal_interosseous_tp1", "spillover", F, FDI_SPILL_F)

# --- interossei (2nd dorsal, own view: back): the radial side of the middle finger to the last joint
IO_ESS = _side(_finger("middle", to=AX["middle"][3][1] + 2.5), "radial", 4.4)
IO_SPILL = smooth([(60.8, 520), (63.2, 528), (62.6, 542), (61.0, 556), (57.6, 560), (54.6, 553), (55.2, 538),
                   (57.6, 526)])
zone("hand_interossei_tp1", "essential", BK, _b(IO_ESS))
zone("hand_interossei_tp1", "essential", F, IO_ESS)
zone("hand_interossei_tp1", "spillover", BK, _b(IO_SPILL))

# --- abductor digiti minimi: the ulnar side of the little finger
ADM_ESS = _side(_finger("little"), "ulnar", 4.2)
zone("abductor_digiti_minimi_hand_tp1", "essential", F, ADM_ESS)
zone("abductor_digiti_minimi_hand_tp1", "essential", BK, _b(ADM_ESS))


# ================================================================ lateral view (thumb forward, back of the hand
# facing the viewer; the index finger in front, the little finger behind)
def _lateral():
    V = "lateral"
    lm = L.LANDMARKS
    try:        # the lateral illustrator's forearm frame, so the zones follow the drawn forearm
        from .muscles_lateral import _fa as fa
    except ImportError:
        fa_back = [(199, 378), (208, 400), (224, 434), (244, 466), (264, 492), (286, 517)]      # ulnar contour
        fa_front = [(243, 366), (253, 390), (261, 414), (270, 446), (287, 480), (310, 506)]     # radial contour

        def fa(t, g):
            """A point of the forearm: t from the elbow (0) to the wrist (1), g from the ulnar (0) to the radial (1) edge."""
            from shapely.geometry import LineString
            b = LineString(fa_back).interpolate(t, normalized=True)
            f = LineString(fa_front).interpolate(t, normalized=True)
            return (b.x + g * (f.x - b.x), b.y + g * (f.y - b.y))

    epi = lm["lateral_epicondyle"]
    thumb, palm, fingers = L.THUMB, L.PALM, L.FINGERS
    lat_web = smooth([(306, 512), (314, 516), (321, 529), (325, 545), (323, 558), (317, 560), (311, 549), (306, 531)])
    radial_band = tapered([fa(0.02, 0.8), fa(0.25, 0.8), fa(0.5, 0.8), fa(0.75, 0.8), fa(0.97, 0.82)],
                          [14, 12, 11, 10, 9])
    # brachioradialis
    zone("brachioradialis_tp1", "essential", V, lat_web)
    zone("brachioradialis_tp1", "spillover", V, unary_union([_blob(epi, 9, 11), radial_band]))
    # extensor carpi radialis longus
    zone("extensor_carpi_radialis_longus_tp1", "essential", V,
         unary_union([_blob(epi, 9, 11), smooth([(297, 515), (304, 513), (310, 522), (314, 534), (312, 545), (305, 546),
                                                  (298, 538), (295, 526)])]))
    zone("extensor_carpi_radialis_longus_tp1", "spillover", V, radial_band)
    # extensor carpi radialis brevis, extensor indicis: the back of the wrist and hand (middle, radial half)
    zone("extensor_carpi_radialis_brevis_tp1", "essential", V,
         smooth([(292, 502), (302, 500), (311, 508), (315, 524), (313, 540), (305, 545), (297, 538), (292, 522)]))
    zone("extensor_indicis_tp1", "essential", V,
         smooth([(294, 506), (302, 506), (309, 516), (315, 532), (315, 548), (307, 551), (299, 541), (294, 522)]))
    # extensor carpi ulnaris: the ulnar side of the back of the wrist
    zone("extensor_carpi_ulnaris_tp1", "essential", V, _blob(lm["ulnar_styloid"], 7.5, 8.5, 30))
    # extensor digitorum
    zone("extensor_digitorum_tp1", "essential", V, unary_union([
        tapered([fa(0.45, 0.46), fa(0.65, 0.45), fa(0.85, 0.44), (300, 524), (305, 545), (310, 566)],
                [8, 8.6, 9, 9, 8.6, 8.4]),
        _above(fingers["middle"], 605)]))
    zone("extensor_digitorum_tp1", "spillover", V, unary_union([_blob(epi, 10, 12),
                                                              tapered([fa(0.05, 0.5), fa(0.25, 0.48), fa(0.45, 0.46)],
                                                                      [12, 10, 8])]))
    zone("extensor_digitorum_tp2", "essential", V, unary_union([_above(fingers["ring"], 601), _above(fingers["little"], 592)]))
    zone("extensor_digitorum_tp2", "spillover", V,
         smooth([(286, 518), (296, 516), (303, 526), (305, 545), (302, 562), (293, 562), (288, 546), (286, 530)]))
    # supinator
    zone("supinator_tp1", "essential", V, unary_union([_blob(epi, 11, 13), lat_web]))
    zone("supinator_tp1", "spillover", V, radial_band)
    # first dorsal interosseous: the radial (front) side of the index finger; the back of the hand, the ulnar
    # (back) side of the little finger
    index = fingers["index"]
    zone("first_dorsal_interosseous_tp1", "essential", V, index.difference(affinity.translate(index, -4.0, 0)))
    little = fingers["little"]
    zone("first_dorsal_interosseous_tp1", "spillover", V, unary_union([
        smooth([(308, 526), (316, 530), (321, 544), (322, 560), (314, 564), (308, 552), (306, 538)]),
        little.difference(affinity.translate(little, 3.6, 0))]))
    # interossei: the radial side of the middle finger, the back of the hand between the 2nd and 3rd metacarpals
    middle = fingers["middle"]
    zone("hand_interossei_tp1", "essential", V, _above(middle.difference(affinity.translate(middle, -4.0, 0)), 608))
    zone("hand_interossei_tp1", "spillover", V,
         smooth([(304, 530), (311, 531), (316, 546), (316, 562), (310, 564), (305, 550)]))
    # abductor digiti minimi: the ulnar (back) side of the little finger
    zone("abductor_digiti_minimi_hand_tp1", "essential", V, little.difference(affinity.translate(little, 3.8, 0)))
    # adductor pollicis: the outer (front) side of the base of the thumb; the thumb and the web
    zone("adductor_pollicis_tp1", "essential", V, thumb.difference(affinity.translate(thumb, -4.5, 0)).intersection(
        box(0, 0, 1000, 556)))
    zone("adductor_pollicis_tp1", "spillover", V, unary_union([thumb, lat_web]))


if L is not None:
    _lateral()
