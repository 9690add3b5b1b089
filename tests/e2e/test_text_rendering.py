"""Streamlit's real renderer shows text from links and text boxes as exactly its characters."""
from __future__ import annotations

from playwright.sync_api import Browser

from triggerpoints.text import WORD_JOINER

from ..conftest import ROOT
from ..fixtures.markdown_app import VALUES
from ..fixtures.server import start_streamlit

MARKDOWN_APP = ROOT / "tests" / "fixtures" / "markdown_app.py"


def test_the_browser_shows_the_characters_and_nothing_else(browser: Browser):
    """No link, image, emphasis, emoji or icon; the text is the input's text."""
    proc, url = start_streamlit(MARKDOWN_APP)
    try:
        page = browser.new_page()
        page.goto(url)
        page.wait_for_selector(f".st-key-value{len(VALUES) - 1} [data-testid=stMarkdownContainer]", timeout=60_000)
        for i, value in enumerate(VALUES):
            box = page.locator(f".st-key-value{i} [data-testid=stMarkdownContainer]").first
            tags = box.evaluate("el => [...el.querySelectorAll('*')].map(e => e.tagName)")
            assert set(tags) <= {"DIV", "P", "SPAN", "BR"}, (value, box.inner_html())
            assert " ".join(box.inner_text().replace(WORD_JOINER, "").split()) == " ".join(value.split())
        page.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
