"""Lookups over the atlas: which muscles refer pain to a region, search, coverage."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, fields

from rapidfuzz import fuzz, process, utils

from .atlas import Atlas, Muscle

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
        for r in unknown:
            close = process.extractOne(r, list(atlas.regions), scorer=fuzz.WRatio)
            hints.append(f"'{r}'" + (f" (did you mean '{close[0]}'?)" if close and close[1] >= 70 else ""))
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


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# --- words to regions ------------------------------------------------------------------

def find_regions(atlas: Atlas, text: str, limit: int = 3, cutoff: float = 72) -> list[tuple[str, float]]:
    """Regions that a phrase like 'behind the knee' or 'jaw' most likely means."""
    query = utils.default_process(text)
    if not query:
        return []
    choices: dict[str, str] = {}
    for region in atlas.regions.values():
        for phrase in (region.label, region.id.replace("_", " "), *region.synonyms):
            choices[f"{region.id}|{phrase}"] = utils.default_process(phrase)
    scored: dict[str, float] = {}
    for _, score, key in process.extract(query, choices, scorer=_phrase_score, limit=40, processor=None):
        rid = key.split("|")[0]
        scored[rid] = max(scored.get(rid, 0), score)
    ranked = sorted(((r, s) for r, s in scored.items() if s >= cutoff), key=lambda t: -t[1])
    return ranked[:limit]


def _phrase_score(query: str, choice: str, **_: object) -> float:
    # Whole-phrase similarity tolerates typos; token-set handles word order and extra words.
    return max(fuzz.ratio(query, choice), fuzz.token_set_ratio(query, choice) - 4)


# --- search -------------------------------------------------------------------------------

@dataclass(frozen=True)
class SearchResult:
    kind: str       # "muscle", "condition" or "region"
    id: str
    label: str
    detail: str
    score: float


def _search_entries(atlas: Atlas) -> list[tuple[str, str, str, str, float]]:
    """(kind, id, label, text, weight) for every searchable phrase. Built once per atlas."""
    cached = atlas.__dict__.get("_search_entries")
    if cached is not None:
        return cached
    entries = []
    for m in atlas.muscles.values():
        for phrase in (m.name, m.anatomical_name, m.id.replace("_", " "), *m.synonyms):
            entries.append(("muscle", m.id, m.name, phrase, 1.0))
        for sentence in re.split(r"(?<=[.!?])\s+", m.symptoms):
            entries.append(("muscle", m.id, m.name, sentence, 0.8))
    for c in atlas.conditions.values():
        for phrase in (c.name, *c.synonyms):
            entries.append(("condition", c.id, c.name, phrase, 1.0))
    for r in atlas.regions.values():
        for phrase in (r.label, *r.synonyms):
            entries.append(("region", r.id, r.label, phrase, 0.85))
    atlas.__dict__["_search_entries"] = entries
    return entries


def search(atlas: Atlas, query: str, limit: int = 8, cutoff: float = 60) -> list[SearchResult]:
    """Muscles, conditions and body places matching free text, typo tolerant, best first."""
    q = utils.default_process(query)
    if len(q) < 2:
        return []
    entries = _search_entries(atlas)
    texts = [utils.default_process(e[3]) for e in entries]
    best: dict[tuple[str, str], SearchResult] = {}
    for text, raw, i in process.extract(q, texts, scorer=_search_score, limit=200, processor=None):
        kind, eid, label, phrase, weight = entries[i]
        score = raw * weight
        if score < cutoff:
            continue
        key = (kind, eid)
        if key not in best or score > best[key].score:
            detail = phrase if phrase.lower() != label.lower() else ""
            best[key] = SearchResult(kind, eid, label, detail, score)
    return sorted(best.values(), key=lambda r: (-r.score, r.kind != "muscle", r.label))[:limit]


def _search_score(query: str, choice: str, **_: object) -> float:
    if not choice:
        return 0.0
    whole = fuzz.WRatio(query, choice)
    if len(choice) > len(query) * 3:  # a long sentence: look for the words inside it
        return max(whole * 0.8, fuzz.token_set_ratio(query, choice) * 0.95 if all(
            fuzz.partial_ratio(w, choice) >= 85 for w in query.split()) else 0)
    return whole


def suggest_muscles(atlas: Atlas, text: str, limit: int = 3) -> list[Muscle]:
    found = search(atlas, text.replace("_", " "), limit=limit * 2)
    return [atlas.muscles[r.id] for r in found if r.kind == "muscle"][:limit]


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
