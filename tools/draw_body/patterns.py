"""The referral patterns and trigger point marks written into each view's SVG.

Two layers per view, both on the person's RIGHT side (the app mirrors them for the left):

- `<g id="zones">`: one `<path class="zone">` per trigger point, zone and view, with
  `data-tp`, `data-muscle`, `data-zone` ("essential" or "spillover") and `data-view`.
- `<g id="marks">`: one `<g class="mark">` per trigger point on the view it is drawn on,
  with `data-tp`, `data-owner`, `data-x`/`data-y` (the point itself) and the X drawn at
  its own origin, moved into place by a `translate`.

Zones are drawn from the region lists of `data/trigger_points.csv`: the union of the
listed regions on each view, corners rounded.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from shapely.ops import unary_union

ROOT = Path(__file__).resolve().parents[2]
TRIGGER_POINTS_CSV = ROOT / "data" / "trigger_points.csv"
ZONES = ("spillover", "essential")      # drawing order: spillover under essential
ZONE_ROUNDING = 3.0
MARK_ARM = 4.2                           # half the size of the X, view units


@dataclass(frozen=True)
class TriggerPointRow:
    id: str
    muscle: str
    view: str
    x: float
    y: float
    zones: dict[str, tuple[str, ...]]


def read_trigger_points(path: Path = TRIGGER_POINTS_CSV) -> list[TriggerPointRow]:
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))

    def items(cell: str) -> tuple[str, ...]:
        return tuple(i.strip() for i in cell.split(";") if i.strip() and i.strip() != "none")

    return [TriggerPointRow(r["id"], r["muscle_id"], r["view"], float(r["x"]), float(r["y"]),
                            {"essential": items(r["essential"]), "spillover": items(r["spillover"])})
            for r in rows]


def zone_shape(regions: list[tuple], region_ids: tuple[str, ...]):
    """The listed regions of one view (person's right side and midline), corners rounded."""
    wanted = set(region_ids)
    shapes = [g.buffer(0) for rid, side, g, _inset in regions if rid in wanted and side in ("right", "midline")]
    if not shapes:
        return None
    zone = unary_union(shapes)
    soft = zone.buffer(-ZONE_ROUNDING, join_style="round").buffer(ZONE_ROUNDING, join_style="round")
    return soft if soft.area > 0.85 * zone.area else zone


def _num(v: float) -> str:
    s = f"{v:.1f}"
    return s[:-2] if s.endswith(".0") else s


def pattern_layers(view: str, regions: list[tuple], tps: list[TriggerPointRow], path_d) -> list[str]:
    """The zones and marks layers of one view, as SVG lines."""
    out = ['<g id="zones">']
    for tp in tps:
        for zone in ZONES:
            geom = zone_shape(regions, tp.zones[zone])
            if zone == "spillover" and geom is not None:
                essential = zone_shape(regions, tp.zones["essential"])
                geom = geom.difference(essential) if essential is not None else geom
            if geom is None or geom.is_empty or geom.area < 1.0:
                continue
            out.append(f'<path class="zone" id="zone-{view}-{tp.id}-{zone}" data-tp="{tp.id}" data-owner="{tp.muscle}" '
                       f'data-zone="{zone}" data-view="{view}" d="{path_d(geom)}"/>')
    out.append("</g>")
    out.append('<g id="marks">')
    a = MARK_ARM
    x_d = f"M{-a},{-a} L{a},{a} M{-a},{a} L{a},{-a}"
    for tp in tps:
        if tp.view != view:
            continue
        # The X is drawn at the origin of its own group; the app scales it to a fixed size on
        # screen and moves marks of one muscle apart where they would touch (with a leader line).
        out.append(f'<g class="mark" id="mark-{view}-{tp.id}" data-tp="{tp.id}" data-owner="{tp.muscle}" '
                   f'data-x="{_num(tp.x)}" data-y="{_num(tp.y)}"><path class="mark-leader" d=""/>'
                   f'<g class="mark-pos" transform="translate({_num(tp.x)} {_num(tp.y)})"><g class="mark-glyph">'
                   f'<circle class="mark-hit" r="{_num(a + 3)}"/><path class="mark-halo" d="{x_d}"/>'
                   f'<path class="mark-x" d="{x_d}"/></g></g></g>')
    out.append("</g>")
    return out
