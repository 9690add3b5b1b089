"""The handout in a real browser: "Download handout" gives a PDF, the pain page's summary too, and the
browser's own Print gives one clean page for every muscle."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from .conftest import DESKTOP, click_region, open_app, wait_idle

pytestmark = pytest.mark.e2e


@pytest.fixture()
def downloads(browser):
    ctx = browser.new_context(viewport=DESKTOP, accept_downloads=True)
    page = ctx.new_page()
    page.set_default_timeout(30_000)
    yield page
    ctx.close()


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(p.extract_text() for p in reader.pages)


def download(page, button) -> tuple[str, bytes]:
    with page.expect_download(timeout=60_000) as info:
        button.click()
    d = info.value
    with open(d.path(), "rb") as f:
        return d.suggested_filename, f.read()


def test_download_handout_gives_the_muscles_one_page_pdf(downloads, server, atlas):
    page = downloads
    open_app(page, f"{server}/?muscle=infraspinatus")
    name, data = download(page, page.get_by_role("button", name="Download handout (PDF)"))
    assert name.endswith(".pdf") and "infraspinatus" in name
    assert data.startswith(b"%PDF")
    pages, text = pdf_text(data)
    assert pages == 1
    assert "Infraspinatus" in text
    for tp in atlas.muscles["infraspinatus"].trigger_points:
        assert tp.label.split()[0] in text
    # a second press gives the file again (each press is its own download)
    name2, data2 = download(page, page.get_by_role("button", name="Download handout (PDF)"))
    assert name2 == name and data2.startswith(b"%PDF")


def test_the_clinician_handout_with_aftercare(downloads, server):
    page = downloads
    open_app(page, f"{server}/?muscle=trapezius_upper")
    page.locator('[data-control="audience"][data-value="clinician"]').click()
    wait_idle(page)
    page.get_by_role("checkbox", name="Injection or dry needling done today").check()
    _, data = download(page, page.get_by_role("button", name="Download handout (PDF)"))
    pages, text = pdf_text(data)
    assert pages == 1
    assert "After your injection or dry needling" in text


def test_the_pain_page_downloads_a_summary_of_the_marked_places(downloads, server):
    page = downloads
    open_app(page, f"{server}/pain_drawing")
    click_region(page, "back", "shoulder_blade", "right")
    click_region(page, "front", "shoulder_front", "right")
    names = [n.split(". ", 1)[1] for n in page.locator(".tpe-candidate-name").all_inner_texts()]
    assert names
    _, data = download(page, page.get_by_role("button", name="Download a summary for my clinician (PDF)"))
    pages, text = pdf_text(data)
    assert pages <= 2
    flat = " ".join(text.split())
    assert "right" in flat.lower()
    assert names[0] in flat
    # the candidates are listed in the app's order
    positions = [flat.find(n) for n in names[:3]]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), (names[:3], positions)


def choose(page, muscle_id: str, name: str) -> None:
    box = page.get_by_role("combobox", name="Find a muscle")
    box.fill(name)
    page.locator(f'.tpe-finder-option[data-id="{muscle_id}"]').click()
    page.get_by_role("heading", name=name, exact=True).wait_for()
    wait_idle(page)


def test_the_browsers_print_gives_one_clean_page_for_every_muscle(page, server, atlas):
    """Print preview of every muscle's detail: one A4 page, no sidebar or widgets, the views drawn, the
    collapsed sections opened."""
    open_app(page, f"{server}/")
    too_long = []
    for muscle in atlas.muscles.values():
        choose(page, muscle.id, muscle.name)
        page.emulate_media(media="print")
        page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))")
        checks = page.evaluate("""() => ({
          sidebar: [...document.querySelectorAll('[data-testid="stSidebar"]')].some(e => e.offsetParent !== null),
          toolbar: [...document.querySelectorAll('.tpe-toolbar')].some(e => e.offsetParent !== null),
          closed: document.querySelectorAll('.tpe-below details:not([open])').length,
          views: [...document.querySelectorAll('.tpe-view')].filter(v => v.offsetParent !== null).length,
        })""")
        pages = len(PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True))).pages)
        page.evaluate("() => window.dispatchEvent(new Event('afterprint'))")
        page.emulate_media(media="screen")
        if pages != 1 or checks["sidebar"] or checks["toolbar"] or checks["closed"] or not checks["views"]:
            too_long.append(f"{muscle.id}: {pages} pages, {checks}")
    assert not too_long, "\n".join(too_long)
