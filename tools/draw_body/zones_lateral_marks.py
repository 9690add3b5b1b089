"""Trigger point marks on the lateral view (the whole body from the right side, lateral.py).

Loaded after every muscles_* module, so each trigger point's first mark (its own view) stays where its
area illustrator put it; these are the same points seen from the side. Only trigger points that lie on the
side of the muscle the lateral view shows are marked (not those on its medial or hidden side), each inside
the muscle's shape on this view (muscles_lateral.py).
"""
from __future__ import annotations

from shapely.geometry import Point
from shapely.ops import nearest_points, unary_union

from . import lateral as L
from .registry import MARKS as _ALL_MARKS, SHAPES, mark

V = "lateral"
MARKS = {
    # head and neck
    "temporalis_tp1": (232, 88), "temporalis_tp2": (224, 86), "temporalis_tp3": (214, 70), "temporalis_tp4": (200, 66),
    "masseter_tp1": (232, 110), "masseter_tp2": (222, 124), "masseter_tp3": (214, 141), "masseter_tp4": (210, 107),
    "lateral_pterygoid_tp1": (214, 102), "lateral_pterygoid_tp2": (226, 106), "buccinator_tp1": (241, 129), "zygomaticus_major_tp1": (238, 109), "orbicularis_oculi_tp1": (245, 76),
    "frontalis_tp1": (250, 60), "occipitalis_tp1": (162, 97),
    "sternocleidomastoid_tp1": (206, 156), "sternocleidomastoid_tp2": (202, 160),
    "sternocleidomastoid_tp3": (222, 186), "sternocleidomastoid_tp4": (194, 130),
    "sternocleidomastoid_tp5": (192, 125),
    "digastric_tp1": (210, 148), "platysma_tp1": (222, 170),
    "trapezius_upper_tp1": (186, 168), "trapezius_upper_tp2": (180, 186),
    "splenius_capitis_tp1": (185, 133), "levator_scapulae_tp1": (187, 156),
    "scalenes_tp1": (200, 182), "scalenes_tp2": (196, 160), "scalenes_tp3": (200, 174),
    # shoulder and arm
    "deltoid_anterior_tp1": (228, 212), "deltoid_anterior_tp2": (227, 240),
    "deltoid_middle_tp1": (211, 228),
    "deltoid_posterior_tp1": (188, 210), "deltoid_posterior_tp2": (194, 240),
    "triceps_brachii_tp2": (206, 338), "triceps_brachii_tp3": (204, 300), "triceps_brachii_tp4": (201, 378),
    "biceps_brachii_tp1": (229, 310), "brachialis_tp1": (224, 356), "brachialis_tp2": (217, 305),
    "anconeus_tp1": (208, 392),
    "brachioradialis_tp1": (245, 392), "extensor_carpi_radialis_longus_tp1": (222, 372),
    "extensor_carpi_radialis_brevis_tp1": (246, 432), "extensor_carpi_ulnaris_tp1": (225, 430),
    "extensor_digitorum_tp1": (238, 424), "extensor_digitorum_tp2": (248, 448),
    "extensor_indicis_tp1": (272, 490), "supinator_tp1": (236, 396),
    "first_dorsal_interosseous_tp1": (318, 550), "hand_interossei_tp1": (312, 554),
    "abductor_digiti_minimi_hand_tp1": (291, 548),
    "infraspinatus_tp2": (172, 222), "teres_major_tp2": (176, 274), "teres_minor_tp1": (170, 262), "latissimus_dorsi_tp1": (181, 288),
    "latissimus_dorsi_tp2": (184, 380),
    # trunk
    "serratus_anterior_tp1": (241, 300), "pectoralis_major_tp4": (252, 282),
    "external_oblique_tp1": (246, 318),
    "quadratus_lumborum_tp1": (184, 386), "quadratus_lumborum_tp2": (188, 410),
    # hip and thigh
    "gluteus_medius_tp1": (180, 432), "gluteus_medius_tp2": (200, 426), "gluteus_medius_tp3": (222, 432),
    "gluteus_minimus_tp1": (218, 448), "gluteus_minimus_tp2": (200, 452),
    "tensor_fasciae_latae_tp1": (234, 492), "piriformis_tp1": (190, 485),
    "vastus_lateralis_tp1": L.at(698, 0.7), "vastus_lateralis_tp2": (222, 612), "vastus_lateralis_tp3": (196, 680),
    "vastus_lateralis_tp4": (192, 614), "vastus_lateralis_tp5": (199, 540),
    "biceps_femoris_tp1": (172, 628), "biceps_femoris_tp2": (180, 676),
    "rectus_femoris_tp1": (240, 540), "sartorius_tp1": (248, 520),
    # leg and foot
    "gastrocnemius_tp2": (176, 786), "gastrocnemius_tp4": (180, 752),
    "soleus_tp2": L.at(792, 0.42), "soleus_tp3": L.at(862, 0.3),
    "fibularis_longus_tp1": (198, 782), "fibularis_brevis_tp1": (204, 872), "fibularis_brevis_tp2": (196, 872),
    "fibularis_tertius_tp1": L.at(888, 0.72), "extensor_digitorum_longus_tp1": (212, 800),
    "tibialis_anterior_tp1": (224, 796), "extensor_digitorum_brevis_tp1": (212, 946),
    "abductor_digiti_minimi_foot_tp1": (230, 979),
}
INSET = 2.0       # a mark sits at least this far inside its muscle's outline
MOVED: dict[str, float] = {}


def _muscle_of(tp: str) -> str:
    from .patterns import trigger_points
    return next(r.muscle for r in trigger_points() if r.id == tp)


for tp, point in MARKS.items():
    if any(m.tp == tp and m.view == V for m in _ALL_MARKS):
        continue                      # already marked on this view by its area illustrator
    shapes = [s.geom for s in SHAPES if s.view == V and s.muscle == _muscle_of(tp)]
    if not shapes:
        continue
    inner = unary_union(shapes).buffer(-INSET)
    p = Point(point)
    q = p if inner.is_empty or inner.contains(p) else nearest_points(inner, p)[0]
    MOVED[tp] = p.distance(q)
    mark(tp, V, (round(q.x, 1), round(q.y, 1)))
