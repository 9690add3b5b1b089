"""The one schema for the CSV files in `data/`, and the checks across files.

Used by the app, `python -m triggerpoints validate` and the tests. Every problem found is
reported at once as a `Problem` naming the file, the spreadsheet row (the header is row 1)
and the column.
"""
from __future__ import annotations

import codecs
import csv
import difflib
import io
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
from pandera.errors import SchemaErrors

from .text import INVISIBLE, cut

LIST_SEP = ";"
NONE_MARK = "none"  # an explicit "the source draws no spillover zone"
ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
VIEWS = ("front", "back", "head", "lateral")
BODY_AREAS_MUSCLE = ("head_neck", "shoulder_upper_arm", "forearm_hand", "trunk", "hip_thigh", "leg_foot")
BODY_AREAS_REGION = ("head_neck", "shoulder_chest", "arm_hand", "trunk", "hip_thigh", "leg_foot")
URGENCIES = ("emergency", "urgent", "soon")

FILES = ("regions.csv", "sources.csv", "red_flags.csv", "conditions.csv", "muscles.csv", "trigger_points.csv")

# Sizes: a data file is checked against MAX_FILE_BYTES before it is parsed; every cell against its column's limit.
MAX_FILE_BYTES = 5_000_000
SHOWN_CHARS = 60          # of a cell quoted in a problem


@dataclass(frozen=True)
class CellRule:
    """What one column's cells may hold besides their own check: a length, and whether on one line."""

    max_chars: int
    one_line: bool


ID_CELL = CellRule(80, True)
LINE_CELL = CellRule(300, True)        # names, labels, titles, single values
LIST_CELL = CellRule(2_000, True)      # semicolon-separated ids, synonyms, citations
LONG_CELL = CellRule(20_000, False)    # sentences and paragraphs

# A cell starting like this runs as a formula when the CSV is opened in a spreadsheet (=HYPERLINK(...),
# =cmd|...), also after leading spaces or tabs; '-' only before something other than a number.
FORMULA_START = re.compile(r"^[=+@\uff1d\uff0b\uff20]|^[-\uff0d](?![\d.])")
HTML_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?/?\s*>|<!--|<!\s*[a-zA-Z]|<\?")
LINE_BREAK = re.compile("[\n\r\x0b\x0c\x85\u2028\u2029]")

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

    @property
    def where(self) -> str:
        """'muscles.csv row 5, column summary'."""
        where = self.file
        if self.row is not None:
            where += f" row {self.row}"
        if self.column:
            where += f", column {self.column}"
        return where

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


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


def _suggest(value: str, allowed: Iterable[str] | None) -> str:
    close = difflib.get_close_matches(value[:SHOWN_CHARS], list(allowed or ()), n=1, cutoff=0.75)
    return f" (did you mean '{close[0]}'?)" if close else ""


@dataclass(frozen=True)
class References:
    """Ids that other files may point to; None where the file that holds them could not be read, so that
    the one problem with that file is not followed by a problem for every reference to it."""

    region_ids: frozenset[str] | None = frozenset()
    source_ids: frozenset[str] | None = frozenset()
    red_flag_ids: frozenset[str] | None = frozenset()
    condition_ids: frozenset[str] | None = frozenset()
    muscle_ids: frozenset[str] | None = frozenset()


def quote_cell(cell: object) -> str:
    """A cell as a problem quotes it: short, on one line, invisible characters made visible."""
    text = str(cell)[: SHOWN_CHARS * 4]
    text = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")
    text = INVISIBLE.sub(lambda m: f"<U+{ord(m.group()):04X}>", text)
    return "'" + cut(text, SHOWN_CHARS) + "'"


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
                  lambda v: f"{quote_cell(v)} is not a valid id (use lower case letters, digits and underscores, "
                            "starting with a letter)")


def _one_of(name: str, allowed: Iterable[str]) -> pa.Check:
    allowed = tuple(allowed)
    return _check(name, lambda v: v in allowed, lambda v: f"{quote_cell(v)} must be one of: {', '.join(allowed)}")


def _ids_in(kind: str, allowed: frozenset[str] | None, *, allow_empty: bool = False,
            allow_none: bool = False) -> pa.Check:
    """Every item an id of `kind`; with `allowed` None (its file unreadable), only the form is checked."""
    def unknown(v: object) -> list[str]:
        if allowed is None:
            return []
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
        return "; ".join(f"unknown {kind} id {quote_cell(u)}{_suggest(u, allowed)}" for u in unknown(v))

    return _check(f"ids_in_{kind}", ok, message)


def _citations(sources: frozenset[str] | None) -> pa.Check:
    def bad(v: object) -> list[str]:
        out = []
        for item in split_list(v):
            sid, chapter = parse_citation(item)
            if not chapter or (sources is not None and sid not in sources):
                out.append(item)
        return out

    def message(v: object) -> str:
        if not split_list(v):
            return "is empty; cite at least one source as 'source_id: chapter'"
        return "; ".join(f"citation {quote_cell(b)} must be 'source_id: chapter' with a source id from sources.csv"
                         + _suggest(parse_citation(b)[0], sources) for b in bad(v))

    return _check("citations", lambda v: bool(split_list(v)) and not bad(v), message)


# Digits 0-9 only: Python's int() and float() also take '²', '١' or '１', which a reader would not see as
# the number they are.
_WHOLE = re.compile(r"^[0-9]+$")


def _int_between(lo: int, hi: int) -> pa.Check:
    return _check(f"int_{lo}_{hi}", lambda v: bool(_WHOLE.match(str(v))) and lo <= int(str(v)) <= hi,
                  lambda v: f"{quote_cell(v)} must be a whole number from {lo} to {hi}, in the digits 0-9")


def _cell_rules(rule: CellRule) -> list[pa.Check]:
    """What every text cell must not hold: a formula start, HTML, invisible characters, too many
    characters; and for one-line columns, a line break."""
    checks = [
        _check("formula", lambda v: not FORMULA_START.match(str(v)),
               lambda v: f"starts with {str(v)[0]!r}, which a spreadsheet runs as a formula; "
                         "reword it, or put the text after a letter"),
        _check("html", lambda v: not HTML_TAG.search(str(v)),
               lambda v: f"contains HTML ({quote_cell(HTML_TAG.search(str(v)).group())}); write plain text"),
        _check("invisible", lambda v: not INVISIBLE.search(str(v)),
               lambda v: f"contains an invisible character ({_invisible_name(str(v))}) at character "
                         f"{INVISIBLE.search(str(v)).start() + 1}; delete it"),
        _check(f"max_chars_{rule.max_chars}", lambda v: len(str(v)) <= rule.max_chars,
               lambda v: f"is {len(str(v)):,} characters long; this column holds at most {rule.max_chars:,}"),
    ]
    if rule.one_line:
        checks.append(_check("one_line", lambda v: not LINE_BREAK.search(str(v)),
                             lambda v: f"has a line break in {quote_cell(v)}; this column takes one line"))
    return checks


def _invisible_name(text: str) -> str:
    ch = INVISIBLE.search(text).group()
    return "NUL" if ch == "\x00" else f"U+{ord(ch):04X} {unicodedata.name(ch, 'control character')}"


def _text(*extra: pa.Check, cell: CellRule = LINE_CELL) -> pa.Column:
    return pa.Column(str, checks=[_required(), *_cell_rules(cell), *extra], nullable=False, required=True)


def _optional_text(*extra: pa.Check, cell: CellRule = LINE_CELL) -> pa.Column:
    return pa.Column(str, checks=[*_cell_rules(cell), *extra], nullable=True, required=True)


def _id_column() -> pa.Column:
    return pa.Column(str, checks=[_required(), *_cell_rules(ID_CELL), _id_format()], unique=True, nullable=False,
                     required=True)


# --- the tables ---------------------------------------------------------------------------

def table_schemas(refs: References) -> dict[str, pa.DataFrameSchema]:
    """The schema of every CSV, given the ids other files may point to."""
    region_list = _ids_in("region", refs.region_ids)
    return {
        "regions.csv": pa.DataFrameSchema({
            "id": _id_column(),
            "label": _text(),
            "body_area": _text(_one_of("region_body_area", BODY_AREAS_REGION)),
            "synonyms": _optional_text(cell=LIST_CELL),
        }, strict=True, ordered=False),
        "sources.csv": pa.DataFrameSchema({
            "id": _id_column(),
            "citation": _text(cell=LIST_CELL),
        }, strict=True),
        "red_flags.csv": pa.DataFrameSchema({
            "id": _id_column(),
            "title": _text(),
            "urgency": _text(_one_of("urgency", URGENCIES)),
            "warning_signs": _text(cell=LONG_CELL),
            "action": _text(cell=LONG_CELL),
            "regions": _optional_text(_ids_in("region", refs.region_ids, allow_empty=True), cell=LIST_CELL),
        }, strict=True),
        "conditions.csv": pa.DataFrameSchema({
            "id": _id_column(),
            "name": _text(),
            "synonyms": _text(cell=LIST_CELL),
            "explanation": _text(cell=LONG_CELL),
            "clinician_notes": _text(cell=LONG_CELL),
            "red_flags": _text(_ids_in("red_flag", refs.red_flag_ids), cell=LIST_CELL),
            "sources": _text(_citations(refs.source_ids), cell=LIST_CELL),
        }, strict=True),
        "muscles.csv": pa.DataFrameSchema({
            "id": _id_column(),
            "name": _text(),
            "anatomical_name": _text(),
            "synonyms": _text(cell=LIST_CELL),
            "body_area": _text(_one_of("muscle_body_area", BODY_AREAS_MUSCLE)),
            "attachments": _text(cell=LONG_CELL),
            "action": _text(cell=LONG_CELL),
            "summary": _text(cell=LONG_CELL),
            "symptoms": _text(cell=LONG_CELL),
            "aggravating": _text(cell=LONG_CELL),
            "perpetuating": _text(cell=LONG_CELL),
            "self_care": _text(cell=LONG_CELL),
            "needling_precautions": _text(cell=LONG_CELL),
            "differentials": _text(cell=LONG_CELL),
            "red_flags": _text(_ids_in("red_flag", refs.red_flag_ids), cell=LIST_CELL),
            "conditions": _text(_ids_in("condition", refs.condition_ids), cell=LIST_CELL),
            "prevalence": _text(_int_between(1, 5)),
            "sources": _text(_citations(refs.source_ids), cell=LIST_CELL),
            "source_notes": _text(cell=LONG_CELL),
            "pattern_basis": _text(),
        }, strict=True),
        "trigger_points.csv": pa.DataFrameSchema({
            "id": _id_column(),
            "muscle_id": _text(_ids_in("muscle", refs.muscle_ids)),
            "label": _text(),
            "location": _text(cell=LONG_CELL),
            "palpation": _text(cell=LONG_CELL),
            "essential": _text(region_list, cell=LIST_CELL),
            "spillover": _text(_ids_in("region", refs.region_ids, allow_none=True), cell=LIST_CELL),
            "crosses_midline": _optional_text(_one_of("crosses_midline", ("yes", "no"))),
        }, strict=True),
    }


# --- reading and validating ---------------------------------------------------------------

def read_table(path: Path, problems: list[Problem]) -> pd.DataFrame | None:
    """Read a CSV as text cells, stripped. A file that cannot be used as a table gets one Problem naming
    the cause (missing, a folder, too big, not UTF-8, semicolons or tabs between columns, empty, a header
    only, a broken quote, a repeated column name) and None, so nothing is listed twice because of it."""
    text = _read_text(path, problems)
    if text is None:
        return None
    name = path.name
    if not _header_ok(name, text, problems):
        return None
    try:
        df = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, skipinitialspace=False)
    except (pd.errors.ParserError, csv.Error, ValueError) as exc:
        problems.append(_parse_problem(name, str(exc)))
        return None
    if df.empty:
        problems.append(Problem(name, None, None, "has a header row but no rows of data"))
        return None
    df.columns = [str(c).strip() for c in df.columns]
    return df.apply(lambda col: col.str.strip())


def _read_text(path: Path, problems: list[Problem]) -> str | None:
    """The file's text, or None with the reason as a Problem; the size is checked before reading."""
    name = path.name
    if not path.exists():
        problems.append(Problem(name, None, None, f"file not found in {path.parent}"))
        return None
    if path.is_dir():
        problems.append(Problem(name, None, None, "is a folder, not a file; put the CSV file in its place"))
        return None
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        problems.append(Problem(name, None, None, f"is {size / 1e6:.1f} MB; a data file may be at most "
                                f"{MAX_FILE_BYTES / 1e6:g} MB (was something pasted into a cell many times?)"))
        return None
    try:
        data = path.read_bytes()
    except OSError as exc:
        problems.append(Problem(name, None, None, f"cannot be read ({exc.strerror})"))
        return None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        problems.append(Problem(name, None, None, "is saved as UTF-16 (\"Unicode text\"); save it as CSV UTF-8"))
        return None
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        problems.append(Problem(name, None, None, "is a spreadsheet workbook, not a CSV file; "
                                "save it as CSV UTF-8 (comma delimited)"))
        return None
    try:
        text = data.decode("utf-8-sig")   # a byte order mark at the start is fine
    except UnicodeDecodeError as exc:
        problems.append(_not_utf8(name, data, exc))
        return None
    if not text.strip():
        problems.append(Problem(name, None, None,
                                "is empty; it needs a header row and rows of data (see data/README.md)"))
        return None
    return text


def _not_utf8(name: str, data: bytes, exc: UnicodeDecodeError) -> Problem:
    """One problem for a file saved in another encoding, at the first cell that cannot be read."""
    seen_as = data[exc.start:exc.start + 1].decode("cp1252", errors="replace")
    message = (f"is not saved as UTF-8 (byte 0x{data[exc.start]:02x}, probably '{seen_as}', cannot be read); "
               "save it as CSV UTF-8")
    row: int | None = data.count(b"\n", 0, exc.start) + 1
    column = None
    try:   # find the cell: read the file with the unreadable bytes replaced
        df = pd.read_csv(io.StringIO(data.decode("utf-8-sig", errors="replace")), dtype=str, keep_default_na=False)
        hits = df.apply(lambda col: col.str.contains("\ufffd", regex=False))
        for i, r in hits.iterrows():
            if r.any():
                row, column = spreadsheet_row(i), str(r.index[r.argmax()]).strip()
                break
    except (pd.errors.ParserError, csv.Error, ValueError):
        pass
    return Problem(name, row, column, message)


def _header_ok(name: str, text: str, problems: list[Problem]) -> bool:
    """Whether the header row names each column once, separated by commas; if not, the Problem why
    (a spreadsheet lets a repeated or empty column name pass; the app would read the wrong column)."""
    first_line = text.split("\n", 1)[0]
    for sep, word in ((";", "semicolons"), ("\t", "tabs")):
        if first_line.count(sep) > first_line.count(","):
            problems.append(Problem(name, 1, None, f"the file uses {word} between columns; "
                                    "save it as CSV (comma delimited)"))
            return False
    try:
        header = [c.strip() for c in next(csv.reader(io.StringIO(first_line)))]
    except (csv.Error, StopIteration):
        problems.append(Problem(name, 1, None, "the header row cannot be read"))
        return False
    found = False
    for i, column in enumerate(header):
        if not column:
            problems.append(Problem(name, 1, None, f"column {i + 1} of the header row has no name "
                                    "(a comma too many at the end?)"))
            found = True
        elif column in header[:i]:
            problems.append(Problem(name, 1, column, "appears more than once in the header row; "
                                    "each column only once"))
            found = True
    return not found


def _parse_problem(name: str, error: str) -> Problem:
    """pandas' parser errors in a spreadsheet user's words, located."""
    fields = re.search(r"Expected (\d+) fields in line (\d+), saw (\d+)", error)
    if fields:
        expected, line, saw = map(int, fields.groups())
        return Problem(name, line, None, f"has {saw} cells in this row but {expected} columns in the header; "
                                         "look for a stray comma, or a cell with a comma that lacks its quotes")
    quote = re.search(r"EOF inside string starting at row (\d+)", error)
    if quote:
        return Problem(name, int(quote.group(1)) + 1, None,
                       "a quotation mark in this row is never closed; the rest of the file reads as one cell")
    line = re.search(r"line (\d+)", error)
    return Problem(name, int(line.group(1)) if line else None, None,
                   f"cannot be read as CSV: {cut(error, SHOWN_CHARS * 2)}")


def _problems_from_schema_errors(name: str, df: pd.DataFrame, err: SchemaErrors) -> list[Problem]:
    out: list[Problem] = []
    for case in err.failure_cases.to_dict("records"):
        check = str(case.get("check") or "")
        column = case.get("column")
        value = case.get("failure_case")
        idx = case.get("index")
        row = spreadsheet_row(idx)
        if check == "column_in_dataframe":
            out.append(Problem(name, None, str(value), "column is missing"))
        elif check == "column_in_schema":
            out.append(Problem(name, None, cut(str(value), SHOWN_CHARS),
                               "is not a known column (check the spelling of the header)"))
        elif check == "field_uniqueness" or check.startswith("field_uniqueness"):
            out.append(Problem(name, row, column, f"{quote_cell(value)} appears more than once; ids must be unique"))
        elif check in _MESSAGES:
            out.append(Problem(name, row, column, _MESSAGES[check](value)))
        elif check.startswith("dtype") or check.startswith("coerce"):
            out.append(Problem(name, row, column, f"{quote_cell(value)} has the wrong type"))
        else:
            out.append(Problem(name, row, column, f"fails check {check}: {quote_cell(value)}"))
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
