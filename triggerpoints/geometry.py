"""Body geometry read from the SVG drawings in `assets/`.

Each view is one SVG file. Inside it, `<path class="region" data-region=ID data-side=S>`
elements are body regions, `<g class="muscle" data-muscle=ID data-side=S data-depth=D>`
groups are muscles (a `path.shape` outline plus optional `path.fibers`), `<path class="zone"
data-tp=ID data-zone=Z data-owner=MUSCLE>` are referral zones and `<g class="mark"
data-tp=ID data-x data-y>` trigger point marks (both on the person's right side).
Paths may use any SVG path commands; curves are flattened here.
"""
from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from shapely.geometry import MultiPolygon, Point, Polygon
from shapely.ops import unary_union
from shapely.prepared import prep
from svgelements import Close, Line, Move, Path as SvgPath

SVG_NS = "{http://www.w3.org/2000/svg}"
VIEW_FILES = {"front": "body_front.svg", "back": "body_back.svg", "head": "head_side.svg", "lateral": "body_side.svg"}
VIEW_TITLES = {"front": "Front", "back": "Back", "head": "Head and neck", "lateral": "Side"}
CURVE_SAMPLES = 8

Polyline = tuple[tuple[float, float], ...]


class GeometryError(ValueError):
    """The drawings cannot be read; the message names the file and element."""


@dataclass(frozen=True)
class Shape:
    """One drawn shape: a region or a muscle on one side of one view."""

    kind: str          # "region" or "muscle"
    id: str            # region id or muscle id
    view: str
    side: str          # "right", "left" or "midline" (the person's side)
    polygon: Polygon | MultiPolygon
    depth: str = "superficial"
    inset: str = ""    # e.g. "sole" for the sole insets on the back view
    fibers: tuple[Polyline, ...] = field(default=(), compare=False, repr=False)  # drawn muscle fibres

    @cached_property
    def _prepared(self):
        return prep(self.polygon)

    def contains(self, x: float, y: float) -> bool:
        return self._prepared.contains(Point(x, y))


@dataclass(frozen=True)
class Zone:
    """One trigger point's essential or spillover zone on one view (person's right side)."""

    tp: str
    owner: str         # the muscle id
    zone: str          # "essential" or "spillover"
    view: str
    polygon: Polygon | MultiPolygon
    crosses_midline: bool = False
    drawn: bool = True         # False: not drawn yet, the union of the listed regions stands in


@dataclass(frozen=True)
class Mark:
    """Where a trigger point is drawn on one view (person's right side)."""

    tp: str
    owner: str
    view: str
    x: float
    y: float
    primary: bool = False      # the trigger point's own view (where it is palpated)


@dataclass(frozen=True)
class ViewGeometry:
    name: str
    width: float
    height: float
    person_right: str              # "left" or "right": where the person's right side is drawn
    silhouette: Polygon | MultiPolygon
    outlines: tuple[Polyline, ...]
    regions: tuple[Shape, ...]
    muscles: tuple[Shape, ...]
    details: tuple[Polyline, ...] = ()
    zones: tuple[Zone, ...] = ()
    marks: tuple[Mark, ...] = ()

    @property
    def title(self) -> str:
        return VIEW_TITLES[self.name]

    def region_at(self, x: float, y: float) -> Shape | None:
        for shape in self.regions:
            if shape.contains(x, y):
                return shape
        return None


@dataclass(frozen=True)
class BodyGeometry:
    views: dict[str, ViewGeometry]

    @cached_property
    def region_ids(self) -> frozenset[str]:
        return frozenset(s.id for v in self.views.values() for s in v.regions)

    @cached_property
    def muscle_ids(self) -> frozenset[str]:
        return frozenset(s.id for v in self.views.values() for s in v.muscles)

    def region_views(self, region_id: str) -> list[str]:
        return [v.name for v in self.views.values() if any(s.id == region_id for s in v.regions)]

    def muscle_views(self, muscle_id: str) -> list[str]:
        return [v.name for v in self.views.values() if any(s.id == muscle_id for s in v.muscles)]

    def muscle_shapes(self, muscle_id: str, view: str | None = None) -> list[Shape]:
        views = [self.views[view]] if view else self.views.values()
        return [s for v in views for s in v.muscles if s.id == muscle_id]

    def region_shapes(self, region_id: str, view: str | None = None) -> list[Shape]:
        views = [self.views[view]] if view else self.views.values()
        return [s for v in views for s in v.regions if s.id == region_id]

    def zones_of(self, tp_id: str) -> list[Zone]:
        return [z for v in self.views.values() for z in v.zones if z.tp == tp_id]

    def marks_of(self, tp_id: str) -> list[Mark]:
        return [m for v in self.views.values() for m in v.marks if m.tp == tp_id]

    def primary_mark(self, tp_id: str) -> Mark:
        """Where the trigger point itself is drawn: its own view's mark (the first one, if none is marked so)."""
        marks = self.marks_of(tp_id)
        return next((m for m in marks if m.primary), marks[0])


def _flatten(d: str) -> list[list[tuple[float, float]]]:
    """Subpaths of an SVG path as lists of points (curves sampled)."""
    rings: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    for seg in SvgPath(d):
        if isinstance(seg, Move):
            if len(current) > 1:
                rings.append(current)
            current = [(float(seg.end.x), float(seg.end.y))]
        elif isinstance(seg, (Line, Close)):
            if seg.end is not None:
                current.append((float(seg.end.x), float(seg.end.y)))
        else:
            for i in range(1, CURVE_SAMPLES + 1):
                p = seg.point(i / CURVE_SAMPLES)
                current.append((float(p.x), float(p.y)))
    if len(current) > 1:
        rings.append(current)
    return rings


def _polygon(d: str, where: str) -> Polygon | MultiPolygon:
    rings = [r for r in _flatten(d) if len(r) >= 3]
    if not rings:
        raise GeometryError(f"{where}: the path has no closed shape")
    # Even-odd: outer rings, with rings inside them as holes.
    polys = [Polygon(r).buffer(0) for r in rings]
    polys.sort(key=lambda p: -p.area)
    result = None
    for p in polys:
        if result is not None and result.contains(p.representative_point()):
            result = result.difference(p)
        else:
            result = p if result is None else result.union(p)
    return result


def _polylines(d: str) -> tuple[Polyline, ...]:
    return tuple(tuple((round(x, 1), round(y, 1)) for x, y in ring) for ring in _flatten(d))


def load_view(path: Path, name: str) -> ViewGeometry:
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise GeometryError(f"{path.name}: cannot read the drawing ({exc})") from exc
    vb = [float(v) for v in root.get("viewBox", "0 0 400 1000").split()]
    person_right = root.get("data-person-right", "left")
    silhouette_parts, outlines, regions, muscles, details, zones, marks = [], [], [], [], [], [], []
    for el in root.iter(f"{SVG_NS}path"):
        cls = el.get("class", "")
        d = el.get("d", "")
        where = f"{path.name}, path id={el.get('id', '?')}"
        if cls == "silhouette":
            silhouette_parts.append(_polygon(d, where))
        elif cls == "outline":
            outlines.extend(_polylines(d))
        elif cls == "region":
            rid, side = el.get("data-region"), el.get("data-side", "right")
            if not rid:
                raise GeometryError(f"{where}: region without data-region")
            regions.append(Shape("region", rid, name, side, _polygon(d, where), inset=el.get("data-inset", "")))
        elif cls == "detail":
            details.extend(_polylines(d))
        elif cls == "zone":
            tp, zone = el.get("data-tp"), el.get("data-zone")
            if not tp or zone not in ("essential", "spillover"):
                raise GeometryError(f"{where}: a zone needs data-tp and data-zone='essential' or 'spillover'")
            zones.append(Zone(tp, el.get("data-owner", ""), zone, name, _polygon(d, where),
                              el.get("data-crosses-midline") == "true", el.get("data-drawn") != "regions"))
    for g in root.iter(f"{SVG_NS}g"):
        if g.get("class") == "mark":
            try:
                marks.append(Mark(g.get("data-tp", ""), g.get("data-owner", ""), name, float(g.get("data-x", "")),
                                  float(g.get("data-y", "")), g.get("data-primary") == "true"))
            except ValueError as exc:
                raise GeometryError(f"{path.name}, mark id={g.get('id', '?')}: data-x and data-y must be numbers") from exc
            continue
        if g.get("class") != "muscle":
            continue
        mid, side = g.get("data-muscle"), g.get("data-side", "right")
        where = f"{path.name}, muscle group id={g.get('id', '?')}"
        if not mid:
            raise GeometryError(f"{where}: muscle without data-muscle")
        outline = next((el for el in g.iter(f"{SVG_NS}path") if el.get("class") == "shape"), None)
        if outline is None:
            raise GeometryError(f"{where}: muscle group without a path of class 'shape'")
        lines = tuple(line for el in g.iter(f"{SVG_NS}path") if el.get("class") == "fibers"
                      for line in _polylines(el.get("d", "")))
        muscles.append(Shape("muscle", mid, name, side, _polygon(outline.get("d", ""), where),
                             depth=g.get("data-depth", "superficial"), fibers=lines))
    if not silhouette_parts:
        raise GeometryError(f"{path.name}: no path with class 'silhouette'")
    return ViewGeometry(
        name=name, width=vb[2], height=vb[3], person_right=person_right,
        silhouette=unary_union(silhouette_parts), outlines=tuple(outlines), regions=tuple(regions),
        muscles=tuple(muscles), details=tuple(details), zones=tuple(zones), marks=tuple(marks),
    )


def load_geometry(assets_dir: Path) -> BodyGeometry:
    """Read all views from `assets_dir` (the side view of the whole body only where it is drawn).

    Reading the drawings (flattening every curve) takes seconds, so the result is kept for as long as the
    files are unchanged: the key is each file's path, size and modification time, so an edited or replaced
    drawing is read again. The geometry is immutable, so one copy can serve every caller."""
    d = Path(assets_dir).resolve()
    key = []
    for name, f in VIEW_FILES.items():
        path = d / f
        try:
            st = path.stat()
        except OSError:
            key.append((name, None))            # missing: load_view says so (or the side view is left out)
        else:
            key.append((name, (st.st_size, st.st_mtime_ns)))
    return _load_geometry(str(d), tuple(key))


@lru_cache(maxsize=8)
def _load_geometry(assets_dir: str, _key: tuple) -> BodyGeometry:
    d = Path(assets_dir)
    return BodyGeometry({name: load_view(d / f, name) for name, f in VIEW_FILES.items()
                         if name != "lateral" or (d / f).exists()})


def distance_to_shape(shape: Shape, x: float, y: float) -> float:
    return 0.0 if shape.contains(x, y) else shape.polygon.distance(Point(x, y))


def polygon_rings(geom) -> list[list[tuple[float, float]]]:
    """Exterior and hole rings of a (multi)polygon, for drawing."""
    polys = [geom] if isinstance(geom, Polygon) else list(getattr(geom, "geoms", []))
    rings = []
    for p in polys:
        if not isinstance(p, Polygon) or p.is_empty:
            continue
        rings.append(list(p.exterior.coords))
        rings.extend(list(i.coords) for i in p.interiors)
    return rings


def isclose(a: float, b: float) -> bool:
    return math.isclose(a, b, abs_tol=1e-6)


def mirrored(view: ViewGeometry) -> ViewGeometry:
    """The view seen as its mirror image (used to show the left side of the head)."""
    from shapely import affinity

    def flip_geom(g):
        return affinity.scale(g, xfact=-1, yfact=1, origin=(view.width / 2, 0))

    def flip_side(side: str) -> str:
        return {"right": "left", "left": "right"}.get(side, side)

    def flip_lines(lines):
        return tuple(tuple((round(view.width - x, 1), y) for x, y in line) for line in lines)

    def flip_shape(s: Shape) -> Shape:
        return Shape(s.kind, s.id, s.view, flip_side(s.side), flip_geom(s.polygon), s.depth, s.inset,
                     flip_lines(s.fibers))

    return ViewGeometry(
        name=view.name, width=view.width, height=view.height,
        person_right="left" if view.person_right == "right" else "right",
        silhouette=flip_geom(view.silhouette), outlines=flip_lines(view.outlines),
        regions=tuple(flip_shape(s) for s in view.regions), muscles=tuple(flip_shape(s) for s in view.muscles),
        details=flip_lines(view.details),
    )


def region_neighbours(geometry: BodyGeometry) -> dict[str, set[str]]:
    """Regions that touch each other on some view (for 'try a nearby place' suggestions)."""
    out: dict[str, set[str]] = {}
    for view in geometry.views.values():
        shapes = list(view.regions)
        for i, a in enumerate(shapes):
            grown = a.polygon.buffer(1.5)
            for b in shapes[i + 1:]:
                if a.id != b.id and grown.intersects(b.polygon):
                    out.setdefault(a.id, set()).add(b.id)
                    out.setdefault(b.id, set()).add(a.id)
    return out
