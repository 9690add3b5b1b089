"""The body map as data: what the browser component is sent, and what a click on it means.

The drawing itself (the SVG views in `assets/`, with every muscle, region, referral zone and
trigger point mark in them) travels to the browser once, as files. On each rerun the page
sends only the highlight built here: the chosen muscle, its trigger point labels, the marked
places. Everything that comes back from the browser is untrusted and goes through
`parse_event`, which keeps only ids the atlas knows.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache

from . import content
from .atlas import Atlas, Muscle, RedFlag
from .geometry import VIEW_FILES, VIEW_TITLES, region_neighbours
from .lookup import Candidate
from .search import option_labels

MODES = ("explore", "pain", "conditions")
EVENT_TYPES = ("muscle", "tp", "clear", "region", "show", "clear_drawing", "open", "handout", "summary", "need_static")
PAPERS = ("a4", "letter")
AUDIENCES = ("patient", "clinician")
OPEN_PAGES = ("muscle", "condition", "page")
PAGES = ("pain_drawing", "conditions", "about", "disclaimer")   # what a plain link in the map may open
SIDES = ("right", "left", "midline")
MAX_ID_LENGTH = 80
VIEW_ORDER = ("front", "back", "lateral", "head")
SHOWN_FIRST = ("front", "back", "head")       # until a choice says which views matter

VIEW_SHORT = {"front": "Front", "back": "Back", "head": "Head", "lateral": "Side"}
PROFILE_VIEWS = frozenset({"head", "lateral"})  # drawn from the person's right; the left is their mirror image

FOCUS_OPTIONS = (
    ("whole", "Whole body"), ("head_neck", "Head and neck"), ("face", "Face and jaw"), ("neck", "Neck"),
    ("shoulder_arm", "Shoulder and arm"), ("forearm_hand", "Forearm and hand"), ("trunk", "Trunk"),
    ("hip_thigh", "Hip and thigh"), ("leg_foot", "Leg and foot"),
)
LEGEND_EXPLORE = (
    ("essential", "Essential zone: felt by nearly everyone with that trigger point"),
    ("spillover", "Spillover zone: felt by some"),
    ("mark", "Trigger point"),
    ("chosen", "Chosen muscle"),
    ("deep", "Deep muscle (under others)"),
)
LEGEND_PAIN = (
    ("marked", "Your marks"),
    ("essential", "Essential zone of the muscle shown"),
    ("spillover", "Its spillover zone"),
    ("mark", "Its trigger points"),
)
LEGEND_CONDITIONS = (("highlighted", "Muscles commonly involved"),)
# Heights in CSS pixels: the whole body, and the head (a square view). The pain drawing stacks its two heads.
SIZES_PAIN = {"body": 700, "head": 340}
SIZES_NARROW = {"body": 520, "head": 300}
URGENCY_TEXT = {"emergency": "Emergency: call now", "urgent": "Urgent: be seen today", "soon": "See a clinician soon"}
MAX_CANDIDATES = 10


@dataclass(frozen=True)
class MapEvent:
    """What a click (or a key press) on the map chose."""

    type: str                 # one of EVENT_TYPES
    id: str | None = None     # muscle, trigger point, region, condition or page id
    side: str | None = None   # for a region: "right", "left" or "midline"
    seq: int = 0              # the browser's click counter, echoed back as `ack`
    page: str | None = None   # for "open": "muscle", "condition" or "page"
    options: tuple[tuple[str, object], ...] = ()   # for "handout" and "summary": the choices made (checked)

    def option(self, name: str, default: object = None) -> object:
        return dict(self.options).get(name, default)


def view_specs(views: tuple[str, ...] = ("front", "back", "head"), *, head_both_sides: bool = False) -> list[dict]:
    """The panels the component draws, in order. With `head_both_sides` the head is shown twice (right, left)."""
    specs = []
    for view in views:
        spec = {"id": view, "view": view, "file": asset_file(view), "title": VIEW_TITLES[view],
                "short": VIEW_SHORT.get(view, view), "profile": view in PROFILE_VIEWS}
        if head_both_sides and view == "head":
            spec["group"] = "heads"              # the two sides of the head share one column
        if view in PROFILE_VIEWS and head_both_sides:
            specs.append({**spec, "id": f"{view}-right", "short": f"{VIEW_SHORT[view]} (right)"})
            specs.append({**spec, "id": f"{view}-left", "short": f"{VIEW_SHORT[view]} (left)", "mirror": True})
        else:
            specs.append(spec)
    return specs


@lru_cache(maxsize=8)
def _asset_version(name: str, mtime_ns: int, size: int) -> str:
    from .atlas import ASSETS_DIR

    return hashlib.sha256((ASSETS_DIR / name).read_bytes()).hexdigest()[:12]


def asset_file(view: str) -> str:
    """The view's SVG file name with a content version, so a changed drawing is fetched again."""
    from .atlas import ASSETS_DIR

    name = VIEW_FILES[view]
    stat = (ASSETS_DIR / name).stat()
    return f"{name}?v={_asset_version(name, stat.st_mtime_ns, stat.st_size)}"


def drawn_views(atlas: Atlas) -> tuple[str, ...]:
    """The views the drawings have, in the order the map shows them."""
    return tuple(v for v in VIEW_ORDER if v in atlas.geometry.views)


def setup(mode: str, views: tuple[str, ...] = ("front", "back", "head")) -> dict:
    """What a map of one mode needs once: its views, controls, legend, sizes and words. `shown` are the views
    shown until a choice says which matter (the body map then shows the views its pattern falls on)."""
    shown = [v for v in SHOWN_FIRST if v in views]
    if mode == "explore":
        return {"mode": mode, "views": view_specs(views), "shown": shown, "focus_options": FOCUS_OPTIONS,
                "legend": LEGEND_EXPLORE, "label": "Body map: choose a muscle",
                "hint": "Click or tap a muscle to see where it commonly sends pain."}
    if mode == "pain":
        return {"mode": mode, "views": view_specs(views, head_both_sides=True),
                "shown": [s["id"] for s in view_specs(views, head_both_sides=True) if s["view"] in shown],
                "focus_options": FOCUS_OPTIONS, "legend": LEGEND_PAIN, "sizes": SIZES_PAIN,
                "label": "Pain drawing: mark where it hurts", "hint": "Tap a place to mark it; tap it again to unmark it."}
    if mode == "conditions":
        return {"mode": mode, "views": view_specs(views), "shown": shown, "focus_options": FOCUS_OPTIONS,
                "legend": LEGEND_CONDITIONS, "sizes": SIZES_NARROW, "label": "Muscles commonly involved, highlighted on the body",
                "hint": "Click a highlighted muscle to open it on the body map."}
    raise ValueError(f"unknown map mode {mode!r}; expected one of {', '.join(MODES)}")


def _flag(flag: RedFlag) -> dict:
    return {"title": flag.title, "urgency": flag.urgency, "signs": flag.warning_signs, "action": flag.action}


def _region_labels(atlas: Atlas, ids: tuple[str, ...]) -> list[str]:
    return [atlas.region_label(r).lower() for r in ids]


def _muscle_detail(atlas: Atlas, m: Muscle, label: str) -> dict:
    """Everything the detail panel shows about one muscle, as plain text (the browser shows it as text)."""
    return {
        "name": m.name, "label": label, "anatomical": m.anatomical_name, "also": list(m.synonyms[:6]),
        "summary": m.summary, "symptoms": m.symptoms, "aggravating": m.aggravating, "perpetuating": m.perpetuating,
        "self_care": m.self_care, "basis": getattr(m, "pattern_basis", ""),
        "tps": [{"id": tp.id, "label": tp.label, "location": tp.location, "palpation": tp.palpation,
                 "essential": _region_labels(atlas, tp.essential), "spillover": _region_labels(atlas, tp.spillover)}
                for tp in m.trigger_points],
        "conditions": [c for c in m.conditions if c in atlas.conditions],
        "flags": [f.id for f in atlas.flags(m.red_flags)],
        "sources": [[c.citation, c.chapter] for c in m.sources], "notes": m.source_notes,
        "attachments": m.attachments, "action": m.action, "needling": m.needling_precautions,
        "differentials": m.differentials,
    }


def _tables(atlas: Atlas, mode: str) -> dict:
    """The mode's tables: names for every mode; the body map adds every muscle's detail, so a click answers
    at once; the pain drawing adds the warning signs it may show."""
    tables: dict = {"muscles": {m.id: m.name for m in atlas.muscles.values()},
                    "regions": {r.id: r.label for r in atlas.regions.values()}}
    if mode == "explore":
        labels = option_labels(atlas)
        tables["details"] = {m.id: _muscle_detail(atlas, m, labels.get(m.id, m.name)) for m in atlas.muscles_by_name}
        tables["conditions"] = {c.id: c.name for c in atlas.conditions.values()}
        tables["flags"] = {f.id: _flag(f) for f in atlas.red_flags.values()}
        tables["aftercare"] = [list(b) for b in content.blocks("aftercare.md")]
        tables["urgency"] = URGENCY_TEXT
    elif mode == "pain":
        tables["flags"] = {f.id: _flag(f) for f in atlas.red_flags.values()}
        tables["urgency"] = URGENCY_TEXT
    return tables


def static_part(atlas: Atlas, mode: str) -> tuple[dict, str]:
    """Everything the browser keeps for the life of the page: the mode's tables and setup; with its hash.
    Sent once, then only the hash travels."""
    cache = atlas.__dict__.setdefault("_map_static", {})
    if mode not in cache:
        part = {"table": _tables(atlas, mode), "setup": setup(mode, drawn_views(atlas))}
        digest = hashlib.sha256(json.dumps(part, sort_keys=True).encode()).hexdigest()[:16]
        cache[mode] = (part, digest)
    return cache[mode]


def _tp_labels(muscle: Muscle | None) -> dict[str, str]:
    return {tp.id: tp.label for tp in muscle.trigger_points} if muscle else {}


def explore_state(atlas: Atlas, muscle_id: str | None, tp_id: str | None, *, ack: int = 0) -> dict:
    """The body map's highlight: the chosen muscle, or one of its trigger points (the texts are in its table)."""
    muscle = atlas.muscle(muscle_id)
    tp = muscle.trigger_point(tp_id) if muscle and tp_id else None
    return {"selected": muscle.id if muscle else "", "tp": tp.id if tp else "", "ack": ack}


def pain_state(atlas: Atlas, marked: set[tuple[str, str]], ranked: list[Candidate], candidate_id: str | None, *,
               ack: int = 0) -> dict:
    """The pain drawing: the person's marks, the muscles ranked by lookup.rank_sources, each with its matches
    as "region:zone" (zone e, s or l; the browser words them as lookup.explain does), the warning signs for
    the marked places, nearby places when nothing matches, and a candidate whose pattern the browser draws
    over the marks, on the sides marked."""
    candidate = atlas.muscle(candidate_id)
    regions = {r for r, _ in marked}
    nearby: list[str] = []
    if marked and not ranked:
        near = region_neighbours_of(atlas)
        nearby = sorted({n for r in regions for n in near.get(r, ())} - regions)[:8]
    state = {"marked": sorted([list(m) for m in marked]), "ack": ack,
             "candidates": [[c.muscle.id, ",".join(f"{m.region}:{m.zone[0]}" for m in c.matches)]
                            for c in ranked[:MAX_CANDIDATES]],
             "flags": [f.id for f in atlas.flags_for_regions(regions)]}
    if candidate:
        state |= {"pattern_owner": candidate.id, "tp_labels": _tp_labels(candidate)}
    if nearby:
        state["nearby"] = nearby
    return state


def region_neighbours_of(atlas: Atlas) -> dict[str, set[str]]:
    """Places that touch each other on some view (for "try a nearby place"), computed once per atlas."""
    if "_neighbours" not in atlas.__dict__:
        atlas.__dict__["_neighbours"] = region_neighbours(atlas.geometry)
    return atlas.__dict__["_neighbours"]


def conditions_state(atlas: Atlas, muscle_ids: tuple[str, ...]) -> dict:
    """Several muscles highlighted together (the muscles of a condition)."""
    return {"highlight_muscles": [m for m in muscle_ids if m in atlas.muscles], "ack": 0}


def download(name: str, pdf: bytes, token: int) -> dict:
    """A PDF made in memory, for the page to save (sent once; `token` tells one download from the next)."""
    import base64

    return {"name": name, "data": base64.b64encode(pdf).decode("ascii"), "token": token}


def event_seq(value: object) -> int:
    """The browser's click counter of an event (0 when it has none that makes sense)."""
    seq = value.get("seq") if isinstance(value, dict) else None
    return seq if isinstance(seq, int) and not isinstance(seq, bool) and 0 <= seq < 2**31 else 0


def parse_event(atlas: Atlas, value: object) -> MapEvent | None:
    """A browser event as a MapEvent, or None when it is not one the atlas can act on."""
    if not isinstance(value, dict):
        return None
    kind = value.get("type")
    if kind not in EVENT_TYPES:
        return None
    seq = event_seq(value)
    raw_id = value.get("id")
    ident = raw_id if isinstance(raw_id, str) and len(raw_id) <= MAX_ID_LENGTH else None
    if kind == "muscle":
        return MapEvent(kind, ident, seq=seq) if ident in atlas.muscles else None
    if kind == "tp":
        return MapEvent(kind, ident, seq=seq) if ident in atlas.trigger_points else None
    if kind == "show":
        return MapEvent(kind, ident, seq=seq) if ident in atlas.muscles else None
    if kind == "region":
        side = value.get("side")
        return MapEvent(kind, ident, side, seq) if ident in atlas.regions and side in SIDES else None
    if kind in ("handout", "summary"):
        paper = value.get("paper") if value.get("paper") in PAPERS else "a4"
        opts: dict[str, object] = {"paper": paper}
        if kind == "handout":
            if ident not in atlas.muscles:
                return None
            tp = value.get("tp") if isinstance(value.get("tp"), str) else ""
            opts |= {"tp": tp if atlas.trigger_points.get(tp) and atlas.trigger_points[tp].muscle_id == ident else "",
                     "audience": value.get("audience") if value.get("audience") in AUDIENCES else "patient",
                     "aftercare": value.get("aftercare") is True}
        return MapEvent(kind, ident if kind == "handout" else None, seq=seq, options=tuple(sorted(opts.items())))
    if kind == "open":
        page = value.get("page") if isinstance(value.get("page"), str) else None
        known = {"muscle": atlas.muscles, "condition": atlas.conditions, "page": PAGES}.get(page, ())
        return MapEvent(kind, ident, seq=seq, page=page) if page in OPEN_PAGES and ident in known else None
    return MapEvent(kind, seq=seq)
