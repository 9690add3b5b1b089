"""Plotly figures of the body map and the pain drawing.

The static part of each view (silhouette, muscles, fibres, click targets) is built once by
`base_figure`/`pain_base_figure`; the per-click part (`muscle_overlay`, `pain_overlay`)
only adds a few small traces. Clicks come back from Streamlit as selected points of
invisible marker traces; `hit_ids` in the figure's `layout.meta` maps each trace number
to what it selects.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import numpy as np
import plotly.graph_objects as go
from shapely.geometry import Polygon
from shapely.ops import unary_union

from . import style as S
from .atlas import Muscle
from .geometry import Polyline, Shape, ViewGeometry, polygon_rings

LAYERS = ("surface", "deep")


# --- coordinates ------------------------------------------------------------------------

def _rings_xy(geoms: Iterable) -> tuple[list, list]:
    """x and y lists of many rings, separated by None (one trace draws them all)."""
    xs: list = []
    ys: list = []
    for geom in geoms:
        # Whole units are under a pixel at the sizes the map is shown; they keep the JSON small.
        for ring in polygon_rings(geom.simplify(S.OUTLINE_TOLERANCE)):
            xs.extend(round(x) for x, _ in ring)
            ys.extend(round(y) for _, y in ring)
            xs.append(None)
            ys.append(None)
    return xs, ys


def _lines_xy(lines: Iterable[Polyline]) -> tuple[list, list]:
    xs: list = []
    ys: list = []
    for line in lines:
        xs.extend(round(x) for x, _ in line)
        ys.extend(round(y) for _, y in line)
        xs.append(None)
        ys.append(None)
    return xs, ys


def _fill(geoms: Iterable, fill: str, line: str, width: float, *, opacity: float = 1.0, dash: str | None = None,
          name: str = "", pattern: dict | None = None) -> go.Scatter:
    xs, ys = _rings_xy(geoms)
    return go.Scatter(
        x=xs, y=ys, mode="lines", fill="toself" if fill != "none" else None, fillcolor=None if fill == "none" else fill,
        line=dict(color=line, width=width, dash=dash), opacity=opacity, hoverinfo="skip", showlegend=False,
        name=name, fillpattern=pattern,
    )


def _lines(lines: Iterable[Polyline], color: str, width: float, *, opacity: float = 1.0, name: str = "") -> go.Scatter:
    xs, ys = _lines_xy(lines)
    return go.Scatter(x=xs, y=ys, mode="lines", line=dict(color=color, width=width), opacity=opacity,
                      hoverinfo="skip", showlegend=False, name=name)


# --- click targets ----------------------------------------------------------------------

def grid_points(shape: Shape, step: float) -> np.ndarray:
    """Points of a square grid that fall inside a shape."""
    minx, miny, maxx, maxy = shape.polygon.bounds
    xs = np.arange(math.floor(minx / step) * step + step / 2, maxx, step)
    ys = np.arange(math.floor(miny / step) * step + step / 2, maxy, step)
    if len(xs) == 0 or len(ys) == 0:
        return np.empty((0, 2))
    gx, gy = np.meshgrid(xs, ys)
    pts = np.column_stack([gx.ravel(), gy.ravel()])
    from shapely import contains_xy
    inside = contains_xy(shape.polygon, pts[:, 0], pts[:, 1])
    pts = pts[inside]
    if len(pts) == 0:  # a very thin shape: use its representative point
        p = shape.polygon.representative_point()
        pts = np.array([[p.x, p.y]])
    return pts


def assign_targets(shapes: Sequence[Shape]) -> list[tuple[Shape, np.ndarray]]:
    """Grid points for each shape; where shapes overlap, the earlier shape owns the point."""
    from shapely import contains_xy
    out = []
    for i, shape in enumerate(shapes):
        step = S.HIT_STEP_SMALL if shape.polygon.area < S.SMALL_SHAPE_AREA else S.HIT_STEP
        pts = grid_points(shape, step)
        keep = np.ones(len(pts), dtype=bool)
        for earlier in shapes[:i]:
            if not keep.any():
                break
            if earlier.polygon.bounds[0] > shape.polygon.bounds[2] or earlier.polygon.bounds[2] < shape.polygon.bounds[0]:
                continue
            keep &= ~contains_xy(earlier.polygon, pts[:, 0], pts[:, 1])
        if keep.any():
            out.append((shape, pts[keep]))
        else:  # covered by smaller shapes nested inside it: it is clickable on its own outline
            edge = _outline_points(shape, step)
            free = np.ones(len(edge), dtype=bool)
            for earlier in shapes[:i]:
                free &= ~contains_xy(earlier.polygon, edge[:, 0], edge[:, 1])
            if free.any():
                out.append((shape, edge[free]))
    return out


def _outline_points(shape: Shape, step: float) -> np.ndarray:
    ring = shape.polygon.exterior if isinstance(shape.polygon, Polygon) else max(
        shape.polygon.geoms, key=lambda g: g.area).exterior
    n = max(int(ring.length / step), 4)
    return np.array([(p.x, p.y) for p in (ring.interpolate(i / n, normalized=True) for i in range(n))])


def background_points(view: ViewGeometry, shapes: Sequence[Shape], step: float) -> np.ndarray:
    """A sparse grid over the parts of the view that no shape covers (clicks there mean 'nothing')."""
    from shapely import contains_xy
    xs = np.arange(step / 2, view.width, step)
    ys = np.arange(step / 2, view.height, step)
    gx, gy = np.meshgrid(xs, ys)
    pts = np.column_stack([gx.ravel(), gy.ravel()])
    keep = np.ones(len(pts), dtype=bool)
    for shape in shapes:
        keep &= ~contains_xy(shape.polygon.buffer(step / 3), pts[:, 0], pts[:, 1])
    return pts[keep]


# Properties every trace shares, stated once in the figure's template instead of per trace.
# Click targets only add x, y and a name; other traces override what they need.
TEMPLATE = go.layout.Template(data={"scatter": [go.Scatter(
    marker=dict(size=7, color="rgba(0,0,0,0)", opacity=0),
    selected=dict(marker=dict(opacity=0)), unselected=dict(marker=dict(opacity=0)),
    hovertemplate="%{fullData.name}<extra></extra>", showlegend=False,
)]})


def _hit_trace(name: str, pts: np.ndarray) -> go.Scatter:
    return go.Scatter(x=np.round(pts[:, 0]).astype(np.int16), y=np.round(pts[:, 1]).astype(np.int16),
                      mode="markers", name=name)


def hit_order(view: ViewGeometry, layer: str) -> list[Shape]:
    """Muscle shapes in click priority: the active layer first, small shapes before large."""
    top = "deep" if layer == "deep" else "superficial"
    return sorted(view.muscles, key=lambda s: (s.depth != top, s.polygon.area))


# --- layout -------------------------------------------------------------------------------

def _side_labels(view: ViewGeometry) -> list[dict]:
    """'Right' and 'Left' in the corners, as the person's own sides (paper coordinates, so they stay put
    when the view is zoomed)."""
    font = dict(size=13, color=S.LABEL_COLOR)
    if view.name == "head":
        side = "right" if view.person_right == "right" else "left"
        return [dict(x=0.01, y=0.99, xref="paper", yref="paper", text=f"<b>Person's<br>{side} side</b>",
                     showarrow=False, align="left", font=font, xanchor="left", yanchor="top")]
    right_x, left_x = (0.02, 0.98) if view.person_right == "left" else (0.98, 0.02)
    return [dict(x=x, y=0.995, xref="paper", yref="paper", text=f"<b>{text}</b>", showarrow=False, font=font,
                 xanchor="left" if x < 0.5 else "right", yanchor="top")
            for x, text in ((right_x, "Right"), (left_x, "Left"))]


def _layout(view: ViewGeometry, hit_ids: list, height: int) -> go.Layout:
    annotations = _side_labels(view)
    if view.name == "back" and any(s.inset == "sole" for s in view.regions):
        annotations.append(dict(x=view.width / 2, y=view.height - 2, text="Soles of the feet (seen from below)",
                                showarrow=False, font=dict(size=11, color=S.LABEL_COLOR), yanchor="bottom",
                                name="soles"))
    return go.Layout(
        xaxis=dict(range=[0, view.width], visible=False, fixedrange=True, constrain="domain"),
        yaxis=dict(range=[view.height, 0], visible=False, fixedrange=True, scaleanchor="x", scaleratio=1,
                   constrain="domain", constraintoward="top"),
        margin=dict(l=0, r=0, t=0, b=0), height=height, showlegend=False, dragmode=False,
        hovermode="closest", hoverdistance=S.HOVER_DISTANCE_PX, clickmode="event+select",
        plot_bgcolor="rgba(0,0,0,0)", paper_bgcolor="rgba(0,0,0,0)", font=dict(family=S.FONT),
        hoverlabel=dict(bgcolor="white", font=dict(size=14, color="#1a1a1a"), bordercolor="#999"),
        annotations=annotations, meta={"view": view.name, "hit_ids": hit_ids}, template=TEMPLATE,
    )


# Parts of the body to zoom to, on the person's right side, as (x0, y0, x1, y1) in view units.
FOCUS_FRONT = {
    "head_neck": (115, 8, 285, 205),
    "shoulder_arm": (40, 150, 215, 420),
    "forearm_hand": (18, 350, 132, 640),
    "trunk": (95, 150, 305, 525),
    "hip_thigh": (88, 420, 218, 765),
    "leg_foot": (108, 690, 218, 1000),
}
FOCUS_LABELS = {"whole": "Whole body", "head_neck": "Head and neck", "shoulder_arm": "Shoulder and arm",
                "forearm_hand": "Forearm and hand", "trunk": "Trunk", "hip_thigh": "Hip and thigh",
                "leg_foot": "Leg and foot"}


def focus_box(view: ViewGeometry, focus: str) -> tuple[float, float, float, float] | None:
    """The box to zoom to on a view (None: the whole view). The back view mirrors the front, and its
    leg box also takes in the sole of the right foot."""
    if focus not in FOCUS_FRONT or view.name == "head":
        return None
    x0, y0, x1, y1 = FOCUS_FRONT[focus]
    if view.name == "back":
        x0, x1 = view.width - x1, view.width - x0
        if focus == "leg_foot":
            x1 = view.width - 30
    return x0, y0, x1, y1


def with_focus(spec: dict, view: ViewGeometry, focus: str) -> dict:
    """Zoom a figure to part of the body: new axis ranges, and a click-snapping distance that grows
    with the zoom so the click targets (spaced in view units) stay within reach."""
    box = focus_box(view, focus)
    if box is None:
        return spec
    x0, y0, x1, y1 = box
    zoom = min(view.width / (x1 - x0), view.height / (y1 - y0))
    layout = dict(spec["layout"])
    layout["xaxis"] = {**layout["xaxis"], "range": [x0, x1]}
    layout["yaxis"] = {**layout["yaxis"], "range": [y1, y0]}
    layout["hoverdistance"] = round(S.HOVER_DISTANCE_PX * max(1.0, zoom * 0.8))
    layout["annotations"] = [a for a in layout.get("annotations", ()) if a.get("name") != "soles"
                             or focus == "leg_foot"]
    return {"data": spec["data"], "layout": layout}


def view_height(view: ViewGeometry) -> int:
    """Pixel height of a view's chart; the drawing keeps its proportions and sits at the top."""
    return 600 if view.name != "head" else 300


# --- body map -----------------------------------------------------------------------------

def base_figure(view: ViewGeometry, muscle_names: dict[str, str], layer: str = "surface") -> go.Figure:
    """The static body map of one view: skin, muscles, fibres and click targets."""
    targets = assign_targets(hit_order(view, layer))
    traces: list[go.Scatter] = []
    hit_ids: list = []
    by_muscle: dict[str, list[np.ndarray]] = {}
    for shape, pts in targets:
        by_muscle.setdefault(shape.id, []).append(pts)
    for mid, chunks in sorted(by_muscle.items()):
        name = muscle_names.get(mid, mid)
        traces.append(_hit_trace(name, np.vstack(chunks)))
        hit_ids.append(mid)
    # Clicks on skin or background hit these and clear the choice (no hover label).
    empty = _hit_trace("empty", background_points(view, [s for s, _ in targets], S.BACKGROUND_STEP))
    empty.hoverinfo = "none"
    empty.hovertemplate = ""
    traces.append(empty)
    hit_ids.append(None)
    deep_on_top = layer == "deep"
    superficial = [s.polygon for s in view.muscles if s.depth == "superficial"]
    deep = [s.polygon for s in view.muscles if s.depth == "deep"]
    fibers_sup = [line for s in view.muscles if s.depth == "superficial" for line in s.fibers]
    fibers_deep = [line for s in view.muscles if s.depth == "deep" for line in s.fibers]
    traces.append(_fill([view.silhouette], S.SKIN, S.SKIN_LINE, 1.2, name="skin"))
    traces.append(_lines(view.outlines, S.SKIN_LINE, 1.0, name="outlines"))
    if deep_on_top:
        traces.append(_fill(superficial, "none", S.MUSCLE_LINE, 0.8, dash="dot", opacity=0.6, name="muscles"))
        traces.append(_fill(deep, S.MUSCLE_FILL, S.MUSCLE_LINE, 1.0, name="deep muscles"))
        traces.append(_lines(fibers_deep, S.MUSCLE_FIBER, 0.6, name="fibres"))
    else:
        traces.append(_fill(superficial, S.MUSCLE_FILL, S.MUSCLE_LINE, 1.0, name="muscles"))
        traces.append(_lines(fibers_sup, S.MUSCLE_FIBER, 0.6, name="fibres"))
        traces.append(_fill(deep, "none", S.DEEP_LINE, 0.9, dash="dash", name="deep muscles"))
    traces.append(_lines(view.details, S.DETAIL_LINE, 0.9, name="details"))
    return go.Figure(data=traces, layout=_layout(view, hit_ids, view_height(view)))


@dataclass(frozen=True)
class Highlight:
    """What to draw over the body map for the chosen muscle (or trigger point)."""

    muscle_id: str | None = None
    essential: tuple[str, ...] = ()
    spillover: tuple[str, ...] = ()
    trigger_points: tuple[tuple[str, str, float, float, str], ...] = ()  # (id, view, x, y, hover text)
    active_tp: str | None = None
    sides: tuple[str, ...] = ("right",)   # which side the pattern is shown on

    @classmethod
    def of(cls, muscle: Muscle, tp_id: str | None = None, sides: Iterable[str] = ("right",)) -> Highlight:
        """A muscle's pattern: all its trigger points, or one of them (`tp_id`). Every X is marked;
        a region in any shown essential zone is not repeated as spillover."""
        active = muscle.trigger_point(tp_id) if tp_id else None
        shown = [active] if active else list(muscle.trigger_points)
        essential = tuple(dict.fromkeys(r for tp in shown for r in tp.essential))
        spillover = tuple(dict.fromkeys(r for tp in shown for r in tp.spillover if r not in essential))
        marks = tuple((tp.id, tp.view, tp.x, tp.y, f"{tp.label}: {tp.location}") for tp in muscle.trigger_points)
        return cls(muscle.id, essential, spillover, marks, active.id if active else None, tuple(sorted(sides)))

    def placed_on(self, view: ViewGeometry, mirrored_view: bool = False) -> Highlight:
        """The trigger point marks moved to the person's left side (the data places them on the right)
        when only the left side is shown, or when `view` is the mirrored (left) head view."""
        if mirrored_view or ("left" in self.sides and "right" not in self.sides):
            return replace(self, trigger_points=mirror_tps(self.trigger_points, view))
        return self


def zone_geometry(view: ViewGeometry, region_ids: Iterable[str], sides: Iterable[str]):
    """The union of the zone's regions, its corners softened so it reads as a pain area, not a box."""
    wanted, sides = set(region_ids), set(sides) | {"midline"}
    shapes = [s.polygon for s in view.regions if s.id in wanted and s.side in sides]
    if not shapes:
        return None
    zone = unary_union(shapes)
    soft = zone.buffer(-S.ZONE_ROUNDING, join_style="round").buffer(S.ZONE_ROUNDING, join_style="round")
    return soft if soft.area > 0.85 * zone.area else zone


def _faded(trace: dict) -> dict:
    return {**trace, "opacity": S.FADED_OPACITY} if trace.get("name") in ("muscles", "fibres", "deep muscles") else trace


def _trigger_point_trace(tps: list[tuple], active: str | None) -> dict:
    """X marks; a click on one selects that trigger point (customdata carries its id)."""
    sizes = [18 if tp[0] == active else 13 for tp in tps]
    return go.Scatter(
        x=[tp[2] for tp in tps], y=[tp[3] for tp in tps], mode="markers", name="trigger points",
        marker=dict(symbol="x-thin", size=sizes, color=S.TRIGGER_POINT, line=dict(width=3.2, color=S.TRIGGER_POINT),
                    opacity=1),
        customdata=[tp[0] for tp in tps], hovertext=[tp[4] for tp in tps], hovertemplate="%{hovertext}<extra></extra>",
        selected=dict(marker=dict(opacity=1)), unselected=dict(marker=dict(opacity=1)),
    ).to_plotly_json()


def _zone_traces(view: ViewGeometry, hl: Highlight, essential_opacity: float) -> list[dict]:
    out = []
    spill = zone_geometry(view, hl.spillover, hl.sides)
    if spill is not None:
        out.append(_fill([spill], "rgba(232,112,127,0.28)", S.SPILLOVER, 1.0, name="spillover zone",
                         pattern=dict(shape="/", fgcolor=S.SPILLOVER, size=7, solidity=0.35)).to_plotly_json())
    ess = zone_geometry(view, hl.essential, hl.sides)
    if ess is not None:
        out.append(_fill([ess], S.ESSENTIAL, S.ESSENTIAL, 1.0, opacity=essential_opacity,
                         name="essential zone").to_plotly_json())
    return out


def muscle_overlay(base: dict, view: ViewGeometry, hl: Highlight) -> dict:
    """The body map with the chosen muscle, its referral zones and trigger points drawn on top.

    `base` is the cached `base_figure(...).to_plotly_json()`; only the few new traces are built here.
    """
    if hl.muscle_id is None:
        return base
    data = [_faded(t) for t in base["data"]]
    data += _zone_traces(view, hl, S.ESSENTIAL_OPACITY)
    shapes = [s for s in view.muscles if s.id == hl.muscle_id]
    if shapes:
        deep = all(s.depth == "deep" for s in shapes)
        data.append(_fill([s.polygon for s in shapes], S.SELECTED_FILL, S.SELECTED_LINE, 2.2, opacity=0.75,
                          dash="dash" if deep else None, name="selected muscle").to_plotly_json())
        lines = [line for s in shapes for line in s.fibers]
        data.append(_lines(lines, S.SELECTED_FIBER, 0.7, name="selected fibres").to_plotly_json())
    tps = [tp for tp in hl.trigger_points if tp[1] == view.name]
    if tps:
        data.append(_trigger_point_trace(tps, hl.active_tp))
    return {"data": data, "layout": base["layout"]}


def muscles_overlay(base: dict, view: ViewGeometry, muscle_ids: Iterable[str]) -> dict:
    """Several muscles highlighted together (e.g. the muscles of a condition)."""
    wanted = set(muscle_ids)
    shapes = [s.polygon for s in view.muscles if s.id in wanted]
    if not shapes:
        return base
    data = [_faded(t) for t in base["data"]]
    data.append(_fill(shapes, S.SELECTED_FILL, S.SELECTED_LINE, 1.8, opacity=0.8, name="selected muscle").to_plotly_json())
    return {"data": data, "layout": base["layout"]}


def mirror_tps(tps: Iterable[tuple], view: ViewGeometry) -> tuple[tuple, ...]:
    """Trigger point marks moved to the person's left side (the data places them on the right)."""
    return tuple((tp[0], tp[1], round(view.width - tp[2], 1), tp[3], tp[4]) for tp in tps)


def selection_target(event: object, hit_ids: Sequence) -> tuple[str, object] | None:
    """What a click on the map chose.

    ("muscle", id), ("region", (id, side)), ("trigger_point", id), ("nothing", None) for a click
    on empty space, or None when the event holds no point at all (a chart being redrawn or
    deselected reports that; it is not a click and changes nothing). `event` is what Streamlit
    returns for a plotly chart with on_select; `hit_ids` is the figure's `layout.meta.hit_ids`
    (one entry per click-target trace, in trace order; None marks the empty-space targets).
    """
    selection = (event or {}).get("selection") if isinstance(event, dict) else getattr(event, "selection", None)
    points = (selection or {}).get("points", []) if isinstance(selection, dict) else getattr(selection, "points", [])
    for point in points or []:
        curve = point.get("curve_number")
        if isinstance(curve, int) and 0 <= curve < len(hit_ids):
            target = hit_ids[curve]
            if target is None:
                return ("nothing", None)
            return ("region", tuple(target)) if isinstance(target, (list, tuple)) else ("muscle", target)
        custom = point.get("customdata")
        if isinstance(custom, list):
            custom = custom[0] if custom else None
        if isinstance(custom, str) and custom:
            return ("trigger_point", custom)
    return None


# --- pain drawing -------------------------------------------------------------------------

def pain_base_figure(view: ViewGeometry, region_labels: dict[str, str]) -> go.Figure:
    """The static pain drawing of one view: skin, region outlines and a target per region side."""
    order = sorted(view.regions, key=lambda s: s.polygon.area)
    traces: list[go.Scatter] = []
    hit_ids: list = []
    grouped: dict[tuple[str, str], list[np.ndarray]] = {}
    for shape, pts in assign_targets(order):
        grouped.setdefault((shape.id, shape.side), []).append(pts)
    for (rid, side), chunks in sorted(grouped.items()):
        label = region_labels.get(rid, rid)
        text = label if side == "midline" else f"{label} ({side})"
        traces.append(_hit_trace(text, np.vstack(chunks)))
        hit_ids.append([rid, side])
    traces.append(_fill([view.silhouette], S.SKIN, S.SKIN_LINE, 1.2, name="skin"))
    traces.append(_fill([s.polygon for s in view.regions], "none", S.REGION_LINE, 0.7, name="regions"))
    traces.append(_lines(view.details, S.DETAIL_LINE, 0.9, name="details"))
    return go.Figure(data=traces, layout=_layout(view, hit_ids, view_height(view)))


def pain_overlay(base: dict, view: ViewGeometry, chosen: Iterable[tuple[str, str]],
                 highlight: Highlight | None = None) -> dict:
    """Shade the regions the person marked; optionally show a candidate muscle's pattern on top."""
    data = list(base["data"])
    chosen = {tuple(c) for c in chosen}
    shapes = [s.polygon for s in view.regions if (s.id, s.side) in chosen]
    if highlight is not None and highlight.muscle_id:
        data += _zone_traces(view, highlight, 0.55)
        muscles = [s for s in view.muscles if s.id == highlight.muscle_id and s.side in highlight.sides]
        if muscles:
            data.append(_fill([s.polygon for s in muscles], S.SELECTED_FILL, S.SELECTED_LINE, 2.0, opacity=0.6,
                              name="selected muscle").to_plotly_json())
        tps = [tp for tp in highlight.trigger_points if tp[1] == view.name]
        if tps:
            data.append(_trigger_point_trace(tps, highlight.active_tp))
    if shapes:  # the person's own marks stay visible on top, as outlines over a zone
        data.append(_fill(shapes, S.REGION_CHOSEN, S.REGION_CHOSEN, 2.0,
                          opacity=S.REGION_CHOSEN_OPACITY if highlight is None else 0.9,
                          name="marked regions").to_plotly_json() if highlight is None else
                    _fill(shapes, "none", S.REGION_CHOSEN, 2.4, name="marked regions").to_plotly_json())
    return {"data": data, "layout": base["layout"]}


def mirror_x(view: ViewGeometry, x: float) -> float:
    return view.width - x
