"""Trunk decor: bones where the atlases show them between muscles, pale fascia, and the lines of the trunk.

Front view (person's right at x < 200): the sternum and xiphoid, the costal margins (cartilages 7-10, the
edge the diaphragm rises behind and the transversus hangs from), the ribs of the side of the chest (the
intercostal window of the deep layer), the iliac crest with the anterior superior iliac spine, the pubic crest,
the linea alba, the rectus sheath and the inguinal ligament, and the navel.
Back view (person's right at x > 200): the lower ribs 9-12 (quadratus lumborum hangs from the 12th), the
posterior iliac crest with the posterior superior iliac spine, the sacrum and coccyx, the lumbar spinous
processes, the thoracolumbar fascia, the spine line and the gluteal cleft.

Bones and fascia lie under the muscles (the body layer): on the surface layer they show in the gaps between
muscles; on the deep layer, where the surface muscles turn faint, they frame the deep muscles.
"""
from __future__ import annotations

from shapely.geometry import Polygon

from .registry import decor
from .shapes import smooth, tapered, union

# ---------------------------------------------------------------- FRONT VIEW ---------------------------------------
# Fascia first: bones registered after it are drawn over it.

# Linea alba: the seam of the abdominal aponeuroses from the xiphoid to the pubic symphysis, about 1 cm wide above
# the navel and a hairline below it (one shape across the midline).
LINEA_ALBA = tapered([(200, 300), (200, 340), (200, 386), (200, 398), (200, 430), (200, 470), (200, 502)],
                     [6.4, 6.0, 5.6, 5.4, 3.2, 2.4, 2.2])
decor("front", "fascia", LINEA_ALBA, mirror=False)

# Rectus sheath: the aponeuroses wrapped round the rectus, from the costal cartilages to the pubic crest; it shows
# as a pale rim round the muscle, and on the deep layer behind the faint rectus.
RECTUS_SHEATH = smooth([
    (198, 288), (186, 288), (172, 287), (162, 286), (156.5, 292), (155.8, 312), (157, 336), (159.6, 358),
    (162.6, 378), (165.8, 398), (169.8, 422), (174.6, 447), (179.2, 469), (182.4, 488), (184.6, 502), (192, 506.5),
    (199.5, 507)])
decor("front", "fascia", RECTUS_SHEATH)

# Inguinal ligament: the rolled lower edge of the external oblique aponeurosis, from the anterior superior iliac
# spine to the pubic tubercle (no muscle of the data owns it).
INGUINAL_LIGAMENT = tapered([(136.5, 453), (148, 463.5), (161, 475.5), (173, 486), (181.5, 492.5), (187, 497)],
                            [2.6, 2.8, 2.8, 2.6, 2.4, 2.2])
decor("front", "tendon", INGUINAL_LIGAMENT)

# Sternum: manubrium (jugular notch at the top, between the clavicles), body and xiphoid process (one shape).
STERNUM = smooth([
    (200, 185.5), (205, 184), (211, 185), (214.5, 189), (212.5, 197), (208.2, 206), (207.6, 214), (208.4, 240),
    (208.8, 266), (207.8, 286), (205, 293.5), (203.2, 300), (201.6, 307.5), (200, 310), (198.4, 307.5),
    (196.8, 300), (195, 293.5), (192.2, 286), (191.2, 266), (191.6, 240), (192.4, 214), (191.8, 206), (187.5, 197),
    (185.5, 189), (189, 185), (195, 184)])
decor("front", "bone", STERNUM, mirror=False)

# Costal margin: cartilages 7-10 from the xiphisternal joint down and out to the tip of the 10th rib.
COSTAL_MARGIN_LINE = [(196.5, 294.5), (187, 303), (176.5, 312.5), (166, 324.5), (156.5, 338.5), (148.5, 352.5),
                      (143, 364), (140.5, 370)]
COSTAL_MARGIN = tapered(COSTAL_MARGIN_LINE, [4.6, 4.4, 4.4, 4.2, 4.0, 3.8, 3.4, 2.8])
decor("front", "bone", COSTAL_MARGIN)

# Ribs 4-9 on the side of the chest, from the lateral wall forward and down to their cartilages: the frame of the
# intercostal window of the deep layer (on the surface they lie under serratus anterior and the obliques).
RIB_LINES = [
    [(119.5, 236), (128, 238.5), (137, 242.5), (146, 248), (154, 254)],
    [(122.5, 251), (131, 254), (140, 258.5), (149, 264.5), (156, 270)],
    [(124.5, 266), (133, 269.5), (141.5, 274.5), (149.5, 281), (155.5, 287)],
    [(126.3, 281), (134, 285), (141.5, 290.5), (148, 297), (152.5, 302.5)],
    [(127.8, 296), (134.5, 300.5), (140.5, 306.5), (145.5, 313)],
    [(129, 311), (134.5, 316), (139, 322.5), (142, 328)],
]
RIBS_SIDE = union([tapered(line, [4.6] * len(line)) for line in RIB_LINES])
decor("front", "bone", RIBS_SIDE)

# Iliac crest, seen from the front at the side of the waist, ending in the anterior superior iliac spine; the
# external oblique inserts on it from above and tensor fasciae latae and gluteus medius arise below it.
ILIAC_CREST_FRONT = tapered([(133.2, 409), (130.6, 419), (129.4, 430), (130.4, 441), (133.4, 450), (137.2, 455.5)],
                            [3.2, 4.0, 4.4, 4.4, 4.4, 4.0])
decor("front", "bone", ILIAC_CREST_FRONT)

# Pubic crest and symphysis, under the lower ends of rectus abdominis and pyramidalis (one shape).
PUBIS = smooth([(183, 494.5), (189, 497.8), (195, 500.2), (200, 500.8), (205, 500.2), (211, 497.8), (217, 494.5),
                (218.5, 497.5), (212.5, 502.5), (206, 505.4), (200, 506), (194, 505.4), (187.5, 502.5), (181.5, 497.5)])
decor("front", "bone", PUBIS, mirror=False)

# Navel: the umbilical ring in the linea alba.
decor("front", "crease", [(197.3, 389.8), (197.6, 393.2), (200, 395.8), (202.4, 393.2), (202.7, 389.8)], mirror=False)
decor("front", "crease", [(198.2, 389.4), (200, 388.6), (201.8, 389.4)], mirror=False)

# ---------------------------------------------------------------- BACK VIEW ----------------------------------------
# Vertebral levels (y): T7 292, T9 314, T10 326, T11 338, T12 350, L1 366, L2 382, L3 398, L4 414 (top of the
# iliac crests), L5 428, S1 442. PSIS (222, 442), coccyx tip (200.5, 500).

# Thoracolumbar fascia: the diamond of aponeurosis over the lumbar erector spinae, from the lower thoracic spines
# to the sacrum and along the iliac crest, joined laterally by the latissimus aponeurosis; it shows round the
# erector columns, between latissimus and the gluteal muscles.
TLF = smooth([
    (200, 322), (210, 330), (224, 340), (238, 350), (250, 362), (256, 378), (260, 396), (262, 412), (258, 424),
    (246, 431), (234, 438), (226, 446), (220, 458), (213, 474), (206, 488), (200, 494)])
TLF = Polygon([(x, y) for x, y in TLF.exterior.coords if x >= 200] + [(200, 494), (200, 322)]).buffer(0)
decor("back", "fascia", TLF)

# Lower ribs 9-12 from the transverse processes down and out (the 11th and 12th are short and float).
BACK_RIB_LINES = [
    [(207, 307), (220, 309), (236, 314), (252, 321), (266, 330)],
    [(207, 319), (221, 321.5), (237, 327), (252, 334), (265, 343)],
    [(207.5, 331), (221, 334.5), (236, 340.5), (250, 348), (261, 356)],
    [(208, 344), (221, 348), (234, 354.5), (245, 361.5), (252, 367.5)],
]
decor("back", "bone", union([tapered(line, [3.8, 3.8, 3.6, 3.2, 2.6]) for line in BACK_RIB_LINES]))

# Posterior iliac crest from the side of the waist to the posterior superior iliac spine (the dimple).
ILIAC_CREST_BACK = tapered([(267.5, 411), (260, 417), (250, 423.5), (240, 430), (231, 436.5), (224.5, 442), (221.5, 446)],
                           [3.2, 4.2, 4.6, 4.8, 5.0, 5.2, 4.4])
decor("back", "bone", ILIAC_CREST_BACK)

# Sacrum (between the posterior superior iliac spines, tapering to its apex) and coccyx (one shape).
SACRUM = smooth([
    (200, 437), (208, 437.5), (216, 439), (220.6, 443), (221, 449), (218.8, 457), (215.4, 466), (211.6, 475),
    (207.6, 483), (204.4, 489), (202.6, 494.5), (201.2, 500.5), (200, 502), (198.8, 500.5), (197.4, 494.5),
    (195.6, 489), (192.4, 483), (188.4, 475), (184.6, 466), (181.2, 457), (179, 449), (179.4, 443), (184, 439),
    (192, 437.5)])
decor("back", "bone", SACRUM, mirror=False)

# Lumbar spinous processes L1-L5 and the spine of S1-S2 (median sacral crest), in the midline groove.
for y in (366, 382, 398, 413.5, 428):
    decor("back", "bone", smooth([(200, y - 5.2), (202.4, y - 3.6), (203, y), (202.4, y + 3.6), (200, y + 5.2),
                                  (197.6, y + 3.6), (197, y), (197.6, y - 3.6)]), mirror=False)

# The spine line down the back, and the gluteal cleft from the tip of the coccyx.
decor("back", "crease", [(200, 160), (200, 360)], mirror=False)
decor("back", "crease", [(200, 503), (200, 512), (200.2, 526), (200, 542)], mirror=False)

# The lumbar spine behind the abdomen, shown only on the deep layer (psoas major lies along the sides of the
# vertebral bodies): the bodies of L1-L5, waisted, with the discs between them, and the top of the sacrum.
LUMBAR = []
for _top, _h, _w in ((358, 13.5, 9.6), (374, 14, 10.2), (390.5, 14.5, 10.8), (407.5, 14.5, 11.2), (424.5, 14, 11.6)):
    _b = _top + _h
    LUMBAR.append(Polygon([(200 - _w, _top + 1), (200 - _w + 0.8, _top), (200 + _w - 0.8, _top), (200 + _w, _top + 1),
                     (200 + _w - 1.2, _top + _h / 2), (200 + _w, _b - 1), (200 + _w - 0.8, _b), (200 - _w + 0.8, _b),
                     (200 - _w, _b - 1), (200 - _w + 1.2, _top + _h / 2)]))
    decor("front", "deep_bone", smooth(LUMBAR[-1].exterior.coords[:-1], samples=3), mirror=False)
decor("front", "deep_bone", smooth([(188, 441.5), (200, 440.5), (212, 441.5), (209, 452), (204, 460), (200, 462),
                                    (196, 460), (191, 452)]), mirror=False)
