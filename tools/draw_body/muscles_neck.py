"""Muscle shapes: neck (front view: person's right at x < 200; back view: x > 200).

Back-view landmarks used here (person's right side):
  external occipital protuberance (200, 99), superior nuchal line out to the mastoid (236, 113),
  spinous processes C2 124, C4 140, C6 156, C7 166, T1 180, T3 210, T4 228, T6 266, T7 285, T12 375,
  superior angle of the scapula (229, 196), root of the scapular spine (229, 214), acromion (298, 198).
Front-view landmarks: mastoid just behind the ear lobe (157, 110), suprasternal notch (200, 178),
  sternoclavicular joint (192, 182), clavicle (196,182)-(116,190), acromion (100, 195).
"""
from shapely.geometry import box

from . import body as B
from .muscles import add
from .registry import mark
from .shapes import smooth, stroke, tapered, limb

BACK_RIGHT = box(200.4, 0, 400, 1000)   # keep midline muscles on the person's right of the spine line
FRONT_RIGHT = box(0, 0, 199.6, 1000)


def _back(points, samples=10):
    return smooth(points, samples) & BACK_RIGHT


def _front(points, samples=10):
    return smooth(points, samples) & FRONT_RIGHT


# ---------------------------------------------------------------- back view: trapezius (superficial kite)
# Descending part: occiput + nuchal ligament -> lateral clavicle / acromion; covers the back of the neck and
# the top of the shoulder (its upper edge runs past the skin outline and is clipped to it).
add("trapezius_upper", "back", _back([
    (199, 101), (206, 99.5), (213, 101), (216, 108), (218, 120), (220, 134), (222, 147), (226, 158), (236, 165),
    (252, 169), (274, 176), (290, 183), (298, 190), (299, 199), (284, 196), (266, 191), (246, 184),
    (226, 176), (210, 171), (199, 168), (199, 135)]), fibers=("fan", (302, 202)), part="descending part")

# Transverse part: C7-T3 spinous processes -> acromion and the upper lip of the scapular spine (horizontal).
add("trapezius_middle", "back", _back([
    (199, 168), (210, 171), (226, 176), (246, 184), (266, 191), (284, 196), (299, 199), (292, 204),
    (272, 207), (254, 210), (241, 213), (234, 216), (218, 220), (199, 223), (199, 196)]),
    fibers=("parallel", 3), part="transverse part")

# Ascending part: T4-T12 spinous processes, converging up and out to the tubercle at the root of the spine.
add("trapezius_lower", "back", _back([
    (199, 223), (218, 220), (234, 215), (238, 217), (239, 226), (237, 246), (232, 270), (224, 298),
    (215, 328), (207, 356), (201, 378), (199, 330), (199, 270)]), fibers=("fan", (237, 213)), part="ascending part")

# ---------------------------------------------------------------- back view: deep neck muscles (dashed)
# Levator scapulae: posterior tubercles of C1-C4 transverse processes -> superior angle of the scapula.
add("levator_scapulae", "back", tapered(
    [(220.5, 116), (219.5, 130), (221, 146), (224, 162), (228, 178), (230, 190), (230, 197)],
    [6, 8, 8.5, 8.5, 8, 6, 4]) & BACK_RIGHT, depth="deep", fibers=("parallel", 84))

# Splenius capitis: nuchal ligament (C4-C7) and C7-T3 spinous processes -> mastoid and the lateral superior
# nuchal line; the two splenii diverge upward and leave semispinalis capitis showing between them.
add("splenius_capitis", "back", _back([
    (200.5, 146), (205, 133), (211, 118), (217, 108), (226, 104), (236, 108), (236, 116), (230, 128),
    (224, 146), (218, 166), (212, 184), (206, 200), (202, 210), (200.5, 200)]), depth="deep", fibers=("parallel", -64))

# Splenius cervicis: T3-T6 spinous processes -> transverse processes of C1-C3, lateral to splenius capitis.
add("splenius_cervicis", "back", _back([
    (200.5, 214), (206, 205), (211, 188), (215, 166), (217, 146), (217.5, 128), (219, 117), (223, 118),
    (224.5, 132), (224, 152), (222, 175), (217, 200), (210, 230), (204, 258), (201, 266), (200.5, 250)]),
    depth="deep", fibers=("parallel", -74))

# Semispinalis capitis: transverse processes C7-T6 (+ articular processes C4-C6) -> occiput between the
# nuchal lines, beside the midline.
add("semispinalis_capitis", "back", _back([
    (200.5, 103), (207, 102), (214, 104), (216, 112), (215, 130), (214, 155), (212, 185), (210, 215),
    (207, 242), (203, 264), (200.5, 262), (200.5, 220), (200.5, 160)]), depth="deep", fibers=("parallel", 88))

# Semispinalis cervicis: transverse processes T1-T6 -> spinous processes C2-C5 (deep to semispinalis capitis).
add("semispinalis_cervicis", "back", _back([
    (200.5, 125), (203, 123), (207, 128), (210, 142), (211, 164), (211, 190), (209, 220), (207, 248),
    (204, 266), (201.5, 262), (200.5, 230), (200.5, 150)]), depth="deep", fibers=("parallel", 80))

# Multifidi (cervical): short fascicles in the lamina groove, C2-C7, close to the spinous processes.
add("cervical_multifidi", "back", _back([
    (200.5, 127), (202.5, 126), (205, 132), (206.5, 144), (207, 158), (206, 171), (204, 180), (201.5, 182),
    (200.5, 160)]), depth="deep", fibers=("parallel", 72))

# Suboccipitals: rectus capitis posterior major/minor and the obliques, between occiput, atlas and axis.
add("suboccipitals", "back", _back([
    (200.5, 108), (210, 107), (220, 106), (226, 109), (229, 116), (225, 120), (215, 123), (206, 126.5),
    (200.5, 127)]), depth="deep", fibers=("fan", (202, 127)))

# ---------------------------------------------------------------- front view
NECK_VISIBLE = FRONT_RIGHT.difference(B.HEAD)   # what the face hides is not drawn

# Upper trapezius seen from the front: the slope from the neck to the lateral third of the clavicle.
add("trapezius_upper", "front", (smooth([
    (178, 136), (176, 150), (173, 160), (162, 167), (146, 171), (128, 176), (112, 182), (101, 190),
    (108, 191), (122, 188), (136, 184), (150, 179), (162, 173), (171, 164), (175.5, 150)]) & NECK_VISIBLE),
    fibers=("fan", (104, 196)), part="descending part")

# Sternocleidomastoid: mastoid (behind the ear lobe, hidden by the jaw) -> manubrium (sternal head) and medial
# clavicle (clavicular head); crosses the side of the neck obliquely down and forward.
SCM_FRONT = smooth([
    (166, 118), (176, 118), (182, 128), (187, 142), (192, 157), (196, 169), (199, 179), (198, 184),
    (193, 184), (189, 179), (185, 184), (178, 186), (173, 185), (172, 176), (173, 160), (172, 144), (169, 130)], samples=12) & NECK_VISIBLE
add("sternocleidomastoid", "front", SCM_FRONT, fibers=("parallel", 66))

# Scalenes: anterior/posterior tubercles of C3-C6 -> first rib (anterior, medius) and second rib (posterior).
# Visible in the posterior triangle lateral to the SCM, tucked under it above.
add("scalenes", "front", (smooth([
    (179, 138), (176, 150), (171, 161), (165, 170), (160, 178), (157.5, 186.5), (165, 188), (172, 187),
    (176, 178), (180, 160)]) & NECK_VISIBLE).difference(SCM_FRONT.buffer(0.4)), fibers=("parallel", 112))

# Longus colli: front of the vertebral bodies C1-T3, either side of the midline (deep).
add("longus_colli", "front", (smooth([
    (199, 126), (195, 130), (191, 142), (189.5, 156), (190, 170), (192, 184), (195, 194), (199, 198),
    (199, 160)]) & NECK_VISIBLE), depth="deep", fibers=("parallel", 94))


# ---------------------------------------------------------------- trigger points
# Where each trigger point is drawn (person's right side); the first view given is its own.
mark("trapezius_middle_tp1", "back", (222, 212))
mark("trapezius_middle_tp2", "back", (286, 200))
mark("trapezius_lower_tp1", "back", (228, 262))
mark("trapezius_lower_tp2", "back", (232, 223))
mark("splenius_cervicis_tp1", "back", (220.5, 132))
mark("splenius_cervicis_tp2", "back", (219.5, 174))
mark("semispinalis_cervicis_tp1", "back", (208, 143))
mark("cervical_multifidi_tp1", "back", (203, 149))
mark("longus_colli_tp1", "front", (195, 160))
