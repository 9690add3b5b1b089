"""A real app server and Debian's Chromium driven by Playwright."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-quic", "--no-first-run"]
DESKTOP = {"width": 1440, "height": 1000}
PHONE = {"width": 390, "height": 844}

# Page coordinates of a point given in a chart's data coordinates.
DATA_TO_PAGE_JS = """([el, x, y]) => {
  const xa = el._fullLayout.xaxis, ya = el._fullLayout.yaxis, r = el.getBoundingClientRect();
  return [r.left + xa._offset + xa.l2p(x), r.top + ya._offset + ya.l2p(y)];
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(env_extra: dict | None = None) -> tuple[subprocess.Popen, str]:
    port = free_port()
    env = {**os.environ, **(env_extra or {})}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true", "--server.port", str(port),
         "--server.address", "127.0.0.1"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                return proc, url
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError("the app did not start: " + proc.stderr.read().decode()[-2000:])


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    proc, url = start_server()
    yield url
    proc.terminate()
    proc.wait(timeout=20)


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: run 'make test' (it installs Debian's chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture()
def page(browser: Browser) -> Iterator[Page]:
    ctx = browser.new_context(viewport=DESKTOP)
    pg = ctx.new_page()
    pg.set_default_timeout(20_000)
    yield pg
    ctx.close()


def open_app(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(".js-plotly-plot", timeout=30_000)
    wait_idle(page)


def wait_idle(page: Page) -> None:
    """Wait until Streamlit has finished the current run."""
    page.wait_for_timeout(300)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"] button')", timeout=30_000)
    page.wait_for_timeout(300)


def chart(page: Page, index: int):
    return page.locator(".js-plotly-plot").nth(index)


def click_data(page: Page, index: int, x: float, y: float, tap: bool = False) -> None:
    """Click (or tap) a chart at a point given in its data coordinates."""
    el = chart(page, index).element_handle()
    el.scroll_into_view_if_needed()
    px, py = page.evaluate(DATA_TO_PAGE_JS, [el, x, y])
    height = page.viewport_size["height"]
    if not 40 <= py <= height - 40:  # bring the point itself into view (Streamlit scrolls its main container)
        page.mouse.move(px, height / 2)
        page.mouse.wheel(0, py - height / 2)
        page.wait_for_timeout(400)
        px, py = page.evaluate(DATA_TO_PAGE_JS, [el, x, y])
    if tap:
        page.touchscreen.tap(px, py)
    else:
        page.mouse.click(px, py)


def trace_names(page: Page, index: int) -> list[str]:
    return page.evaluate("el => el.data.map(t => t.name || '')", chart(page, index).element_handle())


def target_point(atlas, view: str, muscle_id: str, layer: str = "surface") -> tuple[float, float]:
    """A click target of the muscle near the middle of its right-side shape."""
    from triggerpoints.figures import assign_targets, hit_order

    geo = atlas.geometry.views[view]
    for shape, pts in assign_targets(hit_order(geo, layer)):
        if shape.id == muscle_id and shape.side == "right":
            c = shape.polygon.representative_point()
            best = pts[np.argmin((pts[:, 0] - c.x) ** 2 + (pts[:, 1] - c.y) ** 2)]
            return float(best[0]), float(best[1])
    raise AssertionError(f"{muscle_id} has no click target on the {view} view")


def region_point(atlas, view: str, region_id: str, side: str) -> tuple[float, float]:
    from triggerpoints.figures import assign_targets

    geo = atlas.geometry.views[view]
    order = sorted(geo.regions, key=lambda s: s.polygon.area)
    for shape, pts in assign_targets(order):
        if shape.id == region_id and shape.side == side:
            c = shape.polygon.representative_point()
            best = pts[np.argmin((pts[:, 0] - c.x) ** 2 + (pts[:, 1] - c.y) ** 2)]
            return float(best[0]), float(best[1])
    raise AssertionError(f"{region_id} ({side}) has no target on the {view} view")
