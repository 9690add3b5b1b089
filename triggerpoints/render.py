"""One view of the body as a standalone SVG, drawn as the map draws it: for the printed handout (fpdf2 draws
SVG) and the contact sheets of every referral pattern.

It reads the view's drawing from assets/ and writes plain paint attributes (no CSS, no patterns, no
filters), so any SVG reader shows the same picture: the spillover stipple is drawn as dots. The colours
are those of the map (assets/drawing.css; both take them from triggerpoints/style.py).
"""
from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from shapely import contains_xy
from shapely.geometry import MultiPolygon, Polygon

from . import style as S
from .atlas import ASSETS_DIR
from .geometry import SVG_NS, VIEW_FILES, BodyGeometry, polygon_rings

ET.register_namespace("", SVG_NS[1:-1])
STIPPLE_STEP = 4.2            # view units between stipple dots, as in drawing_defs.svg
STIPPLE_DOT = 0.85
MARK_ARM = 4.2
MARK_GAP = 11.0               # two marks of one muscle keep their centres this far apart (view units)

# What each drawn class looks like (the static twin of assets/drawing.css).
PAINT = {
    "silhouette": {"fill": S.SKIN, "stroke": S.SKIN_LINE, "stroke-width": "0.8"},
    "skin": {"fill": "#f1ddcd"},
    "hair": {"fill": S.HAIR, "stroke": "#a8978a", "stroke-width": "0.4"},
    "bone": {"fill": S.BONE, "stroke": "#bfae98", "stroke-width": "0.45"},
    "fascia": {"fill": S.TENDON, "stroke": "#c8af97", "stroke-width": "0.4"},
    "tendon": {"fill": S.TENDON, "stroke": "#c8af97", "stroke-width": "0.4"},
    "nail": {"fill": "#f7ece4", "stroke": "#bca594", "stroke-width": "0.35"},
    "shadow": {"fill": "#46140a", "fill-opacity": "0.15"},
    "detail": {"fill": "none", "stroke": S.SKIN_LINE, "stroke-width": "0.55", "stroke-linecap": "round"},
    "shape": {"fill": S.MUSCLE_FILL, "stroke": S.MUSCLE_LINE, "stroke-width": "0.45"},
    "shape-deep": {"fill": "none", "stroke": "#78423a", "stroke-opacity": "0.5", "stroke-width": "0.5",
                   "stroke-dasharray": "2 1.6"},
    "fibers": {"fill": "none", "stroke": S.MUSCLE_FIBER, "stroke-width": "0.28", "stroke-opacity": "0.7"},
    "veil": {"fill": "#ffffff", "fill-opacity": "0.4"},
    "chosen": {"fill": S.CHOSEN_FILL, "fill-opacity": "0.5", "stroke": S.CHOSEN_LINE, "stroke-width": "1.5",
               "stroke-linejoin": "round"},
    "essential": {"fill": S.ESSENTIAL, "fill-opacity": "0.84", "stroke": "#a10b24", "stroke-width": "0.5"},
    "spillover": {"fill": S.SPILLOVER, "fill-opacity": "0.2", "stroke": S.SPILLOVER, "stroke-opacity": "0.55",
                  "stroke-width": "0.6", "stroke-dasharray": "1.4 1.4"},
    "stipple": {"fill": S.SPILLOVER},
    "marked": {"fill": S.REGION_CHOSEN, "fill-opacity": "0.35", "stroke": S.REGION_CHOSEN, "stroke-width": "1.2"},
    "mark-halo": {"fill": "none", "stroke": "#ffffff", "stroke-width": "4.2", "stroke-linecap": "round"},
    "mark-x": {"fill": "none", "stroke": S.TRIGGER_POINT, "stroke-width": "1.9", "stroke-linecap": "round"},
    "leader": {"fill": "none", "stroke": S.TRIGGER_POINT, "stroke-width": "0.6"},
}


@dataclass(frozen=True)
class Picture:
    """What to draw over one view."""

    view: str
    owner: str | None = None                 # the muscle whose pattern is drawn
    tps: tuple[str, ...] | None = None       # its trigger points to draw (None: all of them)
    side: str = "right"                      # the person's side the pattern is drawn on
    marked: frozenset[tuple[str, str]] = field(default=frozenset())   # (region, side) the person marked
    outline: bool = True                     # draw the owner as the chosen muscle
    box: tuple[float, float, float, float] | None = None              # part of the view (x, y, w, h)
    layer: str = "surface"                   # "deep": surface muscles faint, deep ones drawn in full


@lru_cache(maxsize=8)
def _view_tree(path: Path, mtime: float) -> ET.Element:
    return ET.parse(path).getroot()


def _tree(view: str) -> ET.Element:
    path = ASSETS_DIR / VIEW_FILES[view]
    return _view_tree(path, path.stat().st_mtime)


def _el(tag: str, paint: str | None = None, **attrs: str) -> ET.Element:
    node = ET.Element(f"{SVG_NS}{tag}")
    for k, v in (PAINT.get(paint, {}) if paint else {}).items():
        node.set(k, v)
    for k, v in attrs.items():
        node.set(k.replace("_", "-"), str(v))
    return node


def _path(d: str, paint: str, **attrs: str) -> ET.Element:
    return _el("path", paint, d=d, **attrs)


def _num(v: float) -> str:
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def _poly_d(geom) -> str:
    return " ".join("M" + " L".join(f"{_num(x)},{_num(y)}" for x, y in ring) + " Z" for ring in polygon_rings(geom))


def stipple_d(geom: Polygon | MultiPolygon, step: float = STIPPLE_STEP, r: float = STIPPLE_DOT) -> str:
    """Dots on a staggered grid inside a zone, as one path of small circles (the manual's stipple)."""
    minx, miny, maxx, maxy = geom.bounds
    xs, ys = [], []
    row = 0
    y = miny + step / 4
    while y <= maxy:
        x = minx + (step / 2 if row % 2 else 0) + step / 4
        while x <= maxx:
            xs.append(x)
            ys.append(y)
            x += step
        y += step / 2
        row += 1
    if not xs:
        return ""
    inside = contains_xy(geom.buffer(-r), xs, ys)
    return " ".join(f"M{_num(x - r)},{_num(y)} a{_num(r)},{_num(r)} 0 1,0 {_num(2 * r)},0 a{_num(r)},{_num(r)} 0 1,0 {_num(-2 * r)},0"
                    for x, y, ok in zip(xs, ys, inside) if ok)


def spread(points: list[tuple[float, float]], gap: float = MARK_GAP) -> list[tuple[float, float]]:
    """Shown positions of one muscle's marks: each pair at least `gap` apart, moved as little as possible."""
    shown = [list(p) for p in points]
    for _ in range(80):
        moved = False
        for i in range(len(shown)):
            for j in range(i + 1, len(shown)):
                dx, dy = shown[j][0] - shown[i][0], shown[j][1] - shown[i][1]
                d = math.hypot(dx, dy)
                if d >= gap:
                    continue
                if d < 1e-6:
                    dx, dy, d = 0.0, 1.0, 1.0
                push = (gap - d) / 2 + 0.01
                shown[i][0] -= dx / d * push
                shown[i][1] -= dy / d * push
                shown[j][0] += dx / d * push
                shown[j][1] += dy / d * push
                moved = True
        if not moved:
            break
    return [(x, y) for x, y in shown]


def _mirror_attr(width: float) -> str:
    return f"translate({_num(width)} 0) scale(-1 1)"


class _Group:
    """An SVG group that leaves out empty paths (a reader such as fpdf2 refuses a path with no data)."""

    def __init__(self, node: ET.Element):
        self.node = node

    def append(self, child: ET.Element) -> None:
        if child.tag.endswith("path") and not child.get("d", "").strip():
            return
        self.node.append(child)


def render(geometry: BodyGeometry, pic: Picture, *, width_px: float | None = None, title: str = "") -> str:
    """The view with the picture drawn on it, as an SVG document (text). `geometry` is atlas.geometry."""
    src = _tree(pic.view)
    geo = geometry.views[pic.view]
    w, h = geo.width, geo.height
    profile = pic.view in ("head", "lateral")
    box = pic.box or (0, 0, w, h)
    root = _el("svg", viewBox=" ".join(_num(v) for v in box))
    if width_px:
        root.set("width", _num(width_px))
        root.set("height", _num(width_px * box[3] / box[2]))
    if title:
        t = ET.SubElement(root, f"{SVG_NS}title")
        t.text = title
    # A profile view shows one side; its other side is its mirror image.
    content_node = ET.SubElement(root, f"{SVG_NS}g")
    if profile and pic.side == "left":
        content_node.set("transform", _mirror_attr(w))
    content = _Group(content_node)

    def layer(layer_id: str) -> ET.Element | None:
        return next((g for g in src.iter(f"{SVG_NS}g") if g.get("id") == layer_id), None)

    body = layer("body")
    for p in body.iter(f"{SVG_NS}path") if body is not None else ():
        cls = p.get("class", "silhouette").split()
        if "deep-only" in cls and pic.layer != "deep":
            continue                              # bones drawn only on the deep layer (the lumbar spine)
        content.append(_path(p.get("d", ""), cls[0]))
    for group_id, deep in (("muscles-deep", True), ("shadows", False), ("muscles-surface", False)):
        g = layer(group_id)
        if g is None:
            continue
        for p in g.iter(f"{SVG_NS}path"):
            cls = p.get("class", "")
            shown = deep == (pic.layer == "deep")          # the layer drawn in full
            if cls == "shadow" and pic.layer != "deep":
                content.append(_path(p.get("d", ""), "shadow"))
            elif cls == "shape":
                node = _path(p.get("d", ""), "shape" if shown else ("shape-deep" if deep else "shape"))
                if not shown and not deep:        # the deep layer: surface muscles as faint outlines
                    node.set("fill-opacity", "0.14")
                    node.set("stroke-opacity", "0.35")
                content.append(node)
            elif cls in ("tendon", "fibers") and shown:
                content.append(_path(p.get("d", ""), cls))
    details = layer("details")
    for p in details.iter(f"{SVG_NS}path") if details is not None else ():
        content.append(_path(p.get("d", ""), "nail" if "nail" in p.get("class", "") else "detail"))
    insets = layer("insets")
    if insets is not None:
        for node in insets:
            copy = _el(node.tag.split("}")[1], **{k: v for k, v in node.attrib.items() if k != "class"})
            if node.tag.endswith("rect"):
                for k, v in {"fill": "none", "stroke": "#9aa5b1", "stroke-width": "0.8"}.items():
                    copy.set(k, v)
            else:
                sub = "inset-caption-sub" in node.get("class", "")
                copy.text = node.text
                copy.set("font-size", "8.5" if sub else "10.5")
                copy.set("fill", "#5a5f66" if sub else "#3d3d3d")
                copy.set("font-family", "DejaVu Sans, sans-serif")
            content.append(copy)

    if pic.marked:
        for region in geo.regions:
            if (region.id, region.side) in pic.marked:
                content.append(_path(_poly_d(region.polygon), "marked"))
    if pic.owner:
        content.append(_el("rect", "veil", x=0, y=0, width=_num(w), height=_num(h)))
        pattern_node = ET.SubElement(content_node, f"{SVG_NS}g")
        if not profile and pic.side == "left":
            pattern_node.set("transform", _mirror_attr(w))
        pattern = _Group(pattern_node)
        if pic.outline:
            for s in geo.muscles:
                if s.id == pic.owner and s.side in ("right", "midline"):
                    pattern.append(_path(_poly_d(s.polygon), "chosen"))
        wanted = set(pic.tps) if pic.tps is not None else None
        for kind in ("spillover", "essential"):
            for z in geo.zones:
                if z.owner != pic.owner or z.zone != kind or (wanted is not None and z.tp not in wanted):
                    continue
                pattern.append(_path(_poly_d(z.polygon), kind))
                if kind == "spillover":
                    dots = stipple_d(z.polygon)
                    if dots:
                        pattern.append(_path(dots, "stipple"))
        marks = [m for m in geo.marks if m.owner == pic.owner]
        a = MARK_ARM
        for m, (x, y) in zip(marks, spread([(m.x, m.y) for m in marks])):
            if math.hypot(x - m.x, y - m.y) > 0.5:
                pattern.append(_path(f"M{_num(m.x)},{_num(m.y)} L{_num(x)},{_num(y)}", "leader"))
            d = (f"M{_num(x - a)},{_num(y - a)} L{_num(x + a)},{_num(y + a)} "
                 f"M{_num(x - a)},{_num(y + a)} L{_num(x + a)},{_num(y - a)}")
            dim = wanted is not None and m.tp not in wanted
            for paint in ("mark-halo", "mark-x"):
                node = _path(d, paint)
                if dim:
                    node.set("stroke-opacity", "0.35")
                pattern.append(node)
    return ET.tostring(root, encoding="unicode")


def views_of(geometry: BodyGeometry, muscle_id: str, tp_ids: tuple[str, ...] | None = None) -> list[str]:
    """The views a muscle's pattern (or some of its trigger points') shows on: zones or marks, in view order."""
    wanted = set(tp_ids) if tp_ids is not None else None
    out = []
    for name, geo in geometry.views.items():
        if any(z.owner == muscle_id and (wanted is None or z.tp in wanted) for z in geo.zones) or \
                any(m.owner == muscle_id and (wanted is None or m.tp in wanted) for m in geo.marks):
            out.append(name)
    return out
