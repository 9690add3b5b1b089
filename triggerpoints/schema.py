"""The one schema for the CSV files in `data/`, and the checks across files.

Used by the app, `python -m triggerpoints validate` and the tests. Every problem found is
reported at once as a `Problem` naming the file, the spreadsheet row (the header is row 1)
and the column.
"""
from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

LIST_SEP = ";"
NONE_MARK = "none"  # an explicit "the source draws no spillover zone"
ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
VIEWS = ("front", "back", "head")
BODY_AREAS_MUSCLE = ("head_neck", "shoulder_upper_arm", "forearm_hand", "trunk", "hip_thigh", "leg_foot")
BODY_AREAS_REGION = ("head_neck", "shoulder_chest", "arm_hand", "trunk", "hip_thigh", "leg_foot")
URGENCIES = ("emergency", "urgent", "soon")

FILES = ("regions.csv", "sources.csv", "red_flags.csv", "conditions.csv", "muscles.csv", "trigger_points.csv")

# Columns whose text the public reads; their reading level is measured by the tests.
PATIENT_COLUMNS = {
    "muscles.csv": ("summary", "symptoms", "aggravating", "perpetuating", "self_care"),
    "trigger_points.csv": ("location",),
    "conditions.csv": ("explanation",),
    "red_flags.csv": ("title", "warning_signs", "action"),
}


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the data, located for a person editing a spreadsheet."""

    file: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f" row {self.row}"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.message}"


class DataValidationError(Exception):
    """The data failed validation; `problems` lists every problem found."""

    def __init__(self, problems: list[Problem]):
        self.problems = sorted(set(problems), key=lambda p: (FILES.index(p.file) if p.file in FILES else 99,
                                                            p.row or 0, p.column or "", p.message))
        super().__init__(f"{len(self.problems)} problem(s) in the data:\n" + "\n".join(map(str, self.problems)))


def split_list(cell: object) -> list[str]:
    """Items of a semicolon-separated cell, stripped, empty items dropped."""
    if not isinstance(cell, str):
        return []
    return [item.strip() for item in cell.split(LIST_SEP) if item.strip()]


def parse_citation(item: str) -> tuple[str, str]:
    """`simons1999: Infraspinatus Muscle` -> ("simons1999", "Infraspinatus Muscle")."""
    source, _, chapter = item.partition(":")
    return source.strip(), chapter.strip()


def spreadsheet_row(index: object) -> int | None:
    try:
        return int(index) + 2
    except (TypeError, ValueError):
        return None


def _suggest(value: str, allowed: Iterable[str]) -> str:
    close = difflib.get_close_matches(value, list(allowed), n=1, cutoff=0.75)
    return f" (did you mean '{close[0]}'?)" if close else ""


@dataclass(frozen=True)
class References:
    """Ids that other files may point to."""

    region_ids: frozenset[str] = frozenset()
    source_ids: frozenset[str] = frozenset()
    red_flag_ids: frozenset[str] = frozenset()
    condition_ids: frozenset[str] = frozenset()
    muscle_ids: frozenset[str] = frozenset()


# --- reusable column checks ---------------------------------------------------------------

# A failing check's message is built from the failing cell: name -> message(cell).
_MESSAGES: dict[str, Callable[[object], str]] = {}


def _check(name: str, fn: Callable[[object], bool], message: Callable[[object], str],
           *, check_empty: bool = False) -> pa.Check:
    """An element-wise check; empty cells pass unless `check_empty` (the `required` check reports them)."""
    _MESSAGES[name] = message

    def run(v: object) -> bool:
        if not check_empty and (not isinstance(v, str) or not v.strip()):
            return True
        return bool(fn(v))

    return pa.Check(run, element_wise=True, name=name, error=name)


def _required() -> pa.Check:
    return _check("required", lambda v: isinstance(v, str) and v.strip() != "",
                  lambda v: "is empty; this column is required", check_empty=True)


def _id_format() -> pa.Check:
    return _check("id_format", lambda v: bool(ID_RE.match(str(v))),
                  lambda v: f"'{v}' is not a valid id (use lower case letters, digits and underscores, starting with a letter)")


def _one_of(name: str, allowed: Iterable[str]) -> pa.Check:
    allowed = tuple(allowed)
    return _check(name, lambda v: v in allowed, lambda v: f"'{v}' must be one of: {', '.join(allowed)}")


def _ids_in(kind: str, allowed: frozenset[str], *, allow_empty: bool = False, allow_none: bool = False) -> pa.Check:
    def unknown(v: object) -> list[str]:
        return [i for i in split_list(v) if i not in allowed and not (allow_none and i == NONE_MARK)]

    def ok(v: object) -> bool:
        items = split_list(v)
        if not items:
            return allow_empty
        if allow_none and NONE_MARK in items and len(items) > 1:
            return False
        return not unknown(v)

    def message(v: object) -> str:
        items = split_list(v)
        if not items:
            return f"is empty; list at least one {kind} id" + (f" or '{NONE_MARK}'" if allow_none else "")
        if allow_none and NONE_MARK in items and len(items) > 1:
            return f"'{NONE_MARK}' cannot be combined with region ids"
        return "; ".join(f"unknown {kind} id '{u}'{_suggest(u, allowed)}" for u in unknown(v))

    return _check(f"ids_in_{kind}", ok, message)


def _citations(sources: frozenset[str]) -> pa.Check:
    def bad(v: object) -> list[str]:
        out = []
        for item in split_list(v):
            sid, chapter = parse_citation(item)
            if sid not in sources or not chapter:
                out.append(item)
        return out

    def message(v: object) -> str:
        if not split_list(v):
            return "is empty; cite at least one source as 'source_id: chapter'"
        return "; ".join(f"citation '{b}' must be 'source_id: chapter' with a source id from sources.csv"
                         + _suggest(parse_citation(b)[0], sources) for b in bad(v))

    return _check("citations", lambda v: bool(split_list(v)) and not bad(v), message)


def _int_between(lo: int, hi: int) -> pa.Check:
    return _check(f"int_{lo}_{hi}", lambda v: str(v).strip().isdigit() and lo <= int(str(v).strip()) <= hi,
                  lambda v: f"'{v}' must be a whole number from {lo} to {hi}")


def _number_between(lo: float, hi: float) -> pa.Check:
    def ok(v: object) -> bool:
        try:
            f = float(str(v))
        except ValueError:
            return False
        return lo <= f <= hi

    return _check(f"number_{lo}_{hi}", ok, lambda v: f"'{v}' is not a number from {lo:g} to {hi:g}")


def _text(*extra: pa.Check) -> pa.Column:
    return pa.Column(str, checks=[_required(), *extra], nullable=False, required=True)


def _optional_text(*extra: pa.Check) -> pa.Column:
    return pa.Column(str, checks=list(extra), nullable=True, required=True)


def _id_column() -> pa.Column:
    return pa.Column(str, checks=[_required(), _id_format()], unique=True, nullable=False, required=True)


# --- the tables ---------------------------------------------------------------------------

def table_schemas(refs: References) -> dict[str, pa.DataFrameSchema]:
    """The schema of every CSV, given the ids other files may point to."""
    region_list = _ids_in("region", refs.region_ids)
    return {
        "regions.csv": pa.DataFrameSchema({
            "id": _id_column(),
            "label": _text(),
            "body_area": _text(_one_of("region_body_area", BODY_AREAS_REGION)),
            "synonyms": _optional_text(),
        }, strict=True, ordered=False),
        "sources.csv": pa.DataFrameSchema({
            "id": _id_column(),
            "citation": _text(),
        }, strict=True),
        "red_flags.csv": pa.DataFrameSchema({
            "id": _id_column(),
            "title": _text(),
            "urgency": _text(_one_of("urgency", URGENCIES)),
            "warning_signs": _text(),
            "action": _text(),
            "regions": _optional_text(_ids_in("region", refs.region_ids, allow_empty=True)),
        }, strict=True),
        "conditions.csv": pa.DataFrameSchema({
            "id": _id_column(),
            "name": _text(),
            "synonyms": _text(),
            "explanation": _text(),
            "clinician_notes": _text(),
            "red_flags": _text(_ids_in("red_flag", refs.red_flag_ids)),
            "sources": _text(_citations(refs.source_ids)),
        }, strict=True),
        "muscles.csv": pa.DataFrameSchema({
            "id": _id_column(),
            "name": _text(),
            "anatomical_name": _text(),
            "synonyms": _text(),
            "body_area": _text(_one_of("muscle_body_area", BODY_AREAS_MUSCLE)),
            "attachments": _text(),
            "action": _text(),
            "summary": _text(),
            "symptoms": _text(),
            "aggravating": _text(),
            "perpetuating": _text(),
            "self_care": _text(),
            "needling_precautions": _text(),
            "differentials": _text(),
            "red_flags": _text(_ids_in("red_flag", refs.red_flag_ids)),
            "conditions": _text(_ids_in("condition", refs.condition_ids)),
            "prevalence": _text(_int_between(1, 5)),
            "sources": _text(_citations(refs.source_ids)),
            "source_notes": _text(),
        }, strict=True),
        "trigger_points.csv": pa.DataFrameSchema({
            "id": _id_column(),
            "muscle_id": _text(_ids_in("muscle", refs.muscle_ids)),
            "label": _text(),
            "view": _text(_one_of("view", VIEWS)),
            "x": _text(_number_between(0, 400)),
            "y": _text(_number_between(0, 1000)),
            "location": _text(),
            "palpation": _text(),
            "essential": _text(region_list),
            "spillover": _text(_ids_in("region", refs.region_ids, allow_none=True)),
        }, strict=True),
    }


# --- reading and validating ---------------------------------------------------------------

def read_table(path: Path, problems: list[Problem]) -> pd.DataFrame | None:
    """Read a CSV as text cells; a file that cannot be parsed becomes a Problem."""
    name = path.name
    if not path.exists():
        problems.append(Problem(name, None, None, f"file not found in {path.parent}"))
        return None
    try:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8", skipinitialspace=False)
    except UnicodeDecodeError as exc:
        problems.append(Problem(name, None, None, f"is not UTF-8 text ({exc.reason}); save it as CSV UTF-8"))
        return None
    except pd.errors.ParserError as exc:
        match = re.search(r"line (\d+)", str(exc))
        row = int(match.group(1)) if match else None
        problems.append(Problem(name, row, None, f"cannot be read as CSV: {exc}".strip()))
        return None
    except pd.errors.EmptyDataError:
        problems.append(Problem(name, None, None, "is empty; it needs a header row"))
        return None
    df.columns = [str(c).strip() for c in df.columns]
    return df.apply(lambda col: col.str.strip())


def _problems_from_schema_errors(name: str, df: pd.DataFrame, err: SchemaErrors) -> list[Problem]:
    out: list[Problem] = []
    for case in err.failure_cases.to_dict("records"):
        check = str(case.get("check") or "")
        column = case.get("column")
        value = case.get("failure_case")
        idx = case.get("index")
        if check == "column_in_dataframe":
            out.append(Problem(name, None, str(value), "column is missing"))
        elif check == "column_in_schema":
            out.append(Problem(name, None, str(value), "is not a known column (check the spelling of the header)"))
        elif check == "field_uniqueness" or check.startswith("field_uniqueness"):
            out.append(Problem(name, spreadsheet_row(idx), column, f"'{value}' appears more than once; ids must be unique"))
        elif check in _MESSAGES:
            out.append(Problem(name, spreadsheet_row(idx), column, _MESSAGES[check](value)))
        elif check.startswith("dtype") or check.startswith("coerce"):
            out.append(Problem(name, spreadsheet_row(idx), column, f"'{value}' has the wrong type"))
        else:
            out.append(Problem(name, spreadsheet_row(idx), column, f"fails check {check}: {value!r}"))
    return out


def validate_table(name: str, df: pd.DataFrame, schema: pa.DataFrameSchema) -> list[Problem]:
    try:
        schema.validate(df, lazy=True)
    except SchemaErrors as err:
        return _problems_from_schema_errors(name, df, err)
    return []


def ids_of(df: pd.DataFrame | None) -> frozenset[str]:
    if df is None or "id" not in df.columns:
        return frozenset()
    return frozenset(v for v in df["id"] if isinstance(v, str) and v)
