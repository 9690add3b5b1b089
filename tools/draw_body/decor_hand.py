"""What makes the forearm and hand read as a forearm and hand, but is not a muscle of the data: the flexor and
extensor retinacula, the long thumb tendons and the little finger's extensor on the back of the hand (pale
tendons), the subcutaneous border of the ulna, the styloid processes, the pisiform and the knuckles (bone),
the nails, and the creases of the finger joints. Front view: the palm (flexion creases); back view: the back
of the hand (nails, knuckle wrinkles). Shapes are on the person's right side; the build mirrors them."""
from __future__ import annotations

import math

from shapely.geometry import Point

from . import body as B
from . import muscles_forearm as F
from .registry import decor
from .shapes import mirror, smooth, tapered

AXES = B.DIGIT_AXES
PAD_WIDTH = {name: spec[3][-1] for name, spec in B._FINGER_SPECS.items()}
PAD_WIDTH["thumb"] = 8.4


def _ellipse(c, rx, ry, angle=0.0):
    a = math.radians(angle)
    pts = []
    for k in range(8):
        t = 2 * math.pi * k / 8
        x, y = rx * math.cos(t), ry * math.sin(t)
        pts.append((c[0] + x * math.cos(a) - y * math.sin(a), c[1] + x * math.sin(a) + y * math.cos(a)))
    return smooth(pts)


def _at(p, q, t):
    return (p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)


def _across(c, direction, half, bow=0.0):
    """A short line across a digit at c, perpendicular to its direction, bowed toward the tip by `bow`."""
    dx, dy = direction
    n = math.hypot(dx, dy) or 1.0
    ux, uy = dx / n, dy / n
    nx, ny = -uy, ux
    return [(c[0] - nx * half, c[1] - ny * half), (c[0] + ux * bow, c[1] + uy * bow), (c[0] + nx * half, c[1] + ny * half)]


def _back(geom):
    return mirror(geom)


def _back_line(points):
    return [(400.0 - x, y) for x, y in points]


# ---------------------------------------------------------------- front view (palm)
# The flexor retinaculum across the heel of the hand (the palmar aponeurosis and the thenar and hypothenar
# muscles lie over it); the pisiform, where flexor carpi ulnaris ends; the radial styloid.
decor("front", "fascia", smooth([(52.3, 513.8), (57.8, 512.7), (64, 512.4), (70.2, 512.7), (76.5, 513.8),
                                  (78.4, 518.4), (76.5, 524.3), (70.5, 526.5), (64, 526.8), (57.5, 526.1),
                                  (52.8, 523.5), (51.7, 518.4)]))
decor("front", "bone", _ellipse((78.6, 518.8), 1.9, 1.7))                  # pisiform
decor("front", "bone", _ellipse((51.3, 509.5), 1.6, 2.4, -10))             # radial styloid

# Flexion creases of the fingers (at the web, the middle and the last joint) and of the thumb.
for name in ("index", "middle", "ring", "little"):
    mcp, web, pip, dip, tip = AXES[name]
    w = PAD_WIDTH[name]
    d = (tip[0] - mcp[0], tip[1] - mcp[1])
    for c, half, bow in ((_at(web, pip, 0.08), w * 0.36, 0.5), (pip, w * 0.34, 0.4), (_at(pip, dip, 0.96), w * 0.3, 0.3)):
        decor("front", "crease", _across(c, d, half, bow))
    decor("front", "crease", _across(_at(pip, dip, 0.06), d, w * 0.24, 0.3))   # the double crease of the PIP joint
t_cmc, t_mcp, t_ip, t_tip = AXES["thumb"]
decor("front", "crease", _across(_at(t_mcp, t_ip, 0.2), (t_ip[0] - t_mcp[0], t_ip[1] - t_mcp[1]), 3.4, 0.5))
decor("front", "crease", _across(t_ip, (t_tip[0] - t_ip[0], t_tip[1] - t_ip[1]), 3.4, 0.4))

# ---------------------------------------------------------------- back view (authored front-like, mirrored)
# The subcutaneous border of the ulna between extensor and flexor carpi ulnaris, and the ulnar head.
ulna = smooth(F.ECU_M.pts(418.4, 497, 7) + list(reversed(F.ULNA_M.pts(418.4, 495.2, 7))) + [(99, 413.1)])
decor("back", "bone", _back(ulna))
decor("back", "fascia", _back(F.EXT_RETINACULUM))                            # the extensor retinaculum
decor("back", "bone", _back(_ellipse((78.9, 506.5), 2.0, 2.6, 8)))          # ulnar styloid
decor("back", "bone", _back(_ellipse((51.1, 505.1), 1.5, 2.4, -8)))         # radial styloid

# The knuckles (heads of the metacarpals): a soft fold of skin across each.
for name in ("index", "middle", "ring", "little"):
    mcp = AXES[name][0]
    half = PAD_WIDTH[name] * 0.46
    decor("back", "crease", _back_line([(mcp[0] - half, mcp[1] + 1.6), (mcp[0], mcp[1] + 0.2),
                                        (mcp[0] + half, mcp[1] + 1.6)]))

# Pale tendons of muscles not in the data: abductor pollicis longus and extensor pollicis brevis (their bellies
# cropping out over the radial wrist extensors above the wrist), extensor pollicis longus from Lister's
# tubercle along the back of the thumb, extensor digiti minimi to the little finger.
decor("back", "tendon", _back(F.OUTCROP.buffer(-0.2)))
decor("back", "tendon", _back(F.APL_EPB_TENDONS.difference(F.UNDER_RET)))
decor("back", "tendon", _back(F.EPL_TENDON.difference(F.UNDER_RET)))
decor("back", "tendon", _back(F.EDM_TENDON.difference(F.UNDER_RET)))

# Nails, and the wrinkles over the finger joints.
for name in ("index", "middle", "ring", "little"):
    mcp, web, pip, dip, tip = AXES[name]
    w = PAD_WIDTH[name]
    top, end = _at(dip, tip, 0.42), _at(dip, tip, 0.9)
    nail = tapered([top, _at(top, end, 0.55), end], [w * 0.5, w * 0.56, w * 0.5])
    decor("back", "nail", _back(nail))
    d = (tip[0] - mcp[0], tip[1] - mcp[1])
    for c, half in ((_at(web, pip, 0.9), w * 0.22), (_at(pip, dip, 0.04), w * 0.26), (_at(pip, dip, 0.14), w * 0.2),
                    (_at(pip, dip, 0.92), w * 0.2), (_at(dip, tip, 0.06), w * 0.18)):
        decor("back", "crease", _back_line(_across(c, d, half, -0.5)))
# the thumb's nail faces outward: seen from behind, on the outer half of its tip
nail = tapered([_at(t_ip, t_tip, 0.42), _at(t_ip, t_tip, 0.66), _at(t_ip, t_tip, 0.9)], [4.4, 5.0, 4.4])
decor("back", "nail", _back(nail.intersection(Point(t_tip).buffer(9)).buffer(0)))
decor("back", "crease", _back_line(_across(t_ip, (t_tip[0] - t_ip[0], t_tip[1] - t_ip[1]), 2.6, -0.5)))
