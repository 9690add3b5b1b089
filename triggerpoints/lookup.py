"""Lookups over the atlas: which muscles refer pain to a region, coverage (search: see search.py)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, fields

from rapidfuzz import fuzz, process

from .atlas import Atlas, Muscle
from .text import SHOWN_VALUE_CHARS, cap, cut

# How much one marked region counts, by how the muscle explains it.
ZONE_WEIGHTS = {"essential": 1.0, "spillover": 0.5, "local": 0.25}
# A bonus for explaining a larger share of the drawing (0..COVERAGE_WEIGHT).
COVERAGE_WEIGHT = 0.5


class UnknownRegionError(ValueError):
    """A region id that the atlas does not have."""


@dataclass(frozen=True)
class Match:
    region: str
    zone: str            # "essential", "spillover" or "local"
    trigger_point: str


@dataclass(frozen=True)
class Candidate:
    muscle: Muscle
    score: float
    matches: tuple[Match, ...]

    @property
    def regions_explained(self) -> int:
        return len({m.region for m in self.matches})


Posting = tuple[str, str, str]  # (muscle id, zone, trigger point id)


def referral_index(atlas: Atlas) -> dict[str, list[Posting]]:
    """region id -> every (muscle, zone, trigger point) that sends pain there. Built once per atlas."""
    cached = atlas.__dict__.get("_referral_index")
    if cached is not None:
        return cached
    index: dict[str, list[Posting]] = {}
    for muscle in atlas.muscles.values():
        for tp in muscle.trigger_points:
            for zone in ("essential", "spillover"):
                for region in getattr(tp, zone):
                    index.setdefault(region, []).append((muscle.id, zone, tp.id))
            if tp.local_region:
                index.setdefault(tp.local_region, []).append((muscle.id, "local", tp.id))
    atlas.__dict__["_referral_index"] = index
    return index


def check_regions(atlas: Atlas, region_ids: Iterable[str]) -> list[str]:
    regions = list(dict.fromkeys(region_ids))
    unknown = [r for r in regions if r not in atlas.regions]
    if unknown:
        hints = []
        for r in unknown[:10]:   # capped before matching: an id from a link or a command line may be huge
            close = process.extractOne(cap(r), list(atlas.regions), scorer=fuzz.WRatio)
            hints.append(f"'{cut(r, SHOWN_VALUE_CHARS)}'" + (f" (did you mean '{close[0]}'?)"
                                                            if close and close[1] >= 70 else ""))
        raise UnknownRegionError("Unknown region id(s): " + ", ".join(hints)
                                 + ". Run 'python -m triggerpoints regions' for the list.")
    return regions


def rank_sources(atlas: Atlas, region_ids: Iterable[str], top: int | None = 10) -> list[Candidate]:
    """Muscles whose trigger points commonly send pain to the given regions, best first.

    Each marked region counts once per muscle, by the muscle's best explanation of it:
    essential zone 1.0, spillover 0.5, the trigger point lying there itself 0.25. A share of
    the drawing explained adds up to COVERAGE_WEIGHT; how commonly the muscle is involved
    breaks ties, then the name.
    """
    regions = check_regions(atlas, region_ids)
    if not regions:
        return []
    index = referral_index(atlas)
    best: dict[str, dict[str, tuple[float, Match]]] = {}
    for region in regions:
        for muscle_id, zone, tp_id in index.get(region, ()):
            w = ZONE_WEIGHTS[zone]
            per_region = best.setdefault(muscle_id, {})
            if region not in per_region or w > per_region[region][0]:
                per_region[region] = (w, Match(region, zone, tp_id))
    candidates = []
    for muscle_id, per_region in best.items():
        weight = sum(w for w, _ in per_region.values())
        score = weight + COVERAGE_WEIGHT * len(per_region) / len(regions)
        matches = tuple(sorted((m for _, m in per_region.values()), key=lambda m: (-ZONE_WEIGHTS[m.zone], regions.index(m.region))))
        candidates.append(Candidate(atlas.muscles[muscle_id], score, matches))
    candidates.sort(key=lambda c: (-round(c.score, 9), -c.muscle.prevalence, c.muscle.name))
    return candidates[:top] if top else candidates


ZONE_WORDS = {"essential": "main zone", "spillover": "sometimes", "local": "where the trigger point lies"}


def explain(atlas: Atlas, candidate: Candidate, sides: dict[str, str] | None = None) -> str:
    """Plain words: 'sends pain to your temple (main zone) and jaw (sometimes)'.

    `sides` maps a region to "right", "left" or "both" (the person's own side) where known.
    """
    referred = [m for m in candidate.matches if m.zone != "local"]
    local = [m for m in candidate.matches if m.zone == "local"]

    def place(m: Match) -> str:
        side = (sides or {}).get(m.region)
        label = atlas.region_label(m.region).lower()
        if side == "both":
            return f"{label} on both sides"
        return f"{side} {label}" if side else label

    parts = []
    if referred:
        items = [f"{place(m)} ({ZONE_WORDS[m.zone]})" for m in referred]
        parts.append("commonly sends pain to your " + _join(items))
    if local:
        parts.append("has trigger points right in your " + _join([place(m) for m in local]))
    return "; ".join(parts).capitalize() + "."


def describe_marks(atlas: Atlas, marks: Iterable[tuple[str, str]]) -> str:
    """The places a person marked, in plain words: 'left angle of the jaw, breastbone, temple (both sides)'."""
    by_region: dict[str, set[str]] = {}
    for region, side in marks:
        by_region.setdefault(region, set()).add(side)
    parts = []
    for region, sides in sorted(by_region.items(), key=lambda t: atlas.region_label(t[0])):
        label = atlas.region_label(region).lower()
        if {"right", "left"} <= sides:
            parts.append(f"{label} (both sides)")
        elif "midline" in sides:
            parts.append(label)
        else:
            parts.append(f"{next(iter(sides))} {label}")
    return ", ".join(parts)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# --- words ------------------------------------------------------------------------------------

# Search, words to places and did-you-mean live in search.py, the one implementation; their names stay
# importable from here. Looked up on first use, because search.py itself builds on rank_sources above.
_FROM_SEARCH = frozenset({"SearchResult", "search", "suggest_muscles", "find_places", "find_regions", "parse_side"})


def __getattr__(name: str) -> object:
    if name in _FROM_SEARCH:
        from . import search as search_module

        return getattr(search_module, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# --- coverage -----------------------------------------------------------------------------

def coverage_report(atlas: Atlas) -> dict:
    """Counts and, per column, how many entries are empty."""
    def empties(items: Iterable[object], skip: set[str]) -> dict[str, int]:
        items = list(items)
        counts: dict[str, int] = {}
        for f in fields(items[0]) if items else ():
            if f.name in skip:
                continue
            counts[f.name] = sum(1 for it in items if getattr(it, f.name) in ("", (), None))
        return counts

    tps = list(atlas.trigger_points.values())
    empty = {
        "muscles": empties(atlas.muscles.values(), {"views"}),
        "trigger_points": empties(tps, {"spillover", "local_region"}),
        "conditions": empties(atlas.conditions.values(), set()),
    }
    return {
        "muscles": len(atlas.muscles),
        "trigger_points": len(tps),
        "conditions": len(atlas.conditions),
        "regions": len(atlas.regions),
        "spillover_none": sum(1 for tp in tps if not tp.spillover),
        "empty": empty,
        "empty_total": sum(n for cols in empty.values() for n in cols.values()),
    }
