"""The command line interface that checks outside the project rely on."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from triggerpoints.atlas import ASSETS_DIR
from triggerpoints.cli import main

from .conftest import ROOT, edit_csv


def run_json(capsys, *args):
    assert main([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_validate_ok_as_a_real_command():
    done = subprocess.run([sys.executable, "-m", "triggerpoints", "validate"], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("OK:")


def test_validate_lists_every_problem_and_exits_1(data_copy):
    def bad(df):
        df.loc[0, "name"] = ""
        df.loc[1, "prevalence"] = "x"
        return df
    edit_csv(data_copy / "muscles.csv", bad)
    done = subprocess.run([sys.executable, "-m", "triggerpoints", "validate", str(data_copy)], cwd=ROOT,
                          capture_output=True, text=True)
    assert done.returncode == 1
    assert "muscles.csv row 2, column name" in done.stderr
    assert "muscles.csv row 3, column prevalence" in done.stderr
    assert "Traceback" not in done.stderr


def test_muscles_json(capsys, atlas):
    rows = run_json(capsys, "muscles")
    assert len(rows) == len(atlas.muscles)
    first = rows[0]
    assert {"id", "name", "synonyms"} <= first.keys() and isinstance(first["synonyms"], list)


def test_regions_json(capsys, atlas):
    rows = run_json(capsys, "regions")
    assert {r["id"] for r in rows} == set(atlas.regions)
    assert all(r["view"] in ("front", "back", "head") and r["label"] for r in rows)


def test_muscle_json(capsys, atlas):
    m = run_json(capsys, "muscle", "infraspinatus")
    assert m["id"] == "infraspinatus" and m["name"]
    tp = m["trigger_points"][0]
    assert {"id", "view", "x", "y", "essential", "spillover"} <= tp.keys()   # where it is drawn comes from the drawing
    assert isinstance(tp["essential"], list) and all(r in atlas.regions for r in tp["essential"])
    assert isinstance(m["conditions"], list)


def test_unknown_muscle_is_a_friendly_error(capsys):
    assert main(["muscle", "infraspinatos"]) == 1
    err = capsys.readouterr().err
    assert "No muscle with id 'infraspinatos'" in err and "infraspinatus" in err


def test_conditions_json(capsys, atlas):
    rows = run_json(capsys, "conditions")
    assert {r["name"] for r in rows} == {c.name for c in atlas.conditions.values()}
    assert all(isinstance(r["muscles"], list) and r["muscles"] for r in rows)


def test_sources_json_best_first(capsys):
    rows = run_json(capsys, "sources", "temple", "jaw_angle", "--top", "5")
    assert 0 < len(rows) <= 5
    assert rows == sorted(rows, key=lambda r: -r["score"])
    assert {"id", "name", "score", "matches"} <= rows[0].keys()
    assert {"region", "zone"} <= rows[0]["matches"][0].keys()


def test_sources_unknown_region(capsys):
    assert main(["sources", "elbw"]) == 2
    assert "Unknown region" in capsys.readouterr().err


def test_coverage_reports_no_empty_entries(capsys):
    report = run_json(capsys, "coverage")
    assert report["empty_total"] == 0
    assert report["muscles"] >= 30


def test_tables_without_json(capsys):
    for cmd in (["muscles"], ["regions"], ["conditions"], ["muscle", "infraspinatus"], ["sources", "temple"]):
        assert main(cmd) == 0
        out = capsys.readouterr().out
        assert out.strip() and not out.lstrip().startswith(("[", "{"))


def test_search_json_is_the_ranking_the_app_shows(capsys, atlas):
    from triggerpoints.search import search

    rows = run_json(capsys, "search", "behind", "the", "knee", "--top", "5")
    assert rows == [r.to_dict() for r in search(atlas, "behind the knee", limit=5)]
    assert rows[0] == {"kind": "region", "id": "knee_back", "label": "Back of the knee"}
    assert all(set(r) == {"kind", "id", "label"} and r["kind"] in ("muscle", "condition", "region") for r in rows)


def test_search_without_a_match_prints_an_empty_list(capsys):
    assert run_json(capsys, "search", "qzxv") == []
    assert main(["search", "qzxv"]) == 0
    assert "No match" in capsys.readouterr().err


def test_search_table(capsys):
    assert main(["search", "my", "left", "temple"]) == 0
    out = capsys.readouterr().out
    assert "temple" in out and "left" in out


@pytest.mark.parametrize("command", [
    ["regions", "--json"], ["muscles"], ["muscle", "infraspinatus", "--json"], ["conditions", "--json"],
    ["coverage", "--json"], ["sources", "temple", "--json"], ["search", "knee", "--json"], ["validate"],
])
def test_every_command_ends_quietly_when_its_reader_stops(command):
    """`... | head -1`: the reader has gone before the command writes; no BrokenPipeError traceback."""
    read_end, write_end = os.pipe()
    proc = subprocess.Popen([sys.executable, "-m", "triggerpoints", *command], cwd=ROOT, stdout=write_end,
                            stderr=subprocess.PIPE)
    os.close(write_end)
    os.close(read_end)          # nobody reads: the first write finds the pipe closed
    _, err = proc.communicate(timeout=120)
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err.decode()
