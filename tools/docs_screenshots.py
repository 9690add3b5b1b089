"""Take the screenshots in docs/ from a running app (started here on a free port).

Usage: .venv/bin/python -m tools.docs_screenshots [--out docs]
"""
from __future__ import annotations

import argparse
from pathlib import Path

from playwright.sync_api import sync_playwright

from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, open_app, start_server, wait_idle

SHOTS = [
    ("body_map.png", "/", 1440, 1000),
    ("body_map_infraspinatus.png", "/?muscle=infraspinatus", 1440, 1000),
    ("body_map_trapezius_upper.png", "/?muscle=trapezius_upper", 1440, 1000),
    ("body_map_gluteus_minimus.png", "/?muscle=gluteus_minimus", 1440, 1000),
    ("body_map_masseter_clinician.png", "/?muscle=masseter", 1440, 1000),
    ("pain_drawing.png", "/pain_drawing?regions=temple,jaw_angle&side=right", 1440, 1000),
    ("conditions.png", "/conditions?condition=tension_type_headache", 1440, 1000),
    ("phone.png", "/?muscle=gluteus_medius", 390, 844),
    ("phone_pain_drawing.png", "/pain_drawing?regions=shoulder_blade&side=right", 390, 844),
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, default=Path("docs"))
    ap.add_argument("--only", nargs="*")
    a = ap.parse_args()
    a.out.mkdir(exist_ok=True)
    proc, url = start_server()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for name, path, w, h in SHOTS:
                if a.only and name not in a.only:
                    continue
                phone = w < 600
                ctx = browser.new_context(viewport={"width": w, "height": h}, device_scale_factor=2 if phone else 1,
                                          is_mobile=phone, has_touch=phone)
                page = ctx.new_page()
                open_app(page, url + path)
                wait_idle(page)
                if "clinician" in name:
                    page.get_by_text("Clinician", exact=True).first.click()
                    wait_idle(page)
                if name == "pain_drawing.png":
                    page.locator('[data-action="show"]').first.click()
                    wait_idle(page)
                page.wait_for_timeout(800)
                page.screenshot(path=str(a.out / name), full_page=phone)
                ctx.close()
            browser.close()
    finally:
        proc.terminate()


if __name__ == "__main__":
    main()
