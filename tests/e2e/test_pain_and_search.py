"""The pain drawing and the search box in a real browser."""
from __future__ import annotations

import re

import pytest

from .conftest import click_data, open_app, region_point, trace_names, wait_idle

pytestmark = pytest.mark.e2e
HEAD = 2


def test_mark_two_regions_rank_and_show_a_candidate(page, server, atlas):
    open_app(page, f"{server}/pain_drawing")
    click_data(page, HEAD, *region_point(atlas, "head", "temple", "right"))
    page.get_by_text("You marked:").wait_for()
    wait_idle(page)
    click_data(page, HEAD, *region_point(atlas, "head", "jaw_angle", "right"))
    page.get_by_text("angle of the jaw", exact=False).first.wait_for()
    wait_idle(page)
    assert "marked regions" in trace_names(page, HEAD)
    heading = page.get_by_role("heading", name="Muscles that commonly send pain there")
    heading.wait_for()
    first_show = page.get_by_role("button", name="Show on drawing").first
    first_show.click()
    wait_idle(page)
    names = trace_names(page, HEAD)
    assert "essential zone" in names and "marked regions" in names
    assert names.index("marked regions") > names.index("essential zone"), "the marks stay visible on top"


def test_typing_a_place_marks_it(page, server):
    open_app(page, f"{server}/pain_drawing")
    page.get_by_label("Type a place").fill("behind the knee")
    page.keyboard.press("Enter")
    page.get_by_role("button", name="Add: Back of the knee").click()
    page.get_by_text("back of the knee", exact=False).first.wait_for()
    wait_idle(page)
    assert page.get_by_role("button", name="Show on drawing").count() >= 1


def test_search_box_opens_the_right_page(page, server):
    open_app(page, f"{server}/")
    box = page.get_by_role("textbox", name="Search")
    box.fill("tenis elbow")
    box.press("Enter")
    page.get_by_role("link", name=re.compile(r"^Tennis elbow.*\(condition\)$")).first.click()
    page.get_by_role("heading", name="Tennis elbow", exact=False).first.wait_for()
    assert "condition=tennis_elbow" in page.url

    box = page.get_by_role("textbox", name="Search")
    box.fill("peroneus")
    box.press("Enter")
    page.get_by_role("link", name="Fibularis (peroneus) longus (muscle)").click()
    page.get_by_role("heading", name="Fibularis (peroneus) longus", exact=True).wait_for()
    assert "muscle=fibularis_longus" in page.url
