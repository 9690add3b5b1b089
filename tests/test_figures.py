"""Figure builders: click targets, the selection -> choice step, overlays on every view, size."""
from __future__ import annotations

import plotly.io as pio
import pytest

from triggerpoints.figures import (Highlight, base_figure, muscle_overlay, pain_base_figure, pain_overlay,
                                   selection_target)

MAX_FIGURE_BYTES = 200_000  # per rerun, all three views together (issue 2)


def highlight_for(atlas, muscle_id):
    return Highlight.of(atlas.muscles[muscle_id])


@pytest.fixture(scope="module")
def bases(atlas):
    names = {m.id: m.name for m in atlas.muscles.values()}
    return {(v, layer): base_figure(atlas.geometry.views[v], names, layer).to_plotly_json()
            for v in atlas.geometry.views for layer in ("surface", "deep")}


def test_hit_traces_come_first_and_map_to_muscles(atlas, bases):
    for (view, layer), fig in bases.items():
        hit_ids = fig["layout"]["meta"]["hit_ids"]
        assert hit_ids[-1] is None, "the last target is the empty background"
        invisible = fig["layout"]["template"]["data"]["scatter"][0]["marker"]
        assert invisible["opacity"] == 0
        for i, mid in enumerate(hit_ids):
            trace = fig["data"][i]
            assert trace["mode"] == "markers" and "marker" not in trace   # inherits the invisible marker
            assert trace["name"] == (atlas.muscles[mid].name if mid else "empty")


@pytest.mark.parametrize("layer, depth", [("surface", "superficial"), ("deep", "deep")])
def test_every_muscle_of_the_layer_is_clickable(atlas, bases, layer, depth):
    for view, geo in atlas.geometry.views.items():
        clickable = set(bases[(view, layer)]["layout"]["meta"]["hit_ids"])
        wanted = {s.id for s in geo.muscles if s.depth == depth}
        assert wanted <= clickable, (view, sorted(wanted - clickable))


def test_selection_target_reads_streamlit_events():
    hit_ids = ["masseter", "temporalis"]
    assert selection_target({"selection": {"points": [{"curve_number": 1, "point_index": 3}]}}, hit_ids) == \
        ("muscle", "temporalis")
    assert selection_target({"selection": {"points": []}}, hit_ids) is None
    assert selection_target(None, hit_ids) is None
    assert selection_target({"selection": {"points": [{"curve_number": 7, "customdata": "masseter_tp1"}]}}, hit_ids) \
        == ("trigger_point", "masseter_tp1")
    assert selection_target({"selection": {"points": [{"curve_number": 0}]}}, [["temple", "right"]]) == \
        ("region", ("temple", "right"))
    assert selection_target({"selection": {"points": [{"curve_number": 2}]}}, ["a", "b", None]) == ("nothing", None)


def test_background_targets_avoid_muscles(atlas, bases):
    """Empty-space targets never sit inside a muscle, and cover the space around the body."""
    from shapely.geometry import Point
    for view, geo in atlas.geometry.views.items():
        fig = bases[(view, "surface")]
        bg = base_figure(geo, {}, "surface").data[len(fig["layout"]["meta"]["hit_ids"]) - 1]
        pts = list(zip(bg.x, bg.y))
        assert len(pts) > 200
        assert not any(s.polygon.buffer(-1).contains(Point(x, y)) for s in geo.muscles for x, y in pts[::7])


def test_overlay_draws_zones_on_every_view_where_they_fall(atlas, bases):
    """Infraspinatus lies on the back but refers to the front of the shoulder: both views show it."""
    hl = highlight_for(atlas, "infraspinatus")
    front = muscle_overlay(bases[("front", "surface")], atlas.geometry.views["front"], hl)
    back = muscle_overlay(bases[("back", "surface")], atlas.geometry.views["back"], hl)
    assert "essential zone" in [t.get("name") for t in front["data"]]
    names_back = [t.get("name") for t in back["data"]]
    assert "trigger points" in names_back and "selected muscle" in names_back


def test_overlay_with_nothing_chosen_is_the_base(atlas, bases):
    base = bases[("front", "surface")]
    assert muscle_overlay(base, atlas.geometry.views["front"], Highlight()) is base


def test_trigger_point_marks_carry_their_ids(atlas, bases):
    hl = highlight_for(atlas, "infraspinatus")
    back = muscle_overlay(bases[("back", "surface")], atlas.geometry.views["back"], hl)
    marks = [t for t in back["data"] if t.get("name") == "trigger points"][0]
    assert set(marks["customdata"]) == {tp.id for tp in atlas.muscles["infraspinatus"].trigger_points if tp.view == "back"}


def test_figure_json_stays_small(atlas, bases):
    """The heaviest selection still sends under 200 kB of figure JSON for the three views."""
    worst = 0
    for m in atlas.muscles.values():
        hl = highlight_for(atlas, m.id)
        size = sum(len(pio.to_json(muscle_overlay(bases[(v, "surface")], atlas.geometry.views[v], hl), validate=False))
                   for v in atlas.geometry.views)
        worst = max(worst, size)
    assert worst < MAX_FIGURE_BYTES, worst


def test_pain_figure_targets_regions_by_side(atlas):
    labels = {r.id: r.label for r in atlas.regions.values()}
    view = atlas.geometry.views["front"]
    base = pain_base_figure(view, labels).to_plotly_json()
    hit_ids = base["layout"]["meta"]["hit_ids"]
    assert ["temple", "right"] in hit_ids and ["temple", "left"] in hit_ids and ["sternum", "midline"] in hit_ids
    shaded = pain_overlay(base, view, [("temple", "right")])
    assert shaded["data"][-1]["name"] == "marked regions"


def test_zoom_changes_only_the_ranges_and_keeps_targets_in_reach(atlas, bases):
    from triggerpoints.figures import with_focus

    front = atlas.geometry.views["front"]
    base = bases[("front", "surface")]
    zoomed = with_focus(base, front, "forearm_hand")
    assert zoomed["data"] is base["data"]
    x0, x1 = zoomed["layout"]["xaxis"]["range"]
    assert x1 < 200, "the person's right arm is on the viewer's left of the front view"
    assert zoomed["layout"]["hoverdistance"] > base["layout"]["hoverdistance"]
    assert with_focus(base, front, "whole") is base
    back = with_focus(bases[("back", "surface")], atlas.geometry.views["back"], "leg_foot")
    bx0, bx1 = back["layout"]["xaxis"]["range"]
    assert bx0 > 150 and bx1 >= 357, "the back view's leg zoom takes in the right sole"
    hand = [s for s in front.muscles if s.id == "first_dorsal_interosseous"] or \
           [s for s in atlas.geometry.views["back"].muscles if s.id == "first_dorsal_interosseous"]
    assert hand


def test_highlight_of_one_trigger_point(atlas):
    m = atlas.muscles["trapezius_upper"]
    one = Highlight.of(m, m.trigger_points[0].id)
    assert one.active_tp == m.trigger_points[0].id
    assert one.essential == m.trigger_points[0].essential
    assert not set(one.spillover) & set(one.essential)
    assert len(one.trigger_points) == len(m.trigger_points)   # every X stays marked
    whole = Highlight.of(m)
    assert set(whole.essential) >= set(one.essential) and whole.active_tp is None


def test_highlight_on_the_left_side_moves_the_marks(atlas):
    front = atlas.geometry.views["front"]
    hl = Highlight.of(atlas.muscles["pectoralis_major"], sides={"left"})
    left = hl.placed_on(front)
    assert all(a[2] + b[2] == front.width for a, b in zip(hl.trigger_points, left.trigger_points))
    assert Highlight.of(atlas.muscles["pectoralis_major"]).placed_on(front).trigger_points == hl.trigger_points
