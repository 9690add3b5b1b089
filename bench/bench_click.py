"""What a click on the map costs a person, as a ratio to a bare Streamlit app measured in the same run.

Starts the app and `bench/bare_app.py` (a component that only echoes a click: the round-trip floor),
opens both in headless Chromium and clicks them in turn, A B A B ...:
- body map: the visible middle of N different muscles spread over the front, back and head views;
- pain drawing: N different places on both sides of every view (each tap marks a place).
For each click it records click-to-settle (mouse down until the page's DOM has been quiet for 300 ms,
with Streamlit's status widget gone; the time of the last change is what counts) and the websocket
bytes the page received. Reports medians, p95 and the ratios to the bare app.

The machine is shared and noisy: only the ratios are worth quoting.
Run: .venv/bin/python bench/bench_click.py [--clicks 36] [--json]
"""
from __future__ import annotations

import argparse
import base64
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import Page, sync_playwright
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.e2e.conftest import CHROMIUM, CHROMIUM_ARGS, VISIBLE_POINT_JS  # noqa: E402

QUIET_MS = 300
VERBOSE = False
TARGETS = {"median": 1.3, "p95": 1.5, "bytes": 1.5}

# Watches the page: the time of the last DOM change, and of the last mouse down.
OBSERVER_JS = """() => {
  window.__bench = {last: performance.now(), down: 0};
  new MutationObserver(() => { window.__bench.last = performance.now(); })
    .observe(document.body, {subtree: true, childList: true, attributes: true, characterData: true});
  document.addEventListener('mousedown', () => { window.__bench.down = performance.now(); }, true);
}"""
SETTLED_JS = f"""() => !document.querySelector('[data-testid="stStatusWidget"] button')
  && !document.querySelector('.tpe-map[data-pending]')
  && performance.now() - window.__bench.last > {QUIET_MS}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(script: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", script, "--server.headless", "true",
                             "--server.port", str(port), "--server.address", "127.0.0.1",
                             "--browser.gatherUsageStats", "false"],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ.copy())
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            if urllib.request.urlopen(f"{url}/_stcore/health", timeout=2).read() == b"ok":
                return proc, url
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise RuntimeError(f"{script} did not start")


class Probe:
    """A page with a byte counter on its websocket, a count of finished script runs, and a DOM-quiet clock."""

    def __init__(self, page: Page):
        self.page = page
        self.bytes = 0
        self.runs_finished = 0
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.on("Network.webSocketFrameReceived", self._frame)

    def _frame(self, event: dict) -> None:
        frame = event["response"]
        data = frame.get("payloadData", "")
        raw = base64.b64decode(data) if frame.get("opcode") == 2 else data.encode()
        self.bytes += len(raw)
        msg = ForwardMsg()
        try:
            msg.ParseFromString(raw)
        except Exception:  # noqa: BLE001 - not a Streamlit message: counted, not parsed
            return
        if msg.WhichOneof("type") == "script_finished":
            self.runs_finished += 1

    def open(self, url: str, ready: str) -> None:
        self.page.goto(url)
        self.page.wait_for_selector(ready, timeout=60_000)
        self.page.wait_for_timeout(1500)
        self.page.evaluate(OBSERVER_JS)

    def click(self, x: float, y: float) -> tuple[float, int]:
        """Click at (x, y); return (ms from mouse down until the DOM settled, bytes received meanwhile).

        Settled: the script run the click started has finished (its message arrived) and the DOM has then
        been quiet for QUIET_MS; what counts is the time of the last change."""
        self.page.wait_for_function(SETTLED_JS, timeout=30_000)
        before, runs = self.bytes, self.runs_finished
        self.page.mouse.click(x, y)
        deadline = time.time() + 30
        while self.runs_finished == runs:
            if time.time() > deadline:
                raise RuntimeError("the click started no script run")
            self.page.wait_for_timeout(5)
        self.page.wait_for_function(SETTLED_JS, timeout=30_000, polling=20)
        ms = self.page.evaluate("() => window.__bench.last - window.__bench.down")
        return max(ms, 0.0), self.bytes - before


def spread(items: list, n: int) -> list:
    step = max(len(items) / n, 1)
    return [items[int(i * step)] for i in range(min(n, len(items)))]


def map_targets(page: Page, n: int) -> list[tuple[float, float, str]]:
    """Visible middles of n muscles (different ones, spread over the views), in page coordinates."""
    per_view = {}
    for view in ("front", "back", "head"):
        per_view[view] = page.evaluate(f"""() => [...document.querySelectorAll('[data-view-panel="{view}"] .muscle[data-depth="superficial"][data-side="right"]')]
            .map(m => m.dataset.muscle)""")
    chosen, seen = [], set()
    for view, muscles in per_view.items():
        for m in spread([m for m in muscles if m not in seen], n // 3 + 1):
            seen.add(m)
            chosen.append((view, m))
    out = []
    for view, muscle in chosen[:n]:
        pt = page.evaluate(VISIBLE_POINT_JS, [f'[data-view-panel="{view}"] .muscle[data-muscle="{muscle}"][data-side="right"]',
                                              "[data-muscle]"])
        if pt:
            out.append((pt[0], pt[1], f"{view}:{muscle}"))
    return out


def region_targets(page: Page, n: int, keep: int = 4) -> list[tuple[float, float, str]]:
    """Taps for a pain drawing of a realistic size: places spread over every view and both sides are
    marked one by one, and once `keep` are marked, each new mark follows a tap that unmarks the oldest."""
    regions = page.evaluate("""() => [...document.querySelectorAll('.tpe-view [data-region]')]
        .map(r => [r.closest('[data-view-panel]').dataset.viewPanel, r.dataset.region, r.dataset.side])""")
    places = []
    for panel, region, side in spread(regions, n):
        pt = page.evaluate(VISIBLE_POINT_JS, [f'[data-view-panel="{panel}"] [data-region="{region}"][data-side="{side}"]',
                                              "[data-region]"])
        if pt:
            places.append((pt[0], pt[1], f"{panel}:{region}:{side}"))
    taps, marked = [], []
    for place in places:
        if len(taps) >= n:
            break
        if len(marked) == keep:
            old = marked.pop(0)
            taps.append((old[0], old[1], f"unmark {old[2]}"))
        marked.append(place)
        taps.append(place)
    return taps[:n]


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def run(kind: str, app: Probe, bare: Probe, targets: list, bare_xy: list[tuple[float, float]]) -> dict:
    """Click app and bare app in turn, once per target; the point fixed on the page where possible."""
    a_ms, b_ms, a_bytes, b_bytes = [], [], [], []
    for i, (x, y, _label) in enumerate(targets):
        # the map page must not scroll between targets: bring each one into view the way a person would
        ms, size = app.click(x, y)
        a_ms.append(ms)
        a_bytes.append(size)
        ms, size = bare.click(*bare_xy[i % len(bare_xy)])
        b_ms.append(ms)
        b_bytes.append(size)
    if VERBOSE:
        for (x, y, label), ms, b, size in zip(targets, a_ms, b_ms, a_bytes):
            print(f"    {label:45s} app {ms:6.0f} ms  bare {b:6.0f} ms  {size} B")
    result = {
        "clicks": len(targets),
        "app_ms": {"median": statistics.median(a_ms), "p95": pct(a_ms, 0.95)},
        "bare_ms": {"median": statistics.median(b_ms), "p95": pct(b_ms, 0.95)},
        "app_bytes": statistics.median(a_bytes), "bare_bytes": statistics.median(b_bytes),
    }
    result["ratio"] = {
        "median": result["app_ms"]["median"] / result["bare_ms"]["median"],
        "p95": result["app_ms"]["p95"] / result["bare_ms"]["p95"],
        "bytes": result["app_bytes"] / result["bare_bytes"],
    }
    return {kind: result}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clicks", type=int, default=36, help="clicks per measurement (at least 30)")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--verbose", action="store_true", help="print every click")
    args = ap.parse_args()
    global VERBOSE
    VERBOSE = args.verbose
    app_proc, app_url = serve("app.py")
    bare_proc, bare_url = serve("bench/bare_app.py")
    results: dict = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            viewport = {"width": 1440, "height": 2200}   # every view fully on screen: no scrolling between clicks
            app = Probe(browser.new_context(viewport=viewport).new_page())
            bare = Probe(browser.new_context(viewport=viewport).new_page())
            bare.open(bare_url, "svg [data-target]")
            bare_xy = [tuple(bare.page.evaluate(VISIBLE_POINT_JS, [f'[data-target="{t}"]', "[data-target]"])) for t in "ab"]

            app.open(app_url + "/", ".tpe-map .tpe-svg")
            app.page.wait_for_timeout(1000)
            targets = map_targets(app.page, args.clicks)
            for x, y, _ in targets[:3]:            # warm up both (first-time costs are not a click's cost)
                app.click(x, y)
                bare.click(*bare_xy[0])
            results |= run("body_map", app, bare, targets, bare_xy)

            app.open(app_url + "/pain_drawing", ".tpe-map .tpe-svg")
            app.page.wait_for_timeout(1000)
            targets = region_targets(app.page, args.clicks)
            results |= run("pain_drawing", app, bare, targets, bare_xy)
            browser.close()
    finally:
        app_proc.terminate()
        bare_proc.terminate()
    if args.json:
        print(json.dumps(results, indent=2))
        return
    for kind, r in results.items():
        print(f"{kind}: {r['clicks']} clicks")
        print(f"  click to settled: app {r['app_ms']['median']:.0f} ms median, {r['app_ms']['p95']:.0f} ms p95; "
              f"bare {r['bare_ms']['median']:.0f} / {r['bare_ms']['p95']:.0f} ms")
        print(f"  websocket bytes per click: app {r['app_bytes']:.0f}, bare {r['bare_bytes']:.0f}")
        print("  ratio to the bare app: " + ", ".join(
            f"{k} {v:.2f}x (target <= {TARGETS[k]}x)" for k, v in r["ratio"].items()))


if __name__ == "__main__":
    main()
