"""The atlas: muscles, trigger points, conditions, red flags and regions, loaded from
`data/` and checked against the schema and the drawings."""
from __future__ import annotations

import threading
from dataclasses import asdict, dataclass, field
from functools import cached_property
from pathlib import Path

import pandas as pd
from shapely.geometry import Point

from .geometry import VIEW_FILES, BodyGeometry, GeometryError, load_geometry
from .schema import (
    FILES, NONE_MARK, DataValidationError, Problem, References, ids_of, parse_citation, read_table,
    split_list, spreadsheet_row, table_schemas, validate_table,
)

PACKAGE_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = PACKAGE_ROOT / "data"
ASSETS_DIR = PACKAGE_ROOT / "assets"


@dataclass(frozen=True)
class Region:
    id: str
    label: str
    body_area: str
    synonyms: tuple[str, ...]
    views: tuple[str, ...]


@dataclass(frozen=True)
class Citation:
    source_id: str
    chapter: str
    citation: str

    def __str__(self) -> str:
        return f"{self.citation} Chapter: {self.chapter}."

    def to_dict(self) -> dict:
        return {"source": self.source_id, "chapter": self.chapter, "citation": self.citation}


@dataclass(frozen=True)
class RedFlag:
    id: str
    title: str
    urgency: str
    warning_signs: str
    action: str
    regions: tuple[str, ...]


@dataclass(frozen=True)
class TriggerPoint:
    id: str
    muscle_id: str
    label: str
    view: str
    x: float
    y: float
    location: str
    palpation: str
    essential: tuple[str, ...]
    spillover: tuple[str, ...]
    local_region: str | None = None  # the region the trigger point itself lies in
    crosses_midline: bool = False    # its referral zone crosses the midline, as the literature draws it

    @property
    def zones(self) -> dict[str, tuple[str, ...]]:
        return {"essential": self.essential, "spillover": self.spillover}


@dataclass(frozen=True)
class Muscle:
    id: str
    name: str
    anatomical_name: str
    synonyms: tuple[str, ...]
    body_area: str
    attachments: str
    action: str
    summary: str
    symptoms: str
    aggravating: str
    perpetuating: str
    self_care: str
    needling_precautions: str
    differentials: str
    red_flags: tuple[str, ...]
    conditions: tuple[str, ...]
    prevalence: int
    sources: tuple[Citation, ...]
    source_notes: str
    trigger_points: tuple[TriggerPoint, ...]
    views: tuple[str, ...]
    pattern_basis: str = ""  # one line: which published figure and edition the pattern follows

    @property
    def essential_regions(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r for tp in self.trigger_points for r in tp.essential))

    @property
    def spillover_regions(self) -> tuple[str, ...]:
        ess = set(self.essential_regions)
        return tuple(dict.fromkeys(r for tp in self.trigger_points for r in tp.spillover if r not in ess))

    def trigger_point(self, tp_id: str) -> TriggerPoint | None:
        return next((tp for tp in self.trigger_points if tp.id == tp_id), None)

    def to_dict(self) -> dict:
        return asdict(self) | {"sources": [c.to_dict() for c in self.sources]}


@dataclass(frozen=True)
class Condition:
    id: str
    name: str
    synonyms: tuple[str, ...]
    explanation: str
    clinician_notes: str
    red_flags: tuple[str, ...]
    sources: tuple[Citation, ...]
    muscles: tuple[str, ...]  # derived from muscles.csv, most commonly involved first

    def to_dict(self) -> dict:
        return asdict(self) | {"sources": [c.to_dict() for c in self.sources]}


@dataclass(frozen=True)
class Atlas:
    muscles: dict[str, Muscle]
    conditions: dict[str, Condition]
    red_flags: dict[str, RedFlag]
    regions: dict[str, Region]
    sources: dict[str, str]
    geometry: BodyGeometry = field(repr=False)

    @cached_property
    def muscles_by_name(self) -> tuple[Muscle, ...]:
        return tuple(sorted(self.muscles.values(), key=lambda m: m.name.lower()))

    @cached_property
    def trigger_points(self) -> dict[str, TriggerPoint]:
        return {tp.id: tp for m in self.muscles.values() for tp in m.trigger_points}

    def muscle(self, muscle_id: str | None) -> Muscle | None:
        return self.muscles.get(muscle_id or "")

    def region_label(self, region_id: str) -> str:
        region = self.regions.get(region_id)
        return region.label if region else region_id

    def flags(self, ids: tuple[str, ...] | list[str]) -> list[RedFlag]:
        order = {"emergency": 0, "urgent": 1, "soon": 2}
        found = [self.red_flags[i] for i in dict.fromkeys(ids) if i in self.red_flags]
        return sorted(found, key=lambda f: order[f.urgency])

    def flags_for_regions(self, region_ids: list[str] | set[str]) -> list[RedFlag]:
        wanted = set(region_ids)
        return self.flags([f.id for f in self.red_flags.values() if wanted & set(f.regions)])


def _citations(cell: str, sources: dict[str, str]) -> tuple[Citation, ...]:
    out = []
    for item in split_list(cell):
        sid, chapter = parse_citation(item)
        out.append(Citation(sid, chapter, sources.get(sid, sid)))
    return tuple(out)


def _cross_checks(tables: dict[str, pd.DataFrame], geometry: BodyGeometry) -> list[Problem]:
    """Checks that need more than one file, or the drawings."""
    problems: list[Problem] = []
    regions, muscles, tps, conditions = (tables.get(n) for n in ("regions.csv", "muscles.csv", "trigger_points.csv",
                                                                  "conditions.csv"))
    drawn = ", ".join(f"assets/{f}" for f in VIEW_FILES.values())
    if regions is not None and "id" in regions:
        for i, rid in regions["id"].items():
            if rid and rid not in geometry.region_ids:
                problems.append(Problem("regions.csv", spreadsheet_row(i), "id", f"region '{rid}' is not drawn in {drawn}"))
        for rid in sorted(geometry.region_ids - ids_of(regions)):
            problems.append(Problem("regions.csv", None, "id", f"region '{rid}' is drawn in the assets but has no row here"))
    if muscles is not None and "id" in muscles:
        for i, mid in muscles["id"].items():
            if mid and mid not in geometry.muscle_ids:
                problems.append(Problem("muscles.csv", spreadsheet_row(i), "id", f"muscle '{mid}' has no shape in {drawn}"))
        for mid in sorted(geometry.muscle_ids - ids_of(muscles)):
            problems.append(Problem("muscles.csv", None, "id", f"muscle '{mid}' is drawn in the assets but has no row here"))
    if muscles is not None and tps is not None and {"id"} <= set(muscles) and {"muscle_id"} <= set(tps):
        with_tps = set(tps["muscle_id"])
        for i, mid in muscles["id"].items():
            if mid and mid not in with_tps:
                problems.append(Problem("muscles.csv", spreadsheet_row(i), "id",
                                        f"muscle '{mid}' has no trigger points in trigger_points.csv"))
    if tps is not None and {"id", "muscle_id", "essential", "spillover"} <= set(tps):
        problems += _mark_checks(tps, geometry)
        problems += zone_agreement(tps, geometry)
    if conditions is not None and muscles is not None and "conditions" in muscles and "id" in conditions:
        used = {c for cell in muscles["conditions"] for c in split_list(cell)}
        for i, cid in conditions["id"].items():
            if cid and cid not in used:
                problems.append(Problem("conditions.csv", spreadsheet_row(i), "id",
                                        f"no muscle lists condition '{cid}' in muscles.csv column conditions"))
    return problems


def _mark_checks(tps: pd.DataFrame, geometry: BodyGeometry) -> list[Problem]:
    """Each trigger point is drawn (a mark in the drawings) inside its own muscle, on the views where that
    muscle is drawn; each mark belongs to a trigger point of this file."""
    problems: list[Problem] = []
    drawn = ", ".join(f"assets/{f}" for f in VIEW_FILES.values())
    known = {tp: (spreadsheet_row(i), m) for i, tp, m in zip(tps.index, tps["id"], tps["muscle_id"])}
    for i, row in tps.iterrows():
        r = spreadsheet_row(i)
        both = set(split_list(row["essential"])) & set(split_list(row["spillover"]))
        if both:
            problems.append(Problem("trigger_points.csv", r, "spillover",
                                    f"{', '.join(sorted(both))} also listed in essential; a region belongs to one zone"))
        if row["id"] and not geometry.marks_of(row["id"]):
            problems.append(Problem("trigger_points.csv", r, "id",
                                    f"trigger point '{row['id']}' has no mark in {drawn}; draw it there (see assets/README.md)"))
    for view in geometry.views.values():
        for mark in view.marks:
            if mark.tp not in known:
                problems.append(Problem("assets", None, None, f"{VIEW_FILES[view.name]}: a mark names trigger point "
                                        f"'{mark.tp}', which is not in trigger_points.csv"))
                continue
            r, muscle_id = known[mark.tp]
            shapes = [s for s in view.muscles if s.id == muscle_id and s.side == "right"]
            if not shapes:
                problems.append(Problem("trigger_points.csv", r, "id", f"trigger point '{mark.tp}' is marked on the "
                                        f"{view.name} view, where muscle '{muscle_id}' is not drawn"))
            elif not any(s.contains(mark.x, mark.y) for s in shapes):
                dist = min(s.polygon.distance(Point(mark.x, mark.y)) for s in shapes)
                problems.append(Problem("trigger_points.csv", r, "id",
                                        f"the mark of '{mark.tp}' at ({mark.x:g}, {mark.y:g}) lies {dist:.1f} units outside "
                                        f"the shape of '{muscle_id}' on the person's right side of the {view.name} view"))
    return problems


# How a drawn zone and the region lists of trigger_points.csv must agree (the lists are the index that the
# pain drawing, search and ranking use; the drawing is what a person sees).
REACH_MIN_AREA = 6.0        # a listed region counts as reached when its zone covers this many square units of it ...
REACH_MIN_SHARE = 0.04      # ... or this share of its area, on some view
COVER_SHARE = 0.5           # a region more than half covered by a zone must be listed


def zone_agreement(tps: pd.DataFrame, geometry: BodyGeometry) -> list[Problem]:
    """Every region listed for a drawn zone is reached by it on some view; every region a drawn zone mostly
    covers is listed (in either zone). Trigger points whose zones are not drawn yet are not checked."""
    problems: list[Problem] = []
    for i, row in tps.iterrows():
        tp, r = row["id"], spreadsheet_row(i)
        zones = [z for z in geometry.zones_of(tp) if z.drawn]
        if not zones:
            continue
        listed = {kind: [x for x in split_list(row[kind]) if x != NONE_MARK] for kind in ("essential", "spillover")}
        for kind, regions in listed.items():
            for region in regions:
                shapes = [(v.name, s) for v in geometry.views.values() for s in v.regions
                          if s.id == region and s.side in ("right", "midline")]
                reached = False
                for view, shape in shapes:
                    drawn = [z.polygon for z in zones if z.view == view and z.zone == kind]
                    if not drawn:
                        continue
                    overlap = shape.polygon.intersection(drawn[0] if len(drawn) == 1 else drawn[0].union(drawn[1])).area
                    if overlap >= REACH_MIN_AREA or overlap >= REACH_MIN_SHARE * shape.polygon.area:
                        reached = True
                        break
                if shapes and not reached:
                    views = ", ".join(sorted({v for v, _ in shapes}))
                    problems.append(Problem("trigger_points.csv", r, kind,
                                            f"'{tp}': region '{region}' is listed but its drawn {kind} zone does not "
                                            f"reach it on any view where the region is drawn ({views})"))
        may_cross = row.get("crosses_midline", "") == "yes"
        crossing = [z for z in zones if z.crosses_midline]
        if crossing and not may_cross:
            problems.append(Problem("trigger_points.csv", r, "crosses_midline",
                                    f"'{tp}': its zone is drawn across the midline on the {crossing[0].view} view; "
                                    "write yes here if the literature draws it so, or keep the zone on its own side"))
        if may_cross and not crossing:
            problems.append(Problem("trigger_points.csv", r, "crosses_midline",
                                    f"'{tp}': says its zone crosses the midline, but no drawn zone of it does"))
        known = set(listed["essential"]) | set(listed["spillover"])
        for z in zones:
            view = geometry.views[z.view]
            for shape in view.regions:
                if shape.side not in ("right", "midline") or shape.id in known:
                    continue
                area = shape.polygon.area
                if area > 0 and shape.polygon.intersection(z.polygon).area > COVER_SHARE * area:
                    problems.append(Problem("trigger_points.csv", r, z.zone,
                                            f"'{tp}': its drawn {z.zone} zone covers most of region '{shape.id}' on the "
                                            f"{z.view} view, which is not listed"))
    return problems


def validate_data(data_dir: Path = DATA_DIR, assets_dir: Path = ASSETS_DIR) -> tuple[dict[str, pd.DataFrame], BodyGeometry | None, list[Problem]]:
    """Read and check every file; return the tables, the geometry and every problem found."""
    problems: list[Problem] = []
    try:
        geometry = load_geometry(Path(assets_dir))
    except GeometryError as exc:
        problems.append(Problem("assets", None, None, str(exc)))
        geometry = None
    tables: dict[str, pd.DataFrame] = {}
    for name in FILES:
        df = read_table(Path(data_dir) / name, problems)
        if df is not None:
            tables[name] = df

    def known(name: str) -> frozenset[str] | None:
        # None: the file could not be read, so references to it are not checked (its one problem says why).
        df = tables.get(name)
        return ids_of(df) if df is not None and "id" in df.columns else None

    regions = geometry.region_ids if geometry is not None else known("regions.csv")  # zones name drawn regions
    refs = References(region_ids=regions, source_ids=known("sources.csv"), red_flag_ids=known("red_flags.csv"),
                      condition_ids=known("conditions.csv"), muscle_ids=known("muscles.csv"))
    schemas = table_schemas(refs)
    for name, df in tables.items():
        problems.extend(validate_table(name, df, schemas[name]))
    if geometry is not None:
        problems.extend(_cross_checks(tables, geometry))
    return tables, geometry, problems


def load_atlas(data_dir: Path = DATA_DIR, assets_dir: Path = ASSETS_DIR) -> Atlas:
    """Load and validate everything; raise DataValidationError listing every problem."""
    tables, geometry, problems = validate_data(Path(data_dir), Path(assets_dir))
    if problems or geometry is None:
        raise DataValidationError(problems)
    sources = dict(zip(tables["sources.csv"]["id"], tables["sources.csv"]["citation"]))
    regions = {
        r["id"]: Region(r["id"], r["label"], r["body_area"], tuple(split_list(r["synonyms"])),
                        tuple(geometry.region_views(r["id"])))
        for r in tables["regions.csv"].to_dict("records")
    }
    red_flags = {
        r["id"]: RedFlag(r["id"], r["title"], r["urgency"], r["warning_signs"], r["action"], tuple(split_list(r["regions"])))
        for r in tables["red_flags.csv"].to_dict("records")
    }
    tps_by_muscle: dict[str, list[TriggerPoint]] = {}
    for r in tables["trigger_points.csv"].to_dict("records"):
        own = geometry.primary_mark(r["id"])        # the trigger point's own view and place, from the drawing
        local = geometry.views[own.view].region_at(own.x, own.y)
        tps_by_muscle.setdefault(r["muscle_id"], []).append(TriggerPoint(
            r["id"], r["muscle_id"], r["label"], own.view, own.x, own.y, r["location"], r["palpation"],
            tuple(split_list(r["essential"])),
            tuple(z for z in split_list(r["spillover"]) if z != NONE_MARK),
            local.id if local else None, r["crosses_midline"] == "yes",
        ))
    muscles = {}
    for r in tables["muscles.csv"].to_dict("records"):
        muscles[r["id"]] = Muscle(
            id=r["id"], name=r["name"], anatomical_name=r["anatomical_name"], synonyms=tuple(split_list(r["synonyms"])),
            body_area=r["body_area"], attachments=r["attachments"], action=r["action"], summary=r["summary"],
            symptoms=r["symptoms"], aggravating=r["aggravating"], perpetuating=r["perpetuating"],
            self_care=r["self_care"], needling_precautions=r["needling_precautions"], differentials=r["differentials"],
            red_flags=tuple(split_list(r["red_flags"])), conditions=tuple(split_list(r["conditions"])),
            prevalence=int(r["prevalence"]), sources=_citations(r["sources"], sources), source_notes=r["source_notes"],
            trigger_points=tuple(tps_by_muscle.get(r["id"], ())), views=tuple(geometry.muscle_views(r["id"])),
            pattern_basis=r["pattern_basis"],
        )
    conditions = {}
    for r in tables["conditions.csv"].to_dict("records"):
        members = sorted((m for m in muscles.values() if r["id"] in m.conditions), key=lambda m: (-m.prevalence, m.name))
        conditions[r["id"]] = Condition(
            r["id"], r["name"], tuple(split_list(r["synonyms"])), r["explanation"], r["clinician_notes"],
            tuple(split_list(r["red_flags"])), _citations(r["sources"], sources), tuple(m.id for m in members))
    return Atlas(muscles, conditions, red_flags, regions, sources, geometry)


# --- remembered loading -------------------------------------------------------------------------

_Fingerprint = tuple[tuple[str, int, int, int] | tuple[str], ...]
_remembered: dict[tuple[str, str], tuple[_Fingerprint, Atlas | DataValidationError]] = {}
_remembered_lock = threading.Lock()


def data_fingerprint(data_dir: Path = DATA_DIR, assets_dir: Path = ASSETS_DIR) -> _Fingerprint:
    """Path, size, modification time and inode of every file the atlas is read from: any edit changes it."""
    paths = [Path(data_dir) / name for name in FILES] + [Path(assets_dir) / f for f in VIEW_FILES.values()]
    out: list[tuple[str, int, int, int] | tuple[str]] = []
    for path in paths:
        try:
            st = path.stat()
        except OSError:
            out.append((str(path),))
            continue
        out.append((str(path), st.st_size, st.st_mtime_ns, st.st_ino))
    return tuple(out)


def load_atlas_cached(data_dir: Path = DATA_DIR, assets_dir: Path = ASSETS_DIR) -> Atlas:
    """`load_atlas`, remembered until a data file or drawing changes; a failure is remembered too.

    Streamlit's st.cache_resource does not keep exceptions, so with bad data every page view would read
    and check all of it again: here it costs a stat() per file until someone edits one.
    """
    key = (str(Path(data_dir).resolve()), str(Path(assets_dir).resolve()))
    fingerprint = data_fingerprint(data_dir, assets_dir)
    with _remembered_lock:   # one check at a time, shared by every session
        known = _remembered.get(key)
        if known is None or known[0] != fingerprint:
            try:
                result: Atlas | DataValidationError = load_atlas(data_dir, assets_dir)
            except DataValidationError as err:
                result = err
            known = _remembered[key] = (fingerprint, result)
    if isinstance(known[1], DataValidationError):
        raise known[1].with_traceback(None)   # a fresh traceback each time, not one that grows
    return known[1]
