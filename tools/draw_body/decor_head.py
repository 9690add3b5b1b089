"""The head's drawing that is not a muscle: hair, ears and a calm adult face, on the front, back and head views.

Front and back views: authored on the person's right (front x < 200, back x > 200) and mirrored, except the
hair, which is one symmetric cap (no seam at the midline). Head view: the right profile, face to +x.
Lines are anchor points (the build draws curves through them); "feature" lines are the face and ears,
"crease" lines the lighter strokes (hair flow, skin folds).
"""
from __future__ import annotations

from shapely.geometry import Polygon, box

from . import body as B
from . import head as H
from .registry import decor
from .shapes import mirror, smooth, tapered, union


def _lines(view: str, kind: str, *paths, mirror_: bool = True) -> None:
    for pts in paths:
        decor(view, kind, [tuple(p) for p in pts], mirror=mirror_)


# ============================================================================ front view
# Proportions: eyes on the head's half-height line (y 82), brows at y 73, the base of the nose at y 109, the
# mouth a third of the way from the nose to the chin (y 121), the hairline a third of a face above the brows.

# Hair: one symmetric cap above a hairline with a gentle temple recess, down the temples to the top of the ear.
_HAIRLINE = [(200, 37.5), (190, 37.8), (180, 39.6), (171.5, 43.5), (165.5, 49.5), (162.2, 57), (160.8, 65),
             (160.4, 72), (159.6, 78.5)]
_hair_right = Polygon([*_HAIRLINE, (157.8, 79), (156.5, 74), (150, 60), (150, 0), (200, 0)])
FRONT_HAIR = (B.HEAD & union([_hair_right, mirror(_hair_right)]).buffer(0)).buffer(0)
decor("front", "hair", FRONT_HAIR, mirror=False)
# a few calm strands: the hair combed back from the hairline over the crown
_lines("front", "crease",
       [(190, 38.6), (184, 31), (175, 26.5)],
       [(172, 42.8), (166, 39), (161.5, 41.5)])

# Brows: a soft tapered band, fuller at the inner end, arching highest two-thirds of the way out.
FRONT_BROW = tapered([(192.5, 75.2), (186, 72.6), (179, 71.4), (172.5, 72.2), (167.5, 74.6)], [2.5, 2.6, 2.2, 1.6, 0.9])
decor("front", "hair", FRONT_BROW)

# Eye: the upper lid with its crease, the lower lid, and the iris half under the upper lid (a calm, open gaze).
_lines("front", "feature",
       [(191.2, 83.0), (188.6, 80.6), (185, 79.3), (181, 79.2), (177, 80.2), (173.6, 82.2)],   # upper lid margin
       [(191.2, 83.0), (188, 84.9), (183.5, 85.8), (179, 85.4), (175.5, 84.0), (173.6, 82.2)],  # lower lid margin
       [(179.9, 79.6), (179.7, 82.6), (181.2, 85.1), (183, 85.7), (184.8, 85.1), (186.3, 82.6), (186.1, 79.5)])  # iris
_lines("front", "crease",
       [(189.2, 79.4), (185.6, 77.5), (180.6, 77.3), (176.4, 78.5)])                           # lid crease

# Nose: the side of the bridge, the wing of the nostril and the nostril opening.
_lines("front", "crease", [(193.8, 88), (194.6, 94), (194.3, 99)])
_lines("front", "feature",
       [(193.6, 100.4), (191.4, 103.6), (191.6, 107.2), (194.2, 108.8)],                       # ala
       [(196.6, 108.4), (198.2, 109.4), (200, 109.4)])                                         # nostril to the columella

# Mouth: the line between the lips with its corners, the cupid's bow of the upper lip, the lower lip's edge.
_lines("front", "feature",
       [(185.2, 121.2), (189, 120.6), (194, 121.2), (200, 121.6)],                             # between the lips
       [(187.6, 120.2), (191.5, 118.4), (196.2, 117.6), (198.8, 118.5), (200, 118.9)])         # upper lip
_lines("front", "crease",
       [(189.2, 123.4), (194.5, 125.4), (200, 125.9)],                                         # lower lip
       [(198.4, 110.8), (198.6, 116.6)],                                                       # philtrum
       [(195.5, 130.6), (200, 131.2)])                                                         # under the lower lip

# Jaw: where the jaw and chin lie over the neck (the silhouette does not show it there).
_lines("front", "feature", [(169.6, 128.8), (177.5, 135.6), (188, 140.8), (200, 143)])

# Ear seen from the front: the rim of the helix and the fold of the antihelix inside it, the lobe.
_lines("front", "feature", [(157, 72.6), (152.6, 71.8), (149.6, 74.6), (149, 82), (149.8, 91), (151.6, 99.6)])
_lines("front", "crease", [(155.4, 77), (152.8, 82), (152.6, 90), (154.4, 97.5)],
       [(151.8, 101.5), (153.6, 106.6), (156.4, 109.4)])


# ============================================================================ back view (person's right x > 200)
# The hair covers the back of the head down to a hairline at the level of the nuchal ridge, rising to meet the
# back of the ear; the ears show on both sides.
_NAPE = [(200, 106.5), (208, 106.3), (218, 105), (228, 102.4), (236, 100.5), (241.5, 99.5)]
_nape_right = Polygon([(200, 0), (260, 0), (260, 70), (244, 72), (242.5, 96), *reversed(_NAPE)])
BACK_HAIR = (mirror(B.HEAD) & union([_nape_right, mirror(_nape_right)]).buffer(0)).buffer(0)
decor("back", "hair", BACK_HAIR, mirror=False)
_lines("back", "crease",
       [(203, 27), (214, 40), (222, 60), (225, 82)],
       [(219, 26), (231, 40), (238, 58)],
       [(206, 62), (211, 80), (211, 98)])
_lines("back", "feature", [(241.5, 99.5), (243, 103), (244.6, 109)])          # the ear's back where it meets the head
# Ear from behind: the rim of the helix, and the lobe.
_lines("back", "feature", [(243, 72.2), (247.6, 71.4), (250.6, 74.4), (251.4, 82), (250.6, 91), (248.8, 99.6)])
_lines("back", "crease", [(245.6, 77), (247.6, 84), (247.4, 93)], [(246.6, 103), (244.6, 108)])


# ============================================================================ head view (right profile)
# Hair: a pale band over the vault, thickest on the crown, thinning to the hairline on the forehead and at the
# nape (the scalp muscles and the galea are drawn under it, as if the scalp were turned back).
decor("head", "hair", H.HAIR_BAND, mirror=False)
_lines("head", "crease",
       [(262, 56), (244, 44), (220, 37.5)],
       [(200, 33), (170, 35), (142, 45)],
       [(128, 52), (108, 70), (95, 92)],
       [(88, 118), (85.5, 148), (90, 178)], mirror_=False)

# Eye in profile: the eyeball between the lids, the lid margins, the cornea and the iris seen edge-on.
EYE = smooth([(257.5, 143.2), (263, 139.6), (271, 137.8), (278.5, 139), (283, 141.8), (279, 146), (271, 147.6),
              (263, 146.4)])
decor("head", "nail", EYE, mirror=False)
_lines("head", "feature",
       [(257, 143.2), (263, 139.2), (271, 137.2), (278.6, 138.4), (283.6, 141.6)],             # upper lid margin
       [(257, 143.4), (263, 146.8), (271, 148.2), (279.2, 146.4), (283.6, 142)],               # lower lid margin
       [(277.2, 138.6), (275.6, 142.6), (277.4, 147)], mirror_=False)                          # iris, edge-on
_lines("head", "crease", [(260, 140), (268, 135.4), (277, 135.4)], mirror_=False)              # lid crease

# Nose, lips and chin.
_lines("head", "feature",
       [(299.5, 178), (296, 182.5), (297.5, 188), (303.5, 190.4)],                             # wing of the nostril
       [(305, 189.6), (309.5, 188.6)],                                                         # nostril
       [(285.5, 212.2), (292, 212.6), (300, 212.6)], mirror_=False)                            # between the lips
_lines("head", "crease",
       [(302.5, 196.5), (303.5, 203.5), (301.5, 208)],                                         # edge of the upper lip
       [(301, 217), (302.5, 222.5), (299.5, 227)],                                             # lower lip
       [(296, 233), (293.5, 237.5), (294, 242)], mirror_=False)                                # under the lower lip

# Ear: the rim of the helix and its root, the antihelix with its two crura, the concha round the canal, the
# tragus in front of it, the antitragus and the lobe.
_lines("head", "feature",
       [(198.5, 149), (195.5, 139.5), (188.5, 133.2), (180, 132.2), (173, 136.2), (169, 145), (168, 160),
        (170, 174), (174, 185), (178.6, 192.6)],                                               # inner edge of the helix
       [(201, 154), (195.5, 154.6), (191, 158.4)],                                             # crus of the helix
       [(187, 188.5), (182, 180.5), (179.2, 168.5), (179.4, 156), (183, 146.5), (188, 140.5)], # antihelix, upper crus
       [(180.6, 151.5), (186, 148.4), (192.5, 147.8)],                                         # lower crus
       [(197.4, 163.5), (199.8, 169.5), (198.4, 176.5)],                                       # tragus
       mirror_=False)
_lines("head", "crease",
       [(191, 158.5), (186.5, 164), (187.5, 174), (193, 180.5)],                               # back of the concha
       [(186.5, 189), (191.5, 184.5)],                                                         # antitragus
       [(177.5, 194.5), (182.5, 197.6), (188.5, 197.6)], mirror_=False)                        # lobe
