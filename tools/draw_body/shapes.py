"""Small geometry helpers for drawing smooth anatomical shapes.

Shapes are authored on the person's RIGHT side and mirrored; every shape is a shapely
polygon in view units (front/back: 400 x 1000, head: 400 x 400).
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from shapely.geometry import LineString, MultiPolygon, Polygon
from shapely.geometry import Point as Point_
from shapely.ops import unary_union
from shapely import affinity

Point = tuple[float, float]


def catmull_rom(points: Sequence[Point], closed: bool = True, samples: int = 10) -> list[Point]:
    """Dense points of a centripetal Catmull-Rom spline through the anchors."""
    pts = list(points)
    if closed:
        ext = [pts[-1]] + pts + [pts[0], pts[1]]
        segs = len(pts)
    else:
        ext = [pts[0]] + pts + [pts[-1]]
        segs = len(pts) - 1
    out: list[Point] = []
    for i in range(segs):
        p0, p1, p2, p3 = ext[i], ext[i + 1], ext[i + 2], ext[i + 3]
        for s in range(samples):
            t = s / samples
            out.append(_cr_point(p0, p1, p2, p3, t))
    if not closed:
        out.append(pts[-1])
    return out


def _cr_point(p0: Point, p1: Point, p2: Point, p3: Point, t: float, alpha: float = 0.5) -> Point:
    def tj(ti: float, a: Point, b: Point) -> float:
        d = math.hypot(b[0] - a[0], b[1] - a[1])
        return ti + max(d, 1e-6) ** alpha

    t0 = 0.0
    t1 = tj(t0, p0, p1)
    t2 = tj(t1, p1, p2)
    t3 = tj(t2, p2, p3)
    tt = t1 + (t2 - t1) * t

    def lerp(a: Point, b: Point, ta: float, tb: float) -> Point:
        w = (tt - ta) / (tb - ta)
        return (a[0] + (b[0] - a[0]) * w, a[1] + (b[1] - a[1]) * w)

    a1 = lerp(p0, p1, t0, t1)
    a2 = lerp(p1, p2, t1, t2)
    a3 = lerp(p2, p3, t2, t3)
    b1 = lerp(a1, a2, t0, t2)
    b2 = lerp(a2, a3, t1, t3)
    return lerp(b1, b2, t1, t2)


def smooth(points: Sequence[Point], samples: int = 10) -> Polygon:
    """A closed smooth shape through the anchor points."""
    poly = Polygon(catmull_rom(points, closed=True, samples=samples))
    return poly if poly.is_valid else poly.buffer(0)


def limb(left: Sequence[Point], right: Sequence[Point], samples: int = 10) -> Polygon:
    """A limb segment from two contours (both listed top to bottom)."""
    return smooth(list(left) + list(reversed(right)), samples)


def band(a: Point, b: Point, width_a: float, width_b: float | None = None) -> Polygon:
    """A quadrilateral band along the segment a->b (used to cut regions)."""
    width_b = width_a if width_b is None else width_b
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / n, dx / n
    return Polygon([
        (a[0] + nx * width_a, a[1] + ny * width_a), (b[0] + nx * width_b, b[1] + ny * width_b),
        (b[0] - nx * width_b, b[1] - ny * width_b), (a[0] - nx * width_a, a[1] - ny * width_a),
    ])


def stroke(points: Sequence[Point], width: float, closed: bool = False) -> Polygon:
    """A smooth strip of the given width along a curve (for strap-like muscles)."""
    line = LineString(catmull_rom(points, closed=closed, samples=10))
    return line.buffer(width / 2, cap_style="round", join_style="round")


def tapered(points: Sequence[Point], widths: Sequence[float], round_ends: bool = True) -> Polygon:
    """A strip along anchors whose width varies per anchor (a fusiform muscle belly)."""
    assert len(points) == len(widths)
    dense = catmull_rom(points, closed=False, samples=10)
    # interpolate widths along the dense curve
    n = len(points) - 1
    w_dense = []
    for i in range(len(dense)):
        u = min(i / 10, n)
        k = min(int(u), n - 1)
        f = u - k
        w_dense.append(widths[k] * (1 - f) + widths[k + 1] * f)
    left, right = [], []
    for i, (x, y) in enumerate(dense):
        x0, y0 = dense[max(i - 1, 0)]
        x1, y1 = dense[min(i + 1, len(dense) - 1)]
        dx, dy = x1 - x0, y1 - y0
        d = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / d, dx / d
        h = w_dense[i] / 2
        left.append((x + nx * h, y + ny * h))
        right.append((x - nx * h, y - ny * h))
    poly = Polygon(left + list(reversed(right)))
    poly = poly if poly.is_valid else poly.buffer(0)
    if round_ends:
        caps = [Point_(dense[0]).buffer(w_dense[0] / 2), Point_(dense[-1]).buffer(w_dense[-1] / 2)]
        poly = unary_union([poly, *caps])
    return poly


def mirror(geom, cx: float = 200.0):
    """Mirror a geometry about the vertical line x = cx."""
    return affinity.scale(geom, xfact=-1, yfact=1, origin=(cx, 0))


def union(geoms: Iterable) -> Polygon | MultiPolygon:
    return unary_union(list(geoms))


def rounded(geom, r: float = 2.5):
    """Round the inner corners where parts meet (close then open)."""
    return geom.buffer(r, join_style="round").buffer(-r, join_style="round")


def largest(geom) -> Polygon:
    if isinstance(geom, Polygon):
        return geom
    polys = [g for g in getattr(geom, "geoms", []) if isinstance(g, Polygon)]
    return max(polys, key=lambda g: g.area)
