"""The clinical content: complete, cited, safe in its wording, readable by patients."""
from __future__ import annotations

import re
import statistics

import pytest
import textstat

from triggerpoints.schema import PATIENT_COLUMNS

MANUALS = {"simons1999", "travell1992", "donnelly2019"}
BODY_AREAS = {"head_neck", "shoulder_upper_arm", "forearm_hand", "trunk", "hip_thigh", "leg_foot"}
MAX_GRADE_PER_CELL = 9.0   # "about grade 8": no cell far above it ...
MAX_MEDIAN_GRADE = 8.0     # ... and the typical cell at or below it


def patient_texts(atlas):
    for m in atlas.muscles.values():
        for col in PATIENT_COLUMNS["muscles.csv"]:
            yield f"muscle {m.id}.{col}", getattr(m, col)
        for tp in m.trigger_points:
            yield f"trigger point {tp.id}.location", tp.location
    for c in atlas.conditions.values():
        yield f"condition {c.id}.explanation", c.explanation
    for f in atlas.red_flags.values():
        for col in PATIENT_COLUMNS["red_flags.csv"]:
            yield f"red flag {f.id}.{col}", getattr(f, col)


def test_enough_muscles_in_every_body_area(atlas):
    assert len(atlas.muscles) >= 30
    assert {m.body_area for m in atlas.muscles.values()} == BODY_AREAS


def test_every_muscle_cites_a_trigger_point_manual_with_chapter(atlas):
    for m in atlas.muscles.values():
        assert {c.source_id for c in m.sources} & MANUALS, m.id
        assert all(c.chapter for c in m.sources), m.id


def test_every_trigger_point_has_an_essential_zone(atlas):
    for tp in atlas.trigger_points.values():
        assert tp.essential, tp.id


@pytest.fixture(scope="module")
def grades(atlas):
    return {where: textstat.flesch_kincaid_grade(text) for where, text in patient_texts(atlas) if len(text.split()) >= 5}


def test_patient_text_reads_at_about_grade_8(grades):
    too_hard = {w: g for w, g in grades.items() if g > MAX_GRADE_PER_CELL}
    assert not too_hard, too_hard
    assert statistics.median(grades.values()) <= MAX_MEDIAN_GRADE


def test_patient_text_never_diagnoses(atlas):
    banned = re.compile(r"\byou (have|suffer from)\b|\byour diagnosis\b", re.I)
    offenders = [where for where, text in patient_texts(atlas) if banned.search(text)]
    assert not offenders, offenders


@pytest.mark.parametrize("regions, flag", [
    ({"chest_front", "sternum"}, "heart_attack"),
    ({"upper_abdomen", "lower_abdomen"}, "serious_abdomen"),
    ({"calf"}, "calf_clot"),
])
def test_dangerous_mimics_carry_their_red_flag(atlas, regions, flag):
    """A muscle whose essential zone can mimic something dangerous shows that red flag."""
    missing = [m.id for m in atlas.muscles.values() if set(m.essential_regions) & regions and flag not in m.red_flags]
    assert not missing, missing


def test_every_condition_has_muscles_and_red_flags(atlas):
    for c in atlas.conditions.values():
        assert c.muscles and c.red_flags, c.id


def test_fibromyalgia_is_told_apart_from_myofascial_pain(atlas):
    text = atlas.conditions["fibromyalgia"].explanation.lower()
    assert "myofascial" in text or "trigger point" in text


def test_every_trigger_point_lies_inside_its_muscle(atlas):
    for tp in atlas.trigger_points.values():
        shapes = [s for s in atlas.geometry.muscle_shapes(tp.muscle_id, tp.view) if s.side == "right"]
        assert any(s.contains(tp.x, tp.y) for s in shapes), tp.id


def test_every_muscle_is_drawn_and_every_drawn_muscle_has_data(atlas):
    assert set(atlas.muscles) == set(atlas.geometry.muscle_ids)
    assert all(m.views for m in atlas.muscles.values())
