"""Referral zones drawn as the charts draw them (issue 8): every trigger point has its own shapes, inside the
body, on its own side, and they agree with the region lists that the pain drawing and search use."""
from __future__ import annotations

import pandas as pd
import pytest
from shapely.geometry import box
from shapely.ops import unary_union

from triggerpoints.atlas import zone_agreement
from triggerpoints.geometry import BodyGeometry, Shape, ViewGeometry, Zone

MIDLINE_SLACK = 1.6       # units a one-sided zone may touch past the midline (the drawing's soft edge)
OUTSIDE_TOLERANCE = 2.0   # square units of a zone allowed outside the body outline (curve fitting)


def test_every_trigger_point_has_a_drawn_essential_zone(atlas):
    missing = [tp.id for tp in atlas.trigger_points.values()
               if not any(z.zone == "essential" and z.drawn for z in atlas.geometry.zones_of(tp.id))]
    assert not missing, f"{len(missing)} trigger points have no drawn essential zone: {missing[:20]}"


def test_no_zone_is_only_the_union_of_its_regions(atlas):
    stand_ins = sorted({z.tp for v in atlas.geometry.views.values() for z in v.zones if not z.drawn})
    assert not stand_ins, f"{len(stand_ins)} trigger points still use region boxes: {stand_ins[:20]}"


@pytest.mark.parametrize("view", ["front", "back", "head", "lateral"])
def test_every_zone_is_a_closed_shape_inside_the_body(atlas, view):
    geo = atlas.geometry.views.get(view)
    if geo is None:
        pytest.fail(f"the {view} view is not drawn")
    body = geo.silhouette.buffer(0.5)
    for z in geo.zones:
        assert z.polygon.is_valid and z.polygon.area > 1.0, (view, z.tp, z.zone)
        outside = z.polygon.difference(body).area
        assert outside < OUTSIDE_TOLERANCE, f"{z.tp} {z.zone} on {view}: {outside:.1f} units outside the body"


@pytest.mark.parametrize("view", ["front", "back"])
def test_zones_keep_to_their_side_unless_the_data_says_otherwise(atlas, view):
    geo = atlas.geometry.views[view]
    mid = geo.width / 2
    other = box(0, 0, mid - MIDLINE_SLACK, geo.height) if view == "back" else box(mid + MIDLINE_SLACK, 0, geo.width, geo.height)
    for z in geo.zones:
        tp = atlas.trigger_points[z.tp]
        across = z.polygon.intersection(other).area
        if tp.crosses_midline:
            continue
        assert across < 1.0, f"{z.tp} {z.zone} crosses the midline on the {view} view, and the data does not say it does"


def test_the_zones_agree_with_the_region_lists(atlas):
    from triggerpoints.atlas import DATA_DIR, validate_data

    problems = [p for p in validate_data(DATA_DIR)[2] if p.column in ("essential", "spillover", "crosses_midline")]
    assert not problems, "\n".join(map(str, problems[:30]))


# --- the agreement check itself, on a small made-up drawing ----------------------------------------------

def _geometry(zones: list[tuple[str, object, bool]]) -> BodyGeometry:
    """A 100 x 100 view with two regions side by side (left half 'temple', right half 'cheek') and zones."""
    regions = (Shape("region", "temple", "front", "right", box(0, 0, 50, 100)),
               Shape("region", "cheek", "front", "right", box(50, 0, 100, 100)))
    view = ViewGeometry("front", 100, 100, "left", box(0, 0, 100, 100), (), regions, (),
                        zones=tuple(Zone("t_tp1", "t", kind, "front", geom, crosses) for kind, geom, crosses in zones))
    return BodyGeometry({"front": view})


def _tps(essential: str, spillover: str = "none", crosses: str = "") -> pd.DataFrame:
    return pd.DataFrame([{"id": "t_tp1", "muscle_id": "t", "essential": essential, "spillover": spillover,
                          "crosses_midline": crosses}])


def test_agreement_is_quiet_when_drawing_and_lists_agree():
    geo = _geometry([("essential", box(5, 5, 45, 95), False)])
    assert zone_agreement(_tps("temple"), geo) == []


def test_agreement_reports_a_listed_region_the_zone_does_not_reach():
    geo = _geometry([("essential", box(5, 5, 45, 95), False)])
    problems = zone_agreement(_tps("temple; cheek"), geo)
    assert len(problems) == 1
    p = problems[0]
    assert (p.file, p.row, p.column) == ("trigger_points.csv", 2, "essential")
    assert "'t_tp1'" in p.message and "'cheek'" in p.message and "front" in p.message


def test_agreement_reports_a_region_mostly_covered_but_not_listed():
    geo = _geometry([("essential", unary_union([box(5, 5, 45, 95), box(50, 0, 95, 100)]), False)])
    problems = zone_agreement(_tps("temple"), geo)
    assert [("cheek" in p.message, "covers most" in p.message, "front" in p.message) for p in problems] == [(True, True, True)]


def test_agreement_counts_spillover_on_its_own():
    geo = _geometry([("essential", box(5, 5, 45, 95), False), ("spillover", box(52, 10, 60, 20), False)])
    assert zone_agreement(_tps("temple", "cheek"), geo) == []      # reached, though not mostly covered
    problems = zone_agreement(_tps("temple", "none"), geo)
    assert problems == []                                           # a small spillover patch need not be listed
    geo = _geometry([("essential", box(5, 5, 45, 95), False), ("spillover", box(50, 0, 100, 100), False)])
    problems = zone_agreement(_tps("temple", "none"), geo)
    assert len(problems) == 1 and problems[0].column == "spillover" and "'cheek'" in problems[0].message


def test_agreement_holds_the_midline_to_the_data():
    geo = _geometry([("essential", box(5, 5, 45, 95), True)])
    problems = zone_agreement(_tps("temple"), geo)
    assert [p.column for p in problems] == ["crosses_midline"]
    assert zone_agreement(_tps("temple", crosses="yes"), geo) == []
    straight = _geometry([("essential", box(5, 5, 45, 95), False)])
    assert [p.column for p in zone_agreement(_tps("temple", crosses="yes"), straight)] == ["crosses_midline"]


def test_a_trigger_point_whose_zones_are_not_drawn_yet_is_not_held_to_them():
    view = _geometry([]).views["front"]
    stand_in = Zone("t_tp1", "t", "essential", "front", box(50, 0, 100, 100), drawn=False)
    geo = BodyGeometry({"front": ViewGeometry(view.name, 100, 100, "left", view.silhouette, (), view.regions, (),
                                              zones=(stand_in,))})
    assert zone_agreement(_tps("temple"), geo) == []
