"""The body map clicked in a real browser: every muscle of every view, every trigger point, empty space,
the keyboard, the deep layer, zoom, sides, present mode and a phone."""
from __future__ import annotations

import pytest

from .conftest import MAP_READY_JS, PHONE, click_muscle, map_state, open_app, start_server, visible_point, wait_idle

pytestmark = pytest.mark.e2e
VIEWS = ("front", "back", "head", "lateral")


def heading(page, name):
    return page.get_by_role("heading", name=name, exact=True)


def drawn_muscles(page, view: str, depth: str) -> list[tuple[str, str]]:
    """Every drawn muscle shape of one depth on one view (a muscle may be drawn as several parts)."""
    return page.evaluate("""([view, depth]) => [...document.querySelectorAll(
        `[data-view-panel="${view}"] .muscle[data-depth="${depth}"]`)].map(m => [m.dataset.muscle, m.dataset.side])""",
                         [view, depth])


def chosen(page) -> list[str]:
    return page.evaluate("() => [...new Set([...document.querySelectorAll('.tpe-map .muscle.is-chosen')].map(m => m.dataset.muscle))]")


def show_view(page, view: str) -> None:
    """Switch a view on (it then stays on whatever is chosen)."""
    toggle = page.locator(f'[data-control="view"][data-view="{view}"]')
    if toggle.count() and toggle.get_attribute("aria-pressed") != "true":
        toggle.click()
        wait_idle(page)


def click_every_muscle(page, view: str, depth: str) -> list[str]:
    """Click the visible middle of every muscle of one depth on one view; return what went wrong."""
    wrong = []
    selector = f'[data-view-panel="{view}"] .muscle[data-depth="{depth}"]'
    for index, (muscle, side) in enumerate(drawn_muscles(page, view, depth)):
        point = visible_point(page, selector, "[data-muscle]", index)
        if point is None and map_state(page):
            # the X marks of the muscle chosen last are on top of a small muscle: clear the choice first,
            # as a person would, with a click beside the body
            page.mouse.click(*visible_point(page, f'[data-view-panel="{view}"] .tpe-svg', None))
            wait_idle(page)
            point = visible_point(page, selector, "[data-muscle]", index)
        if point is None:
            wrong.append(f"{muscle} ({side}): nothing of it is visible on the {view} view")
            continue
        page.mouse.click(*point)
        wait_idle(page)
        if map_state(page) != muscle or chosen(page) != [muscle]:
            wrong.append(f"{muscle} ({side}) on the {view} view chose {map_state(page)!r} {chosen(page)}")
    return wrong


@pytest.mark.parametrize("view", VIEWS)
def test_every_surface_muscle_is_chosen_by_a_click_on_it(page, server, view):
    open_app(page, f"{server}/")
    show_view(page, view)
    muscles = drawn_muscles(page, view, "superficial")
    assert len(muscles) >= 10
    wrong = click_every_muscle(page, view, "superficial")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("view", VIEWS)
def test_every_deep_muscle_is_chosen_on_the_deep_layer(page, server, view):
    open_app(page, f"{server}/")
    if not drawn_muscles(page, view, "deep"):
        pytest.skip(f"the {view} view draws no deep muscle")
    show_view(page, view)
    page.locator('[data-control="layer"][data-value="deep"]').click()
    assert page.locator(".tpe-map.layer-deep").count() == 1
    wrong = click_every_muscle(page, view, "deep")
    assert not wrong, "\n".join(wrong)


def test_every_trigger_point_x_chooses_its_trigger_point(page, server, atlas):
    open_app(page, f"{server}/")
    wrong = []
    for muscle in atlas.muscles_by_name:
        _choose_by_name(page, muscle.name, muscle=muscle.id)
        if map_state(page) != muscle.id:
            wrong.append(f"{muscle.id}: could not be chosen by name")
            continue
        for tp in muscle.trigger_points:
            selector = f'[data-view-panel="{tp.view}"] [data-pattern-side="right"] .mark[data-tp="{tp.id}"]'
            point = visible_point(page, selector, ".mark")
            if point is None:
                wrong.append(f"{tp.id}: its X is not visible on the {tp.view} view")
                continue
            page.mouse.click(*point)
            wait_idle(page)
            if map_state(page, "tp") != tp.id or map_state(page) != muscle.id:
                wrong.append(f"{tp.id}: its X chose {map_state(page)!r} / {map_state(page, 'tp')!r}")
    assert not wrong, "\n".join(wrong)


def _choose_by_name(page, name: str, typed: str | None = None, muscle: str | None = None) -> None:
    """Find a muscle with the map's own search box, as a person without a mouse on the drawing would."""
    box = page.get_by_role("combobox", name="Find a muscle")
    box.fill("")
    box.type(typed or name)
    option = page.locator(f'.tpe-finder-option[data-id="{muscle}"]') if muscle else \
        page.get_by_role("option").filter(has_text=name).first
    option.click()
    page.get_by_role("heading", name=name, exact=True).wait_for()
    wait_idle(page)


# A point on bare skin: inside the body's outline, with no muscle on top.
SKIN_POINT_JS = """(view) => {
  const svg = document.querySelector(`[data-view-panel="${view}"] .tpe-svg`);
  const body = svg.querySelector('.silhouette');
  const r = svg.getBoundingClientRect(), m = svg.getScreenCTM().inverse();
  for (let j = 2; j < 60; j++) for (let i = 2; i < 40; i++) {
    const x = r.left + i * r.width / 42, y = r.top + j * r.height / 62;
    const p = new DOMPoint(x, y).matrixTransform(m);
    if (document.elementFromPoint(x, y) === svg && body.isPointInFill(p)) return [x, y];
  }
  return null;
}"""


def test_a_click_on_empty_space_clears_and_hover_names_the_muscle(page, server):
    open_app(page, f"{server}/?muscle=masseter")
    heading(page, "Masseter").wait_for()
    assert map_state(page) == "masseter"
    page.mouse.click(*visible_point(page, '[data-view-panel="front"] .tpe-svg', None))     # beside the body
    wait_idle(page)
    heading(page, "How to use the map").wait_for()
    assert map_state(page) == "" and "muscle=" not in page.url

    point = visible_point(page, '[data-view-panel="front"] .muscle[data-muscle="biceps_brachii"][data-side="right"]',
                          "[data-muscle]")
    page.mouse.move(point[0] - 5, point[1] - 5)
    page.mouse.move(*point, steps=3)
    tip = page.locator(".tpe-tooltip")
    assert tip.is_visible() and tip.inner_text() == "Biceps brachii"
    skin = page.evaluate(SKIN_POINT_JS, "front")
    assert skin, "the front view has bare skin somewhere"
    page.mouse.move(*skin)
    assert not tip.is_visible(), "skin shows no name"


def test_choosing_a_muscle_with_the_keyboard_only(page, server):
    open_app(page, f"{server}/")
    page.locator('[data-control="present"]').focus()
    for _ in range(40):           # Tab until the map's one tab stop is reached
        page.keyboard.press("Tab")
        if page.evaluate("() => Boolean(document.activeElement.closest('.tpe-svg [data-muscle]'))"):
            break
    first = page.evaluate("() => document.activeElement.dataset.muscle")
    assert first, "Tab never reached a muscle"
    page.keyboard.press("ArrowRight")
    second = page.evaluate("() => document.activeElement.dataset.muscle")
    assert second and page.evaluate("() => document.activeElement.getAttribute('aria-label')")
    page.keyboard.press("Enter")
    wait_idle(page)
    assert map_state(page) == second
    heading(page, page.evaluate("() => document.querySelector('.tpe-chosen-name').textContent")).wait_for()
    assert page.evaluate("() => document.activeElement.dataset.muscle") == second, "focus stays where it was"


def test_infraspinatus_shows_on_the_back_and_refers_to_the_front(page, server):
    open_app(page, f"{server}/")
    click_muscle(page, "back", "infraspinatus")
    heading(page, "Infraspinatus").wait_for()
    shown = page.evaluate("""() => [...document.querySelectorAll('.zone.is-shown')].map(z => z.closest('[data-view-panel]').dataset.viewPanel)""")
    assert "front" in shown and "back" in shown
    assert page.locator('[data-view-panel="back"] .mark.is-shown').count() == 3
    assert "infraspinatus" in page.url
    assert "rotator cuff" in page.locator(".tpe-chosen").inner_text().lower()


SHOWN_ZONES_JS = """() => [...document.querySelectorAll('[data-view-panel]')].flatMap(p => {
  const svg = p.querySelector('svg.tpe-svg');
  if (!svg || p.classList.contains('is-hidden')) return [];      // what a person sees: the views on screen
  const s = svg.getBoundingClientRect();     // on screen, so the mirrored copy of the left side counts as drawn
  return [...svg.querySelectorAll('.zone.is-shown')].map(z => { const b = z.getBoundingClientRect();
    return {panel: p.dataset.viewPanel, view: z.dataset.view, zone: z.dataset.zone, tp: z.dataset.tp,
            side: z.closest('[data-pattern-side]').dataset.patternSide, x: (b.left + b.width / 2 - s.left) / s.width}; });
})"""

# Where the charts draw each classic pattern: views with an essential zone, and (front/back) the
# person's right side, which is the viewer's left on the front view and the viewer's right on the back.
CLASSIC = {
    "trapezius_upper": {"head", "back"},      # the side view leaves its band to the larger head view
    "infraspinatus": {"front", "lateral"},
    "gluteus_minimus": {"back", "lateral", "front"},
}


@pytest.mark.parametrize("muscle", sorted(CLASSIC))
def test_the_classic_patterns_are_drawn_on_their_views_and_side(page, server, muscle):
    open_app(page, f"{server}/?muscle={muscle}")
    page.wait_for_selector(".tpe-map .zone.is-shown")
    wait_idle(page)
    zones = page.evaluate(SHOWN_ZONES_JS)
    assert zones and all(z["tp"].startswith(muscle + "_tp") for z in zones), zones
    assert all(z["view"] == z["panel"] for z in zones), "a zone is drawn in another view's SVG"
    assert all(z["zone"] in ("essential", "spillover") and z["side"] == "right" for z in zones)
    essential_views = {z["view"] for z in zones if z["zone"] == "essential"}
    assert CLASSIC[muscle] <= essential_views, (muscle, essential_views)
    for z in zones:
        if z["view"] == "front":
            assert z["x"] < 0.5, f"{z['tp']} {z['zone']} is on the person's left of the front view"
        if z["view"] == "back":
            assert z["x"] > 0.5, f"{z['tp']} {z['zone']} is on the person's left of the back view"
    # Shown on the left, the same shapes move to the other half of the front and back views.
    page.locator('[data-control="side"][data-value="left"]').click()
    wait_idle(page)
    left = [z for z in page.evaluate(SHOWN_ZONES_JS) if z["view"] in ("front", "back")]
    assert left and all(z["side"] == "left" for z in left)
    assert all((z["x"] > 0.5) if z["view"] == "front" else (z["x"] < 0.5) for z in left)


def test_one_trigger_point_alone_dims_the_others(page, server, atlas):
    open_app(page, f"{server}/?muscle=infraspinatus")
    tp = atlas.muscles["infraspinatus"].trigger_points[2]
    page.locator(f'.tpe-chip[data-chip="{tp.id}"]').click()
    wait_idle(page)
    assert map_state(page, "tp") == tp.id
    shown = page.evaluate("() => [...document.querySelectorAll('.zone.is-shown')].map(z => z.dataset.tp)")
    assert shown and set(shown) == {tp.id}
    # every drawn X of the muscle's other trigger points is dimmed, on every view; its own are not
    marks = page.evaluate("() => [...document.querySelectorAll('.mark.is-shown')].map(m => [m.dataset.tp, m.classList.contains('is-dimmed')])")
    others = [d for t, d in marks if t != tp.id]
    assert others and all(others) and not any(d for t, d in marks if t == tp.id)
    assert page.locator(".mark.is-dimmed").count() == len(others)
    page.get_by_role("radio", name="All trigger points").click()
    wait_idle(page)
    assert page.locator('.tpe-chip[data-chip="all"]').get_attribute("aria-checked") == "true"
    assert map_state(page, "tp") == ""
    assert page.locator(".mark.is-dimmed").count() == 0


def test_show_on_my_left_mirrors_the_pattern(page, server):
    open_app(page, f"{server}/?muscle=masseter")
    assert page.locator('[data-pattern-side="left"] .zone').count() == 0
    assert page.locator('[data-view-panel="head"]').get_attribute("data-shows") == "right"
    page.locator('[data-control="side"][data-value="left"]').click()
    assert page.locator('[data-view-panel="front"] [data-pattern-side="left"] .zone').count() > 0
    assert page.locator('[data-view-panel="front"] [data-pattern-side="right"] .zone.is-shown').count() == 0
    assert page.locator('[data-view-panel="head"]').get_attribute("data-shows") == "left"
    assert "left" in page.locator('[data-view-panel="head"] .tpe-side-label').first.inner_text()


def test_zoom_changes_the_view_box_of_the_views_it_concerns(page, server):
    open_app(page, f"{server}/")
    boxes = lambda: page.evaluate("() => Object.fromEntries([...document.querySelectorAll('.tpe-view')].map(v => [v.dataset.viewPanel, v.querySelector('svg').getAttribute('viewBox')]))")
    whole = boxes()
    page.locator('[data-control="focus"]').select_option("face")
    zoomed = boxes()
    assert all(zoomed[v] != whole[v] for v in ("front", "back", "head")), zoomed
    page.locator('[data-control="focus"]').select_option("forearm_hand")
    hand = boxes()
    assert hand["head"] == whole["head"] and hand["front"] != whole["front"]
    # zoomed onto the person's right forearm, the front view says whose side it shows
    labels = page.locator('[data-view-panel="front"] .tpe-side-label').all_inner_texts()
    assert [t for t in labels if t] == ["Person's right side"]
    click_muscle(page, "back", "first_dorsal_interosseous")
    assert map_state(page) == "first_dorsal_interosseous"


def test_present_shows_one_view_full_screen(page, server):
    open_app(page, f"{server}/?muscle=infraspinatus")
    page.locator('[data-control="present"]').click()
    root = page.locator(".tpe-map.is-presenting")
    assert root.count() == 1
    shown = [v for v in page.locator(".tpe-view").all() if v.is_visible()]
    assert len(shown) == 1
    box = shown[0].locator(".tpe-stage").bounding_box()
    assert box["height"] >= 0.7 * page.viewport_size["height"]
    assert page.locator(".tpe-map .tpe-chosen-name").inner_text() == "Infraspinatus"
    assert page.locator(".tpe-legend").is_visible()
    page.keyboard.press("Escape")
    assert page.locator(".tpe-map.is-presenting").count() == 0


def test_the_views_are_large_on_a_laptop(page, server):
    open_app(page, f"{server}/")
    sizes = page.evaluate("() => Object.fromEntries([...document.querySelectorAll('.tpe-view')].map(v => [v.dataset.viewPanel, v.querySelector('.tpe-stage').getBoundingClientRect().height]))")
    assert sizes["front"] >= 700 and sizes["back"] >= 700 and sizes["head"] >= 420, sizes


def test_phone_shows_one_view_at_a_time_and_a_tap_names_the_muscle_under_the_map(browser, server):
    ctx = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = ctx.new_page()
    try:
        open_app(page, f"{server}/")
        assert page.locator(".tpe-map.is-phone").count() == 1
        views = page.locator(".tpe-view")
        panels = [v.get_attribute("data-view-panel") for v in views.all()]
        assert len(panels) == 4 and panels[:2] == ["front", "back"]
        assert [v.is_visible() for v in views.all()] == [p == "front" for p in panels]
        page.locator('[data-tab="back"]').tap()
        assert [v.is_visible() for v in views.all()] == [p == "back" for p in panels]
        click_muscle(page, "back", "gluteus_medius", tap=True)
        assert map_state(page) == "gluteus_medius"
        name = page.locator(".tpe-chosen-name")
        assert name.inner_text() == "Gluteus medius"
        stage = page.locator('[data-view-panel="back"] .tpe-stage').bounding_box()
        below = name.bounding_box()
        assert 0 <= below["y"] - (stage["y"] + stage["height"]) < 120, "the name sits right under the map"
        assert page.locator(".tpe-read-more").is_visible()
        # readable without zooming: no sideways scrolling, body text at least 14 px
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 1
        size = page.evaluate("Math.min(...[...document.querySelectorAll('.tpe-detail p, [data-testid=\"stMarkdownContainer\"] p')].map(p => parseFloat(getComputedStyle(p).fontSize)))")
        assert size >= 14
    finally:
        ctx.close()


def test_on_a_phone_a_muscle_from_a_link_turns_to_the_view_with_its_trigger_points(browser, server):
    ctx = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    page = ctx.new_page()
    try:
        open_app(page, f"{server}/?muscle=gluteus_medius", with_map=False)   # drawn on the front too; X marks on the back
        page.wait_for_function(MAP_READY_JS, timeout=30_000)
        page.wait_for_selector(".tpe-map .mark.is-shown")
        current = page.locator(".tpe-view.is-current")
        assert current.count() == 1 and current.get_attribute("data-view-panel") != "front"
        assert current.locator(".mark.is-shown").count() > 0 and current.is_visible()
    finally:
        ctx.close()


def test_finding_a_muscle_by_its_name_or_an_everyday_word(page, server):
    open_app(page, f"{server}/")
    _choose_by_name(page, "Gluteus medius", typed="glut med", muscle="gluteus_medius")
    assert map_state(page) == "gluteus_medius"
    box = page.get_by_role("combobox", name="Find a muscle")
    for words, expected in (("jaw", "masseter"), ("rotator cuff", "infraspinatus"), ("calf", "gastrocnemius"),
                            ("trapesius", "trapezius_upper")):
        box.fill(words)
        found = page.locator(".tpe-finder-option").evaluate_all("els => els.map(e => e.dataset.id)")
        assert expected in found, (words, found)
    box.fill("qqqq")
    assert page.locator(".tpe-finder-none").is_visible()


def test_the_clinician_detail_adds_palpation_precautions_and_aftercare(page, server):
    open_app(page, f"{server}/?muscle=masseter")
    detail = page.locator(".tpe-detail")
    assert "For clinicians" not in detail.inner_text()
    page.locator('[data-control="audience"][data-value="clinician"]').click()
    text = detail.inner_text()
    assert "For clinicians" in text and "Needling and injection precautions" in text and "Palpation:" in text
    page.get_by_text("Aftercare to explain after trigger point injection or dry needling").click()
    assert detail.get_by_text("After your trigger point injection or dry needling").is_visible()


def test_a_condition_link_in_the_detail_opens_its_page(page, server, atlas):
    open_app(page, f"{server}/?muscle=infraspinatus")
    first = atlas.muscles["infraspinatus"].conditions[0]
    page.locator(f'.tpe-detail a[data-open="condition"][data-id="{first}"]').click()
    page.get_by_role("heading", name=atlas.conditions[first].name, exact=False).first.wait_for()
    assert f"condition={first}" in page.url


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


def test_nothing_leaves_the_machine(page, server):
    """Privacy and offline use: every request the page makes goes to the app's own server."""
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    open_app(page, f"{server}/")
    click_muscle(page, "front", "pectoralis_major")
    heading(page, "Pectoralis major").wait_for()
    open_app(page, f"{server}/pain_drawing")
    open_app(page, f"{server}/conditions?condition=tension_type_headache")
    outside = [u for u in requests if not u.startswith((server, "data:", "blob:"))]
    assert not outside, outside


VISIBLE_VIEWS_JS = "() => [...document.querySelectorAll('.tpe-view')].filter(v => v.offsetParent !== null).map(v => v.dataset.viewPanel)"
# Per muscle, the views it is drawn on or its pattern falls on.
VIEWS_OF_JS = """() => {
  const out = {};
  for (const n of document.querySelectorAll('.tpe-view [data-muscle], .tpe-view .zone[data-owner], .tpe-view .mark[data-owner]')) {
    const id = n.dataset.muscle || n.dataset.owner;
    (out[id] = out[id] || new Set()).add(n.closest('[data-view-panel]').dataset.viewPanel);
  }
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, [...v]]));
}"""


def test_the_front_and_back_stay_put_and_the_other_views_follow_the_choice(page, server):
    """Views a choice does not touch step aside; the front and back never move under the pointer; a view
    switched on stays on."""
    open_app(page, f"{server}/")
    panels = page.evaluate("() => [...document.querySelectorAll('.tpe-view')].map(v => v.dataset.viewPanel)")
    assert page.evaluate(VISIBLE_VIEWS_JS) == [v for v in panels if v != "lateral"]
    surface = {v: {m for m, _ in drawn_muscles(page, v, "superficial")} for v in ("front", "back")}
    where = {m: vs for m, vs in page.evaluate(VIEWS_OF_JS).items() if m in surface["front"] | surface["back"]}
    def stage(v):      # where a view sits across the page, and its size (scrolling moves it up and down)
        box = page.locator(f'[data-view-panel="{v}"] .tpe-stage').bounding_box()
        return box["x"], box["width"], box["height"]
    before = {v: stage(v) for v in ("front", "back")}
    # a muscle of the back whose pattern stays off the head (and the side) view
    plain = next(m for m, vs in sorted(where.items()) if m in surface["back"] and not {"head", "lateral"} & set(vs))
    click_muscle(page, "back", plain)
    assert page.evaluate(VISIBLE_VIEWS_JS) == ["front", "back"]
    assert {v: stage(v) for v in ("front", "back")} == before
    # a muscle whose pattern reaches the head view brings it back
    headed = next(m for m, vs in sorted(where.items()) if m in surface["back"] and "head" in vs)
    click_muscle(page, "back", headed)
    assert "head" in page.evaluate(VISIBLE_VIEWS_JS)
    if "lateral" in panels:
        # a pattern the head view draws large does not bring the small whole-body side view along
        assert "splenius_capitis" in surface["back"]          # it refers to the top of the head
        click_muscle(page, "back", "splenius_capitis")
        assert "head" in page.evaluate(VISIBLE_VIEWS_JS) and "lateral" not in page.evaluate(VISIBLE_VIEWS_JS)
        # the side view comes with a pattern that runs down the body, and once switched on it stays on
        sided = "tensor_fasciae_latae"           # its pattern runs down the outside of the thigh
        assert sided in surface["front"] and "lateral" in where[sided]
        click_muscle(page, "front", sided)
        assert "lateral" in page.evaluate(VISIBLE_VIEWS_JS)
        click_muscle(page, "back", plain)
        assert "lateral" not in page.evaluate(VISIBLE_VIEWS_JS)
        page.locator('[data-control="view"][data-view="lateral"]').click()
        assert page.locator('[data-control="view"][data-view="lateral"]').get_attribute("aria-pressed") == "true"
        click_muscle(page, "back", headed)
        assert "lateral" in page.evaluate(VISIBLE_VIEWS_JS)
    # switching a view off hides it for this choice
    page.locator('[data-control="view"][data-view="head"]').click()
    assert "head" not in page.evaluate(VISIBLE_VIEWS_JS)
    assert {v: stage(v) for v in ("front", "back")} == before
