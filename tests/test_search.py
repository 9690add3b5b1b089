"""Search in the words people type: the evaluation set, the confidence cut, sides, capped inputs, labels."""
from __future__ import annotations

import csv

import pytest

from triggerpoints import lookup
from triggerpoints import search as search_module
from triggerpoints.search import (
    KINDS, MAX_QUERY_CHARS, MIN_SCORE, OPTION_LABEL_CHARS, SearchResult, find_places, option_label, option_labels,
    parse_side,
    search, suggest_muscles,
)

from .conftest import ROOT
from .fixtures.adversarial import values

EVAL_SET = ROOT / "tests" / "search_eval.csv"
# Reached 254 of 258 (98.4%). The set was written in three batches, each before its results were seen:
# the first two (228 queries) were then used to improve the engine and the synonyms; the last 30 were
# not, and scored 27 of 30 (90%), the fairer estimate for new queries. The margin lets a synonym edit
# move an answer or two out of the top three without failing the build; a real regression still fails.
MIN_HIT_RATE = 0.96


def eval_rows() -> list[dict[str, str]]:
    with EVAL_SET.open(encoding="utf-8") as f:
        return list(csv.DictReader(f))


def top3(atlas, query: str) -> list[str]:
    return [f"{r.kind}:{r.id}" for r in search(atlas, query)[:3]]


def test_the_evaluation_set_is_large_and_names_real_things(atlas):
    rows = eval_rows()
    assert len(rows) >= 80
    assert len({r["query"].lower() for r in rows}) == len(rows), "a query is listed twice"
    known = {("muscle", i) for i in atlas.muscles} | {("condition", i) for i in atlas.conditions} \
        | {("region", i) for i in atlas.regions}
    for r in rows:
        for expected in r["expected"].split("|"):
            kind, _, item = expected.partition(":")
            assert (kind, item) in known, f"{r['query']!r} expects unknown {expected!r}"


def test_the_expected_answer_is_in_the_top_three(atlas):
    rows = eval_rows()
    misses = [(r["query"], r["expected"], top3(atlas, r["query"])) for r in rows
              if not set(r["expected"].split("|")) & set(top3(atlas, r["query"]))]
    rate = 1 - len(misses) / len(rows)
    assert rate >= MIN_HIT_RATE, f"top-3 hit rate {rate:.1%}; misses: {misses}"


# --- what the issue saw ------------------------------------------------------------------------

def test_behind_the_knee_leads_with_the_back_of_the_knee_and_its_muscles(atlas):
    results = search(atlas, "behind the knee")
    assert (results[0].kind, results[0].id) == ("region", "knee_back")
    referring = {c.muscle.id for c in lookup.rank_sources(atlas, ["knee_back"])}
    assert all(r.id in referring for r in results if r.kind == "muscle"), results
    assert not {"knee_front", "anterior_knee_pain"} & {r.id for r in results[:4]}


@pytest.mark.parametrize("query, unwanted", [
    ("low back pain", {"occipitalis"}),
    ("plantar fasciitis", {"flexor_pollicis_longus", "opponens_pollicis", "adductor_pollicis"}),
    ("TMJ", {"pectoralis_major", "pronator_teres"}),
    ("sciatica", {"sternocleidomastoid", "ear_pain_tinnitus"}),
])
def test_no_unrelated_padding(atlas, query, unwanted):
    assert not unwanted & {r.id for r in search(atlas, query)}


def test_a_typo_finds_the_muscle_first(atlas):
    assert search(atlas, "trapesius")[0].id.startswith("trapezius_")
    assert search(atlas, "suprspinatus")[0].id == "supraspinatus"
    assert search(atlas, "gastrocnemeus")[0].id == "gastrocnemius"


@pytest.mark.parametrize("query", ["qzxv", "hello world", "pain", "my", "", "   ", "!!!", "the pain in my", "xx" * 40])
def test_below_the_cut_nothing_is_shown(atlas, query):
    assert search(atlas, query) == []


def test_results_are_typed_best_first_and_above_the_cut(atlas):
    results = search(atlas, "shoulder", limit=20)
    assert results and all(isinstance(r, SearchResult) and r.kind in KINDS for r in results)
    assert all(r.score >= MIN_SCORE for r in results)
    assert [r.score for r in results] == sorted((r.score for r in results), reverse=True)
    assert len({(r.kind, r.id) for r in results}) == len(results)
    assert results[0].to_dict() == {"kind": results[0].kind, "id": results[0].id, "label": results[0].label}


def test_a_place_carries_the_side_the_words_name(atlas):
    first = search(atlas, "my left temple")[0]
    assert (first.kind, first.id, first.side) == ("region", "temple", "left")
    assert all(r.side is None for r in search(atlas, "my left temple") if r.kind != "region")
    assert search(atlas, "temple")[0].side is None
    side, places = find_places(atlas, "pain behind my right knee")
    assert side == "right" and places[0].id == "knee_back" and places[0].side == "right"
    assert all(p.kind == "region" for p in places)


def test_a_place_brings_the_muscles_that_refer_there(atlas):
    results = search(atlas, "between my shoulder blades")
    muscles = [r for r in results if r.kind == "muscle"]
    assert muscles and any("commonly refers pain to" in r.detail for r in muscles)


def test_related_muscles_can_be_left_out(atlas):
    assert all(r.kind == "region" for r in search(atlas, "heel", related=False, kinds=("region",)))
    assert any(r.detail.startswith("commonly") for r in search(atlas, "heel"))
    assert not any(r.detail.startswith("commonly") for r in search(atlas, "heel", related=False))


def test_lookup_keeps_the_old_names(atlas):
    assert lookup.search is search and lookup.SearchResult is SearchResult
    assert lookup.suggest_muscles is suggest_muscles
    assert [r for r, _ in lookup.find_regions(atlas, "behind the knee")][0] == "knee_back"


def test_did_you_mean_for_an_unknown_id(atlas):
    assert [m.id for m in suggest_muscles(atlas, "infraspinatos")][:1] == ["infraspinatus"]
    assert [m.id for m in suggest_muscles(atlas, "upper_trapezus")][:1] == ["trapezius_upper"]
    assert suggest_muscles(atlas, "zzzz") == []


# --- bounded work ------------------------------------------------------------------------------

def spy_on_matching(monkeypatch) -> list[str]:
    seen: list[str] = []
    real = search_module._matches

    def spy(atlas, text):
        seen.append(text)
        return real(atlas, text)

    monkeypatch.setattr(search_module, "_matches", spy)
    return seen


@pytest.mark.parametrize("huge", ["a" * 100_000, "behind the knee " * 7_000, "é" * 100_000, "[x](http://e/) " * 9_000])
def test_a_huge_query_is_cut_before_any_matching(atlas, monkeypatch, huge):
    seen = spy_on_matching(monkeypatch)
    search(atlas, huge)
    find_places(atlas, huge)
    suggest_muscles(atlas, huge)
    assert len(seen) == 3 and all(len(text) <= MAX_QUERY_CHARS for text in seen)


def test_side_parsing_is_capped_too():
    side, rest = parse_side("left " + "x" * 100_000)
    assert side == "left" and len(rest) <= MAX_QUERY_CHARS


# --- sides -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, side, rest", [
    ("left", "left", ""),
    ("right", "right", ""),
    ("both", "both", ""),
    ("my left temple", "left", "my temple"),
    ("Left knee", "left", "knee"),
    ("RIGHT shoulder", "right", "shoulder"),
    ("left-sided neck pain", "left", "neck pain"),
    ("right sided headache", "right", "headache"),
    ("pain on the right", "right", "pain"),
    ("pain on my left side", "left", "pain"),
    ("on the left hand side of my neck", "left", "side of my neck"),
    ("left hand side", "left", ""),
    ("my right hand", "right", "my hand"),
    ("right side of the neck", "right", "side of the neck"),
    ("both sides of my neck", "both", "sides of my neck"),
    ("knees on both sides", "both", "knees"),
    ("both knees", "both", "knees"),
    ("bilateral heel pain", "both", "heel pain"),
    ("left and right shoulder", "both", "shoulder"),
    ("right & left hips", "both", "hips"),
    ("L knee", "left", "knee"),
    ("R shoulder", "right", "shoulder"),
    ("lt hip", "left", "hip"),
    ("rt. elbow", "right", "elbow"),
    ("temple", None, "temple"),
    ("behind the knee", None, "behind the knee"),
    ("right behind the knee", None, "right behind the knee"),
    ("left knee and right hip", None, "knee and hip"),
    ("upright posture", None, "upright posture"),
    ("cleft chin", None, "cleft chin"),
    ("", None, ""),
])
def test_the_side_is_read_from_the_words(text, side, rest):
    assert parse_side(text) == (side, rest)


# --- the muscle select box -----------------------------------------------------------------------

@pytest.mark.parametrize("word, muscles", [
    ("jaw", ["masseter", "lateral_pterygoid", "medial_pterygoid", "digastric"]),
    ("rotator cuff", ["supraspinatus", "infraspinatus", "teres_minor", "subscapularis"]),
    ("calf", ["gastrocnemius", "soleus", "plantaris", "tibialis_posterior"]),
    ("hamstrings", ["biceps_femoris", "semitendinosus", "semimembranosus"]),
    ("SCM", ["sternocleidomastoid"]),
    ("glutes", ["gluteus_maximus"]),
    ("quads", ["rectus_femoris", "vastus_lateralis", "vastus_medialis", "vastus_intermedius"]),
    ("lats", ["latissimus_dorsi"]),
    ("pecs", ["pectoralis_major"]),
    ("traps", ["trapezius_upper", "trapezius_middle", "trapezius_lower"]),
])
def test_select_box_labels_carry_everyday_words(atlas, word, muscles):
    labels = option_labels(atlas)
    for muscle_id in muscles:
        assert word.lower() in labels[muscle_id].lower(), labels[muscle_id]


def test_select_box_labels_are_short_and_start_with_the_name(atlas):
    labels = option_labels(atlas)
    assert set(labels) == set(atlas.muscles) and len(set(labels.values())) == len(labels)
    for m in atlas.muscles.values():
        assert labels[m.id].startswith(m.name)
        assert len(labels[m.id]) <= max(OPTION_LABEL_CHARS, len(m.name))
    assert option_label(atlas.muscles["masseter"]) == labels["masseter"]


# --- nothing breaks it ---------------------------------------------------------------------------

def test_a_thousand_odd_queries_never_fail(atlas):
    for query in values(1_000):
        results = search(atlas, query)
        assert len(results) <= 8
        assert all(r.kind in KINDS and r.score >= MIN_SCORE for r in results)
        side, rest = parse_side(query)
        assert side in (None, "left", "right", "both") and len(rest) <= MAX_QUERY_CHARS
        find_places(atlas, query)
        suggest_muscles(atlas, query)
