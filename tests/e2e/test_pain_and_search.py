"""The pain drawing, the conditions map and the search box in a real browser."""
from __future__ import annotations

import re

import pytest

from .conftest import click_region, map_state, open_app, visible_point, wait_idle

pytestmark = pytest.mark.e2e
PANELS = ("front", "back", "head-right", "head-left")


def drawn_regions(page, panel: str) -> list[tuple[str, str]]:
    return page.evaluate("""(panel) => [...document.querySelectorAll(`[data-view-panel="${panel}"] [data-region]`)]
        .map(r => [r.dataset.region, r.dataset.side])""", panel)


def marked(page) -> set[str]:
    return {m for m in map_state(page, "marked").split(",") if m}


@pytest.mark.parametrize("panel", PANELS)
def test_every_place_on_both_sides_toggles_on_a_tap(page, server, panel):
    open_app(page, f"{server}/pain_drawing")
    regions = drawn_regions(page, panel)
    assert len(regions) >= 12
    sides = {side for _, side in regions}
    assert sides >= ({"right"} if panel == "head-right" else {"left"} if panel == "head-left" else {"right", "left"})
    wrong = []
    for region, side in regions:
        selector = f'[data-view-panel="{panel}"] [data-region="{region}"][data-side="{side}"]'
        if visible_point(page, selector, "[data-region]") is None:
            wrong.append(f"{region} ({side}) cannot be reached on the {panel} view")
            continue
        before = marked(page)
        click_region(page, panel, region, side)
        if marked(page) != before ^ {f"{region}:{side}"}:
            wrong.append(f"{region} ({side}) on {panel}: marks went from {sorted(before)} to {sorted(marked(page))}")
    assert not wrong, "\n".join(wrong)
    # and a second tap unmarks
    region, side = regions[0]
    click_region(page, panel, region, side)
    assert f"{region}:{side}" not in marked(page)


def test_mark_two_places_rank_and_show_a_candidate_over_the_marks(page, server):
    open_app(page, f"{server}/pain_drawing")
    click_region(page, "head-right", "temple", "right")
    page.get_by_text("You marked:").wait_for()
    click_region(page, "head-right", "jaw_angle", "right")
    assert marked(page) == {"temple:right", "jaw_angle:right"}
    page.get_by_role("heading", name="Muscles that commonly send pain there").wait_for()
    assert page.locator(".js-plotly-plot").count() == 0
    page.get_by_text("Show how the order is worked out").click()
    page.locator(".js-plotly-plot").wait_for()
    wait_idle(page)
    first = page.get_by_role("button", name="Show on drawing").first
    first.click()
    wait_idle(page)
    owner = page.locator(".tpe-map").get_attribute("data-pattern")
    assert owner
    shown = page.locator('[data-view-panel="head-right"] .zone.is-shown')
    assert shown.count() > 0
    assert page.locator('[data-view-panel="head-left"] .zone.is-shown').count() == 0, "the pattern is drawn on the marked side"
    # the drawing comes into view and says what it shows
    status = page.locator(".tpe-map .tpe-chosen")
    assert status.inner_text().startswith("Showing: ")
    box = page.locator(".tpe-map").bounding_box()
    assert box["y"] < page.viewport_size["height"] and box["y"] + box["height"] > 0
    # the person's marks stay visible on top of the zones
    order = page.evaluate("""() => { const svg = document.querySelector('[data-view-panel="head-right"] .tpe-svg');
        const all = [...svg.querySelectorAll('.region.is-marked, .zone.is-shown')];
        return all.map(n => n.classList.contains('zone') ? 'zone' : 'mark'); }""")
    assert order.index("mark") < order.index("zone")      # regions come before zones in the file...
    style = page.evaluate("""() => getComputedStyle(document.querySelector('.region.is-marked')).strokeWidth""")
    assert float(style.replace("px", "")) >= 1.5           # ...and are drawn as strong outlines over a pattern


def test_the_ranking_and_its_reasons_are_python_s(page, server, atlas):
    """The drawing is ranked by lookup.rank_sources and worded in the browser as lookup.explain words it."""
    from triggerpoints.lookup import describe_marks, explain, rank_sources

    open_app(page, f"{server}/pain_drawing")
    marks = [("head-right", "temple", "right"), ("front", "jaw_angle", "left"), ("back", "upper_back", "right"),
             ("front", "sternum", "midline")]
    for panel, region, side in marks:
        click_region(page, panel, region, side)
    shown = page.locator(".tpe-candidate").evaluate_all(
        "els => els.map(e => [e.dataset.candidate, e.querySelector('.tpe-reason').textContent])")
    ranked = rank_sources(atlas, sorted({r for _, r, _ in marks}), top=10)
    sides = {"temple": "right", "jaw_angle": "left", "upper_back": "right"}
    assert shown == [[c.muscle.id, explain(atlas, c, sides)] for c in ranked]
    you = page.locator(".tpe-results p").filter(has_text="You marked:").inner_text()
    assert you == "You marked: " + describe_marks(atlas, [(r, s) for _, r, s in marks])


def test_typing_a_place_with_a_side_marks_that_side(page, server):
    open_app(page, f"{server}/pain_drawing")
    page.get_by_label("Type a place").fill("my left temple")
    page.keyboard.press("Enter")
    wait_idle(page)
    page.get_by_role("button", name=re.compile(r"^Add: Temple")).first.click()
    wait_idle(page)
    assert marked(page) == {"temple:left"}


def test_a_place_from_a_link_asks_which_side(page, server):
    open_app(page, f"{server}/pain_drawing?regions=knee_back")
    page.get_by_text("Which side is the pain on?").wait_for()
    assert marked(page) == set()
    page.get_by_role("button", name="My right").click()
    wait_idle(page)
    assert marked(page) == {"knee_back:right"}


def test_a_condition_map_highlights_its_muscles_and_opens_one(page, server, atlas):
    open_app(page, f"{server}/conditions?condition=tension_type_headache")
    muscles = set(atlas.conditions["tension_type_headache"].muscles)
    highlighted = set(page.evaluate("() => [...new Set([...document.querySelectorAll('.muscle.is-highlighted')].map(m => m.dataset.muscle))]"))
    drawn = set(page.evaluate("() => [...new Set([...document.querySelectorAll('.muscle')].map(m => m.dataset.muscle))]"))
    assert highlighted == muscles & drawn and highlighted
    sizes = page.evaluate("() => [...document.querySelectorAll('.tpe-view .tpe-stage')].map(s => s.getBoundingClientRect().width)")
    assert min(sizes) >= 190, sizes
    point = visible_point(page, '[data-view-panel="back"] .muscle.is-highlighted[data-muscle="trapezius_upper"][data-side="right"]',
                          "[data-muscle]")
    page.mouse.click(*point)
    page.get_by_role("heading", name="Upper trapezius", exact=True).wait_for()
    assert "muscle=trapezius_upper" in page.url


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
