"""The schema catches each kind of error and says where it is (file, spreadsheet row, column)."""
from __future__ import annotations

from pathlib import Path

import pytest

from triggerpoints.atlas import ASSETS_DIR, load_atlas, validate_data
from triggerpoints.schema import DataValidationError, Problem, split_list

from .conftest import edit_csv


def problems_for(data_dir: Path) -> list[Problem]:
    return validate_data(data_dir, ASSETS_DIR)[2]


def test_the_shipped_data_is_valid(data_copy):
    assert problems_for(data_copy) == []


def test_missing_column_is_named(data_copy):
    edit_csv(data_copy / "muscles.csv", lambda df: df.drop(columns=["self_care"]))
    found = problems_for(data_copy)
    assert Problem("muscles.csv", None, "self_care", "column is missing") in found


def test_unknown_column_is_named(data_copy):
    edit_csv(data_copy / "regions.csv", lambda df: df.assign(colour="red"))
    assert any(p.file == "regions.csv" and p.column == "colour" and "not a known column" in p.message
               for p in problems_for(data_copy))


def test_empty_required_field_names_row_and_column(data_copy):
    def blank(df):
        df.loc[3, "symptoms"] = "  "
        return df
    edit_csv(data_copy / "muscles.csv", blank)
    assert Problem("muscles.csv", 5, "symptoms", "is empty; this column is required") in problems_for(data_copy)


def test_unknown_region_id_is_reported_with_a_suggestion(data_copy):
    def typo(df):
        df.loc[0, "essential"] = "templ; " + df.loc[0, "essential"]
        return df
    edit_csv(data_copy / "trigger_points.csv", typo)
    found = [p for p in problems_for(data_copy) if p.file == "trigger_points.csv" and p.row == 2]
    assert any(p.column == "essential" and "unknown region id 'templ'" in p.message and "temple" in p.message
               for p in found), found


def test_unknown_muscle_id_in_trigger_points(data_copy):
    def orphan(df):
        df.loc[1, "muscle_id"] = "no_such_muscle"
        return df
    edit_csv(data_copy / "trigger_points.csv", orphan)
    assert any(p.file == "trigger_points.csv" and p.row == 3 and p.column == "muscle_id"
               and "unknown muscle id 'no_such_muscle'" in p.message for p in problems_for(data_copy))


def test_duplicate_id_reports_every_copy(data_copy):
    def dup(df):
        df.loc[2, "id"] = df.loc[1, "id"]
        return df
    edit_csv(data_copy / "conditions.csv", dup)
    rows = {p.row for p in problems_for(data_copy) if p.file == "conditions.csv" and "more than once" in p.message}
    assert rows == {3, 4}


def _assets_copy(tmp_path, edit, views=("body_back.svg",)):
    """A copy of assets/ with some views' SVG text changed by `edit`."""
    import shutil

    from triggerpoints.atlas import ASSETS_DIR

    dest = tmp_path / "assets"
    shutil.copytree(ASSETS_DIR, dest)
    for name in views:
        path = dest / name
        path.write_text(edit(path.read_text()))
    return dest


def test_a_mark_outside_its_muscle_is_reported(data_copy, tmp_path):
    import re

    from triggerpoints.atlas import validate_data

    moved = _assets_copy(tmp_path, lambda t: re.sub(r'(data-tp="trapezius_upper_tp1"[^>]*data-x=")[^"]*(" data-y=")[^"]*',
                                                      r"\g<1>205\g<2>990", t, count=1))
    problems = validate_data(data_copy, moved)[2]
    assert any(p.file == "trigger_points.csv" and p.row == 2 and "outside the shape" in p.message
               and "trapezius_upper_tp1" in p.message for p in problems), problems


def test_a_trigger_point_without_a_mark_and_a_mark_without_a_trigger_point_are_reported(data_copy, tmp_path):
    from triggerpoints.atlas import validate_data

    # its marks renamed on every view that draws one
    renamed = _assets_copy(tmp_path, lambda t: t.replace('data-tp="trapezius_upper_tp1" data-owner',
                                                          'data-tp="trapezius_upper_tp9" data-owner'),
                           views=("body_front.svg", "body_back.svg", "head_side.svg", "body_side.svg"))
    messages = [str(p) for p in validate_data(data_copy, renamed)[2]]
    assert any("trigger_points.csv row 2, column id" in m and "has no mark" in m for m in messages), messages
    assert any("trapezius_upper_tp9" in m and "not in trigger_points.csv" in m for m in messages), messages


def test_region_in_both_zones_is_reported(data_copy):
    def both(df):
        first = split_list(df.loc[0, "essential"])[0]
        df.loc[0, "spillover"] = first
        return df
    edit_csv(data_copy / "trigger_points.csv", both)
    assert any(p.row == 2 and p.column == "spillover" and "belongs to one zone" in p.message
               for p in problems_for(data_copy))


def test_unknown_red_flag_condition_and_source(data_copy):
    def bad(df):
        df.loc[0, "red_flags"] = "heart_atack"
        df.loc[0, "conditions"] = "no_condition"
        df.loc[0, "sources"] = "nobody2000: Chapter"
        df.loc[0, "prevalence"] = "9"
        return df
    edit_csv(data_copy / "muscles.csv", bad)
    cols = {p.column for p in problems_for(data_copy) if p.file == "muscles.csv" and p.row == 2}
    assert {"red_flags", "conditions", "sources", "prevalence"} <= cols


def test_malformed_csv_names_file_and_line(data_copy):
    path = data_copy / "regions.csv"
    lines = path.read_text().splitlines()
    lines[5] = lines[5] + ',"extra","fields",here'
    path.write_text("\n".join(lines) + "\n")
    found = problems_for(data_copy)
    assert [(p.file, p.row) for p in found] == [("regions.csv", 6)], found
    assert "7 cells in this row but 4 columns" in found[0].message


def test_missing_file_is_reported(data_copy):
    (data_copy / "red_flags.csv").unlink()
    assert any(p.file == "red_flags.csv" and "file not found" in p.message for p in problems_for(data_copy))


def test_every_problem_is_reported_at_once(data_copy):
    def many(df):
        df.loc[0, "name"] = ""
        df.loc[1, "body_area"] = "elbow"
        df.loc[2, "prevalence"] = "high"
        return df
    edit_csv(data_copy / "muscles.csv", many)
    with pytest.raises(DataValidationError) as exc:
        load_atlas(data_copy, ASSETS_DIR)
    located = {(p.row, p.column) for p in exc.value.problems}
    assert {(2, "name"), (3, "body_area"), (4, "prevalence")} <= located
    assert "muscles.csv row 2, column name" in str(exc.value)


def test_spillover_none_means_no_zone(data_copy):
    def none(df):
        df.loc[0, "spillover"] = "none"
        return df
    edit_csv(data_copy / "trigger_points.csv", none)
    atlas = load_atlas(data_copy, ASSETS_DIR)
    first = atlas.trigger_points[__import__("pandas").read_csv(data_copy / "trigger_points.csv").loc[0, "id"]]
    assert first.spillover == ()


def test_none_cannot_be_mixed_with_regions(data_copy):
    def mixed(df):
        df.loc[0, "spillover"] = "none; temple"
        return df
    edit_csv(data_copy / "trigger_points.csv", mixed)
    assert any(p.row == 2 and p.column == "spillover" and "cannot be combined" in p.message for p in problems_for(data_copy))
