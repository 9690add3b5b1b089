"""Fibre lines drawn inside a muscle, in the direction its fibres run.

Specs (the `fibers=` argument of `muscles.add`):
- ("parallel", angle_deg): straight, evenly spaced lines at that angle (0 = along +x, 90 = down).
- ("fan", (x, y)): lines converging on a point (a tendon or an attachment), as in a fan-shaped muscle.
- ("loft", origin_line, insertion_line[, middle_line]): each fibre runs from a point of the origin line
  to the matching point of the insertion line (both lists of points, in the same order across the
  muscle), bowed through the middle line when given. This is how atlases draw most muscles: fibres from
  attachment to attachment, converging where the muscle narrows.
- ("none",): no fibre lines (tendinous or very small shapes).
"""
from __future__ import annotations

import math

from shapely.geometry import LineString, MultiLineString

SPACING = 3.6      # view units between fibre lines (about 2.5 px at the map's usual size)


def _parallel(geom, angle: float):
    minx, miny, maxx, maxy = geom.bounds
    diag = math.hypot(maxx - minx, maxy - miny) + 10
    cx, cy = (minx + maxx) / 2, (miny + maxy) / 2
    a = math.radians(angle)
    dx, dy = math.cos(a), math.sin(a)
    nx, ny = -dy, dx
    segs = []
    k = -diag / 2
    while k <= diag / 2:
        px, py = cx + nx * k, cy + ny * k
        segs.append(LineString([(px - dx * diag, py - dy * diag), (px + dx * diag, py + dy * diag)]))
        k += SPACING
    return segs


def _fan(geom, focus):
    fx, fy = focus
    minx, miny, maxx, maxy = geom.bounds
    diag = math.hypot(maxx - minx, maxy - miny) * 2 + 10
    c = geom.centroid
    r = max(math.hypot(c.x - fx, c.y - fy), 5.0)
    step = SPACING / r
    base = math.atan2(c.y - fy, c.x - fx)
    segs, t = [], -math.pi
    while t < math.pi:
        segs.append(LineString([(fx, fy), (fx + math.cos(base + t) * diag, fy + math.sin(base + t) * diag)]))
        t += step
    return segs


def _loft(origin, insertion, middle=None):
    a, b = LineString(origin), LineString(insertion)
    m = LineString(middle) if middle else None
    n = max(3, int(max(a.length, b.length) / SPACING) + 1)
    segs = []
    for i in range(n + 1):
        s = i / n
        pa, pb = a.interpolate(s, normalized=True), b.interpolate(s, normalized=True)
        if m is not None:
            pm = m.interpolate(s, normalized=True)
            # a quadratic curve through the middle point: control point so that the curve passes through pm
            cx, cy = 2 * pm.x - (pa.x + pb.x) / 2, 2 * pm.y - (pa.y + pb.y) / 2
            pts = [((1 - t) ** 2 * pa.x + 2 * (1 - t) * t * cx + t * t * pb.x,
                    (1 - t) ** 2 * pa.y + 2 * (1 - t) * t * cy + t * t * pb.y) for t in (k / 12 for k in range(13))]
        else:
            pts = [(pa.x, pa.y), (pb.x, pb.y)]
        # run a little past both ends: the clip to the muscle's outline gives the visible fibre
        (x0, y0), (x1, y1) = pts[0], pts[1]
        (x2, y2), (x3, y3) = pts[-2], pts[-1]
        pts = [(x0 - (x1 - x0) * 0.5, y0 - (y1 - y0) * 0.5), *pts, (x3 + (x3 - x2) * 0.5, y3 + (y3 - y2) * 0.5)]
        segs.append(LineString(pts))
    return segs


def fibers(geom, spec) -> MultiLineString:
    """The fibre lines of a muscle shape, clipped to just inside its outline."""
    inner = geom.buffer(-0.9)
    if inner.is_empty or not spec or spec[0] == "none":
        return MultiLineString([])
    kind = spec[0]
    if kind == "parallel":
        segs = _parallel(geom, spec[1])
    elif kind == "fan":
        segs = _fan(geom, spec[1])
    elif kind == "loft":
        segs = _loft(*spec[1:])
    else:
        raise ValueError(f"unknown fibre spec {spec!r}")
    clipped = MultiLineString(segs).intersection(inner)
    return clipped if not clipped.is_empty else MultiLineString([])


def mirror_spec(spec, cx: float = 200.0):
    """The same fibres on the mirror image (the person's left side)."""
    kind = spec[0]
    flip = lambda pts: [(2 * cx - x, y) for x, y in pts]  # noqa: E731
    if kind == "parallel":
        return ("parallel", 180 - spec[1])
    if kind == "fan":
        return ("fan", (2 * cx - spec[1][0], spec[1][1]))
    if kind == "loft":
        return ("loft", *[flip(line) for line in spec[1:]])
    return spec
