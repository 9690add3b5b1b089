"""Muscle shapes: forearm and hand (front view: person's right at x < 200; back view: x > 200).

The figure stands in the anatomical position (palms forward, thumb lateral). On the FRONT view the thumb
(radial, lateral) side of the right forearm is the smaller x. The BACK view shapes are authored in the same
"front-like" coordinates (lateral = smaller x) and mirrored with `_back` (x -> 400 - x), so the thumb side
ends up at the larger x, as it must when the figure is seen from behind.

As the atlases draw the forearm (Netter; Gray's): on the front the mobile wad (brachioradialis with a strip
of extensor carpi radialis longus) forms the thumb-side border; from the medial epicondyle the flexor mass
fans out: pronator teres obliquely to the middle of the radius (under brachioradialis), flexor carpi
radialis, palmaris longus with its long tendon into the palmar aponeurosis, flexor digitorum superficialis
showing between them, flexor carpi ulnaris along the ulnar border; flexor pollicis longus shows between the
brachioradialis and flexor carpi radialis tendons above the wrist. Deep: flexor digitorum profundus and flexor
pollicis longus with their tendons through the carpal tunnel into the fingers and thumb, supinator around the
neck of the radius. On the back: brachioradialis, the radial wrist extensors, the "outcropping" thumb muscles
crossing them above the wrist (pale: not in the data), extensor digitorum with its tendons fanning to the
fingers under the extensor retinaculum, extensor carpi ulnaris along the ulna. In the hand: the thenar
(opponens pollicis) and hypothenar (abductor digiti minimi) eminences either side of the palmar aponeurosis,
adductor pollicis in the web (deep in the palm), the first dorsal interosseous in the dorsal web and the
dorsal interossei between the metacarpals.

Bellies are bands between shared border curves, so neighbours meet along one line; tendons are paler parts
of the same muscle (`tendon=`); where a tendon passes under a retinaculum (decor_hand.py) it is cut, so the
retinaculum shows over it.
"""
from __future__ import annotations

import numpy as np
from shapely.geometry import LineString, Polygon
from shapely.ops import unary_union

from . import body as B
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


def _flip_spec(spec):
    kind = spec[0]
    if kind == "parallel":
        return ("parallel", 180.0 - spec[1])
    if kind == "fan":
        return ("fan", (400.0 - spec[1][0], spec[1][1]))
    if kind == "loft":
        return ("loft", *[[(400.0 - x, y) for x, y in line] for line in spec[1:]])
    return spec


def _back(muscle, geom, depth="superficial", fibers=("parallel", 90.0), tendon=None):
    """Add a back-view shape authored in front-like coordinates (mirrored to x > 200)."""
    t = None if tendon is None or tendon.is_empty else mirror(tendon)
    add(muscle, "back", mirror(geom), depth=depth, fibers=_flip_spec(fibers), tendon=t)


def _with_tendon(belly, tendon):
    """A muscle's whole shape and its tendon part (the tendon without what the belly covers)."""
    whole = unary_union([belly, tendon])
    return whole, tendon.difference(belly)


# Edges of the right forearm (front view), pushed ~0.8 outside the skin so shapes clip to it; above the
# elbow (y < 372) the lateral edge of the arm, for the origins on the supracondylar ridge.
LAT = Border([(78.8, 330), (78.6, 345), (77.8, 360)] + [(x, y) for x, y in B.FOREARM_LAT], dx=-0.8)
MED = Border([(108.6, 345), (108.6, 358), (106.4, 366)] + [(x, y) for x, y in B.FOREARM_MED], dx=0.8)

# Carpal landmarks (front-like coordinates, right hand): where the tendons pass under the retinacula.
WRIST_Y = 514.0
AXES = B.DIGIT_AXES

# ---------------------------------------------------------------------------------------------------
# FRONT VIEW (flexor side and palm)
# ---------------------------------------------------------------------------------------------------
# Extensor carpi radialis longus: a strip along the thumb-side border in the upper third (mobile wad).
ECRL_F_M = Border([(79.4, 360), (78.8, 372), (76.6, 384.5), (73.6, 397), (70, 409.5), (66.4, 422), (63.2, 433.6),
                   (60.8, 442.6)])
ECRL_F = band(LAT, ECRL_F_M, 364, 438.1, top=(78.8, 359), bottom=(60.2, 443.4), n=10)
add("extensor_carpi_radialis_longus", "front", ECRL_F,
    fibers=("loft", [(77.6, 362), (79.2, 362)], [(60, 440.8), (60.8, 440.8)], [(71.6, 401.5), (74.8, 401.5)]))

# Brachioradialis: lateral supracondylar ridge -> radial styloid; the belly over the upper half, wide at the
# elbow (the lateral border of the cubital fossa), a flat tendon along the border down to the styloid.
BR_L = Border([(78.4, 334), (79, 348), (79.4, 360), (78.8, 372), (76.6, 384.5), (73.6, 397), (70, 409.5),
               (66.4, 422), (63.2, 433.6), (60.8, 442.6)] + [(B_x - 0.8, y) for B_x, y in B.FOREARM_LAT if y > 455])
BR_M = Border([(80.6, 334), (82.6, 346), (84.8, 360), (86.2, 373.8), (85.8, 386.3), (83.6, 397.9), (80.2, 409.5),
               (76.4, 421.1), (72.4, 432.7), (68.4, 443.4), (64.6, 452.4), (61.4, 459.5), (58.8, 466.7)])
BR_BELLY = band(BR_L, BR_M, 336, 464.9, top=(79.4, 331), bottom=(55.6, 472.5), n=14)
BRT_M = Border([(62.0, 438), (60.0, 450), (58.2, 462), (56.8, 474), (55.6, 486), (54.6, 498), (53.8, 506),
                (53.4, 511)])
BR_TENDON = band(BR_L, BRT_M, 440, 510, bottom=(52.0, 513.4), n=10)
BR, BR_T = _with_tendon(BR_BELLY, BR_TENDON)
add("brachioradialis", "front", BR, tendon=BR_T,
    fibers=("loft", [(79.2, 334), (80.8, 334)], [(59, 463.1), (60.8, 460.4)], [(75, 397), (84, 397)]))

# Pronator teres: medial epicondyle -> the middle of the radius, obliquely; its end slips under brachioradialis.
PT_UP = [(104.2, 376.5), (100.2, 382.7), (95.8, 389.4), (91.2, 396.1), (86.6, 402.8), (82, 409.5), (77.4, 416.2),
         (72.8, 422.9), (68.4, 429.6), (64.6, 435.9), (61.6, 440.8)]
PT_LOW = Border([(106.4, 381.8), (104.2, 389), (101.4, 396.1), (98.2, 402.4), (94.6, 408.6), (90.6, 414.4), (86.4, 420.2),
                 (82.2, 426), (78.2, 431.8), (74.4, 437.6), (70.8, 443.4), (67.4, 448.4), (64.6, 451.5)])
PT_FULL = smooth(PT_UP + [(61.2, 446.1)] + list(reversed(PT_LOW.pts(382.7, 450.6, 12))) + [(106.2, 377.8)])

# Flexor carpi radialis: shares pronator teres' lower border, then its tendon runs to the radial wrist crease
# (and under the thenar muscles to the base of the 2nd metacarpal).
FCR_L = Border([(106.4, 381.8), (104.2, 389), (101.4, 396.1), (98.2, 402.4), (94.6, 408.6), (90.6, 414.4), (86.4, 420.2),
                (82.2, 426), (78.2, 431.8), (75.8, 438.1), (73.8, 444.3), (72.2, 450.6), (70.8, 456.8), (69.6, 463.1)])
FCR_M = Border([(107, 384.5), (105.4, 390.8), (103.2, 397), (100.6, 403.3), (97.6, 409.5), (94.4, 415.3), (91, 421.1),
                (87.8, 426.9), (84.8, 432.7), (82, 438.5), (79.4, 444.3), (77, 450.1), (74.8, 455.9), (72.8, 461.8),
                (71.2, 466.7)])
FCR_BELLY = band(FCR_L, FCR_M, 386.3, 464, top=(107, 382.3), bottom=(70, 471.1), n=13)
FCR_TENDON = tapered([(71.4, 463.1), (69.6, 473.8), (67.4, 484.5), (65, 495.2), (62.6, 505.1), (60.6, 514), (59.5, 519.5)],
                     [2.8, 2.6, 2.5, 2.4, 2.3, 2.2, 1.8])
FCR, FCR_T = _with_tendon(FCR_BELLY, FCR_TENDON)
add("flexor_carpi_radialis", "front", FCR, tendon=FCR_T,
    fibers=("loft", [(106.6, 383.6), (107.2, 385.4)], [(70.4, 468.5), (71.8, 466.7)], [(85, 429.2), (89.6, 429.2)]))
PT = PT_FULL.difference(unary_union([BR, FCR]).buffer(2 * GAP))
add("pronator_teres", "front", _clean(PT),
    fibers=("loft", [(104.6, 377.4), (106.6, 382.7)], [(62.4, 441.7), (65.6, 449.7)], [(84, 409.5), (90.6, 414.9)]))

# Palmaris longus: a slim belly from the medial epicondyle, the long tendon down the middle of the wrist
# over the flexor retinaculum, spreading into the palmar aponeurosis (its pale fan in the palm).
PL_M = Border([(107.6, 386.3), (106.4, 392.5), (104.6, 398.8), (102.4, 405), (99.8, 411.3), (97, 417.5), (94.2, 423.8),
               (91.6, 430.1), (89.2, 436.3), (87, 441.7), (85.2, 446.1)])
PL_BELLY = band(FCR_M, PL_M, 388.1, 444.3, top=(107.6, 384.5), bottom=(84.2, 449.7), n=11)
PL_TENDON = tapered([(85.8, 443.4), (82.2, 454.2), (78.4, 465.8), (74.8, 477.4), (71.6, 489), (69, 499.7), (67, 508.6),
                     (65.7, 515.1)], [2.4, 2.2, 2.1, 2.0, 2.0, 2.0, 2.0, 2.2])
PALMAR_APONEUROSIS = smooth([
    (64.6, 513.4), (67.2, 513.4), (69.2, 516.8), (71.6, 522.2), (74.2, 529.6), (76.6, 537.0), (78.6, 544.4),
    (80.0, 550.6), (81.0, 556.0), (80.4, 560.0), (78.6, 560.6), (76.8, 559.0), (75.2, 558.2), (73.6, 559.8),
    (71.6, 562.4), (69.6, 562.0), (68.0, 560.2), (66.2, 559.6), (64.4, 561.2), (62.4, 563.4), (60.2, 563.2),
    (58.6, 561.2), (56.8, 560.2), (55.0, 561.0), (53.0, 562.6), (50.8, 562.2), (49.4, 559.6), (49.2, 555.4),
    (50.4, 549.2), (52.4, 544.2), (55.2, 537.2), (58.3, 529.6),
    (61.1, 522.4), (62.9, 517.0)])
PL, PL_T = _with_tendon(PL_BELLY, unary_union([PL_TENDON, PALMAR_APONEUROSIS]))
add("palmaris_longus", "front", PL, tendon=PL_T,
    fibers=("loft", [(107.4, 386.3), (107.8, 387.2)], [(84.8, 447), (86, 445.2)], [(95.4, 419.3), (98.6, 419.3)]))

# Flexor carpi ulnaris: the ulnar border, fleshy almost to the wrist, its tendon to the pisiform.
FCU_L = Border([(107.8, 387.2), (106.4, 394.3), (104.2, 401.5), (101.8, 408.6), (99.4, 415.8), (97.0, 422.9),
                (94.6, 430.1), (92.4, 437.2), (90.2, 444.3), (88.0, 451.5), (86.0, 458.6), (84.2, 465.8), (82.6, 472.9),
                (81.0, 480.1), (79.8, 487.2), (78.8, 494.4), (78.0, 501.5), (77.4, 508.6), (77.2, 515.1)])
FCU_BELLY = band(FCU_L, MED, 389.9, 498.8, top=(108.6, 381.8), bottom=(79.7, 505.1), n=13)
FCU_TENDON = tapered([(80.2, 493.5), (78.8, 502.4), (78.2, 510.4), (78.1, 517.3)], [3.4, 3.0, 2.8, 2.6])
FCU, FCU_T = _with_tendon(FCU_BELLY, FCU_TENDON.difference(FCU_BELLY))
add("flexor_carpi_ulnaris", "front", FCU, tendon=FCU_T,
    fibers=("loft", [(107.6, 384.5), (108.6, 384.5)], [(78.2, 503.3), (80.2, 501.5)], [(94.6, 437.2), (98.4, 437.2)]))

# Flexor pollicis longus: shows between the brachioradialis and flexor carpi radialis tendons above the wrist;
# the whole muscle (on the front of the radius, its tendon through the carpal tunnel to the tip of the thumb)
# is drawn on the deep layer.
FPL_BELLY = smooth([(70.2, 411.3), (74, 416.7), (73.6, 429.2), (71.4, 443.4), (68.6, 457.7), (65.8, 472), (63, 484.5),
                    (60.8, 493.5), (59, 498.8), (57, 494.4), (56.6, 482.7), (57.6, 468.5), (59.6, 452.4), (62.6, 436.3),
                    (66, 422)])
FPL_TENDON = tapered([(59.6, 491.7), (59.4, 502.4), (60.2, 513.1), (57.9, 525), (53.4, 532.6), (48.6, 539.0),
                      (45.4, 543.6)], [2.2, 2.0, 1.9, 1.8, 1.7, 1.6, 1.5])
FPL_DEEP, FPL_DEEP_T = _with_tendon(FPL_BELLY, FPL_TENDON)
add("flexor_pollicis_longus", "front", FPL_DEEP, depth="deep", tendon=FPL_DEEP_T,
    fibers=("loft", [(67, 418.4), (73.4, 418.4)], [(58.6, 497), (59.6, 495.2)], [(62, 459.5), (67.4, 459.5)]))

# Flexor digitorum superficialis: a broad muscle under the others; what shows between them is drawn (the
# strip between palmaris longus and flexor carpi ulnaris, and the tendons above the wrist).
FDS_FULL = smooth([(100.2, 400.6), (95, 405.9), (86, 414.9), (78, 427.4), (72.4, 441.7), (68.4, 455.9), (65.2, 472),
                   (63, 486.3), (61.6, 498.8), (61.3, 510.4), (62.5, 515.5), (70.3, 516), (77, 515.5), (78, 507.7),
                   (80.2, 495.2), (82.6, 481), (85.8, 466.7), (89.4, 452.4), (93.0, 438.1), (96.6, 423.8), (99.4, 411.3)])
OVER_FDS = unary_union([BR, PT, FCR, PL, FCU]).buffer(2 * GAP)
FDS = _clean(FDS_FULL.difference(OVER_FDS), 3.0)
# the surface part of flexor pollicis longus: the belly between the two tendons, above the wrist
FPL_WINDOW = smooth([(59.4, 446.0), (63.4, 452.0), (63.8, 466.0), (62.4, 482.0), (60.6, 496.0), (59.0, 503.0),
                     (56.0, 498.0), (55.4, 482.0), (56.4, 464.0)])
FPL_SURFACE = _clean(FPL_BELLY.difference(unary_union([OVER_FDS, FDS.buffer(2 * GAP)])).intersection(FPL_WINDOW), 3.0)
add("flexor_pollicis_longus", "front", FPL_SURFACE,
    fibers=("loft", [(60.6, 452.4), (63.6, 452.4)], [(58.4, 497), (59.4, 496.1)]))
add("flexor_digitorum_superficialis", "front", FDS,
    fibers=("loft", [(97, 407.7), (100, 404.2)], [(63.6, 513.1), (76.4, 513.1)], [(76, 459.5), (85.6, 459.5)]))

# Deep flexors: flexor digitorum profundus from the front of the ulna, its four tendons through the carpal
# tunnel and the palm to the last joint of each finger.
FDP_BELLY = smooth([(100.5, 389.9), (104.2, 395.2), (103.6, 407.7), (100.5, 422), (96.5, 438.1), (92, 454.2), (87.2, 468.5),
                    (82.4, 481), (78.8, 489.9), (75.6, 495.2), (70.4, 495.2), (68.6, 488.1), (70.6, 475.6), (74, 461.3),
                    (78.2, 445.2), (83, 429.2), (88, 413.1), (93.6, 398.8)])


def _finger_tendon(start, carpal, name, width, to="dip"):
    """A flexor tendon from the forearm through the carpal tunnel toward a finger, drawn as far as the
    knuckle: beyond it the tendons lie under the skin of the finger, where only the zones are drawn."""
    a = AXES[name]
    mcp, web, pip, dip, tip = a
    palm_mid = ((carpal[0] + mcp[0]) / 2, (carpal[1] + mcp[1]) / 2)
    pts = [start, carpal, palm_mid, (mcp[0], mcp[1] - 2.5)]
    return stroke(pts, width)


FDP_TENDONS = unary_union([
    _finger_tendon((70.6, 491.7), (65.9, 517.3), "index", 1.5),
    _finger_tendon((72.6, 491.7), (68.2, 517.3), "middle", 1.6),
    _finger_tendon((74.4, 491.7), (70.5, 517.3), "ring", 1.5),
    _finger_tendon((76, 490.8), (72.6, 517.3), "little", 1.4),
])
FDP, FDP_T = _with_tendon(FDP_BELLY, FDP_TENDONS)
add("flexor_digitorum_profundus", "front", FDP, depth="deep", tendon=FDP_T,
    fibers=("loft", [(100, 391.6), (104, 397)], [(70.4, 493.5), (75.8, 493.5)], [(82, 443.4), (93.4, 443.4)]))

# Supinator seen from the front: the floor of the cubital fossa, wrapping the neck of the radius under
# brachioradialis, from the lateral epicondyle to the upper third of the radius.
SUP_F = smooth([(77.6, 376.5), (84, 379.1), (87.8, 386.3), (86.8, 395.2), (83, 404.2), (78.4, 413.1), (73.8, 422),
                (69.6, 429.2), (66, 433.6), (63.4, 431.8), (64.2, 423.8), (66.6, 413.1), (70, 401.5), (73.4, 390.8),
                (75.6, 382.7)])
add("supinator", "front", SUP_F, depth="deep",
    fibers=("loft", [(78, 377.4), (87.6, 388.1)], [(64, 425.6), (67.4, 432.7)]))

# Palm: the thenar eminence (opponens pollicis: the muscle of the ball of the thumb that the charts show),
# the hypothenar border (abductor digiti minimi), adductor pollicis in the web (deep in the palm).
OPP = smooth([(46.6, 517.4), (49.2, 515.6), (52.4, 514.2), (56.0, 513.6), (59.2, 514.2), (61.4, 516.2), (60.6, 521.6), (58.2, 528.6),
              (55.4, 535.6), (52.4, 542.2), (49.4, 547.6), (46.2, 550.8), (42.6, 551.4), (39.2, 550.0),
              (35.6, 547.0), (35.4, 538.0), (38.6, 527.0), (42.6, 518.6)])
OPP = OPP.difference(PALMAR_APONEUROSIS.buffer(2 * GAP))
add("opponens_pollicis", "front", _clean(OPP),
    fibers=("loft", [(60.6, 515.4), (58.2, 526.4), (54.0, 537.6), (48.6, 546.6)],
                      [(45.2, 522.4), (41.4, 532.2), (39.2, 541.8), (39.4, 549.6)]))

ADM = smooth([(76.6, 521), (78.4, 518.8), (81, 521), (83.6, 527.9), (85.3, 536), (86, 544.1),
              (85.7, 551.4), (85.1, 557.6), (82.4, 558.4), (81.3, 554.5), (80.2, 547), (78.9, 538.9),
              (77.6, 530.5)])
ADM = ADM.difference(PALMAR_APONEUROSIS.buffer(2 * GAP))
add("abductor_digiti_minimi_hand", "front", _clean(ADM),
    fibers=("loft", [(77, 522.1), (79.9, 520.2)], [(82.4, 557.1), (84.9, 556.5)]))

# Adductor pollicis: the whole fan (deep, in the palm) from the capitate and the 3rd metacarpal to the base
# of the thumb's proximal phalanx, and the part that shows in the web between the thenar muscles and the
# aponeurosis (where its trigger point is pressed).
ADD_DEEP = smooth([(62.2, 525.4), (63.5, 532.7), (63.5, 543.7), (63.1, 555.4), (61.3, 558.4), (56.7, 556.7),
                   (51.2, 554.3), (46.4, 552.9), (43.9, 551.8), (43.5, 549), (46.8, 546.1), (52.1, 540.2),
                   (57.4, 532.3)])
ADD_DEEP = ADD_DEEP.difference(FDP_TENDONS.buffer(0.4))
add("adductor_pollicis", "front", _clean(ADD_DEEP), depth="deep", fibers=("fan", (43.1, 550.5)))
ADD_WEB = smooth([(42.0, 549.6), (45.6, 549.8), (49.2, 547.4), (51.6, 548.6), (50.6, 553.4), (48.4, 556.4),
                  (46.0, 556.0), (43.4, 553.4)])
ADD_WEB = ADD_WEB.difference(unary_union([OPP, PALMAR_APONEUROSIS]).buffer(2 * GAP))
add("adductor_pollicis", "front", _clean(ADD_WEB, 1.0), fibers=("fan", (42.8, 551)))

# Palmar interossei (deep): on the 2nd, 4th and 5th metacarpals, toward the middle finger.
PALMAR_IO = unary_union([
    tapered([(58, 530.5), (56.5, 540.4), (54.7, 549.2), (53.4, 555.8)], [1.6, 3.0, 3.0, 2.0]),
    tapered([(66.2, 531.6), (67, 541.5), (67.9, 549.2), (68.4, 555.8)], [1.6, 3.0, 3.0, 2.0]),
    tapered([(71.7, 532.7), (74.1, 541.5), (76.5, 548.1), (78, 553.6)], [1.6, 3.0, 3.0, 2.0]),
]).difference(FDP_TENDONS.buffer(0.4))
add("hand_interossei", "front", _clean(PALMAR_IO, 1.0), depth="deep",
    fibers=("loft", [(58, 530.5), (71.7, 532.7)], [(53.4, 555.8), (78, 553.6)]))

# ---------------------------------------------------------------------------------------------------
# BACK VIEW (extensor side and back of the hand), authored front-like (lateral = smaller x), mirrored.
# ---------------------------------------------------------------------------------------------------
# The extensor retinaculum and the outcropping thumb muscles are pale decor (decor_hand.py imports these).
EXT_RETINACULUM = smooth([(50.2, 500.2), (56, 499.5), (62, 499.7), (68, 500.6), (74, 502), (80, 503.6),
                          (80.7, 508.6), (80.2, 512.7), (74.3, 511.9), (68.1, 511), (61.9, 510.4), (55.8, 510.2),
                          (49.6, 510.4)])
UNDER_RET = EXT_RETINACULUM.buffer(0.35)
OUTCROP = smooth([(72.6, 443.0), (74.8, 449.0), (73.6, 457.4), (70.4, 466.0), (66.0, 474.6), (61.2, 482.4),
                  (56.8, 488.8), (53.6, 493.6), (51.4, 495.4), (51.4, 489.0), (54.2, 482.8), (58.4, 475.8),
                  (62.8, 468.0), (66.8, 459.6), (70.0, 450.6)])
APL_EPB_TENDONS = unary_union([
    stroke([(52.4, 491.7), (51.6, 500.6), (50.9, 509.5), (49.6, 517.3), (48.1, 522.8)], 2.6),                     # APL
    stroke([(54.2, 490.8), (53.2, 500.6), (51.9, 510.4), (49.1, 520.6), (45.9, 530.5), (43.5, 539.3), (42, 547.5),
            (41.1, 553.6)], 1.7),                                                                          # EPB
])
EPL_TENDON = stroke([(61.6, 501.5), (60.5, 510.9), (57.2, 516.9), (53, 523.5), (49, 530.1), (45.9, 536.9),
                     (43.9, 543.3), (42.4, 549.4), (40.6, 557.6), (39.3, 565.7), (38.7, 574.1)], 1.6)
EDM_TENDON = stroke([(72, 491.7), (71.6, 502.4), (72.2, 511.3), (76.1, 526.1), (79.8, 539.3), (82, 548.5), (82.9, 555.8),
                     (83.1, 565.7)], 1.3)
PALE_OVER = unary_union([OUTCROP, APL_EPB_TENDONS, EPL_TENDON]).buffer(0.4)

BRB_M = Border([(80.4, 336), (81, 350), (80.6, 362), (78.8, 373.8), (76.2, 384.5), (73.4, 395.2), (70.4, 405.9),
                (67.4, 416.7), (64.4, 427.4), (61.6, 438.1), (59.2, 447), (57.4, 454.2), (56, 461.3)])
BR_B = band(LAT, BRB_M, 338, 457.7, top=(79.8, 333.5), bottom=(55.2, 463.5), n=12)
_back("brachioradialis", BR_B,
      fibers=("loft", [(78.6, 336), (80.2, 336)], [(55.2, 461.3), (56, 460.4)], [(71, 397), (74.4, 397)]))

# Extensor carpi radialis longus: lower supracondylar ridge -> base of the 2nd metacarpal.
ECRL_M = Border([(82.6, 352), (83.4, 364), (83, 375.6), (81.2, 386.3), (78.6, 397), (75.6, 407.7), (72.6, 418.4),
                 (69.8, 429.2), (67.2, 439.9), (65, 448.8), (63.2, 455.9), (61.8, 461.3)])
ECRL_BELLY = band(BRB_M, ECRL_M, 354, 455.9, top=(82, 348.5), bottom=(61, 462.2), n=12)
ECRL_TENDON = tapered([(62, 455.9), (58.6, 468.5), (56.6, 481), (55.8, 493.5), (55.6, 504.2), (55.5, 513.1), (55.8, 521.7),
                       (56.1, 527.2)], [3.0, 2.8, 2.6, 2.5, 2.4, 2.3, 2.2, 2.0])
ECRL_T = ECRL_TENDON.difference(unary_union([UNDER_RET, PALE_OVER]))
ECRL_B, ECRL_BT = _with_tendon(ECRL_BELLY.difference(PALE_OVER), _clean(ECRL_T.difference(ECRL_BELLY), 0.6))
_back("extensor_carpi_radialis_longus", ECRL_B, tendon=ECRL_BT,
      fibers=("loft", [(81, 352), (82.6, 354)], [(61.4, 459.5), (62.6, 458.6)], [(74.6, 401.5), (79, 401.5)]))

# Extensor carpi radialis brevis: lateral epicondyle -> base of the 3rd metacarpal.
ECRB_M = Border([(83.4, 379.1), (84.4, 388.1), (83.8, 398.8), (81.8, 409.5), (79.2, 420.2), (76.4, 430.9), (73.6, 441.7),
                 (71.2, 450.6), (69.4, 457.7), (68, 463.1)])
ECRB_BELLY = band(ECRL_M, ECRB_M, 380.9, 461.3, top=(83.4, 376.9), bottom=(66, 467.6), n=12)
ECRB_TENDON = tapered([(67.6, 461.3), (64.6, 472), (62, 482.7), (60.4, 493.5), (59.4, 504.2), (59.2, 513.1), (60.1, 521.7),
                       (60.9, 528.3)], [3.0, 2.8, 2.7, 2.6, 2.5, 2.4, 2.3, 2.1])
ECRB_T = ECRB_TENDON.difference(unary_union([UNDER_RET, PALE_OVER, ECRL_TENDON.buffer(GAP)]))
ECRB_B, ECRB_BT = _with_tendon(ECRB_BELLY.difference(PALE_OVER), _clean(ECRB_T.difference(ECRB_BELLY), 0.6))
_back("extensor_carpi_radialis_brevis", ECRB_B, tendon=ECRB_BT,
      fibers=("loft", [(82.4, 379.1), (83.6, 380.9)], [(66.6, 465.8), (67.8, 464)], [(75.6, 423.8), (80.4, 422)]))

# Extensor digitorum: from the lateral epicondyle down the middle of the back of the forearm; four tendons
# under the extensor retinaculum fan to the knuckles and run on as the extensor hoods to the middle joints,
# tied together by the juncturae tendinum near the knuckles.
ED_M = Border([(84.2, 382.7), (87, 391.6), (88.6, 402.4), (88.8, 413.1), (87.8, 423.8), (86, 434.5), (83.6, 445.2),
               (81, 455.9), (78.4, 466.7), (75.8, 477.4), (73.4, 486.3), (71.6, 493.5)])
ED_L = Border([(83.4, 379.1), (84.4, 388.1), (83.8, 398.8), (81.8, 409.5), (79.2, 420.2), (76.4, 430.9), (73.6, 441.7),
               (71.2, 450.6), (69.4, 457.7), (68.0, 463.1), (66.8, 470.0), (65.8, 478.0), (65.2, 486.0), (65.0, 492.0)])
ED_BELLY = band(ED_L, ED_M, 384.5, 492.0, bottom=(67.6, 498.0), n=14).difference(PALE_OVER)


def _extensor_tendon(start, name, width):
    mcp, web, pip, _dip, _tip = AXES[name]
    under = (start[0], 511.5)
    mid = ((under[0] * 0.45 + mcp[0] * 0.55), (under[1] * 0.45 + mcp[1] * 0.55))
    return unary_union([stroke([start, under, mid, mcp], width),
                        tapered([mcp, web, pip], [width * 1.2, width * 2.0, width * 1.1])])


ED_TENDONS = unary_union([
    _extensor_tendon((65.6, 493.5), "index", 1.5),
    _extensor_tendon((67, 494.4), "middle", 1.6),
    _extensor_tendon((68.4, 494.4), "ring", 1.5),
    _extensor_tendon((69.8, 493.5), "little", 1.3),
    stroke([(70.9, 549.4), (66.6, 548.6), (63.4, 551.2)], 1.0),        # juncturae tendinum
    stroke([(70.9, 549.4), (75.6, 547.6), (78.9, 550.0)], 1.0),
])
ED_T = _clean(ED_TENDONS.difference(unary_union([UNDER_RET, ED_BELLY])), 0.4)
ED, ED_BT = _with_tendon(ED_BELLY, ED_T)
_back("extensor_digitorum", ED, tendon=ED_BT,
      fibers=("loft", [(83.4, 382.7), (84.6, 382.7)], [(65.6, 493.5), (71.2, 493.5)], [(74, 441.7), (84.4, 441.7)]))

# Extensor carpi ulnaris: lateral epicondyle, beside the anconeus and along the ulna -> base of the 5th
# metacarpal, its tendon in the groove beside the ulnar styloid.
ECU_M = Border([(81.6, 380), (85, 386.3), (88.6, 393.4), (92.2, 401.5), (95.2, 408.6), (96.6, 415.8), (96.4, 423.8),
                (95, 432.7), (93, 441.7), (90.6, 450.6), (88, 459.5), (85.4, 468.5), (83, 477.4), (80.8, 486.3),
                (79.2, 493.5), (78, 500.6)])
ECU_BELLY = band(ED_M, ECU_M, 384.5, 491.7, top=(82.4, 379.6), bottom=(75, 497.9), n=13)
ECU_TENDON = tapered([(76.6, 488.1), (76.6, 497), (76.9, 506), (77.6, 515.1), (77.8, 523.9), (77.6, 529.4)],
                     [3.0, 2.8, 2.6, 2.5, 2.4, 2.2])
ECU_T = _clean(ECU_TENDON.difference(unary_union([UNDER_RET, ECU_BELLY])), 0.6)
ECU, ECU_BT = _with_tendon(ECU_BELLY, ECU_T)
_back("extensor_carpi_ulnaris", ECU, tendon=ECU_BT,
      fibers=("loft", [(81.8, 380.9), (83, 380)], [(75.2, 496.1), (76.4, 495.2)], [(87.2, 437.2), (94, 437.2)]))

# The subcutaneous border of the ulna (decor_hand.py) between extensor and flexor carpi ulnaris, then
# flexor carpi ulnaris wrapping round the ulnar border.
ULNA_M = Border([(98.6, 413.1), (98.2, 423.8), (96.8, 432.7), (94.8, 441.7), (92.4, 450.6), (89.8, 459.5), (87.2, 468.5),
                 (84.8, 477.4), (82.6, 486.3), (80.8, 495.2)])
FCU_B = band(ULNA_M, MED, 386.3, 482.7, top=(101.6, 378.7), bottom=(82.6, 489.4), n=11)
FCU_B = FCU_B.union(smooth([(99, 384.5), (103.6, 380.9), (105.2, 389.9), (99.6, 414.9)]).buffer(-GAP)).difference(
    ECU_BELLY.buffer(1.8))
_back("flexor_carpi_ulnaris", _clean(FCU_B),
      fibers=("loft", [(101.6, 380.9), (106.4, 384.5)], [(82.8, 486.3), (83.6, 486.3)], [(92.6, 437.2), (97, 437.2)]))

# Deep extensors: supinator wrapping the neck of the radius below the elbow; extensor indicis low on the ulna,
# its tendon beside the index tendon of extensor digitorum.
SUP = smooth([(78.6, 377.4), (85, 380.9), (90.5, 387.2), (94.4, 394.3), (93.6, 401.5), (87, 407.7), (79.4, 414), (72, 421.1),
              (66.6, 427.4), (62.8, 429.2), (62.6, 422), (65.4, 413.1), (68.8, 403.3), (72.4, 393.4), (75.4, 384.5)])
_back("supinator", SUP, depth="deep",
      fibers=("loft", [(80, 379.1), (94, 395.2)], [(63, 423.8), (66, 429.2)]))

EI_BELLY = smooth([(82.4, 447), (85, 454.2), (83.8, 466.7), (79.6, 479.2), (74.6, 489.9), (70.4, 495.2), (69.8, 490.8),
                   (73.6, 479.2), (77.8, 466.7), (80.2, 455.9)])
EI_TENDON = stroke([(71, 492.6), (65, 498.8), (64.2, 506), (64, 512.2), (60.1, 526.1), (56, 538.9), (53, 549.2),
                    (51.6, 557.1)], 1.3)
EI, EI_T = _with_tendon(EI_BELLY, EI_TENDON)
_back("extensor_indicis", EI, depth="deep", tendon=EI_T,
      fibers=("loft", [(81.6, 448.8), (84.8, 454.2)], [(70, 493.5), (71.4, 493.5)]))

# Back of the hand: the first dorsal interosseous fills the web between the thumb and index metacarpals; the
# other dorsal interossei lie between the metacarpals, between the tendons.
KEEP_CLEAR = unary_union([ED_TENDONS, EDM_TENDON, EI_TENDON, EPL_TENDON, APL_EPB_TENDONS]).buffer(2 * GAP)
FDI = smooth([(53.4, 523.5), (55.9, 526.5), (55.6, 532.7), (53.8, 540), (51.9, 547), (49.9, 553.2),
              (48.1, 557.6), (46.1, 556.2), (45.3, 552.1), (45.7, 545.9), (47.2, 539.3), (49.4, 532.3),
              (51.6, 526.5)])
_back("first_dorsal_interosseous", _clean(FDI.difference(KEEP_CLEAR)),
      fibers=("loft", [(52.5, 524.6), (55.5, 527.2)], [(47.2, 556.9), (48.3, 557.3)], [(48.1, 540.4), (54.1, 540.4)]))

DORSAL_IO = unary_union([
    tapered([(60, 529.4), (58.6, 536.6), (57.2, 543.0), (56.2, 547.6)], [1.8, 4.0, 4.4, 2.6]),
    tapered([(65.1, 529.4), (65.3, 536.6), (65.6, 543.0), (65.8, 547.4)], [1.8, 4.0, 4.6, 2.8]),
    tapered([(70.3, 530.5), (71.9, 537.0), (73.6, 543.0), (74.8, 546.8)], [1.8, 3.8, 4.2, 2.4]),
]).difference(KEEP_CLEAR)
_back("hand_interossei", _clean(DORSAL_IO, 1.0),
      fibers=("loft", [(60, 529.4), (70.3, 530.5)], [(55.6, 554.1), (75.8, 552)]))


# ---------------------------------------------------------------- trigger points
# Where each trigger point is drawn (person's right side); the first view given is its own.
def _b(x, y):
    """A back-view point given in front-like coordinates."""
    return (400.0 - x, y)


mark("brachioradialis_tp1", "front", (79, 384.5))                     # 1-2 finger widths below the elbow crease
mark("extensor_carpi_radialis_longus_tp1", "back", _b(79, 382.7))     # at the radial head, below the epicondyle
mark("extensor_carpi_radialis_brevis_tp1", "back", _b(79.6, 407.7))     # 5-6 cm below the lateral epicondyle
mark("extensor_carpi_ulnaris_tp1", "back", _b(90.4, 422))             # proximal third, beside the ulna
mark("extensor_digitorum_tp1", "back", _b(84.4, 398.8))                 # 3-4 cm below the radial head
mark("extensor_digitorum_tp2", "back", _b(84.4, 418.4))                 # a little lower, toward the ulna
mark("extensor_indicis_tp1", "back", _b(78, 470.2))                   # middle of the distal half
mark("supinator_tp1", "front", (81.6, 394.3))                           # volar radius, lateral to the biceps tendon
mark("supinator_tp1", "back", _b(79, 397))
mark("palmaris_longus_tp1", "front", (97.4, 414.9))                     # mid-proximal belly
mark("flexor_carpi_radialis_tp1", "front", (87.8, 422))               # proximal third, radial of the midline
mark("flexor_carpi_ulnaris_tp1", "front", (99.6, 420.2))                # proximal third, ulnar border
mark("flexor_digitorum_superficialis_tp1", "front", (73.8, 468))      # radial part, about mid-forearm
mark("flexor_digitorum_superficialis_tp2", "front", (89.4, 442))      # humeral head, proximal ulnar
mark("flexor_digitorum_profundus_tp1", "front", (96, 423.8))          # deep, proximal, in front of the ulna
mark("flexor_pollicis_longus_tp1", "front", (60, 481))              # distal third, thumb side
mark("pronator_teres_tp1", "front", (97, 397))                      # just below the medial elbow
mark("adductor_pollicis_tp1", "front", (46.4, 552.5))                 # the web, toward the palm
mark("opponens_pollicis_tp1", "front", (48.1, 531.6))                 # ball of the thumb
mark("first_dorsal_interosseous_tp1", "back", _b(51.2, 541.5))        # dorsal web, along the 2nd metacarpal
mark("hand_interossei_tp1", "back", _b(58, 541.5))                  # between the 2nd and 3rd metacarpals
mark("abductor_digiti_minimi_hand_tp1", "front", (82.7, 538.2))       # ulnar border of the palm
