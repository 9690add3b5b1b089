"""Muscle shapes: trunk (front view: person's right at x < 200; back view: x > 200).

Landmarks (front, right side): clavicle y~184, nipple y~265, xiphoid tip (200, 309), costal margin from the
xiphisternal joint down and out to the tip of the 10th rib (140.5, 370) (decor_trunk.COSTAL_MARGIN_LINE), navel
(200, 392), iliac crest at the side of the waist y 410-450, ASIS (137.5, 455), inguinal ligament ASIS -> pubic
tubercle (187, 497), pubic crest y~501.
Back view (right side, x > 200), vertebral levels: T6 280, T7 292, T10 326, T11 338, T12 350, L1 366, L2 382,
L3 398, L4 414 (top of the iliac crest), L5 428, S1 442, PSIS (222, 443), coccyx tip (200.5, 500), ischial spine
(224, 491), greater trochanter (283, 495).

The deep front layer is laid out as a chart lays out a layered dissection, each deep muscle in its own field
so that they do not pile up: the diaphragm as the right dome behind the lower ribs, above the costal margin; the
intercostals in the rib spaces of the side of the chest, lateral to the dome; transversus abdominis hanging from
the inner costal margin below it (horizontal fibres, its aponeurosis medially); the internal oblique along the
side wall from the iliac crest up to ribs 10-12 and along the inguinal ligament to the conjoint tendon (the
window between shows the posterior wall); psoas major beside the lumbar spine and iliacus in the iliac fossa,
meeting at the inguinal ligament. Deep back: the multifidi in the groove beside the spinous processes,
quadratus lumborum between the 12th rib and the iliac crest lateral to them, serratus posterior inferior on
ribs 9-12 above it, and the pelvic floor (coccygeus, levator ani, obturator internus) under gluteus maximus.

Where a trunk muscle lies under a muscle of another module (pectoralis major, serratus anterior, latissimus,
trapezius, the gluteal and thigh muscles), its shape is cut by that module's registered shape, so the two meet
along one border whatever the other module draws.
"""
from shapely.geometry import LineString, Point, Polygon, box
from shapely.ops import nearest_points, unary_union

from .muscles import add
from .registry import SHAPES, mark
from .shapes import catmull_rom, largest, smooth, tapered, union
from . import decor_trunk as D
from .body import TORSO

P = Polygon


def _others(view: str, muscles=None, depth: str | None = None):
    """The union of the shapes other modules registered on a view (optionally only some muscles or a depth)."""
    geoms = [s.geom for s in SHAPES if s.view == view and s.module != __name__.rsplit(".", 1)[-1]
             and (muscles is None or s.muscle in muscles) and (depth is None or s.depth == depth)]
    return unary_union(geoms) if geoms else Polygon()


def _bellies(view: str, depth: str = "superficial"):
    """The fleshy parts of other modules' muscles on a view, without their tendons and aponeuroses (a trunk
    muscle drawn over a pale aponeurosis shows through it, as the erector columns through the thoracolumbar
    fascia)."""
    geoms = []
    for s in SHAPES:
        if s.view != view or s.module == __name__.rsplit(".", 1)[-1] or s.depth != depth:
            continue
        geoms.append(s.geom.difference(s.tendon) if s.tendon is not None else s.geom)
    return unary_union(geoms) if geoms else Polygon()


def _cut(geom, under, gap: float = 0.6):
    """A shape without what lies over it (with a hairline gap), its largest piece, corners softened."""
    if under.is_empty:
        return geom
    g = geom.difference(under.buffer(gap))
    g = g.buffer(-0.5).buffer(0.5)
    return largest(g) if not g.is_empty else geom


def _pieces(geom, min_area: float = 4.0):
    polys = [geom] if isinstance(geom, Polygon) else list(getattr(geom, "geoms", []))
    return [p for p in polys if isinstance(p, Polygon) and p.area >= min_area]


_MARKED: dict[str, object] = {}


def _mark(tp: str, view: str, shape, point):
    """Mark a trigger point at its anatomical place, kept just inside the drawn shape (the shapes of the
    neighbouring modules may move the visible border a little)."""
    inner = shape.buffer(-1.6)
    if inner.is_empty:
        inner = shape
    p = Point(point)
    if not inner.contains(p):
        p = nearest_points(inner, p)[0]
    mark(tp, view, (round(p.x, 1), round(p.y, 1)))


def _curve(points, width):
    return LineString(catmull_rom(points, closed=False)).buffer(width / 2, cap_style="flat")


# ================================================================ FRONT VIEW ========================================
_PEC = _others("front", {"pectoralis_major", "sternalis"})
_SERRATUS = _others("front", {"serratus_anterior"})
_LAT_F = _others("front", {"latissimus_dorsi"})
_THIGH_F = _others("front", {"sartorius", "pectineus", "rectus_femoris", "tensor_fasciae_latae", "adductor_longus",
                             "gracilis"}, depth="superficial")
_PEC_MINOR = _others("front", {"pectoralis_minor"})

# ---- rectus abdominis: pubic crest and symphysis -> xiphoid and costal cartilages 5-7. Its medial border keeps off
# the midline so the linea alba shows between the two halves (wide above the navel, a hairline below); three
# tendinous intersections (below the xiphoid, midway, at the navel) are paler bands across it.
RECTUS_LATERAL = [(160, 280), (158.4, 300), (158, 316), (159.5, 336), (162, 356), (165, 376), (168, 396), (172, 420),
                  (177, 446), (181.5, 468), (184.5, 487), (186.5, 501)]
_rectus = smooth([
    (197.2, 298.5), (191.5, 292.5), (182.5, 286), (171, 281), *RECTUS_LATERAL[1:], (192, 504.5), (198.8, 505), (198.8, 470),
    (198.6, 430), (198.4, 402), (196.8, 396.5), (196.5, 390), (197.4, 382), (197.2, 340)])
_rectus = _cut(_rectus, _PEC)
_intersections = [
    [(201, 318), (192, 315.5), (183, 319), (173, 316), (163, 319.5), (154, 317)],
    [(201, 354), (191, 351.5), (182, 355.5), (172, 352.5), (163, 355.5), (155, 353)],
    [(201, 389), (190, 387), (181, 390.5), (172, 388), (162, 391)],
]
_rectus_tendon = union([_curve(line, 2.6) for line in _intersections] + [box(150, 497.5, 200, 510)]) & _rectus
RECTUS = _rectus
add("rectus_abdominis", "front", RECTUS, tendon=_rectus_tendon,
    fibers=("loft", [(187, 501), (192.5, 503.5), (198.5, 504)], [(159.5, 284), (172, 281.5), (186, 282), (197, 283)],
            [(168.5, 396), (183, 396), (197.5, 396)]))

# ---- pyramidalis: a small triangle from the pubic crest to the linea alba, in front of the lower rectus.
PYRAMIDALIS = smooth([(198.7, 456), (197.8, 468), (195.8, 481), (193, 492.5), (190.4, 500.5), (194.5, 503),
                      (198.7, 503.6)])
add("pyramidalis", "front", PYRAMIDALIS,
    fibers=("loft", [(191, 501.5), (195, 503), (198.6, 503.4)], [(198.4, 462), (198.5, 459), (198.7, 457)]))

# ---- external oblique: eight fleshy digitations from the outer surfaces of ribs 5-12 (the upper four between the
# slips of serratus anterior, the lower ones with latissimus) running down and medially; the hindmost fibres drop
# almost vertically to the front half of the iliac crest, the rest end in the aponeurosis (pale) along a line from
# the 9th costal cartilage down to the level of the anterior superior iliac spine. The aponeurosis passes in front
# of the rectus to the linea alba and its lower border is the inguinal ligament.
EO_JUNCTION = [(162, 270), (160, 280), (158.4, 300), (158, 316), (159.5, 336), (158.6, 350), (155.6, 380),
               (151.4, 405), (146.4, 425), (141.8, 440), (138.8, 451)]
_eo_all = P([
    (160, 276), (152, 274.5), (143, 272.5), (134, 271), (124, 274), (118, 300), (124, 332), (130, 356), (133.5, 381),
    (134, 400), (135.6, 409.5), (133.6, 420), (132.6, 430), (133, 440.5), (134.8, 448.5), (138, 453.5),
    (148, 462), (161, 474), (173, 484.2), (181.5, 490.8), (186.3, 495), (187, 497), *reversed(RECTUS_LATERAL[1:]),
    (160, 276)]).buffer(0)
_eo_all = (_eo_all & TORSO).difference(RECTUS.buffer(0.35))
_eo_all = _eo_all.difference(union([_PEC, _SERRATUS, _LAT_F]).buffer(0.5)).difference(D.ILIAC_CREST_FRONT.buffer(0.2))
_eo_pieces = sorted(_pieces(_eo_all.buffer(-0.5).buffer(0.5), 14.0), key=lambda g: -g.area)
_EO_FIBERS = ("loft", [(154, 281), (146, 279), (138, 283), (132, 295), (129.5, 315), (130.5, 338), (133, 360),
                       (135.5, 382), (136, 400), (135.5, 412)],
              [(158.6, 293), (158.2, 310), (157.8, 328), (157, 346), (155.6, 366), (153.4, 386), (150, 404),
               (145.5, 422), (140.5, 438), (136.5, 447)])
_eo_aponeurosis = P([*EO_JUNCTION, (138.8, 456), (190, 500), (200, 500), (200, 270)]).buffer(0)
EXTERNAL_OBLIQUE = _eo_pieces[0]
add("external_oblique", "front", EXTERNAL_OBLIQUE, tendon=EXTERNAL_OBLIQUE & _eo_aponeurosis, fibers=_EO_FIBERS)
# the upper digitations, between the slips of serratus anterior, where they show apart from the main belly
for _piece in _eo_pieces[1:]:
    if _piece.centroid.y < 360:
        add("external_oblique", "front", _piece, part="digitation between the serratus slips", fibers=_EO_FIBERS)

# ---- iliopsoas at the surface: emerging under the inguinal ligament into the lateral floor of the femoral
# triangle, between sartorius and pectineus, on its way to the lesser trochanter.
_above_ligament = P([(100, 300), (100, 449.5), (136.5, 454.8), (148, 465.2), (161, 477.2), (173, 487.8),
                     (181.5, 494.4), (187, 498.6), (200, 498.6), (200, 300)])
_groin = smooth([(141, 462), (151, 468), (162, 476), (171, 483.5), (176.5, 489), (176, 506), (172, 524),
                 (167, 542), (161.5, 558), (154, 553), (148, 530), (144, 505), (141, 484), (139.5, 470)])
_groin = _groin.difference(_above_ligament.buffer(0.5))
ILIOPSOAS_GROIN = _cut(_groin, _THIGH_F, 0.6)
add("iliopsoas", "front", ILIOPSOAS_GROIN, part="iliopsoas in the femoral triangle",
    fibers=("loft", [(142, 465), (152, 471), (162, 478.5), (171, 486)], [(158, 548), (160.5, 550), (163, 552),
                                                                          (165.5, 554)]))

# ---- deep: the shared borders of the deep fields of the abdomen (top to bottom)
IO_INNER = [(141, 370.5), (145, 378), (147, 392), (147.5, 405), (147, 415), (146.5, 430), (147.5, 445), (150, 455),
            (157, 463), (166, 471), (176, 480), (185, 489), (191, 496)]
ILIAC_TOP = [(147, 415), (156, 413), (165, 416), (168.5, 419)]
PSOAS_LATERAL = [(187, 348), (182, 362), (176.5, 380), (172, 400), (168.5, 419), (166.3, 438), (165.3, 455),
                 (166, 471)]
PSOAS_MEDIAL = [(190.5, 350), (190.2, 366), (189.8, 385), (189, 405), (187.6, 425), (185, 442), (181, 456),
                (178, 469), (176, 480)]     # along the sides of the lumbar vertebral bodies (decor_trunk.LUMBAR)
_COSTAL = D.COSTAL_MARGIN.buffer(0.5)

# ---- diaphragm (deep): the right dome behind the lower ribs, rising to the 5th rib, its costal fibres from the
# inner costal margin and lower ribs converging on the central tendon (pale, at the top of the dome beside the
# heart).
_dome = P([(200, 289), (192, 285), (182, 277.5), (171, 271), (160, 267.5), (150, 269), (143, 275), (138.6, 285),
           (136.8, 299), (136.4, 316), (137.2, 334), (139, 350), (141, 362), (142.6, 370.5),
           *reversed(D.COSTAL_MARGIN_LINE), (200, 293)]).buffer(0)
DIAPHRAGM = _cut(_dome.difference(_COSTAL), _PEC_MINOR, 0.8)
# (one trefoil across the midline: its broad middle leaflet under the heart, the right leaflet tapering out)
_central_tendon = smooth([(200, 284), (192, 283.5), (183, 281), (174, 279), (167.5, 281.8), (168.5, 287),
                          (176, 292), (186, 297.5), (194, 301.5), (200, 302.5)]) & DIAPHRAGM
add("diaphragm", "front", DIAPHRAGM, depth="deep", tendon=_central_tendon, fibers=("fan", (185, 288)))
# its crus: the tendinous leg that runs from the back of the dome down the front of the upper lumbar vertebrae
# (the right crus to L3, the left to L2; drawn alike on both sides), the two meeting over the aorta at T12
_crus = tapered([(193.2, 303), (194, 330), (195, 356), (196, 378), (196.8, 396)], [7.2, 6.6, 5.6, 4.4, 3.2])
DIAPHRAGM_CRUS = largest(_crus.difference(DIAPHRAGM.buffer(0.4)).difference(_COSTAL))
add("diaphragm", "front", DIAPHRAGM_CRUS, depth="deep", part="right crus",
    tendon=DIAPHRAGM_CRUS & box(180, 360, 200, 400), fibers=("loft", [(190, 305), (197, 305)], [(196, 394), (197.6, 394)]))

# ---- intercostals (deep): the rib spaces of the side of the chest, between the ribs drawn as bone, lateral to
# the dome and below pectoralis minor (external intercostal fibres down and forward).
_window = smooth([(118, 233), (130, 235.5), (142, 240), (152, 247), (158, 256), (158.6, 268), (156, 280),
                  (151.6, 292), (146, 305), (140.5, 318), (136.5, 330), (132.5, 337), (129.5, 330), (127, 305),
                  (125, 276), (121.5, 252)])
_window = _window.difference(DIAPHRAGM.buffer(0.8)).difference(_PEC_MINOR.buffer(0.8))
_spaces = _pieces(_window.difference(D.RIBS_SIDE.buffer(0.35)), 6.0)
INTERCOSTALS = union(_spaces)
for i, space in enumerate(sorted(_spaces, key=lambda g: g.centroid.y)):
    add("intercostals", "front", space, depth="deep", part=f"rib space {i + 1}", fibers=("parallel", 62))

# ---- transversus abdominis (deep): from the inner surfaces of costal cartilages 7-12 (below the costal margin),
# the thoracolumbar fascia and the iliac crest, horizontal fibres ending in its aponeurosis (pale) that passes
# behind the rectus to the linea alba.
_ta = P([*reversed(D.COSTAL_MARGIN_LINE[1:]), *IO_INNER[:5], *ILIAC_TOP[1:], *reversed(PSOAS_LATERAL[:5]),
         (189, 335), (190.5, 320), (191.5, 306), (192, 298)]).buffer(0)
TRANSVERSUS = largest(_ta.difference(_COSTAL))
_ta_tendon = TRANSVERSUS & P([(191, 296), (182.5, 316), (175, 335), (170, 352), (167, 372), (165.5, 392), (165.5, 410),
                              (166, 430), (200, 430), (200, 296)]).buffer(0)
add("transversus_abdominis", "front", TRANSVERSUS, depth="deep", tendon=_ta_tendon,
    fibers=("loft", [(178, 310), (166, 323.5), (156, 337), (147.5, 352), (143.5, 366), (145, 380), (146.8, 396),
                     (147.2, 410)],
            [(187, 310), (180.5, 323.5), (175.3, 337), (171, 352), (168.3, 366), (166.6, 380), (165.6, 396),
             (165.5, 410)]))

# ---- internal oblique (deep): from the iliac crest and the lateral inguinal ligament, fanning out; drawn where a
# chart shows it round the window onto the posterior wall: its hind fibres up and in along the side wall to
# ribs 10-12, and its lowest fibres arching along the inguinal ligament to the conjoint tendon on the pubic crest.
_io_outer = [(192, 499.6), (186.5, 497.2), (178, 490.6), (165, 479.6), (150, 466.2), (139, 455.6), (135.9, 451),
             (134.3, 442), (134, 431), (134.6, 421), (136, 411), (136.4, 400), (136.6, 386), (136.6, 376)]
_io = P([*IO_INNER, *_io_outer]).buffer(0).difference(D.ILIAC_CREST_FRONT.buffer(0.2))
_io_split = P([(100, 300), (100, 452), (137, 452.5), (148.6, 450.5), (200, 450), (200, 300)])
IO_SIDE = largest(_io & _io_split)
IO_INGUINAL = largest(_io.difference(_io_split.buffer(0.4)))
INTERNAL_OBLIQUE = union([IO_SIDE, IO_INGUINAL])
add("internal_oblique", "front", IO_SIDE, depth="deep", part="fibres of the side wall to ribs 10-12",
    fibers=("parallel", -58))
add("internal_oblique", "front", IO_INGUINAL, depth="deep", part="lowest fibres to the conjoint tendon",
    fibers=("loft", [(139.5, 455.5), (148, 451)], [(189, 499), (190.5, 495.5)]))

# ---- iliopsoas (deep): psoas major from the sides of the T12-L5 vertebral bodies beside the lumbar spine, down and
# out over the pelvic brim; iliacus from the iliac fossa; both converge under the inguinal ligament.
PSOAS = P([(190, 346.5), *PSOAS_MEDIAL, (171, 475.5), *reversed(PSOAS_LATERAL)]).buffer(0)
ILIACUS = P([*ILIAC_TOP, *PSOAS_LATERAL[4:], *reversed(IO_INNER[4:8])]).buffer(0)
PSOAS = PSOAS.difference(ILIACUS.buffer(0.3))
add("iliopsoas", "front", PSOAS, depth="deep", part="psoas major",
    fibers=("loft", [(186, 349), (190, 347), (193, 352), (193.7, 372), (193.5, 392)],
            [(166, 471), (168.5, 473.5), (171, 475.5), (173.5, 477.5), (175.8, 479.6)],
            [(170, 412), (176, 412), (182, 412), (187, 412), (192.2, 412)]))
# the common tendon, under the inguinal ligament and the floor of the femoral triangle, to the lesser trochanter
ILIOPSOAS_TENDON_DEEP = tapered([(172, 474), (170.5, 490), (168.5, 508), (166.5, 526), (165, 543)],
                                [12.5, 11, 9, 6.5, 4.5]).difference(union([PSOAS, ILIACUS]).buffer(0.3))
add("iliopsoas", "front", ILIOPSOAS_TENDON_DEEP, depth="deep", part="iliopsoas to the lesser trochanter",
    tendon=ILIOPSOAS_TENDON_DEEP & box(150, 520, 190, 560),
    fibers=("loft", [(166.5, 476), (177.5, 478)], [(164, 540), (166, 540)]))
add("iliopsoas", "front", ILIACUS, depth="deep", part="iliacus",
    fibers=("loft", [(147.5, 446), (147, 430), (147.3, 416), (156, 413.6), (165, 416.6), (168, 419.6)],
            [(155, 461), (157.5, 463.5), (160, 465.5), (162.5, 467.5), (164.5, 469.5), (166, 470.5)]))

# ---- the same muscles seen at the back of the flank: the hind fibres of the external oblique between the edge
# of latissimus and the iliac crest (the lumbar triangle side).
_LAT_B = _others("back", {"latissimus_dorsi"})
_BACK_SURFACE = _bellies("back")

# ================================================================ BACK VIEW =========================================
# The erector spinae columns lie under every other back muscle; they show between the trapezius, the latissimus
# and the gluteal muscles. In the lower lumbar and sacral region they are covered by their own aponeurosis (the
# erector spinae aponeurosis, fused with the thoracolumbar fascia): paler there.
_APONEUROSIS = P([(200, 402), (212, 409), (226, 419), (240, 428), (252, 436), (252, 490), (200, 490)])

# The three columns share their borders: longissimus medially; iliocostalis lumborum laterally; iliocostalis
# thoracis arising medial to the upper slips of the lumbar part and running on up over the rib angles.
LT_LATERAL = [(205, 203), (208, 212), (210, 230), (212, 250), (214, 270), (216.2, 290), (218.6, 310), (220.8, 330),
              (222.4, 350), (223.4, 370), (224.2, 390), (224.5, 410), (223.8, 428), (221, 446), (216, 460), (210, 470),
              (205.5, 474)]
IT_IL_BORDER = [(236.5, 300), (234.2, 318), (231.2, 336), (227.8, 352), (224.6, 363)]

# ---- longissimus thoracis: the middle column beside the spinous processes, from the sacrum and the common erector
# tendon to the thoracic transverse processes and the ribs medial to their angles.
_long = P([*catmull_rom(LT_LATERAL, closed=False), (203.6, 465), (203.6, 380), (203.6, 300), (203.6, 203)]).buffer(0)
LONGISSIMUS = _cut(_long, _BACK_SURFACE)
add("longissimus_thoracis", "back", LONGISSIMUS, tendon=LONGISSIMUS & _APONEUROSIS,
    fibers=("loft", [(204, 466), (212, 464), (221.5, 444)], [(204, 212), (206.2, 211), (208.4, 214)],
            [(204, 350), (213.5, 350), (222.3, 350)]))

# ---- iliocostalis lumborum: the lateral column from the iliac crest and the common erector tendon up to the angles
# of the lower ribs (7-12).
_il_lateral = catmull_rom([(236.5, 300), (241, 302.5), (244.5, 312), (247, 330), (248.5, 350), (249, 372),
                           (248.5, 396), (246.5, 418), (242, 434), (235, 443.5), (228, 446), (224.6, 440)], closed=False)
_il_medial = [p for p in catmull_rom(LT_LATERAL, closed=False) if 364 < p[1] < 440]
_il = P([*_il_lateral, *reversed(_il_medial), *reversed(catmull_rom(IT_IL_BORDER, closed=False))]).buffer(0)
_il = _il.difference(_long.buffer(0.3))
ILIOCOSTALIS_LUMBORUM = _cut(_il, _BACK_SURFACE)
add("iliocostalis_lumborum", "back", ILIOCOSTALIS_LUMBORUM, tendon=ILIOCOSTALIS_LUMBORUM & _APONEUROSIS,
    fibers=("loft", [(226.5, 441), (233, 444), (242, 434)], [(233.5, 317), (238, 305), (244, 311)],
            [(225.6, 380), (236.5, 380), (248.5, 380)]))

# ---- iliocostalis thoracis: from the upper borders of the angles of ribs 7-12 (medial to the lumbar part) up to
# the angles of ribs 1-6; above T6 it runs on under the rhomboids and trapezius.
_it_lateral = catmull_rom([(213, 204), (218, 200), (224, 204), (229, 214), (233, 230), (236, 250), (237.5, 270),
                           (238, 288), (236.5, 300)], closed=False)
_it_medial = [p for p in catmull_rom(LT_LATERAL, closed=False) if 204 < p[1] < 364]
_it = P([*_it_lateral, *catmull_rom(IT_IL_BORDER, closed=False)[1:], *reversed(_it_medial)]).buffer(0)
_it = _it.difference(_long.buffer(0.3)).difference(_il.buffer(0.3))
ILIOCOSTALIS_THORACIS = _cut(_it, _BACK_SURFACE)
add("iliocostalis_thoracis", "back", ILIOCOSTALIS_THORACIS,
    fibers=("loft", [(223.5, 356), (227.5, 346), (231.5, 334)], [(214, 208), (218.5, 202), (225, 207)],
            [(215.5, 280), (226, 280), (237, 280)]))

# ---- where the latissimus belly and the lower trapezius cover the columns (T7-L1), their hidden parts are drawn on
# the deep layer, down to the 12th rib (that is where the lower thoracic and upper lumbar trigger points lie); the
# multifidi run medial to them, serratus posterior inferior lateral to them and quadratus lumborum below.
_TWELFTH_RIB_DOWN = P([(200, 354), (214, 354), (221, 355), (228, 358), (237, 362), (245, 366.5), (250, 369.5),
                       (264, 376), (264, 500), (200, 500)])
_COVER = _others("back", {"latissimus_dorsi", "trapezius_lower"})
_cover_bellies = (_bellies("back") & _COVER) if not _COVER.is_empty else Polygon()
_OVER_DEEP = _others("back", {"rhomboids", "serratus_posterior_superior"})
_ERECTOR_DEEP = {}
for _muscle, _full in (("longissimus_thoracis", _long), ("iliocostalis_thoracis", _it),
                       ("iliocostalis_lumborum", _il)):
    _hidden = (_full & _cover_bellies).difference(_TWELFTH_RIB_DOWN).difference(_OVER_DEEP.buffer(0.6))
    _hidden = _hidden & box(200, 250, 264, 400)
    _hidden = _pieces(_hidden.buffer(-0.6).buffer(0.6), 20.0)
    if _hidden:
        _ERECTOR_DEEP[_muscle] = max(_hidden, key=lambda g: g.area)

# ---- external oblique, hind fibres: from the lower ribs almost straight down to the iliac crest, between the
# border of latissimus and the side of the waist.
_eo_back = P([(242, 318), (262, 316), (268, 330), (270, 360), (268, 390), (268, 412), (262, 418), (250, 424),
              (244, 420), (242, 380)]).difference(D.ILIAC_CREST_BACK.buffer(0.3))
_eo_back = _eo_back.difference(union([ILIOCOSTALIS_LUMBORUM, LONGISSIMUS]).buffer(0.5))
_eo_back_pieces = _pieces(_eo_back.difference(_BACK_SURFACE.buffer(0.6)).buffer(-0.5).buffer(0.5), 25.0)
if _eo_back_pieces:
    add("external_oblique", "back", max(_eo_back_pieces, key=lambda g: g.area), part="hind fibres at the flank",
        fibers=("parallel", 98))

# ---- thoracolumbar multifidi and rotatores (deep): in the groove beside the spinous processes from T1 to the
# sacrum, thickest in the lumbar region and over the sacrum between the median crest and the PSIS; each fascicle
# runs up and in to a spinous process two to four levels higher.
MULTIFIDI = smooth([
    (202, 196), (205, 199), (206.5, 220), (207.2, 260), (208, 300), (209.5, 340), (212, 375), (215.5, 405),
    (218.4, 430), (220.4, 450), (219.5, 466), (215.5, 478), (209, 485.5), (203.5, 488.5), (201.8, 480),
    (201.8, 420), (201.8, 300), (201.8, 205)])
add("thoracolumbar_multifidi", "back", MULTIFIDI, depth="deep",
    fibers=("loft", [(219, 478), (219.8, 452), (217, 420), (213.5, 390), (210.5, 355), (208.6, 315), (207.6, 275),
                     (206.8, 235), (206, 205)],
            [(202, 448), (202, 420), (202, 388), (202, 356), (202, 322), (202, 286), (202, 248), (202, 212),
             (202, 186)]))

_ERECTOR_FIBERS = {"longissimus_thoracis": ("parallel", 88), "iliocostalis_thoracis": ("parallel", 81),
                   "iliocostalis_lumborum": ("parallel", 84)}
for _muscle, _g in list(_ERECTOR_DEEP.items()):
    _g = largest(_g.difference(MULTIFIDI.buffer(0.6)))
    _ERECTOR_DEEP[_muscle] = _g
    add(_muscle, "back", _g, depth="deep", part="under the latissimus and trapezius", fibers=_ERECTOR_FIBERS[_muscle])
ERECTOR_DEEP = union(_ERECTOR_DEEP.values()) if _ERECTOR_DEEP else Polygon()

# ---- quadratus lumborum (deep): from the iliac crest and iliolumbar ligament up to the medial half of the 12th rib
# and, by small slips, the tips of the L1-L4 transverse processes; its lateral border free, beyond the erector
# spinae.
_ql = smooth([
    (214, 352.5), (221, 351.5), (228, 353.8), (234, 356.8), (240, 360), (246.5, 364), (249.5, 378), (253, 393),
    (256.5, 407), (259.5, 420), (254, 425), (246, 428.5), (236, 432), (226, 435), (220, 433), (219, 427),
    (222.4, 421), (220.6, 414), (222.6, 405), (221, 398), (222.4, 389), (220.6, 382), (221.8, 373), (219.6, 366),
    (216.5, 358)], samples=8)
QUADRATUS_LUMBORUM = largest(_ql.difference(MULTIFIDI.buffer(0.6)).difference(ERECTOR_DEEP.buffer(0.6)))
add("quadratus_lumborum", "back", QUADRATUS_LUMBORUM, depth="deep",
    fibers=("loft", [(222, 432), (232, 433), (244, 429), (256.5, 422)], [(216, 354), (226.5, 355), (236.5, 359),
                                                                           (246, 365)]))

# ---- serratus posterior inferior (deep, under latissimus): from the T11-L2 spinous processes by the
# thoracolumbar fascia (its aponeurosis, pale) up and out in four slips to the lower borders of ribs 9-12.
_spi = smooth([
    (214, 330), (224, 327), (238, 319.5), (251, 323.2), (262, 329.5), (255, 334.5), (263.5, 342.5), (254, 346.5),
    (259.5, 355.5), (249.5, 357.5), (251.5, 366.5), (240, 367), (228, 371), (214, 376)], samples=6)
# Its aponeurosis, fused with the thoracolumbar fascia over the erector columns, is not drawn on the deep layer.
SPI = max(_pieces(_spi.difference(union([QUADRATUS_LUMBORUM, MULTIFIDI, ERECTOR_DEEP]).buffer(0.6)), 10.0),
          key=lambda g: g.centroid.x)
add("serratus_posterior_inferior", "back", SPI, depth="deep", fibers=("parallel", -27))

# ---- pelvic floor seen from behind (deep, under gluteus maximus): coccygeus on the sacrospinous ligament from the
# ischial spine to the side of the lower sacrum and coccyx; levator ani below it, the funnel from the tendinous
# arch to the coccyx and the anococcygeal body round the anal canal; obturator internus as the lateral wall of the
# ischioanal fossa, its tendon turning out through the lesser sciatic notch between the gemelli to the greater
# trochanter.
_HIP_DEEP = _others("back", {"piriformis", "short_lateral_rotators", "gluteus_minimus"})
COCCYGEUS = _cut(smooth([(203.5, 476), (210, 478), (217, 481.5), (223.5, 485.5), (228.5, 489.5), (226.5, 493.8),
                         (218, 494.8), (209, 496.6), (203.5, 497.6), (202.4, 488)]), _HIP_DEEP)
add("coccygeus", "back", COCCYGEUS, depth="deep",
    fibers=("loft", [(227, 490.5), (226.5, 492.5)], [(203, 478), (203, 496)]))
LEVATOR_ANI = smooth([(203, 499.6), (209, 499), (215, 499.4), (217.6, 504), (217.2, 512), (214.6, 520), (209.6, 526),
                      (204, 528.2), (202, 521), (202, 508)])
LEVATOR_ANI = _cut(LEVATOR_ANI, _HIP_DEEP)
add("levator_ani", "back", LEVATOR_ANI, depth="deep",
    fibers=("loft", [(216.5, 501), (217.5, 510), (214.5, 519.5)], [(202.5, 503), (202.5, 514), (203.5, 526)]))
_oi_belly = smooth([(218.6, 498.5), (224, 497), (229.5, 498), (231, 505), (230, 516), (227, 526), (222, 531),
                    (218.8, 527), (218.6, 517), (219.6, 508)])
_oi_tendon = tapered([(226, 499), (240, 498.6), (258, 498.4), (274, 498.6), (280, 499)], [4.2, 3.6, 3.4, 3.2, 3.0])
_oi = _oi_belly.union(_oi_tendon).difference(LEVATOR_ANI.buffer(0.6)).difference(COCCYGEUS.buffer(0.6))
OBTURATOR_INTERNUS = _cut(_oi, _HIP_DEEP, 0.4)
add("obturator_internus", "back", OBTURATOR_INTERNUS, depth="deep",
    tendon=OBTURATOR_INTERNUS.difference(_oi_belly.buffer(0.2)),
    fibers=("loft", [(219.2, 510), (221, 528)], [(229, 500), (226.5, 500.5)]))


# ================================================================ trigger points ====================================
# Where each trigger point is drawn (person's right side); the first view given is its own.
_mark("iliocostalis_thoracis_tp1", "back", union([ILIOCOSTALIS_THORACIS, _ERECTOR_DEEP.get("iliocostalis_thoracis", Polygon())]), (232.5, 281))
_mark("iliocostalis_thoracis_tp2", "back", _ERECTOR_DEEP.get("iliocostalis_thoracis", ILIOCOSTALIS_THORACIS), (227, 338))
_mark("iliocostalis_lumborum_tp1", "back", union([ILIOCOSTALIS_LUMBORUM, _ERECTOR_DEEP.get("iliocostalis_lumborum", Polygon())]), (238, 360))
_mark("longissimus_thoracis_tp1", "back", union([LONGISSIMUS, _ERECTOR_DEEP.get("longissimus_thoracis", Polygon())]), (215, 334))
_mark("longissimus_thoracis_tp2", "back", union([LONGISSIMUS, _ERECTOR_DEEP.get("longissimus_thoracis", Polygon())]), (214.5, 366))
_mark("thoracolumbar_multifidi_tp1", "back", MULTIFIDI, (209.5, 408))
_mark("thoracolumbar_multifidi_tp2", "back", MULTIFIDI, (211.5, 447))
_mark("serratus_posterior_inferior_tp1", "back", SPI, (248, 339))
_mark("quadratus_lumborum_tp1", "back", QUADRATUS_LUMBORUM, (246, 376))
_mark("quadratus_lumborum_tp2", "back", QUADRATUS_LUMBORUM, (254.5, 415))
_mark("quadratus_lumborum_tp3", "back", QUADRATUS_LUMBORUM, (227.5, 398))
_mark("quadratus_lumborum_tp4", "back", QUADRATUS_LUMBORUM, (228, 426))
_mark("rectus_abdominis_tp1", "front", RECTUS, (189, 306))
_mark("rectus_abdominis_tp2", "front", RECTUS, (171, 395))
_mark("rectus_abdominis_tp3", "front", RECTUS, (188, 486))
_mark("rectus_abdominis_tp4", "front", RECTUS, (177, 438))
_mark("external_oblique_tp1", "front", EXTERNAL_OBLIQUE, (148, 322))
_mark("external_oblique_tp2", "front", EXTERNAL_OBLIQUE, (142, 434))
_mark("internal_oblique_tp1", "front", INTERNAL_OBLIQUE, (143.5, 455))
_mark("internal_oblique_tp2", "front", INTERNAL_OBLIQUE, (182.5, 490.5))
_mark("internal_oblique_tp3", "front", INTERNAL_OBLIQUE, (157, 467.5))
_mark("transversus_abdominis_tp1", "front", TRANSVERSUS, (169, 333))
_mark("pyramidalis_tp1", "front", PYRAMIDALIS, (196, 489))
_mark("diaphragm_tp1", "front", DIAPHRAGM, (153, 340))
_mark("intercostals_tp1", "front", INTERCOSTALS, (130.5, 290.5))
_mark("iliopsoas_tp1", "front", PSOAS, (176, 404))
_mark("iliopsoas_tp2", "front", ILIACUS, (151, 440))
_mark("iliopsoas_tp3", "front", ILIOPSOAS_GROIN, (159, 496))
_mark("levator_ani_tp1", "back", LEVATOR_ANI, (209, 512))
_mark("coccygeus_tp1", "back", COCCYGEUS, (212, 487))
_mark("obturator_internus_tp1", "back", OBTURATOR_INTERNUS, (224, 513))
