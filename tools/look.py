"""Look at the drawings: render views and referral patterns to PNG with headless Chromium.

    .venv/bin/python -m tools.look view front [--box shoulder_arm | --box 40,150,175,270] [--deep] [--scale 2] --out f.png
    .venv/bin/python -m tools.look pattern infraspinatus [--tp infraspinatus_tp1] [--side left] --out p.png
    .venv/bin/python -m tools.look sheet [AREA ...] [--out docs/patterns]     # contact sheets, one page per body area

Reads assets/*.svg directly (run `python -m tools.draw_body.build` first after changing the drawing code), so it
works while the data does not yet validate. Needs Debian's Chromium (/usr/bin/chromium).
"""
from __future__ import annotations

import argparse
import csv
import html
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import triggerpoints.render as render_module  # noqa: E402
from triggerpoints.atlas import ASSETS_DIR, DATA_DIR  # noqa: E402
from triggerpoints.geometry import load_geometry  # noqa: E402
from triggerpoints.render import Picture, render, views_of  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ASSETS = ASSETS_DIR
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--force-color-profile=srgb"]
VIEW_HEIGHT_PX = {"front": 520, "back": 520, "lateral": 520, "head": 300}
AREA_TITLES = {"head_neck": "Head and neck", "shoulder_upper_arm": "Shoulder and upper arm",
               "forearm_hand": "Forearm and hand", "trunk": "Trunk", "hip_thigh": "Hip and thigh",
               "leg_foot": "Leg and foot"}
PAGE_CSS = """body{margin:0;padding:14px;font:13px 'DejaVu Sans',sans-serif;color:#1f2328;background:#fff}
h1{font-size:20px;margin:0 0 10px}h2{font-size:14px;margin:0 0 4px}.note{color:#555;font-size:11px;margin:0 0 10px}
.grid{display:flex;flex-wrap:wrap;gap:14px 22px}.cell{border:1px solid #ddd;border-radius:6px;padding:6px 8px}
.views{display:flex;gap:6px;align-items:flex-start}.label{font-size:11px;color:#444;max-width:560px}
.key{display:flex;gap:16px;margin:0 0 10px;font-size:12px}.sw{display:inline-block;width:12px;height:12px;margin-right:4px;vertical-align:-2px}"""


def screenshot(page_html: str, out: Path, width: int, height: int, scale: float = 1.0) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as f:
        f.write(page_html)
        src = f.name
    subprocess.run([CHROMIUM, *CHROMIUM_ARGS, f"--window-size={int(width)},{int(height)}",
                    f"--force-device-scale-factor={scale}", f"--screenshot={out}", f"file://{src}"],
                   check=True, capture_output=True, timeout=120)
    return out


def focus_box(view: str, name: str) -> tuple[float, float, float, float]:
    import xml.etree.ElementTree as ET

    from triggerpoints.geometry import VIEW_FILES
    if "," in name:
        x, y, w, h = (float(v) for v in name.split(","))
        return x, y, w, h
    root = ET.parse(ASSETS / VIEW_FILES[view]).getroot()
    for r in root.iter():
        if r.get("data-focus") == name:
            return tuple(float(r.get(a)) for a in ("x", "y", "width", "height"))
    raise SystemExit(f"no focus box {name!r} on the {view} view")


def tp_rows() -> list[dict]:
    with open(DATA_DIR / "trigger_points.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def muscle_rows() -> list[dict]:
    with open(DATA_DIR / "muscles.csv", encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def close_up(geometry, view: str, muscle: str, tps: tuple[str, ...] | None) -> tuple[float, float, float, float]:
    """The part of a view that holds a pattern: its zones, its X marks and the muscle, with a margin of the
    body around them; no narrower than half its height and no wider than 1.3 times it."""
    from shapely.geometry import MultiPoint
    from shapely.ops import unary_union

    geo = geometry.views[view]
    parts = [z.polygon for z in geo.zones if z.owner == muscle and (tps is None or z.tp in tps)]
    parts += [m.polygon for m in geo.muscles if m.id == muscle and m.side in ("right", "midline")]
    marks = [(k.x, k.y) for k in geo.marks if k.owner == muscle and (tps is None or k.tp in tps)]
    if marks:
        parts.append(MultiPoint(marks).buffer(6))
    if not parts:
        return (0.0, 0.0, geo.width, geo.height)
    x0, y0, x1, y1 = unary_union(parts).bounds
    w, h = x1 - x0, y1 - y0
    pad = max(14.0, 0.15 * max(w, h))
    x0, y0, w, h = x0 - pad, y0 - pad, w + 2 * pad, h + 2 * pad
    h = max(h, 90.0)
    if w < 0.5 * h:
        x0, w = x0 - (0.5 * h - w) / 2, 0.5 * h
    if w > 1.3 * h:
        y0, h = y0 - (w / 1.3 - h) / 2, w / 1.3
    w, h = min(w, geo.width), min(h, geo.height)
    x0 = min(max(x0, 0.0), geo.width - w)
    y0 = min(max(y0, 0.0), geo.height - h)
    return (x0, y0, w, h)


def pattern_cell(geometry, muscle: str, tps: tuple[str, ...] | None, side: str, height: float, label: str,
                 close: bool = False) -> str:
    """One muscle's pattern on each view where it falls: whole views, or (`close`) the part of each that holds it."""
    views = views_of(geometry, muscle, tps) or ["front"]
    svgs = []
    width = 18.0                            # the cell's padding and border, in px
    for v in views:
        geo = geometry.views[v]
        if close:
            box = close_up(geometry, v, muscle, tps)
            w = height * box[2] / box[3]
            svgs.append(render(geometry, Picture(v, owner=muscle, tps=tps, side=side, box=box), width_px=w))
        else:
            w = height * geo.width / geo.height * (1 if v != "head" else 0.62)
            svgs.append(render(geometry, Picture(v, owner=muscle, tps=tps, side=side), width_px=w))
        width += w + 6
    cell = (f'<div class="cell"><div class="views">{"".join(svgs)}</div>'
            f'<div class="label">{html.escape(label)}</div></div>')
    return cell, max(width, min(560.0, 6.4 * len(label)) + 18)     # a long label widens the cell


def cmd_view(args) -> None:
    geometry = load_geometry(args.assets)
    geo = geometry.views[args.view]
    box = focus_box(args.view, args.box) if args.box else (0, 0, geo.width, geo.height)
    height = 980 if args.view != "head" else 700
    width = height * box[2] / box[3]
    svg = render(geometry, Picture(args.view, box=box, layer="deep" if args.deep else "surface"), width_px=width)
    screenshot(f"<html><body style='margin:0'>{svg}</body></html>", Path(args.out), width, height, args.scale)
    print(args.out)


def cmd_pattern(args) -> None:
    geometry = load_geometry(args.assets)
    tps = tuple(args.tp) if args.tp else None
    cell, _ = pattern_cell(geometry, args.muscle, tps, args.side, 520, f"{args.muscle} {', '.join(tps or ['all trigger points'])}")
    screenshot(f"<html><head><style>{PAGE_CSS}</style></head><body>{cell}</body></html>", Path(args.out), 1500, 600,
               args.scale)
    print(args.out)


def cmd_sheet(args) -> None:
    """One page per body area: every muscle's pattern with all its trigger points, then each alone."""
    geometry = load_geometry(args.assets)
    muscles = muscle_rows()
    tps = tp_rows()
    out_dir = Path(args.out)
    areas = args.areas or list(AREA_TITLES)
    key = ('<div class="key"><span><span class="sw" style="background:#c8102e"></span>essential zone</span>'
           '<span><span class="sw" style="background:radial-gradient(#d8344c 30%,#f6d5da 35%) 0 0/4px 4px"></span>spillover zone</span>'
           '<span>× trigger point</span><span><span class="sw" style="border:2px solid #1d3f6e"></span>the muscle</span></div>')
    for area in areas:
        cells = []
        for m in (m for m in muscles if m["body_area"] == area):
            own = [t for t in tps if t["muscle_id"] == m["id"]]
            cells.append(pattern_cell(geometry, m["id"], None, "right", 230, f"{m['name']}: all trigger points",
                                      close=True))
            if len(own) > 1:
                for t in own:
                    cells.append(pattern_cell(geometry, m["id"], (t["id"],), "right", 230,
                                              f"{m['name']}: {t['label']}", close=True))
        page = (f"<html><head><meta charset='utf-8'><style>{PAGE_CSS}</style></head><body>"
                f"<h1>Referral patterns: {html.escape(AREA_TITLES.get(area, area))}</h1>"
                "<p class='note'>Drawn on the person's right side, each view cut to the part that holds the pattern. "
                "Essential zone solid red, spillover zone stippled. "
                "Made by <code>python -m tools.look sheet</code> from assets/*.svg.</p>"
                f"{key}<div class='grid'>{''.join(c for c, _ in cells)}</div></body></html>")
        rows, x = 1, 0.0                  # how the cells wrap in a 1772 px wide grid with 22 px gaps
        for _, w in cells:
            if x and x + w > 1772:
                rows, x = rows + 1, 0.0
            x += w + 22
        height = 160 + 284 * rows
        screenshot(page, out_dir / f"{area}.png", 1800, height, 1.0)
        (out_dir / f"{area}.html").write_text(page)
        print(out_dir / f"{area}.png")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    v = sub.add_parser("view")
    v.add_argument("view")
    v.add_argument("--box")
    v.add_argument("--deep", action="store_true")
    v.add_argument("--scale", type=float, default=2.0)
    v.add_argument("--out", required=True)
    p = sub.add_parser("pattern")
    p.add_argument("muscle")
    p.add_argument("--tp", action="append")
    p.add_argument("--side", default="right")
    p.add_argument("--scale", type=float, default=1.0)
    p.add_argument("--out", required=True)
    s = sub.add_parser("sheet")
    s.add_argument("areas", nargs="*")
    s.add_argument("--out", default=str(ROOT / "docs" / "patterns"))
    ap.add_argument("--assets", type=Path, default=ASSETS_DIR,
                    help="the folder of the SVGs to look at (default assets/; a private build: --out of the build)")
    args = ap.parse_args()
    global ASSETS
    ASSETS = args.assets
    render_module.ASSETS_DIR = args.assets      # render reads the view files from there too
    {"view": cmd_view, "pattern": cmd_pattern, "sheet": cmd_sheet}[args.cmd](args)


if __name__ == "__main__":
    main()
