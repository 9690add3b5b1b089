"""Muscle shapes: forearm and hand (front view: person's right at x < 200; back view: x > 200).

The figure stands in the anatomical position (palms forward, thumb lateral). On the FRONT view the
thumb (radial, lateral) side of the right forearm is the smaller x. The BACK view shapes are authored
in the same "front-like" coordinates (lateral = smaller x) and mirrored with `_back` (x -> 400 - x),
so the thumb side ends up at the larger x, as it must when the figure is seen from behind.

Most superficial muscles are bands between shared border curves, so neighbours meet along one line;
the fleshy bellies fill the upper two-thirds and slim tendons run on to the wrist.
"""
from __future__ import annotations

import numpy as np
from shapely.ops import unary_union

from .muscles import add
from .registry import mark
from .shapes import catmull_rom, mirror, smooth, stroke, tapered

GAP = 0.25  # half the small skin gap left between neighbouring muscles


class Border:
    """A smooth border curve through anchors listed top to bottom, read as x(y)."""

    def __init__(self, anchors, dx: float = 0.0):
        dense = catmull_rom([(x + dx, y) for x, y in anchors], closed=False, samples=12)
        self.ys = np.array([p[1] for p in dense])
        self.xs = np.array([p[0] for p in dense])
        self.y0, self.y1 = float(self.ys[0]), float(self.ys[-1])

    def __call__(self, y: float) -> float:
        return float(np.interp(y, self.ys, self.xs))

    def pts(self, y0: float, y1: float, n: int) -> list[tuple[float, float]]:
        return [(self(y), float(y)) for y in np.linspace(y0, y1, n)]


def band(left: Border, right: Border, y0: float, y1: float, top=None, bottom=None, n: int = 9):
    """The strip between two borders from y0 to y1, with optional pointed/rounded cap anchors."""
    pts = left.pts(y0, y1, n)
    if bottom:
        pts.append(bottom)
    pts += list(reversed(right.pts(y0, y1, n)))
    if top:
        pts.append(top)
    return smooth(pts).buffer(-GAP)


def _clean(geom, min_area: float = 2.0):
    """Drop slivers left by cutting one muscle with another."""
    parts = [g for g in getattr(geom, "geoms", [geom]) if g.area >= min_area]
    return unary_union(parts)


def _back(muscle, geom, depth="superficial", fibers=("parallel", 90.0)):
    """Add a back-view shape authored in front-like coordinates (mirrored to x > 200)."""
    if fibers[0] == "parallel":
        fibers = ("parallel", 180.0 - fibers[1])
    elif fibers[0] == "fan":
        fibers = ("fan", (400.0 - fibers[1][0], fibers[1][1]))
    add(muscle, "back", mirror(geom), depth=depth, fibers=fibers)


# Edges of the right forearm (front view), pushed ~0.8 outside the skin so shapes clip to it.
LAT = Border([(77.2, 330), (77.2, 340), (76.4, 350), (75.0, 360), (73.8, 370), (71.1, 380), (69.7, 390),
              (68.2, 400), (65.9, 410), (63.6, 420), (61.4, 430), (59.4, 440), (57.6, 450), (55.9, 460),
              (54.4, 470), (53.4, 480), (52.8, 490), (52.4, 500), (51.8, 510), (51.0, 520), (51.0, 530)])
MED = Border([(108.5, 350), (108.8, 360), (108.8, 370), (107.6, 380), (106.1, 390), (104.1, 400),
              (102.6, 410), (100.9, 420), (98.9, 430), (96.8, 440), (94.6, 450), (92.3, 460), (89.8, 470),
              (87.3, 480), (84.6, 490), (81.8, 500), (79.4, 510), (78.5, 520), (76.4, 530)])

# ---------------------------------------------------------------------------------------------------
# FRONT VIEW (flexor side and palm)
# ---------------------------------------------------------------------------------------------------
# Brachioradialis: lateral supracondylar ridge -> radial styloid; belly in the upper half, flat tendon.
BR_MED = Border([(80.5, 334), (82, 348), (84, 364), (84.5, 378), (83, 392), (80.5, 404), (77.5, 413),
                 (75, 420), (72, 431), (69, 442), (66, 452), (63.5, 460), (60.5, 468), (58.4, 476),
                 (57, 486), (56, 497), (55.3, 508), (54.8, 517), (54.5, 524)])
BR = band(LAT, BR_MED, 336, 524, top=(79, 331.5), bottom=(54.2, 528.5), n=12)
add("brachioradialis", "front", BR, fibers=("parallel", 101))

# Pronator teres: medial epicondyle -> lateral mid-radius, oblique; its end slips under brachioradialis.
PT_LOW = Border([(105.8, 379), (105.2, 388), (101, 398), (95.5, 407), (90, 415), (85.5, 421.5), (80.5, 429.5),
                 (75.5, 437), (70.5, 444), (66, 450), (62.5, 454)])
PT_UP = [(101.5, 375), (96, 382.5), (90.5, 391), (85, 400), (80, 409), (75.5, 418), (71, 427), (66.5, 436),
         (63, 444), (60.5, 449)]
PT_FULL = smooth(PT_UP + [(60.5, 453)] + list(reversed(PT_LOW.pts(380, 454, 9))) + [(104.8, 376)])
PT = _clean(PT_FULL.difference(BR.buffer(2 * GAP)))  # FCR is cut out below, once it exists

# Flexor carpi radialis: shares pronator teres' lower border, then runs to the base of the 2nd metacarpal.
FCR_L = Border([(105.3, 389), (101, 398), (95.5, 407), (90, 415), (85.8, 421.5), (81, 429.5), (76.8, 437),
                (73.8, 444), (71.5, 451), (69.8, 458), (68.3, 466), (66.6, 476), (64.8, 488), (63.2, 500),
                (61.8, 512), (60.5, 523), (59.3, 532)])
FCR_M = Border([(106.5, 392), (104, 397), (100, 403.5), (95.5, 411.5), (91, 420), (86.8, 429), (83, 438),
                (79.8, 447), (77.2, 455), (74.8, 462), (72.5, 468.5), (69.6, 477), (67.6, 488), (66, 500),
                (64.6, 512), (63.3, 523), (62, 532)])
FCR = band(FCR_L, FCR_M, 391, 532, top=(106.3, 388.5), bottom=(60.6, 535.5), n=12)
add("flexor_carpi_radialis", "front", FCR, fibers=("parallel", 112))
PT = _clean(PT.difference(FCR.buffer(GAP)))
add("pronator_teres", "front", PT, fibers=("parallel", 124))

# Palmaris longus: slim belly from the medial epicondyle, long tendon to the middle of the wrist.
PL_L = Border([(106.5, 392), (104, 397), (100, 403.5), (95.5, 411.5), (91, 420), (86.8, 429),
               (83, 438), (80.3, 446), (78.8, 454), (77.2, 462), (75.6, 470), (73.8, 480), (72, 490),
               (70.2, 500), (68.6, 510), (67.2, 520), (66.2, 529)])
PL_M = Border([(107.6, 394.5), (105.4, 399.5), (102, 405.5), (98.2, 413), (94.6, 421.5), (91.2, 430.5),
               (88, 439), (85.2, 447), (83, 454.5), (81, 461), (78.6, 469), (76.6, 478), (74.6, 488),
               (72.6, 499), (70.7, 509), (69.1, 519), (68.0, 529)])
PL = band(PL_L, PL_M, 396, 529, top=(107.4, 393.5), bottom=(67.1, 535), n=12)
add("palmaris_longus", "front", PL, fibers=("parallel", 108))

# Flexor carpi ulnaris: the medial border of the forearm, fleshy almost to the wrist, tendon to the pisiform.
FCU_L = Border([(108, 394.5), (105.6, 399.5), (102.2, 405.5), (98.4, 413), (95.1, 421.5), (92.3, 430),
                (90.5, 439), (88.7, 448), (87.0, 457), (85.2, 466), (83.3, 475), (81.4, 484), (79.6, 493),
                (77.9, 502), (76.3, 510), (75.0, 518), (74.0, 525), (73.4, 531)])
FCU = band(FCU_L, MED, 396, 531, top=(108.8, 386), bottom=(74.6, 535), n=13)
add("flexor_carpi_ulnaris", "front", FCU, fibers=("parallel", 106))

# Flexor digitorum superficialis: a broad muscle under the others; what shows between them is drawn.
FDS_FULL = smooth([(96, 414), (86, 420), (74, 434), (64, 452), (60.5, 466), (60, 478), (61.5, 485),
                   (64.5, 490), (66.5, 497), (67.2, 508), (66.8, 518), (67.5, 528), (70.5, 533.5),
                   (74.5, 532), (75.5, 525), (78, 510), (82, 490), (86, 470), (90.5, 450), (95, 432)])
OVER_FDS = unary_union([BR, PT, FCR, PL, FCU]).buffer(2 * GAP)
FDS = _clean(FDS_FULL.difference(OVER_FDS), 3.0)
add("flexor_digitorum_superficialis", "front", FDS, fibers=("parallel", 103))

# Deep flexors (dashed).
FDP = smooth([(99, 394), (103.5, 402), (101.5, 420), (97.5, 440), (92.5, 460), (86.5, 480), (80.5, 498),
              (76, 512), (73.5, 522), (72.2, 531), (66, 531.5), (65.6, 522), (66.8, 510), (69.3, 496),
              (72.8, 480), (77, 462), (82, 442), (87, 422), (92.5, 404)])
add("flexor_digitorum_profundus", "front", FDP, depth="deep", fibers=("parallel", 107))

FPL = unary_union([
    smooth([(74.5, 416), (77.5, 423), (74.5, 438), (70, 455), (66.3, 472), (64, 487), (62.2, 499), (60.2, 506),
            (58.2, 499), (57.8, 486), (58.6, 468), (60.6, 450), (64, 433), (69, 420)]),
    stroke([(60.2, 500), (59.8, 514), (58.9, 527), (56, 537), (51, 546)], 1.7),
])
add("flexor_pollicis_longus", "front", FPL, depth="deep", fibers=("parallel", 103))

# Palm: thenar muscles, hypothenar edge, palmar interossei (deep).
OPP = smooth([(58.5, 533.5), (55, 531.8), (51.5, 532.8), (48.5, 537.2), (45.5, 542.8), (43, 548.5), (41, 553.5),
              (40.8, 557.2), (43.2, 557.6), (46.5, 553), (50, 547.5), (53.5, 542.5), (57, 538.5), (59, 535.8)])
add("opponens_pollicis", "front", OPP, fibers=("parallel", 126))

ADD = smooth([(43.5, 561.5), (45.5, 557.8), (49.5, 553.2), (54, 548.6), (58.5, 544.6), (61.8, 542.5),
              (62.6, 548), (62.4, 556), (62, 564), (61.6, 571), (57.5, 571.6), (52.5, 570.2), (48, 567.6),
              (45, 564.6)])
add("adductor_pollicis", "front", ADD, fibers=("fan", (43, 561.5)))

ADM = smooth([(72.3, 537), (74.8, 535.8), (77.2, 539.5), (78.4, 548), (78.6, 558), (78.0, 566), (76.6, 572.5),
              (74.6, 570.5), (73.8, 562), (73.2, 552), (72.4, 543.5), (71.6, 538.5)])
add("abductor_digiti_minimi_hand", "front", ADM, fibers=("parallel", 88))

PALMAR_IO = unary_union([
    tapered([(60.2, 546), (58.9, 555), (57.4, 563), (56.4, 569)], [1.6, 3.0, 3.0, 2.0]),
    tapered([(64.4, 546), (64.1, 555), (63.8, 563), (63.6, 569)], [1.6, 3.0, 3.0, 2.0]),
    tapered([(68.4, 546), (69.2, 555), (69.9, 562), (70.4, 567.5)], [1.6, 3.0, 3.0, 2.0]),
])
add("hand_interossei", "front", PALMAR_IO, depth="deep", fibers=("parallel", 95))

# ---------------------------------------------------------------------------------------------------
# BACK VIEW (extensor side and back of the hand), authored front-like (lateral = smaller x), mirrored.
# ---------------------------------------------------------------------------------------------------
BRB_MED = Border([(81.2, 338), (81.6, 350), (80, 364), (77, 376), (74, 388), (71, 400), (68, 413), (65.2, 426),
                  (62.6, 440), (60.2, 452), (58.2, 462), (56.2, 471)])
BR_B = band(LAT, BRB_MED, 340, 469, top=(79.6, 335.5), bottom=(55.2, 474.5), n=10)
_back("brachioradialis", BR_B, fibers=("parallel", 101))

# Extensor carpi radialis longus: lower supracondylar ridge -> base of the 2nd metacarpal.
ECRL_L = Border([(81.8, 352), (80.4, 364), (77.4, 376), (74.4, 388), (71.4, 400), (68.4, 413), (65.6, 426),
                 (63, 440), (60.6, 452), (58.6, 462), (56.6, 471), (55, 480), (54.2, 490), (53.7, 500),
                 (53.2, 510), (52.9, 520), (53.2, 530)])
ECRL_M = Border([(82.5, 356), (82.3, 366), (81, 380), (79.5, 392), (77, 406), (73.5, 420), (69.5, 434),
                 (66, 446), (63.2, 456), (61, 464), (59.2, 474), (57.8, 486), (57.0, 498), (56.4, 510),
                 (56.1, 522), (56.3, 532)])
ECRL = band(ECRL_L, ECRL_M, 356, 532, top=(82.3, 351), bottom=(55.2, 537), n=13)
_back("extensor_carpi_radialis_longus", ECRL, fibers=("parallel", 104))

# Extensor digitorum (its lateral border) and extensor carpi radialis brevis between it and ECRL.
ED_L = Border([(80.5, 382), (81, 395), (80.5, 410), (78.5, 425), (75.5, 440), (72, 455), (69, 468), (66.5, 482),
               (64.5, 495), (63.3, 508), (62.6, 520), (62.5, 531)])
ECRB_L = Border([(80.3, 389), (77.0, 406), (73.5, 420), (69.5, 434), (66.0, 446), (63.2, 456), (61.2, 464),
                 (59.9, 474), (59.2, 486), (58.8, 498), (58.6, 510), (58.8, 522), (59.4, 531)])
ECRB_M = Border([(80.9, 386), (80.6, 395), (80.1, 410), (78.1, 425), (75.1, 440), (71.6, 455), (67, 465),
                 (63.6, 472), (62.6, 480), (62, 490), (61.6, 500), (61.3, 510), (61.3, 520), (61.5, 531)])
ECRB = band(ECRB_L, ECRB_M, 392, 531, top=(80.7, 387), bottom=(60.5, 535), n=13)
_back("extensor_carpi_radialis_brevis", ECRB, fibers=("parallel", 107))

ED_M = Border([(81.2, 381), (83.6, 395), (86, 410), (86.8, 425), (86.3, 440), (84, 455), (80.5, 470),
               (76.5, 484), (72.8, 496), (70.8, 508), (69.8, 520), (69.5, 531)])
ED_BELLY = band(ED_L, ED_M, 384, 531, top=(80.8, 380.5), bottom=(66, 533.5), n=13)
ED_TENDONS = [
    [(63.6, 530), (59.2, 545), (55.6, 557), (52.6, 568.5)],   # index
    [(65.3, 530), (62.8, 545), (61, 558), (59.8, 571.5)],     # middle
    [(67, 530), (66.7, 545), (66.8, 558), (67, 571.5)],       # ring
    [(68.6, 530), (70.3, 544), (72.1, 556), (73.5, 567.5)],   # little
]
TENDONS = unary_union([stroke(t, 1.3) for t in ED_TENDONS])
ED = unary_union([ED_BELLY, TENDONS])
_back("extensor_digitorum", ED, fibers=("parallel", 100))

# Extensor carpi ulnaris: lateral epicondyle, below the anconeus and along the ulna -> base of the 5th metacarpal.
ECU_L = Border([(82.4, 383), (84.8, 395), (87.2, 410), (88.0, 425), (87.5, 440), (85.2, 455), (81.7, 470),
                (77.8, 484), (74.5, 495.5), (73.2, 505), (72.3, 515), (71.9, 525), (72.0, 533)])
ECU_M = Border([(82.6, 380), (88, 395), (93, 407), (95.3, 418), (95.3, 428), (94.0, 440), (91.0, 455),
                (87.3, 470), (83.6, 484), (79.8, 497), (76.9, 507), (75.3, 516), (74.5, 525), (74.3, 533)])
ECU = band(ECU_L, ECU_M, 387, 533, top=(82.2, 382), bottom=(73.2, 538), n=13)
_back("extensor_carpi_ulnaris", ECU, fibers=("parallel", 108))

# Flexor carpi ulnaris seen from behind: a strip along the ulnar border in the upper half.
FCU_B_L = Border([(97.6, 380), (98.3, 390), (98.1, 405), (96.8, 420), (95.6, 432), (94.3, 444), (92.6, 456)])
FCU_B = band(FCU_B_L, MED, 385, 452, top=(101, 378), bottom=(92.8, 458), n=8)
_back("flexor_carpi_ulnaris", FCU_B, fibers=("parallel", 103))

# Deep extensors (dashed): supinator wrapping the radius below the elbow; extensor indicis low on the ulna.
SUP = smooth([(79, 378), (85, 382), (90.5, 389), (93.5, 397), (92.5, 405), (86, 412), (78.5, 419), (71, 427),
              (66, 433), (62.5, 434), (62.5, 427), (65.5, 418), (69, 407), (72.5, 396), (75.5, 386)])
_back("supinator", SUP, depth="deep", fibers=("parallel", 140))

EI = unary_union([
    smooth([(82, 457), (84.6, 465), (83, 479), (78.8, 493), (73, 505), (70.5, 505), (74.5, 491),
            (78.6, 476), (80.4, 465)]),
    stroke([(71.8, 503), (67.6, 515), (63.4, 528), (58.2, 546), (55.2, 556), (53.4, 565)], 1.5),
])
_back("extensor_indicis", EI, depth="deep", fibers=("parallel", 112))

# Back of the hand: first dorsal interosseous in the web, the other dorsal interossei between the tendons.
KEEP_CLEAR = TENDONS.buffer(2 * GAP)
FDI = smooth([(56.6, 539), (55.2, 545), (54.2, 552), (53.3, 559), (52.4, 565.5), (51.3, 571), (49, 572.4),
              (46.5, 569), (44, 564.5), (43, 560), (45.5, 555), (48.5, 550.5), (51.5, 546), (54.5, 541.2)])
_back("first_dorsal_interosseous", FDI.difference(KEEP_CLEAR), fibers=("fan", (50.5, 571.5)))

DORSAL_IO = unary_union([
    tapered([(60.6, 545), (59.1, 553), (57.7, 561), (56.6, 567.5)], [1.8, 3.8, 4.4, 2.6]),
    tapered([(64.7, 545), (64.2, 553), (63.8, 561), (63.5, 567.5)], [1.8, 3.8, 4.6, 2.8]),
    tapered([(68.7, 545), (69.3, 553), (69.8, 561), (70.2, 567)], [1.8, 3.6, 4.2, 2.4]),
]).difference(KEEP_CLEAR)
_back("hand_interossei", DORSAL_IO, fibers=("parallel", 95))


# ---------------------------------------------------------------- trigger points
# Where each trigger point is drawn (person's right side); the first view given is its own.
mark("brachioradialis_tp1", "front", (76.5, 390))
mark("extensor_carpi_radialis_longus_tp1", "back", (323.3, 392))
mark("extensor_carpi_radialis_brevis_tp1", "back", (324.8, 425))
mark("extensor_carpi_ulnaris_tp1", "back", (308.8, 425))
mark("extensor_digitorum_tp1", "back", (316.8, 410))
mark("extensor_digitorum_tp2", "back", (315.5, 428))
mark("extensor_indicis_tp1", "back", (319.8, 478))
mark("supinator_tp1", "back", (326, 408))
mark("palmaris_longus_tp1", "front", (89.2, 430))
mark("flexor_carpi_radialis_tp1", "front", (83.8, 429))
mark("flexor_carpi_ulnaris_tp1", "front", (95.6, 429))
mark("flexor_digitorum_superficialis_tp1", "front", (66.5, 460))
mark("flexor_digitorum_superficialis_tp2", "front", (87.6, 446))
mark("flexor_digitorum_profundus_tp1", "front", (95, 434))
mark("flexor_pollicis_longus_tp1", "front", (60.6, 490))
mark("pronator_teres_tp1", "front", (96.5, 394))
mark("adductor_pollicis_tp1", "front", (49, 562))
mark("opponens_pollicis_tp1", "front", (48, 543))
mark("first_dorsal_interosseous_tp1", "back", (348.5, 557))
mark("hand_interossei_tp1", "back", (342.1, 560))
mark("abductor_digiti_minimi_hand_tp1", "front", (75.8, 553))
