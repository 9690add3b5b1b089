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

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-quic", "--no-first-run"]
DESKTOP = {"width": 1440, "height": 1000}
PHONE = {"width": 390, "height": 844}

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


def open_app(page: Page, url: str, with_map: bool = True) -> None:
    """Open a page and wait until it has run and (`with_map`) its map has drawn every view."""
    page.goto(url)
    page.get_by_role("heading", level=1).first.wait_for(timeout=30_000)
    if with_map:
        page.wait_for_selector(".tpe-map .tpe-svg", state="attached", timeout=30_000)
        page.wait_for_function(MAP_READY_JS, timeout=30_000)
    wait_idle(page)


MAP_READY_JS = """() => [...document.querySelectorAll('.tpe-map')].every(m => {
  const views = m.querySelectorAll('.tpe-view').length;
  return views > 0 && m.querySelectorAll('.tpe-svg').length === views;
})"""


def wait_idle(page: Page) -> None:
    """Wait until Streamlit has finished the current run and the map has no unconfirmed click."""
    page.wait_for_timeout(150)
    page.wait_for_function("() => !document.querySelector('[data-testid=\"stStatusWidget\"] button')"
                           " && !document.querySelector('.tpe-map[data-pending]')", timeout=30_000)
    page.wait_for_timeout(150)


# The middle of what is visible of an element: sample its box, keep the points where the browser's own
# hit testing (elementFromPoint) finds that element on top, and take the kept point nearest their centre.
VISIBLE_POINT_JS = """([selector, owner, index]) => {
  const el = document.querySelectorAll(selector)[index || 0];
  if (!el) return null;
  el.scrollIntoView({block: 'center', inline: 'center'});
  const r = el.getBoundingClientRect();
  const n = Math.max(16, Math.min(64, Math.ceil(Math.max(r.width, r.height) / 2)));
  const hits = [];
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) {
    const x = r.left + (i + 0.5) * r.width / n, y = r.top + (j + 0.5) * r.height / n;
    const top = document.elementFromPoint(x, y);
    if (top && (owner ? top.closest(owner) === el : top === el)) hits.push([x, y]);
  }
  if (!hits.length) return null;
  const cx = hits.reduce((a, h) => a + h[0], 0) / hits.length, cy = hits.reduce((a, h) => a + h[1], 0) / hits.length;
  hits.sort((a, b) => Math.hypot(a[0] - cx, a[1] - cy) - Math.hypot(b[0] - cx, b[1] - cy));
  return hits[0];
}"""


def visible_point(page: Page, selector: str, owner: str | None, index: int = 0) -> tuple[float, float] | None:
    """A point where the `index`th element matching `selector` is on top; `owner` is the selector its hit
    target is found by (None: the element itself, not one of its children, is on top: empty space of a view)."""
    return page.evaluate(VISIBLE_POINT_JS, [selector, owner, index])


def map_state(page: Page, key: str = "selected") -> str:
    return page.locator(".tpe-map").first.get_attribute(f"data-{key}") or ""


def click_muscle(page: Page, panel: str, muscle: str, side: str = "right", tap: bool = False) -> None:
    """Click (or tap) the visible middle of a muscle on one view panel and wait for the app to confirm."""
    selector = f'[data-view-panel="{panel}"] [data-muscle="{muscle}"][data-side="{side}"]'
    parts = page.locator(selector).count()
    point = next((p for i in range(parts) if (p := visible_point(page, selector, "[data-muscle]", i))), None)
    assert point, f"{muscle} ({side}) has no visible part on the {panel} view"
    if tap:
        page.touchscreen.tap(*point)
    else:
        page.mouse.click(*point)
    wait_idle(page)


def click_region(page: Page, panel: str, region: str, side: str) -> None:
    selector = f'[data-view-panel="{panel}"] [data-region="{region}"][data-side="{side}"]'
    point = visible_point(page, selector, "[data-region]")
    assert point, f"{region} ({side}) has no visible part on the {panel} view"
    page.mouse.click(*point)
    wait_idle(page)
