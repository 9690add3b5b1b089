"""On a phone the sidebar covers the page: choosing a search result closes it and shows the page (issue 7)."""
from __future__ import annotations

import re

import pytest

from .conftest import PHONE, open_app, wait_idle

pytestmark = pytest.mark.e2e
PHONE_UA = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
            "Chrome/126.0 Mobile Safari/537.36")
SIDEBAR = "[data-testid=stSidebar]"


def sidebar_open(page) -> bool:
    return page.locator(SIDEBAR).get_attribute("data-collapsed") == "false"


@pytest.mark.parametrize("start, words, link, heading, in_url", [
    ("/", "tenis elbow", r"^Tennis elbow.*\(condition\)$", r"^Tennis elbow", "condition=tennis_elbow"),
    ("/about", "peroneus", r"^Fibularis \(peroneus\) longus \(muscle\)$", r"^Fibularis \(peroneus\) longus$",
     "muscle=fibularis_longus"),
], ids=["condition", "muscle"])
def test_choosing_a_search_result_closes_the_sidebar(browser, server, start, words, link, heading, in_url):
    ctx = browser.new_context(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True,
                              user_agent=PHONE_UA)
    page = ctx.new_page()
    page.set_default_timeout(20_000)
    try:
        open_app(page, server + start, with_map=start == "/")
        assert not sidebar_open(page), "on a phone the sidebar starts closed"
        page.get_by_test_id("stExpandSidebarButton").tap()
        page.wait_for_function(f"() => document.querySelector('{SIDEBAR}').dataset.collapsed === 'false'")
        box = page.get_by_role("textbox", name="Search")
        box.tap()
        box.fill(words)
        box.press("Enter")
        wait_idle(page)
        result = page.locator(SIDEBAR).get_by_role("link", name=re.compile(link)).first
        result.tap()
        page.wait_for_function("(wanted) => location.search.includes(wanted)", arg=in_url)
        page.get_by_role("heading", name=re.compile(heading)).first.wait_for()
        page.wait_for_function(f"() => document.querySelector('{SIDEBAR}').dataset.collapsed === 'true'",
                               timeout=5_000)
        # the page is in view, not under the sidebar
        sidebar = page.locator(SIDEBAR).bounding_box()
        assert sidebar is None or sidebar["x"] + sidebar["width"] <= 1, sidebar
        assert page.get_by_role("heading", level=1).first.is_visible()
    finally:
        ctx.close()


def test_on_a_wide_screen_the_sidebar_stays_open(page, server):
    """The sidebar sits beside the page there: a result opens its page and the search stays at hand."""
    open_app(page, f"{server}/about", with_map=False)
    box = page.get_by_role("textbox", name="Search")
    box.fill("tenis elbow")
    box.press("Enter")
    page.locator(SIDEBAR).get_by_role("link", name=re.compile(r"^Tennis elbow.*\(condition\)$")).first.click()
    page.wait_for_function("() => location.search.includes('condition=tennis_elbow')")
    wait_idle(page)
    assert sidebar_open(page)
