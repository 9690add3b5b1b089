"""How the pain-drawing ranking grows with the size of the atlas.

Ranks random drawings of 1-4 regions against the real atlas and synthetic atlases of 100,
1,000 and 10,000 muscles. Run: .venv/bin/python bench/bench_ranking.py
"""
from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from triggerpoints.atlas import load_atlas  # noqa: E402
from triggerpoints.lookup import rank_sources, referral_index  # noqa: E402
from triggerpoints.synthetic import random_atlas  # noqa: E402

QUERIES = 300


def bench(atlas, label: str) -> None:
    rng = random.Random(1)
    regions = sorted(atlas.regions)
    drawings = [rng.sample(regions, rng.randint(1, 4)) for _ in range(QUERIES)]
    t0 = time.perf_counter()
    index = referral_index(atlas)
    t_index = time.perf_counter() - t0
    times = []
    for d in drawings:
        t0 = time.perf_counter()
        rank_sources(atlas, d, top=10)
        times.append(time.perf_counter() - t0)
    postings = sum(len(v) for v in index.values())
    print(f"{label:>26}: {len(atlas.muscles):>6} muscles, {postings:>7} index entries | index built once "
          f"{t_index * 1000:7.1f} ms | per drawing median {statistics.median(times) * 1000:7.3f} ms, "
          f"max {max(times) * 1000:7.3f} ms")


def main() -> None:
    real = load_atlas()
    print(f"ranking {QUERIES} random drawings of 1-4 regions, top 10")
    bench(real, "real atlas")
    for n in (100, 1_000, 10_000):
        bench(random_atlas(real, n), f"synthetic atlas ({n:,})")
    print("Cost per drawing grows linearly with the index entries of the marked regions "
          "(an inverted index region -> trigger points), not with every muscle.")


if __name__ == "__main__":
    main()
