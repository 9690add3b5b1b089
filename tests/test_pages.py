"""Every page runs in AppTest; the body map answers to the URL and to its widgets; bad data shows a panel."""
from __future__ import annotations

import json
import re

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from .conftest import ROOT

PAGES = ["pages/body_map.py", "pages/pain_drawing.py", "pages/conditions.py", "pages/about.py", "pages/disclaimer.py"]
TIMEOUT = 60


def app(**query) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=TIMEOUT)
    for k, v in query.items():
        at.query_params[k] = v
    return at


def all_markdown(at: AppTest) -> str:
    """The page's Markdown as a reader sees its characters (backslash escapes removed)."""
    text = "\n".join(m.value for m in at.markdown) + "\n".join(c.value for c in at.caption)
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", text).replace("\u2060", "")


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs(page):
    at = app().run()
    assert not at.exception
    at.switch_page(page).run()
    assert not at.exception, at.exception
    assert at.title or at.header or at.markdown


def test_disclaimer_is_on_every_page():
    for page in PAGES:
        at = app().run()
        at.switch_page(page).run()
        assert "does not diagnose" in all_markdown(at), page


def map_data(at: AppTest, index: int = 0) -> dict:
    """What the page sent to the body map component on its last run."""
    proto = at.get("bidi_component")[index].proto
    return json.loads(proto.json if proto.WhichOneof("data") == "json" else proto.mixed.json)


def test_body_map_opens_the_muscle_in_the_url():
    at = app(muscle="infraspinatus").run()
    assert not at.exception
    data = map_data(at)
    assert data["selected"] == "infraspinatus" and data["tp"] == ""
    # the first run sends the texts once; the browser answers every later click from them
    assert "Commonly refers pain to" not in json.dumps(data)
    assert data["static"]["table"]["details"]["infraspinatus"]["name"] == "Infraspinatus"


def test_a_rerun_sends_the_highlight_only():
    at = app(muscle="infraspinatus").run()
    first = map_data(at)
    at.session_state["muscle"] = "masseter"
    at.run()
    again = map_data(at)
    assert "static" in first and "static" not in again, "the texts and the setup travel once per page"
    assert again["selected"] == "masseter" and again["static_hash"] == first["static_hash"]
    assert len(json.dumps(again)) < 300
    assert at.query_params["muscle"] in ("masseter", ["masseter"])


def test_unknown_muscle_in_the_url_gets_a_friendly_note():
    at = app(muscle="infraspinatos").run()
    assert not at.exception
    notes = " ".join(i.value for i in at.info)
    assert "could not find" in notes and "infraspinatos" in notes
    hints = [link.proto.label for link in at.get("page_link")]
    assert "Infraspinatus" in hints
    assert map_data(at)["selected"] == ""


def test_one_trigger_point_is_sent_to_the_map():
    at = app(muscle="trapezius_upper").run()
    at.session_state["trigger_point"] = "trapezius_upper_tp1"
    at.run()
    assert not at.exception
    assert map_data(at)["tp"] == "trapezius_upper_tp1"
    at.session_state["trigger_point"] = "masseter_tp1"     # not a point of this muscle: the whole muscle
    at.run()
    assert map_data(at)["tp"] == ""


def test_bad_data_shows_an_error_panel_not_a_traceback(data_copy, monkeypatch):
    (data_copy / "muscles.csv").write_text("id,name\nbad id,\n")
    monkeypatch.setenv("TRIGGERPOINTS_DATA_DIR", str(data_copy))
    st.cache_resource.clear()
    try:
        at = app().run()
        assert not at.exception
        errors = " ".join(e.value for e in at.error)
        assert "problem(s)" in errors
        assert "muscles.csv" in all_markdown(at)
    finally:
        st.cache_resource.clear()


def test_pain_page_offers_nearby_places_when_nothing_matches(atlas, monkeypatch):
    """When no muscle refers pain to the marked place, the page offers nearby places (the browser test reads
    the note). Every region of the real atlas is some trigger point's zone, and the drawn zones must agree
    with the lists, so the empty ranking is what the ranking is made to return here."""
    import triggerpoints.lookup

    assert triggerpoints.lookup.rank_sources(atlas, ["nose"]), "the real atlas does refer pain to the nose"
    monkeypatch.setattr(triggerpoints.lookup, "rank_sources", lambda *args, **kwargs: [])
    at = app(regions="nose").run()
    at.switch_page("pages/pain_drawing.py").run()
    assert not at.exception
    data = map_data(at)
    assert data["marked"] == [["nose", "midline"]]
    assert data["candidates"] == [] and "cheek" in data["nearby"]
