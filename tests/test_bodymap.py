"""The Python side of the body map component: what is sent to the browser, and what a click returns."""
from __future__ import annotations

import json

import pytest

from triggerpoints.bodymap import (
    MODES, PROFILE_VIEWS, MapEvent, asset_file, conditions_state, explore_state, pain_state,
    parse_event, setup, static_part, view_specs,
)

# What one rerun may send at most (the drawing itself travels once, as files; the texts once per page).
EXPLORE_STATE_BYTES = 200
STATE_BYTES_BUDGET = 3_000


def test_view_specs_name_a_versioned_file_per_view():
    specs = view_specs(("front", "back", "head"))
    assert [s["id"] for s in specs] == ["front", "back", "head"]
    for spec in specs:
        name, _, version = spec["file"].partition("?v=")
        assert name.endswith(".svg") and len(version) == 12
        assert spec["profile"] == (spec["view"] in PROFILE_VIEWS)


def test_the_pain_drawing_shows_both_sides_of_the_head_in_one_column():
    specs = view_specs(("front", "back", "head"), head_both_sides=True)
    heads = [s for s in specs if s["view"] == "head"]
    assert [s["id"] for s in heads] == ["head-right", "head-left"]
    assert [s.get("mirror", False) for s in heads] == [False, True]
    assert {s.get("group") for s in heads} == {"heads"}


def test_asset_version_follows_the_file_content(tmp_path, monkeypatch):
    import triggerpoints.atlas as atlas_mod

    (tmp_path / "body_front.svg").write_text("<svg/>")
    monkeypatch.setattr(atlas_mod, "ASSETS_DIR", tmp_path)
    first = asset_file("front")
    (tmp_path / "body_front.svg").write_text("<svg viewBox='0 0 1 1'/>")
    assert asset_file("front") != first


@pytest.mark.parametrize("mode", MODES)
def test_each_mode_has_a_setup(mode):
    s = setup(mode)
    assert s["mode"] == mode and s["views"] and s["legend"] and s["focus_options"][0][0] == "whole"


def test_an_unknown_mode_is_refused():
    with pytest.raises(ValueError, match="unknown map mode"):
        setup("print")


def test_the_static_part_names_every_muscle_and_region_and_is_stable(atlas):
    part, digest = static_part(atlas, "explore")
    assert set(part["table"]["muscles"]) == set(atlas.muscles)
    assert set(part["table"]["regions"]) == set(atlas.regions)
    assert part["table"]["muscles"]["infraspinatus"] == "Infraspinatus"
    assert set(part["table"]["details"]) == set(atlas.muscles)
    again, digest2 = static_part(atlas, "explore")
    assert again is part and digest2 == digest
    assert static_part(atlas, "pain")[1] != digest        # another setup, another hash


def test_explore_state_for_a_muscle_and_for_one_trigger_point(atlas):
    muscle = atlas.muscles["infraspinatus"]
    state = explore_state(atlas, "infraspinatus", None, ack=4)
    assert state == {"selected": "infraspinatus", "tp": "", "ack": 4}
    tp = muscle.trigger_points[1].id
    assert explore_state(atlas, "infraspinatus", tp)["tp"] == tp
    # a trigger point of another muscle is not this muscle's
    assert explore_state(atlas, "infraspinatus", atlas.muscles["masseter"].trigger_points[0].id)["tp"] == ""


def test_explore_state_with_nothing_or_an_unknown_id_selects_nothing(atlas):
    for muscle_id in (None, "", "no_such_muscle"):
        state = explore_state(atlas, muscle_id, None)
        assert state["selected"] == "" and state["tp"] == ""


def test_every_state_is_small(atlas):
    """A rerun sends the highlight, never the drawing: a few hundred bytes even for the largest muscle."""
    biggest = max(atlas.muscles.values(), key=lambda m: len(m.trigger_points))
    states = [explore_state(atlas, m.id, None) for m in atlas.muscles.values()]
    assert max(len(json.dumps(s)) for s in states) < EXPLORE_STATE_BYTES
    marked = {(r, "right") for r in list(atlas.regions)[:20]}
    from triggerpoints.lookup import rank_sources

    ranked = rank_sources(atlas, sorted({r for r, _ in marked}))
    states.append(pain_state(atlas, marked, ranked, biggest.id))
    states.append(conditions_state(atlas, tuple(atlas.muscles)[:40]))
    assert max(len(json.dumps(s)) for s in states) < STATE_BYTES_BUDGET


def test_pain_state_echoes_the_marks_and_the_candidate(atlas):
    marked = {("temple", "left"), ("jaw_angle", "left"), ("sternum", "midline")}
    state = pain_state(atlas, marked, [], "masseter", ack=2)
    assert state["marked"] == [["jaw_angle", "left"], ["sternum", "midline"], ["temple", "left"]]
    assert state["pattern_owner"] == "masseter"
    assert set(state["tp_labels"]) == {tp.id for tp in atlas.muscles["masseter"].trigger_points}
    assert "pattern_owner" not in pain_state(atlas, marked, [], None)


def test_pain_state_carries_the_ranking_compactly(atlas):
    from triggerpoints.lookup import rank_sources

    marked = {("temple", "right"), ("jaw_angle", "right")}
    ranked = rank_sources(atlas, ["jaw_angle", "temple"])
    state = pain_state(atlas, marked, ranked, None)
    assert [c[0] for c in state["candidates"]] == [c.muscle.id for c in ranked[:10]]
    first = ranked[0]
    assert state["candidates"][0][1] == ",".join(f"{m.region}:{m.zone[0]}" for m in first.matches)
    assert {f["title"] if isinstance(f, dict) else f for f in state["flags"]} == {f.id for f in atlas.flags_for_regions({"temple", "jaw_angle"})}
    assert "nearby" not in state


def test_pain_state_suggests_nearby_places_when_nothing_matches(atlas):
    from triggerpoints.bodymap import region_neighbours_of

    marked = {("nose", "midline")}
    state = pain_state(atlas, marked, [], None)
    assert state["candidates"] == [] and state["nearby"]
    assert set(state["nearby"]) <= region_neighbours_of(atlas)["nose"]


def test_conditions_state_keeps_known_muscles_only(atlas):
    assert conditions_state(atlas, ("masseter", "nonsense", "temporalis"))["highlight_muscles"] == ["masseter", "temporalis"]


@pytest.mark.parametrize("value, expected", [
    ({"type": "muscle", "id": "masseter", "seq": 3}, MapEvent("muscle", "masseter", seq=3)),
    ({"type": "tp", "id": "masseter_tp1", "seq": 4}, MapEvent("tp", "masseter_tp1", seq=4)),
    ({"type": "region", "id": "temple", "side": "left", "seq": 5}, MapEvent("region", "temple", "left", 5)),
    ({"type": "clear", "seq": 6}, MapEvent("clear", seq=6)),
    ({"type": "need_static"}, MapEvent("need_static")),
    ({"type": "show", "id": "masseter", "seq": 7}, MapEvent("show", "masseter", seq=7)),
    ({"type": "clear_drawing", "seq": 8}, MapEvent("clear_drawing", seq=8)),
    ({"type": "open", "page": "condition", "id": "tennis_elbow", "seq": 9}, MapEvent("open", "tennis_elbow", seq=9, page="condition")),
    ({"type": "open", "page": "muscle", "id": "masseter"}, MapEvent("open", "masseter", page="muscle")),
    ({"type": "open", "page": "page", "id": "pain_drawing"}, MapEvent("open", "pain_drawing", page="page")),
])
def test_parse_event_accepts_what_the_map_sends(atlas, value, expected):
    assert parse_event(atlas, value) == expected


@pytest.mark.parametrize("value", [
    None, "masseter", [], {}, {"type": "delete"}, {"type": "muscle"}, {"type": "muscle", "id": "nonsense"},
    {"type": "muscle", "id": 5}, {"type": "muscle", "id": "m" * 10_000}, {"type": "tp", "id": "masseter"},
    {"type": "region", "id": "temple"}, {"type": "region", "id": "temple", "side": "up"},
    {"type": "region", "id": "<img src=x>", "side": "left"},
    {"type": "show", "id": "nonsense"}, {"type": "open", "page": "condition", "id": "masseter"},
    {"type": "open", "page": "page", "id": "../app"}, {"type": "open", "page": "http://x", "id": "masseter"},
])
def test_parse_event_refuses_anything_else(atlas, value):
    assert parse_event(atlas, value) is None


@pytest.mark.parametrize("seq", [True, -1, 2**40, "7", 1.5, None])
def test_a_strange_click_counter_counts_as_zero(atlas, seq):
    assert parse_event(atlas, {"type": "clear", "seq": seq}).seq == 0



def test_the_body_map_table_carries_every_muscle_s_detail(atlas):
    """A click answers from this table: every text the detail panel shows is in it, for every muscle."""
    details = static_part(atlas, "explore")[0]["table"]["details"]
    for muscle in atlas.muscles.values():
        d = details[muscle.id]
        assert (d["name"], d["summary"], d["self_care"], d["needling"]) == (
            muscle.name, muscle.summary, muscle.self_care, muscle.needling_precautions)
        assert [t["id"] for t in d["tps"]] == [tp.id for tp in muscle.trigger_points]
        for t, tp in zip(d["tps"], muscle.trigger_points):
            assert t["essential"] == [atlas.region_label(r).lower() for r in tp.essential]
        assert d["flags"] == [f.id for f in atlas.flags(muscle.red_flags)]
        assert set(d["conditions"]) <= set(atlas.conditions)
        assert muscle.name in d["label"]
