"""Every page runs in AppTest; the body map answers to the URL and to its widgets; bad data shows a panel."""
from __future__ import annotations

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


def choose(at: AppTest, key: str, label: str) -> AppTest:
    """Pick an option of a select box by the label shown to the user."""
    box = at.selectbox(key=key)
    return box.select_index(box.options.index(label)).run()


def all_markdown(at: AppTest) -> str:
    return "\n".join(m.value for m in at.markdown) + "\n".join(c.value for c in at.caption)


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


def test_body_map_opens_the_muscle_in_the_url():
    at = app(muscle="infraspinatus").run()
    assert not at.exception
    assert at.selectbox(key="muscle").value == "infraspinatus"
    text = all_markdown(at)
    assert "Infraspinatus" in text and "Commonly refers pain to" in text


def test_unknown_muscle_in_the_url_gets_a_friendly_note():
    at = app(muscle="infraspinatos").run()
    assert not at.exception
    notes = " ".join(i.value for i in at.info)
    assert "could not find" in notes and "Infraspinatus" in notes


def test_choosing_a_muscle_and_clinician_detail():
    at = app().run()
    choose(at, "muscle", "Masseter")
    assert at.selectbox(key="muscle").value == "masseter"
    assert not at.exception
    assert "Masseter" in all_markdown(at) and "For clinicians" not in all_markdown(at)
    at.segmented_control(key="audience").set_value("Clinician").run()
    text = all_markdown(at)
    assert "For clinicians" in text and "Needling and injection precautions" in text


def test_choosing_one_trigger_point_narrows_the_pattern():
    at = app(muscle="trapezius_upper").run()
    pills = at.get("button_group")
    assert pills, "trigger point chooser missing"
    at.session_state["trigger_point"] = "trapezius_upper_tp1"
    at.run()
    assert not at.exception
    assert "▶" in all_markdown(at)


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


def test_pain_page_says_kindly_when_nothing_matches(data_copy, monkeypatch):
    """With no muscle referring to the nose, marking it gives a kind note and nearby places."""
    import pandas as pd

    tps = pd.read_csv(data_copy / "trigger_points.csv", dtype=str, keep_default_na=False)
    for col in ("essential", "spillover"):
        tps[col] = tps[col].map(lambda cell: "; ".join(r.strip() for r in cell.split(";") if r.strip() != "nose"))
    tps.loc[tps["essential"] == "", "essential"] = "cheek"
    tps.loc[tps["spillover"] == "", "spillover"] = "none"
    tps.to_csv(data_copy / "trigger_points.csv", index=False)
    monkeypatch.setenv("TRIGGERPOINTS_DATA_DIR", str(data_copy))
    st.cache_resource.clear()
    try:
        at = app(regions="nose").run()
        at.switch_page("pages/pain_drawing.py").run()
        assert not at.exception
        text = all_markdown(at)
        assert "did not find a muscle" in text and "nearby places" in text and "cheek" in text
    finally:
        st.cache_resource.clear()
