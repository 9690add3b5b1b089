"""The body map clicked in a real browser: front and back muscles, empty space, trigger points, phone size."""
from __future__ import annotations

import pytest

from .conftest import (PHONE, click_data, open_app, start_server, target_point, trace_names, wait_idle)

pytestmark = pytest.mark.e2e
FRONT, BACK, HEAD = 0, 1, 2


def heading(page, name):
    return page.get_by_role("heading", name=name, exact=True)


def test_click_a_front_muscle_then_a_back_muscle(page, server, atlas):
    open_app(page, f"{server}/")
    assert heading(page, "How to use the map").is_visible()
    assert "essential zone" not in trace_names(page, FRONT)

    click_data(page, FRONT, *target_point(atlas, "front", "pectoralis_major"))
    heading(page, "Pectoralis major").wait_for()
    wait_idle(page)
    assert "essential zone" in trace_names(page, FRONT)
    assert "pectoralis_major" in page.url

    click_data(page, BACK, *target_point(atlas, "back", "infraspinatus"))
    heading(page, "Infraspinatus").wait_for()
    wait_idle(page)
    assert heading(page, "Pectoralis major").count() == 0
    # infraspinatus lies on the back and refers to the front of the shoulder: both views show it
    assert "trigger points" in trace_names(page, BACK)
    assert "essential zone" in trace_names(page, FRONT)


def test_click_on_empty_space_selects_nothing(page, server, atlas):
    open_app(page, f"{server}/?muscle=masseter")
    heading(page, "Masseter").wait_for()
    click_data(page, FRONT, 20, 960)          # far from the body
    heading(page, "How to use the map").wait_for()
    wait_idle(page)
    assert "selected muscle" not in trace_names(page, FRONT)
    assert "muscle=" not in page.url


def test_hover_names_the_muscle(page, server, atlas):
    open_app(page, f"{server}/")
    el = page.locator(".js-plotly-plot").nth(FRONT)
    from .conftest import DATA_TO_PAGE_JS
    x, y = page.evaluate(DATA_TO_PAGE_JS, [el.element_handle(), *target_point(atlas, "front", "biceps_brachii")])
    page.mouse.move(x - 6, y - 6)
    page.mouse.move(x, y, steps=4)
    page.locator(".hoverlayer", has_text="Biceps brachii").wait_for()


def test_the_select_box_is_searchable(page, server):
    open_app(page, f"{server}/")
    page.get_by_label("Muscle").first.click()
    page.keyboard.type("glut med")
    page.keyboard.press("Enter")
    heading(page, "Gluteus medius").wait_for()


def test_a_deep_muscle_is_clickable_on_the_deep_layer(page, server, atlas):
    open_app(page, f"{server}/")
    page.get_by_text("Deep muscles", exact=True).click()
    wait_idle(page)
    click_data(page, BACK, *target_point(atlas, "back", "supraspinatus", layer="deep"))
    heading(page, "Supraspinatus").wait_for()


def test_phone_views_stack_and_a_tap_selects(browser, server, atlas):
    ctx = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = ctx.new_page()
    try:
        open_app(page, f"{server}/")
        boxes = [page.locator(".js-plotly-plot").nth(i).bounding_box() for i in range(3)]
        assert boxes[0]["y"] + boxes[0]["height"] <= boxes[1]["y"] + 1, "views should stack on a phone"
        assert all(b["width"] <= PHONE["width"] for b in boxes)
        click_data(page, FRONT, *target_point(atlas, "front", "rectus_femoris"), tap=True)
        heading(page, "Rectus femoris").wait_for()
        wait_idle(page)
        # readable without zooming: no sideways scrolling, body text at least 14 px
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1
        size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('[data-testid=\"stMarkdownContainer\"] p')).fontSize)")
        assert size >= 14
    finally:
        ctx.close()


def test_a_deep_link_on_a_fresh_server_opens_through_the_app(browser):
    """The first request to a new server is a deep link: the app's own navigation must answer it."""
    proc, url = start_server()
    ctx = browser.new_context()
    page = ctx.new_page()
    try:
        page.goto(f"{url}/conditions?condition=tennis_elbow")
        page.get_by_role("heading", name="Tennis elbow", exact=False).first.wait_for(timeout=30_000)
        wait_idle(page)
        assert page.get_by_text("Page not found").count() == 0
        assert page.get_by_role("link", name="Where does it hurt?").count() >= 1   # app.py's navigation
    finally:
        ctx.close()
        proc.terminate()


def test_nothing_leaves_the_machine(page, server, atlas):
    """Privacy and offline use: every request the page makes goes to the app's own server."""
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    open_app(page, f"{server}/")
    click_data(page, FRONT, *target_point(atlas, "front", "pectoralis_major"))
    heading(page, "Pectoralis major").wait_for()
    outside = [u for u in requests if not u.startswith((server, "data:", "blob:"))]
    assert not outside, outside


def test_zoom_makes_a_small_hand_muscle_clickable(page, server, atlas):
    open_app(page, f"{server}/")
    page.get_by_role("combobox", name="Zoom to").click()
    page.keyboard.type("Forearm and hand")
    page.keyboard.press("Enter")
    wait_idle(page)
    click_data(page, BACK, *target_point(atlas, "back", "first_dorsal_interosseous"))
    heading(page, "First dorsal interosseous").wait_for()
