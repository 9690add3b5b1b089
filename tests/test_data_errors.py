"""Data files edited by hand: each malformed copy (tests/fixtures/bad_data) gets one clear problem with file,
row and column, from `validate` and in the app's error panel, with no traceback; bad data is not checked
again on every page view."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from triggerpoints import atlas as atlas_module
from triggerpoints.atlas import ASSETS_DIR, DATA_DIR, load_atlas_cached, validate_data
from triggerpoints.cli import main
from triggerpoints.schema import DataValidationError, Problem
from triggerpoints.text import WORD_JOINER

from .conftest import ROOT
from .fixtures.bad_data import CASES, GOOD_EDITS, BadData, make

BY_NAME = {case.name: case for case in CASES}


@pytest.fixture(params=CASES, ids=[case.name for case in CASES])
def broken(request, tmp_path):
    case: BadData = request.param
    return case, make(case.breaks, DATA_DIR, tmp_path / "data")


def expected(case: BadData) -> Problem:
    return Problem(case.file, case.row, case.column, case.says)


def matches(problem: Problem, case: BadData) -> bool:
    located = (problem.file, problem.row, problem.column) == (case.file, case.row, case.column)
    return located and case.says in problem.message


def test_validate_names_file_row_and_column(broken):
    case, data = broken
    problems = validate_data(data, ASSETS_DIR)[2]
    assert any(matches(p, case) for p in problems), problems
    if case.alone:
        assert len(problems) == 1, problems


def test_the_validate_command_lists_it_and_exits_1(broken, capsys):
    case, data = broken
    assert main(["validate", str(data)]) == 1
    err = capsys.readouterr().err
    assert f"{expected(case).where}: " in err and case.says in err


@pytest.mark.parametrize("name", ["folder_for_a_csv", "latin1_file", "semicolons_between_columns", "huge_cell",
                                  "workbook_saved_as_csv"])
def test_as_a_real_command_without_a_traceback(name, tmp_path):
    case = BY_NAME[name]
    data = make(case.breaks, DATA_DIR, tmp_path / "data")
    done = subprocess.run([sys.executable, "-m", "triggerpoints", "validate", str(data)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr and f"{expected(case).where}: " in done.stderr


def test_the_app_shows_it_in_its_error_panel(broken, monkeypatch):
    case, data = broken
    monkeypatch.setenv("TRIGGERPOINTS_DATA_DIR", str(data))
    st.cache_resource.clear()
    try:
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
        assert not at.exception, at.exception
        assert "problem(s)" in " ".join(e.value for e in at.error)
        panel = shown("\n".join(m.value for m in at.markdown))
        lines = [line for line in panel.splitlines() if case.file in line and case.says in line]
        assert lines, panel[-2000:]
        assert case.row is None or f"row {case.row}" in lines[0]
        assert case.column is None or case.column in lines[0]
    finally:
        st.cache_resource.clear()


def shown(markdown: str) -> str:
    """Roughly what a reader sees of a Markdown body: escapes, emphasis and code marks dropped."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown.replace("**", "").replace("`", "")).replace(WORD_JOINER, "")


@pytest.mark.parametrize("name", list(GOOD_EDITS))
def test_harmless_edits_are_accepted(name, tmp_path):
    data = make(GOOD_EDITS[name], DATA_DIR, tmp_path / "data")
    assert validate_data(data, ASSETS_DIR)[2] == []


def test_problems_quote_cells_short_and_visible(tmp_path):
    case = BY_NAME["text_too_long"]
    data = make(case.breaks, DATA_DIR, tmp_path / "data")
    [problem] = validate_data(data, ASSETS_DIR)[2]
    assert len(str(problem)) < 200   # the 25,000 characters are not echoed
    data = make(BY_NAME["nul_byte"].breaks, DATA_DIR, tmp_path / "data2")
    [problem] = validate_data(data, ASSETS_DIR)[2]
    assert "\x00" not in str(problem)


# --- bad data is checked once, not on every page view --------------------------------------------

def count_checks(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = atlas_module.validate_data

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(atlas_module, "validate_data", counting)
    return calls


def test_a_failed_load_is_remembered_until_a_file_changes(tmp_path, monkeypatch):
    data = make(BY_NAME["semicolons_between_columns"].breaks, DATA_DIR, tmp_path / "data")
    calls = count_checks(monkeypatch)
    for _ in range(5):   # five page views
        with pytest.raises(DataValidationError) as err:
            load_atlas_cached(data, ASSETS_DIR)
        assert "semicolons" in str(err.value)
    assert len(calls) == 1
    assert len(list(err.traceback)) < 10   # raised afresh, not with a traceback that grows per view

    shutil.copy(DATA_DIR / "regions.csv", data / "regions.csv")   # the clinician fixes the file
    fixed = load_atlas_cached(data, ASSETS_DIR)
    assert len(calls) == 2 and fixed.regions
    assert load_atlas_cached(data, ASSETS_DIR) is fixed and len(calls) == 2


def test_any_edit_of_a_data_file_is_noticed(tmp_path, monkeypatch):
    data = make(lambda d: None, DATA_DIR, tmp_path / "data")
    calls = count_checks(monkeypatch)
    first = load_atlas_cached(data, ASSETS_DIR)
    (data / "sources.csv").write_text((data / "sources.csv").read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert load_atlas_cached(data, ASSETS_DIR) is not first and len(calls) == 2
    (data / "sources.csv").unlink()
    with pytest.raises(DataValidationError, match="sources.csv"):
        load_atlas_cached(data, ASSETS_DIR)
    assert len(calls) == 3
