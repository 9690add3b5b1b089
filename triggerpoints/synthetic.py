"""Synthetic atlases for tests and benchmarks: made-up muscles over the real regions."""
from __future__ import annotations

import random
from dataclasses import replace

from .atlas import Atlas, Muscle, TriggerPoint


def make_muscle(muscle_id: str, trigger_points: list[dict], prevalence: int = 3, name: str | None = None) -> Muscle:
    """A muscle with the given trigger points: dicts with essential, spillover and optional local/view/x/y."""
    tps = tuple(
        TriggerPoint(
            id=f"{muscle_id}_tp{i}", muscle_id=muscle_id, label=f"TP{i}", view=tp.get("view", "front"),
            x=tp.get("x", 0.0), y=tp.get("y", 0.0), location="", palpation="",
            essential=tuple(tp.get("essential", ())), spillover=tuple(tp.get("spillover", ())),
            local_region=tp.get("local"),
        )
        for i, tp in enumerate(trigger_points, start=1)
    )
    return Muscle(
        id=muscle_id, name=name or muscle_id.replace("_", " ").capitalize(), anatomical_name=muscle_id, synonyms=(),
        body_area="trunk", attachments="", action="", summary="", symptoms="", aggravating="", perpetuating="",
        self_care="", needling_precautions="", differentials="", red_flags=(), conditions=(), prevalence=prevalence,
        sources=(), source_notes="", trigger_points=tps, views=("front",),
    )


def atlas_with(base: Atlas, muscles: list[Muscle]) -> Atlas:
    """The base atlas's regions, flags and geometry with only the given muscles."""
    return replace(base, muscles={m.id: m for m in muscles}, conditions={})


def random_atlas(base: Atlas, n_muscles: int, seed: int = 7) -> Atlas:
    """n made-up muscles, each with 1-4 trigger points referring to random regions (for benchmarks)."""
    rng = random.Random(seed)
    regions = sorted(base.regions)
    muscles = []
    for i in range(n_muscles):
        tps = []
        for _ in range(rng.randint(1, 4)):
            zone = rng.sample(regions, rng.randint(1, 6))
            cut = rng.randint(1, len(zone))
            tps.append({"essential": zone[:cut], "spillover": zone[cut:], "local": rng.choice(regions)})
        muscles.append(make_muscle(f"m{i:05d}", tps, prevalence=rng.randint(1, 5)))
    return atlas_with(base, muscles)
