"""The referral patterns and trigger point marks written into each view's SVG.

Two layers per view, both on the person's RIGHT side (the app mirrors them for the left):

- `<g id="zones">`: one `<path class="zone">` per trigger point, zone and view, with `data-tp`,
  `data-owner` (the muscle), `data-zone` ("essential" or "spillover"), `data-view`, and
  `data-crosses-midline="true"` where the literature draws the zone across the midline. Zones are drawn
  shapes (`zone(...)` in the zones_*.py modules). A trigger point with no drawn zone yet falls back to
  the union of its listed regions (`data-drawn="regions"`), so the map never shows nothing.
- `<g id="marks">`: one `<g class="mark">` per trigger point and view it is marked on (`mark(...)` in
  the muscles_*.py modules), with `data-tp`, `data-owner`, `data-x`/`data-y` and `data-primary` on the
  trigger point's own view. The X is drawn at the origin of its own group; the app scales it to a fixed
  size on screen and moves marks of one muscle apart where they would touch.

A spillover zone is drawn without the part its essential zone covers, so the two never overlap.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from shapely.geometry import box
from shapely.ops import unary_union

from .registry import MARKS, ZONES
from .svgpath import _num, path_d, warp_xy

ROOT = Path(__file__).resolve().parents[2]
TRIGGER_POINTS_CSV = ROOT / "data" / "trigger_points.csv"
ZONE_KINDS = ("spillover", "essential")      # drawing order: spillover under essential
ZONE_ROUNDING = 3.0
MARK_ARM = 4.2                                 # half the size of the X, view units
MIDLINE_SLACK = 1.5                            # a zone may touch the midline by this much


@dataclass(frozen=True)
class TriggerPointRow:
    id: str
    muscle: str
    zones: dict[str, tuple[str, ...]]


@lru_cache(maxsize=1)
def trigger_points(path: Path = TRIGGER_POINTS_CSV) -> tuple[TriggerPointRow, ...]:
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))

    def items(cell: str) -> tuple[str, ...]:
        return tuple(i.strip() for i in cell.split(";") if i.strip() and i.strip() != "none")

    return tuple(TriggerPointRow(r["id"], r["muscle_id"], {"essential": items(r["essential"]),
                                                             "spillover": items(r["spillover"])}) for r in rows)


def _region_union(regions: list[tuple], region_ids: tuple[str, ...]):
    """The listed regions of one view (person's right side and midline), corners rounded."""
    wanted = set(region_ids)
    shapes = [g.buffer(0) for rid, side, g, _inset in regions if rid in wanted and side in ("right", "midline")]
    if not shapes:
        return None
    zone = unary_union(shapes)
    soft = zone.buffer(-ZONE_ROUNDING, join_style="round").buffer(ZONE_ROUNDING, join_style="round")
    return soft if soft.area > 0.85 * zone.area else zone


def right_side(view: str, width: float):
    """Where a zone of the person's right side may lie on a view."""
    if view == "front":
        return box(0, 0, width / 2 + MIDLINE_SLACK, 10_000)
    if view == "back":
        return box(width / 2 - MIDLINE_SLACK, 0, width, 10_000)
    return box(-10_000, -10_000, 10_000, 10_000)      # a side view shows one side only


def drawn_zones(view: str, silhouette, width: float) -> dict[tuple[str, str], tuple[object, bool]]:
    """(tp, kind) -> (shape clipped to the body and to the trigger point's side, crosses the midline)."""
    out: dict[tuple[str, str], list] = {}
    for z in ZONES:
        if z.view != view:
            continue
        geom = (z.geom & silhouette).buffer(0)
        if not z.crosses_midline:
            geom = geom & right_side(view, width)
        if geom.is_empty:
            raise ValueError(f"the {z.kind} zone of {z.tp} on the {view} view lies outside the body ({z.module})")
        out.setdefault((z.tp, z.kind), []).append((geom, z.crosses_midline))
    return {k: (unary_union([g for g, _ in v]), any(c for _, c in v)) for k, v in out.items()}


def zones_layer(view: str, regions: list[tuple], silhouette, width: float) -> list[str]:
    """The zones layer of one view, as SVG lines."""
    drawn = drawn_zones(view, silhouette, width)
    has_drawing = {z.tp for z in ZONES}
    out = ['<g id="zones">']
    for tp in trigger_points():
        shapes: dict[str, tuple[object, bool, bool]] = {}
        for kind in ZONE_KINDS:
            if tp.id in has_drawing:
                if (tp.id, kind) in drawn:
                    geom, crosses = drawn[(tp.id, kind)]
                    shapes[kind] = (geom, crosses, True)
            else:
                geom = _region_union(regions, tp.zones[kind])
                if geom is not None:
                    shapes[kind] = (geom, False, False)
        if "spillover" in shapes and "essential" in shapes:
            geom, crosses, is_drawn = shapes["spillover"]
            shapes["spillover"] = (geom.difference(shapes["essential"][0]), crosses, is_drawn)
        for kind in ZONE_KINDS:
            if kind not in shapes:
                continue
            geom, crosses, is_drawn = shapes[kind]
            if geom.is_empty or geom.area < 1.0:
                continue
            attrs = ' data-crosses-midline="true"' if crosses else ""
            attrs += "" if is_drawn else ' data-drawn="regions"'
            out.append(f'<path class="zone" id="zone-{view}-{tp.id}-{kind}" data-tp="{tp.id}" data-owner="{tp.muscle}" '
                       f'data-zone="{kind}" data-view="{view}"{attrs} d="{path_d(geom)}"/>')
    out.append("</g>")
    return out


def marks_layer(view: str) -> list[str]:
    owners = {tp.id: tp.muscle for tp in trigger_points()}
    first_view: dict[str, str] = {}
    for m in MARKS:
        first_view.setdefault(m.tp, m.view)
    a = MARK_ARM
    x_d = f"M{-a},{-a} L{a},{a} M{-a},{a} L{a},{-a}"
    out = ['<g id="marks">']
    for m in MARKS:
        if m.view != view:
            continue
        if m.tp not in owners:
            raise ValueError(f"mark for unknown trigger point {m.tp!r} ({m.module}); see data/trigger_points.csv")
        primary = ' data-primary="true"' if first_view[m.tp] == view else ""
        x, y = warp_xy(m.x, m.y)
        out.append(f'<g class="mark" id="mark-{view}-{m.tp}" data-tp="{m.tp}" data-owner="{owners[m.tp]}" '
                   f'data-x="{_num(x)}" data-y="{_num(y)}"{primary}><path class="mark-leader" d=""/>'
                   f'<g class="mark-pos" transform="translate({_num(x)} {_num(y)})"><g class="mark-glyph">'
                   f'<circle class="mark-hit" r="{_num(a + 3)}"/><path class="mark-halo" d="{x_d}"/>'
                   f'<path class="mark-x" d="{x_d}"/></g></g></g>')
    out.append("</g>")
    return out
