"""Render body-map figures to PNG in headless Chromium (a developer's look at the drawing).

Usage: .venv/bin/python -m tools.render_figure OUT.png VIEW [MUSCLE_ID] [--layer deep] [--width 460]
"""
from __future__ import annotations

import argparse
import subprocess
import tempfile
from pathlib import Path

import plotly.graph_objects as go

from triggerpoints.atlas import ASSETS_DIR
from triggerpoints.figures import Highlight, base_figure, muscle_overlay
from triggerpoints.geometry import load_geometry

CHROMIUM = ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--virtual-time-budget=5000"]


def render(fig, out: Path, width: int, height: int, crop=None) -> None:
    if crop:
        x0, y0, x1, y1 = crop
        fig.update_xaxes(range=[x0, x1]); fig.update_yaxes(range=[y1, y0])
    fig.update_layout(width=width, height=height, paper_bgcolor="white")
    with tempfile.TemporaryDirectory() as d:
        html = Path(d) / "f.html"
        fig.write_html(html, include_plotlyjs=True, config={"displayModeBar": False})
        subprocess.run([*CHROMIUM, f"--window-size={width},{height}", f"--screenshot={out}", f"file://{html}"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("out"); ap.add_argument("view"); ap.add_argument("muscle", nargs="?")
    ap.add_argument("--layer", default="surface"); ap.add_argument("--width", type=int, default=460)
    ap.add_argument("--crop", type=float, nargs=4, metavar=("X0", "Y0", "X1", "Y1"), help="zoom to this box")
    ap.add_argument("--assets", type=Path, default=ASSETS_DIR, help="folder with the SVGs")
    ap.add_argument("--tps", type=Path, help="a trigger_points CSV: draw its points (x/y filled) as X marks")
    ap.add_argument("--regions", action="store_true", help="outline the body regions too")
    a = ap.parse_args()
    geo = load_geometry(a.assets)
    view = geo.views[a.view]
    fig = base_figure(view, {}, a.layer)
    tps = ()
    if a.tps:
        import pandas as pd
        df = pd.read_csv(a.tps, dtype=str, keep_default_na=False)
        df = df[(df["view"] == a.view) & (df["x"] != "") & (df["y"] != "")]
        if a.muscle:
            df = df[df["muscle_id"] == a.muscle]
        tps = tuple((r.id, r.view, float(r.x), float(r.y), r.id) for r in df.itertuples())
    if a.muscle or tps:
        fig = go.Figure(muscle_overlay(fig.to_plotly_json(), view, Highlight(a.muscle or "_none_", trigger_points=tps)))
    if a.regions:
        from triggerpoints.figures import _fill
        fig.add_trace(_fill([s.polygon for s in view.regions], "none", "#3366aa", 0.6, opacity=0.7))
    h = int(a.width * (view.height / view.width)) if not a.crop else int(a.width * (a.crop[3] - a.crop[1]) / (a.crop[2] - a.crop[0]))
    render(fig, Path(a.out), a.width, h, a.crop)


if __name__ == "__main__":
    main()
