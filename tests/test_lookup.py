"""Ranking muscles by how well they explain a pain drawing; words to regions; search."""
from __future__ import annotations

import pytest

from triggerpoints.lookup import UnknownRegionError, explain, find_regions, rank_sources, search
from triggerpoints.synthetic import atlas_with, make_muscle


def ids(candidates):
    return [c.muscle.id for c in candidates]


def test_essential_beats_spillover(atlas):
    a = atlas_with(atlas, [
        make_muscle("spills", [{"essential": ["groin"], "spillover": ["temple"]}], prevalence=5),
        make_muscle("refers", [{"essential": ["temple"]}], prevalence=1),
    ])
    assert ids(rank_sources(a, ["temple"])) == ["refers", "spills"]


def test_explaining_more_of_the_drawing_beats_a_single_match(atlas):
    a = atlas_with(atlas, [
        make_muscle("one_strong", [{"essential": ["temple"]}], prevalence=5),
        make_muscle("two_regions", [{"essential": ["temple", "jaw_angle"]}], prevalence=1),
        make_muscle("two_weak", [{"spillover": ["temple", "jaw_angle"]}], prevalence=1),
    ])
    ranked = ids(rank_sources(a, ["temple", "jaw_angle"]))
    assert ranked[0] == "two_regions"
    assert ranked.index("two_weak") < ranked.index("one_strong")


def test_ties_are_broken_by_how_common_the_muscle_is(atlas):
    a = atlas_with(atlas, [
        make_muscle("rare", [{"essential": ["heel"]}], prevalence=1),
        make_muscle("common", [{"essential": ["heel"]}], prevalence=5),
        make_muscle("middling", [{"essential": ["heel"]}], prevalence=3),
    ])
    assert ids(rank_sources(a, ["heel"])) == ["common", "middling", "rare"]


def test_local_pain_counts_after_referral(atlas):
    a = atlas_with(atlas, [
        make_muscle("local_only", [{"essential": ["groin"], "local": "calf"}], prevalence=5),
        make_muscle("spillover", [{"spillover": ["calf"]}], prevalence=1),
        make_muscle("unrelated", [{"essential": ["groin"]}]),
    ])
    ranked = rank_sources(a, ["calf"])
    assert ids(ranked) == ["spillover", "local_only"]
    assert ranked[1].matches[0].zone == "local"


def test_each_region_counts_once_per_muscle_with_its_best_zone(atlas):
    a = atlas_with(atlas, [make_muscle("m", [{"spillover": ["temple"]}, {"essential": ["temple"]}])])
    [cand] = rank_sources(a, ["temple"])
    assert [(m.region, m.zone) for m in cand.matches] == [("temple", "essential")]


def test_unknown_region_gives_a_clear_error(atlas):
    with pytest.raises(UnknownRegionError, match="templ.*did you mean 'temple'"):
        rank_sources(atlas, ["templ"])


def test_top_limits_and_nothing_matches(atlas):
    a = atlas_with(atlas, [make_muscle(f"m{i}", [{"essential": ["heel"]}]) for i in range(20)])
    assert len(rank_sources(a, ["heel"], top=5)) == 5
    assert rank_sources(a, ["temple"]) == []


def test_explanation_in_plain_words(atlas):
    a = atlas_with(atlas, [make_muscle("m", [{"essential": ["temple"], "spillover": ["jaw_angle"]}])])
    [cand] = rank_sources(a, ["temple", "jaw_angle"])
    text = explain(a, cand, {"temple": "right"})
    assert text == "Commonly sends pain to your right temple (main zone) and angle of the jaw (sometimes)."
    both = explain(a, cand, {"temple": "both"})
    assert both.startswith("Commonly sends pain to your temple on both sides (main zone)")


def test_real_atlas_ranks_known_patterns(atlas):
    """Classic textbook associations come out on top with the real data."""
    top = ids(rank_sources(atlas, ["temple"], top=8))
    assert {"temporalis", "trapezius_upper"} & set(top)
    top = ids(rank_sources(atlas, ["shoulder_front"], top=8))
    assert "infraspinatus" in top


@pytest.mark.parametrize("text, region", [
    ("behind the knee", "knee_back"), ("temple", "temple"), ("jaw", "jaw_angle"), ("heel", "heel"),
    ("shoulder blad", "shoulder_blade"), ("tailbone", "tailbone"), ("lower back", "low_back"),
    ("pinky", "ring_little_fingers"), ("elbow outside", "elbow_outer"),
])
def test_words_find_regions(atlas, text, region):
    found = [r for r, _ in find_regions(atlas, text)]
    assert region in found, found


def test_nonsense_finds_no_region(atlas):
    assert find_regions(atlas, "qzxv") == []


@pytest.mark.parametrize("query, kind, expected", [
    ("peroneus", "muscle", "fibularis_longus"),
    ("tennis elbow", "condition", "tennis_elbow"),
    ("tenis elbo", "condition", "tennis_elbow"),
    ("jaw clicking", "condition", "temporomandibular_disorder"),
    ("SCM", "muscle", "sternocleidomastoid"),
    ("infraspinatous", "muscle", "infraspinatus"),
])
def test_search_finds_muscles_and_conditions(atlas, query, kind, expected):
    results = search(atlas, query)
    assert (kind, expected) in [(r.kind, r.id) for r in results[:5]], results[:5]


def test_a_huge_unknown_region_is_cut_in_the_message(atlas):
    with pytest.raises(UnknownRegionError) as err:
        rank_sources(atlas, ["x" * 100_000, "templ"])
    assert len(str(err.value)) < 300 and "did you mean 'temple'" in str(err.value)


def test_describe_marks_words_sides_as_the_person_marked_them(atlas):
    from triggerpoints.lookup import describe_marks

    marks = [("temple", "right"), ("temple", "left"), ("sternum", "midline"), ("jaw_angle", "left")]
    assert describe_marks(atlas, marks) == "left angle of the jaw, breastbone, temple (both sides)"
    assert describe_marks(atlas, []) == ""
