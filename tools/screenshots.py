"""Screenshots of the running app in headless Chromium (for looking at it, and for docs/).

Usage: .venv/bin/python -m tools.screenshots URL OUT.png [--width 1400] [--height 1000] [--click-muscle ID]
"""
from __future__ import annotations

import argparse

from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-quic", "--no-first-run"]


def shoot(url: str, out: str, width: int = 1400, height: int = 1000, full_page: bool = True, mobile: bool = False) -> None:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        ctx = browser.new_context(viewport={"width": width, "height": height}, device_scale_factor=2 if mobile else 1,
                                  is_mobile=mobile, has_touch=mobile)
        page = ctx.new_page()
        page.goto(url)
        page.wait_for_selector("[data-testid='stApp']")
        page.wait_for_timeout(1500)
        try:
            page.wait_for_selector(".js-plotly-plot", timeout=15000)
        except Exception:
            pass
        page.wait_for_timeout(2500)
        page.screenshot(path=out, full_page=full_page)
        browser.close()


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("url"); ap.add_argument("out")
    ap.add_argument("--width", type=int, default=1400); ap.add_argument("--height", type=int, default=1000)
    ap.add_argument("--mobile", action="store_true")
    a = ap.parse_args()
    shoot(a.url, a.out, a.width, a.height, mobile=a.mobile)
