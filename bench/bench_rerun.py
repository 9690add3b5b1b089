"""What one click that selects a muscle costs on the server, and what it sends to the browser.

Measures, for every muscle: the body-map rerun in Streamlit's AppTest (selecting the muscle in
the select box, which runs the same script as a click on the map), the per-click figure work
alone (overlays for three views, Plotly's validation and JSON encoding, as st.plotly_chart does),
and the bytes of figure JSON per rerun. Run: .venv/bin/python bench/bench_rerun.py [--muscles N]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import plotly.io as pio
import plotly.tools

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from triggerpoints.atlas import load_atlas  # noqa: E402
from triggerpoints.figures import Highlight, base_figure, muscle_overlay  # noqa: E402

BUDGET_BYTES = 200_000


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def figure_work(atlas, bases, muscle) -> tuple[float, int]:
    hl = Highlight.of(muscle)
    t0 = time.perf_counter()
    size = 0
    for view, base in bases.items():
        spec = muscle_overlay(base, atlas.geometry.views[view], hl)
        fig = plotly.tools.return_figure_from_figure_or_data(spec, validate_figure=True)  # what Streamlit does
        size += len(pio.to_json(fig, validate=False))
    return time.perf_counter() - t0, size


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--muscles", type=int, default=0, help="only the first N muscles (default: all)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    atlas = load_atlas()
    t_load = time.perf_counter() - t0
    names = {m.id: m.name for m in atlas.muscles.values()}
    t0 = time.perf_counter()
    bases = {v: base_figure(atlas.geometry.views[v], names, "surface").to_plotly_json() for v in atlas.geometry.views}
    t_static = time.perf_counter() - t0
    muscles = atlas.muscles_by_name[: args.muscles or None]

    work, sizes = [], []
    for m in muscles:
        seconds, size = figure_work(atlas, bases, m)
        work.append(seconds)
        sizes.append(size)

    from streamlit.testing.v1 import AppTest

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    reruns = []
    for m in muscles:
        t0 = time.perf_counter()
        box = at.selectbox(key="muscle")
        box.select_index(box.options.index(m.name)).run()
        reruns.append(time.perf_counter() - t0)
        assert not at.exception and at.session_state["muscle"] == m.id, at.exception

    ms = lambda s: f"{s * 1000:.0f} ms"  # noqa: E731
    print(f"atlas: {len(atlas.muscles)} muscles; cached once per server: load {ms(t_load)}, static figures {ms(t_static)}")
    print(f"per click, over {len(muscles)} muscles (median / p95 / max):")
    print(f"  server rerun of the body map (AppTest): {ms(statistics.median(reruns))} / {ms(pct(reruns, .95))} / {ms(max(reruns))}")
    print(f"  of which figure work (3 views):        {ms(statistics.median(work))} / {ms(pct(work, .95))} / {ms(max(work))}")
    print(f"  figure JSON sent per rerun:            {statistics.median(sizes) / 1000:.0f} kB / {pct(sizes, .95) / 1000:.0f} kB / "
          f"{max(sizes) / 1000:.0f} kB (budget {BUDGET_BYTES // 1000} kB) -> {'OK' if max(sizes) < BUDGET_BYTES else 'OVER'}")
    worst = max(zip(sizes, [m.name for m in muscles]))
    print(f"  largest selection: {worst[1]} ({worst[0] / 1000:.0f} kB)")


if __name__ == "__main__":
    main()
