"""Shapes to SVG path data with real curves.

Shapely works in straight segments; a drawing reads better (and its files are smaller) when each ring is
written as cubic Bézier curves through fewer points. Each ring is simplified, then drawn as a
Catmull-Rom spline through the kept points (converted to cubic Béziers), except at sharp corners, which
stay sharp: where a muscle meets another along a straight cut, or at a fingertip seen edge-on.
"""
from __future__ import annotations

import math
from contextlib import contextmanager

from shapely import segmentize
from shapely.geometry import LinearRing, LineString, MultiLineString, MultiPolygon, Polygon

SIMPLIFY = 0.35          # view units: finer than a pixel at the sizes the map is shown
CORNER_DEGREES = 62.0    # a turn sharper than this stays a corner
TENSION = 7.0            # 6 is the classic Catmull-Rom; a little tighter keeps curves inside the points they join


_WARP = None            # a point transform applied as shapes are written (see warp.py), or None
WARP_SEGMENT = 1.0      # shapes are cut into pieces this long before warping, so straight cuts bend with it


@contextmanager
def warping(fn):
    """Write every path inside the block through fn(x, y) -> (x, y)."""
    global _WARP
    old, _WARP = _WARP, fn
    try:
        yield
    finally:
        _WARP = old


def warp_xy(x: float, y: float) -> tuple[float, float]:
    return _WARP(x, y) if _WARP else (x, y)


def _warped(line, ring: bool):
    if _WARP is None:
        return line
    pts = [_WARP(x, y) for x, y in segmentize(line, WARP_SEGMENT).coords]
    return LinearRing(pts) if ring else LineString(pts)


def _num(v: float) -> str:
    s = f"{v:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    return "0" if s == "-0" else s


def _pt(p: tuple[float, float]) -> str:
    return f"{_num(p[0])},{_num(p[1])}"


def _turn(a, b, c) -> float:
    """How sharply the outline turns at b, in degrees (0 = straight on)."""
    v1 = (b[0] - a[0], b[1] - a[1])
    v2 = (c[0] - b[0], c[1] - b[1])
    n1, n2 = math.hypot(*v1), math.hypot(*v2)
    if n1 < 1e-9 or n2 < 1e-9:
        return 0.0
    cos = max(-1.0, min(1.0, (v1[0] * v2[0] + v1[1] * v2[1]) / (n1 * n2)))
    return math.degrees(math.acos(cos))


def _handle(p, v, a, b, share=0.45):
    """A control point p + v, its handle no longer than a share of the segment a-b (no overshoot where a
    long straight run meets a tight curve)."""
    seg = math.hypot(b[0] - a[0], b[1] - a[1])
    n = math.hypot(*v)
    k = min(1.0, share * seg / n) if n > 1e-9 else 1.0
    return (p[0] + v[0] * k, p[1] + v[1] * k)


def _ring_d(coords: list[tuple[float, float]], closed: bool = True) -> str:
    pts = coords[:-1] if closed and coords[0] == coords[-1] else coords
    n = len(pts)
    if n < 3:
        return "M" + " L".join(_pt(p) for p in pts) + (" Z" if closed else "")
    corner = [False] * n
    for i in range(n):
        if not closed and i in (0, n - 1):
            corner[i] = True
            continue
        corner[i] = _turn(pts[i - 1], pts[i], pts[(i + 1) % n]) > CORNER_DEGREES
    out = [f"M{_pt(pts[0])}"]
    segs = n if closed else n - 1
    for i in range(segs):
        p1, p2 = pts[i], pts[(i + 1) % n]
        p0 = pts[i - 1] if (closed or i > 0) else p1
        p3 = pts[(i + 2) % n] if (closed or i + 2 < n) else p2
        if corner[i]:
            p0 = p1
        if corner[(i + 1) % n]:
            p3 = p2
        # Catmull-Rom as a cubic Bézier.
        c1 = _handle(p1, ((p2[0] - p0[0]) / TENSION, (p2[1] - p0[1]) / TENSION), p1, p2)
        c2 = _handle(p2, (-(p3[0] - p1[0]) / TENSION, -(p3[1] - p1[1]) / TENSION), p1, p2)
        if corner[i] and corner[(i + 1) % n]:
            out.append(f"L{_pt(p2)}")
        else:
            out.append(f"C{_pt(c1)} {_pt(c2)} {_pt(p2)}")
    if closed:
        out.append("Z")
    return " ".join(out)


def polygons(geom) -> list[Polygon]:
    if isinstance(geom, Polygon):
        return [geom] if not geom.is_empty else []
    return [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon) and not g.is_empty]


def path_d(geom, tolerance: float = SIMPLIFY) -> str:
    """A (multi)polygon as one path: each ring a closed curve; holes follow their shell (even-odd fill)."""
    parts = []
    for poly in polygons(geom):
        for ring in [poly.exterior, *poly.interiors]:
            simple = _warped(ring, True).simplify(tolerance)
            coords = list(simple.coords)
            if len(coords) >= 4:
                parts.append(_ring_d(coords))
    return " ".join(parts)


def lines_d(geom, tolerance: float = 0.25, min_length: float = 1.5) -> str:
    """Open lines (fibres, details) as smooth curves."""
    lines = [geom] if isinstance(geom, LineString) else list(getattr(geom, "geoms", []))
    out = []
    for line in lines:
        if not isinstance(line, LineString) or line.length < min_length:
            continue
        coords = list(_warped(line, False).simplify(tolerance).coords)
        if len(coords) >= 2:
            out.append(_ring_d(coords, closed=False))
    return " ".join(out)


def line_of(points) -> LineString:
    return LineString(points)


__all__ = ["path_d", "lines_d", "polygons", "line_of", "MultiLineString", "MultiPolygon"]
