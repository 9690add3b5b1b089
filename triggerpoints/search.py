"""One search over muscles, conditions, body places and symptoms, in the words people type.

"behind the knee", "between my shoulder blades", "SCM", "shin splints", "trapesius": every phrase of the
atlas (names, synonyms, anatomical names, region labels; the vocabulary lives in the CSVs' `synonyms`
columns) is matched word by word, typos tolerated. A place also brings the muscles that commonly refer pain
there, a condition its most commonly involved muscles. Results below a confidence cut are dropped, never
padded. Every input is capped to MAX_QUERY_CHARS before any work, so a huge one costs no more than a short one.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from .atlas import Atlas, Muscle
from .lookup import rank_sources
from .text import MAX_INPUT_CHARS, cap

MAX_QUERY_CHARS = MAX_INPUT_CHARS
KINDS = ("muscle", "condition", "region")

# Words that carry no meaning for finding a place, a muscle or a condition; dropped from queries and phrases
# alike, so "pain in my low back" and "low back" read the same. Side words are read by parse_side first.
STOP_WORDS = frozenset("""
    a an the my your his her their our this that these those it its i im ive me we you he she they
    in on at of to into onto from for with by near around about over through down up off out
    and or but so if when while whenever after before during also
    is are was were be been am being have has had do does did get gets got feel feels felt feeling
    really very quite bit lot some sort kind just always sometimes often constant constantly
    please help what where which why how there here left right both sided
""".split())
# Words that say little about where or what ("pain", "muscle", "trigger point"): they count a tenth of a
# word in a query and nothing against a phrase, so "masseter muscle" finds the masseter and "low back pain"
# still prefers the condition of that name.
LIGHT_WORDS = frozenset("""
    pain pains painful hurt hurts hurting sore soreness ache aches aching achy muscle muscles musculus musculi
    trigger point points tp tps referral referred refer refers pattern syndrome
""".split())

# Plural and spelling forms a suffix rule would miss, and clinicians' shorthand for a whole word.
WORD_FORMS = {
    "feet": "foot", "teeth": "tooth", "calves": "calf", "knees": "knee", "cant": "cannot",
    "centre": "center", "fibres": "fibers", "fibre": "fiber", "shoulderblade": "shoulder blade",
    "shoulderblades": "shoulder blade", "lowback": "low back", "backache": "back ache", "bum": "buttock",
    "underneath": "under", "beneath": "under",
}
# Phrases whose words would otherwise be lost ("it" is a stop word).
_PHRASE_FORMS = tuple((re.compile(p), r) for p, r in ((r"\bit\s*band\b", "iliotibial band"),))
# Clinicians' shorthand and direction words, and the everyday words they mean ("lat epicondylitis",
# "posterior thigh"); matched a little less surely than the word itself.
EQUIVALENTS = {
    "lat": ("lateral",), "med": ("medial",), "ant": ("anterior",), "post": ("posterior",), "sup": ("superior",),
    "inf": ("inferior",), "mid": ("middle",), "ext": ("extensor", "external"), "flex": ("flexor",),
    "int": ("internal",), "max": ("maximus",), "min": ("minimus", "minor"), "maj": ("major",),
    "posterior": ("back",), "anterior": ("front",), "lateral": ("outer", "outside"), "medial": ("inner", "inside"),
    "superior": ("upper", "top"), "inferior": ("lower", "bottom"), "abdominal": ("abdomen",),
}

PHRASE_WEIGHT = {"name": 1.0, "synonym": 0.97, "anatomical": 0.95, "label": 1.0, "place": 0.95}
UNKNOWN_WORD_WEIGHT = 0.1     # a word found nowhere in the vocabulary counts little ("when I climb stairs")
LIGHT_WORD_WEIGHT = 0.1
CONTAINED_BASE = 0.7          # the least a whole phrase inside a longer query scores ("headache in my temples")
BAG_SCALE = 0.85              # the query's words spread over an item's phrases ("numb fingers at night")
PHRASE_COVERAGE_SHARE = 0.35  # how much a phrase's unmatched words lower the score
TYPO_CUTOFF = 84              # similarity of two words (0..100) from which one may be a typo of the other
EQUIVALENT_SIMILARITY = 0.9
PREFIX_MIN = 6                # letters from which an unfinished word matches the words it begins
JOINED_CUTOFF = 90
SYMPTOM_SCALE = 0.72          # a muscle found only through the words of its symptoms
PLACE_MUSCLES, PLACE_SCALE = 5, 0.88          # a place brings the muscles that commonly refer pain there
CONDITION_MUSCLES, CONDITION_SCALE = 3, 0.8   # a condition brings its most commonly involved muscles
MIN_SCORE = 60                # the confidence cut: below it a result is dropped
MAX_GAP = 30                  # and so is one this far below the best result
KIND_ORDER = {"region": 0, "condition": 1, "muscle": 2}


@dataclass(frozen=True)
class SearchResult:
    """One answer: what it is, its id and on-screen label, how sure (0..100), why it matched."""

    kind: str                  # "muscle", "condition" or "region"
    id: str
    label: str
    score: float
    detail: str = ""           # the phrase that matched, or why it is listed ("commonly refers pain to ...")
    side: str | None = None    # for a region: "left", "right" or "both" when the words say so

    def to_dict(self) -> dict[str, str]:
        return {"kind": self.kind, "id": self.id, "label": self.label}


# --- sides -----------------------------------------------------------------------------------------

_SIDE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(p, re.I), side) for p, side in (
    (r"\b(?:on\s+|of\s+|at\s+)?(?:the\s+|my\s+)?both\s+sides?\b(?!\s+of\b)|\bbilateral(?:ly)?\b|"
     r"\b(?:on\s+)?(?:each|either)\s+side\b(?!\s+of\b)|\bboth\b", "both"),
    (r"\b(?:left|right)\s*(?:and|&|/|\+|,)\s*(?:left|right)\b", "both"),
    # "on the left (hand) side" goes; "the left side of my neck" keeps "side of my neck", a place.
    (r"\b(?:on|to)\s+(?:the\s+|my\s+)?(left|right)(?:[\s-]+hand)?(?:[\s-]+side\b(?!\s+of\b))?", ""),
    (r"\b(left|right)(?:[\s-]+hand)?[\s-]+side(?:d\b|\b(?!\s+of\b))", ""),
    (r"\b(left|right)(?:[\s-]+hand(?=[\s-]+side))?\b(?!\s+(?:in|at|on|behind|under|between|above|below|next|by|"
     r"around|over|there|here|through|away|now|where|along|across|into)\b)", ""),
    (r"\b(lt|rt)\b\.?", ""),
    (r"^\s*([lr])\b\.?(?=\s*[a-z])", ""),
))
_ABBREVIATED = {"lt": "left", "rt": "right", "l": "left", "r": "right"}


def parse_side(text: str) -> tuple[str | None, str]:
    """The side of the body the words name, and the words without it.

    "my left temple" -> ("left", "my temple"); "both knees" -> ("both", "knees"); "right-sided neck pain"
    -> ("right", "neck pain"); "L knee" -> ("left", "knee"); "temple" -> (None, "temple"). Words naming
    both left and right apart ("left knee and right hip") give None: the caller asks. "right behind the
    knee" is not a side.
    """
    text = cap(text)
    found: set[str] = set()
    rest = text
    for pattern, side in _SIDE_PATTERNS:
        def take(m: re.Match[str], side: str = side) -> str:
            word = side or m.group(1).lower()
            found.add(_ABBREVIATED.get(word, word))
            return " "
        rest = pattern.sub(take, rest)
    rest = re.sub(r"\s+", " ", rest).strip(" ,-")
    if not found:
        return None, rest
    if found == {"left", "right"}:
        return None, rest
    return ("both" if "both" in found else found.pop()), rest


# --- words -----------------------------------------------------------------------------------------

def _stem(word: str) -> str:
    """A crude stem that only has to agree with itself: the query and the phrases both go through it."""
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        word = word[:-1]
    for suffix in ("ness", "ing", "ed"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    if len(word) > 3 and word.endswith("y"):
        word = word[:-1] + "i"
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


def _tokens(text: str) -> list[tuple[str, str]]:
    """(word as typed, stem) for each word that is not a stop word; lower case, accents and apostrophes gone."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace("'", "").replace("\u2019", "")
    for pattern, replacement in _PHRASE_FORMS:
        text = pattern.sub(replacement, text)
    out: list[tuple[str, str]] = []
    for raw in re.findall(r"[a-z0-9]+", text):
        for w in WORD_FORMS.get(raw, raw).split():
            if w not in STOP_WORDS:
                out.append((w, _stem(w)))
    return out


def words(text: str) -> list[str]:
    """Stems of the words that matter: "Golfer's elbows" -> ["golfer", "elbow"]."""
    return [stem for _, stem in _tokens(text)]


_LIGHT_STEMS = frozenset(_stem(w) for w in LIGHT_WORDS)
# Words that move a place: "behind the knee" is not "knee" with a word to spare.
_PLACE_MODIFIERS = frozenset(_stem(w) for w in """
    behind back front inner inside outer outside top bottom upper lower low side under underneath above below
    between middle mid base center lateral medial anterior posterior deep
""".split())


def _loose(text: str) -> str:
    """Letters and digits only, for telling an exact phrase ("low back pain") from a near one."""
    return re.sub(r"[^a-z0-9]+", "", unicodedata.normalize("NFKD", text.lower()))


# --- the index -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Phrase:
    kind: str
    id: str
    text: str
    words: tuple[str, ...]
    weight: float
    loose: str                 # letters and digits of the phrase as written
    joined: str                # its content words run together, for "shinsplints"
    content: int               # how many of its words are not light words


@dataclass
class _Index:
    phrases: list[_Phrase]
    by_word: dict[str, list[int]]
    vocabulary: list[str]
    joined: list[str]
    place_words: frozenset[str]           # words that name or move a place: "knee", "leg", "behind"
    symptoms: dict[str, frozenset[str]]   # muscle id -> words of its symptoms
    symptom_words: list[str]


def _name_parts(name: str) -> list[str]:
    """'Tennis elbow (outer elbow pain)' -> the name, 'Tennis elbow' and 'outer elbow pain'."""
    inner = re.findall(r"\(([^)]*)\)", name)
    outer = re.sub(r"\([^)]*\)", " ", name)
    return [name, outer, *inner]


def _phrases(atlas: Atlas) -> Iterable[tuple[str, str, str, float]]:
    for m in atlas.muscles.values():
        for p in _name_parts(m.name) + [m.id.replace("_", " ")]:
            yield "muscle", m.id, p, PHRASE_WEIGHT["name"]
        yield "muscle", m.id, m.anatomical_name, PHRASE_WEIGHT["anatomical"]
        for p in m.synonyms:
            yield "muscle", m.id, p, PHRASE_WEIGHT["synonym"]
    for c in atlas.conditions.values():
        for p in _name_parts(c.name):
            yield "condition", c.id, p, PHRASE_WEIGHT["name"]
        for p in c.synonyms:
            yield "condition", c.id, p, PHRASE_WEIGHT["synonym"]
    for r in atlas.regions.values():
        yield "region", r.id, r.label, PHRASE_WEIGHT["label"]
        for p in r.synonyms:
            yield "region", r.id, p, PHRASE_WEIGHT["place"]


def _content(ws: Iterable[str]) -> list[str]:
    return [w for w in ws if w not in _LIGHT_STEMS]


def _index(atlas: Atlas) -> _Index:
    """Built once per atlas and kept on it (the atlas is immutable)."""
    cached = atlas.__dict__.get("_search_index")
    if cached is not None:
        return cached
    phrases: list[_Phrase] = []
    seen: set[tuple[str, str, tuple[str, ...]]] = set()
    for kind, item_id, text, weight in _phrases(atlas):
        ws = tuple(words(text))
        if not ws or (kind, item_id, ws) in seen:
            continue
        seen.add((kind, item_id, ws))
        content = _content(ws)
        phrases.append(_Phrase(kind, item_id, text.strip(), ws, weight, _loose(text), "".join(content),
                               len(content)))
    by_word: dict[str, list[int]] = {}
    for i, p in enumerate(phrases):
        for w in set(p.words):
            by_word.setdefault(w, []).append(i)
    place_words = _PLACE_MODIFIERS | {w for r in atlas.regions.values() for w in words(r.label)}
    symptoms = {m.id: frozenset(_content(words(m.symptoms))) for m in atlas.muscles.values()}
    symptom_words = sorted(set().union(*symptoms.values())) if symptoms else []
    index = _Index(phrases, by_word, sorted(by_word), [p.joined for p in phrases], frozenset(place_words),
                   symptoms, symptom_words)
    atlas.__dict__["_search_index"] = index
    return index


def _similar(word: str, typed: str, vocabulary: list[str]) -> dict[str, float]:
    """Words of the (sorted) vocabulary that a query word may mean, with a similarity 0..1.

    Typos are tolerated in words of four letters or more; short words and abbreviations must match exactly
    ("tos" is not "toe"); a long unfinished word matches the words it begins; EQUIVALENTS ("lat",
    "posterior") also mean their everyday words, a little less surely.
    """
    found: dict[str, float] = {}
    cutoff = 100 if len(word) <= 3 else TYPO_CUTOFF
    for match, score, _ in process.extract(word, vocabulary, scorer=fuzz.ratio, limit=12, score_cutoff=cutoff):
        if len(match) > 3 or match == word:
            found[match] = score / 100
    if len(word) >= PREFIX_MIN:   # an unfinished word: "sternocleido"
        at = bisect_left(vocabulary, word)
        while at < len(vocabulary) and vocabulary[at].startswith(word):
            match = vocabulary[at]
            found[match] = max(found.get(match, 0.0), 0.75 + 0.2 * len(word) / len(match))
            at += 1
    for full in EQUIVALENTS.get(typed, ()):
        stem = _stem(full)
        if stem in found or stem in vocabulary:
            found[stem] = max(found.get(stem, 0.0), EQUIVALENT_SIMILARITY)
    return found


# --- scoring ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class _Query:
    words: list[str]
    weights: list[float]
    similar: list[dict[str, float]]
    joined: str
    loose: str
    light_only: bool


def _query(text: str, index: _Index) -> _Query:
    tokens = _tokens(text)
    ws = [stem for _, stem in tokens]
    similar = [_similar(stem, typed, index.vocabulary) for typed, stem in tokens]
    weights = [LIGHT_WORD_WEIGHT if w in _LIGHT_STEMS else 1.0 if s else UNKNOWN_WORD_WEIGHT
               for w, s in zip(ws, similar)]
    return _Query(ws, weights, similar, "".join(_content(ws)), _loose(text), not _content(ws))


def _phrase_score(q: _Query, phrase: _Phrase, place_words: frozenset[str]) -> float:
    """How well one phrase answers the query.

    The share of the query it explains, less a little for the phrase's own words that the query does not
    mention. A whole phrase inside a longer query ("headache in my temples") scores at least
    CONTAINED_BASE, unless a word left over moves the place ("behind the knee" is not "knee"; "the back of
    my leg" is not "back"). Words run together ("shinsplints") are compared by their letters.
    """
    free = list(phrase.words)
    explained = used = 0.0
    left_over: list[str] = []
    for w, weight, sims in zip(q.words, q.weights, q.similar):
        best, best_at = 0.0, -1
        for i, pw in enumerate(free):
            if sims.get(pw, 0.0) > best:
                best, best_at = sims[pw], i
        if best_at >= 0:
            if free.pop(best_at) not in _LIGHT_STEMS:
                used += best
            explained += weight * best
        else:
            left_over.append(w)
    query_share = explained / sum(q.weights)
    phrase_share = used / phrase.content if phrase.content else 1.0
    score = 100 * query_share * (1 - PHRASE_COVERAGE_SHARE + PHRASE_COVERAGE_SHARE * phrase_share)
    moved = _PLACE_MODIFIERS.intersection(left_over) or (
        place_words.intersection(left_over) and all(w in _PLACE_MODIFIERS for w in _content(phrase.words)))
    if phrase.content and not _content(free) and not moved:
        score = max(score, 100 * phrase_share * (CONTAINED_BASE + (1 - CONTAINED_BASE) * query_share))
    if len(q.joined) >= 5:
        together = fuzz.ratio(q.joined, phrase.joined)
        if together >= JOINED_CUTOFF:
            score = max(score, together)
    return score * phrase.weight


def _bag_score(q: _Query, vocabulary: set[str]) -> float:
    """The query's words found anywhere among one item's phrases ("numb fingers at night" over "numb hand",
    "tingling fingers" and "hand pain at night"). Words that move a place only count inside one phrase."""
    explained = sum(weight * max((s for w, s in sims.items() if w in vocabulary), default=0.0)
                    for word, weight, sims in zip(q.words, q.weights, q.similar) if word not in _PLACE_MODIFIERS)
    return 100 * BAG_SCALE * explained / sum(q.weights)


@dataclass
class _Hit:
    score: float
    detail: str
    exact: bool = False


def _keep(hits: dict[tuple[str, str], _Hit], key: tuple[str, str], hit: _Hit) -> None:
    old = hits.get(key)
    if old is None or (hit.score, hit.exact) > (old.score, old.exact):
        hits[key] = hit


def _matches(atlas: Atlas, text: str) -> dict[tuple[str, str], _Hit]:
    """(kind, id) -> best hit, for every phrase and symptom that the words match at all."""
    index = _index(atlas)
    q = _query(text, index)
    hits: dict[tuple[str, str], _Hit] = {}
    if not q.words:
        return hits
    candidates = {i for sims in q.similar for w in sims for i in index.by_word.get(w, ())}
    if len(q.joined) >= 5:
        candidates |= {i for _, _, i in process.extract(q.joined, index.joined, scorer=fuzz.ratio, limit=20,
                                                        score_cutoff=JOINED_CUTOFF)}
    bags: dict[tuple[str, str], set[str]] = {}
    for i in candidates:
        p = index.phrases[i]
        if q.light_only and set(p.words) != set(q.words):   # "pain" names nothing; "trigger points" does
            continue
        score = _phrase_score(q, p, index.place_words)
        _keep(hits, (p.kind, p.id), _Hit(score, p.text, exact=p.loose == q.loose))
        bags.setdefault((p.kind, p.id), set()).update(p.words)
    if sum(1 for w in q.weights if w == 1.0) >= 2:
        for key, vocabulary in bags.items():
            _keep(hits, key, _Hit(_bag_score(q, vocabulary), "several of its names"))
    if not q.light_only:
        _add_symptoms(atlas, index, q, hits)
    return hits


def _add_symptoms(atlas: Atlas, index: _Index, q: _Query, hits: dict[tuple[str, str], _Hit]) -> None:
    """Muscles whose symptoms hold every word of the query ("dizzy", "watery eye")."""
    sims = [_similar(w, w, index.symptom_words) for w in _content(q.words)]
    if not sims or not all(sims):
        return
    for muscle_id, vocab in index.symptoms.items():
        share = [max((s for w, s in sim.items() if w in vocab), default=0.0) for sim in sims]
        if all(share):
            score = 100 * SYMPTOM_SCALE * sum(share) / len(share)
            _keep(hits, ("muscle", muscle_id), _Hit(score, "named in its symptoms"))


def _label(atlas: Atlas, kind: str, item_id: str) -> str:
    if kind == "muscle":
        return atlas.muscles[item_id].name
    if kind == "condition":
        return atlas.conditions[item_id].name
    return atlas.regions[item_id].label


def _add_related(atlas: Atlas, hits: dict[tuple[str, str], _Hit]) -> None:
    """A place brings the muscles that commonly refer pain there; a condition its usual muscles."""
    ranked = sorted(hits.items(), key=lambda kv: -kv[1].score)
    places = [(k, h) for k, h in ranked if k[0] == "region" and h.score >= MIN_SCORE][:2]
    conditions = [(k, h) for k, h in ranked if k[0] == "condition" and h.score >= MIN_SCORE][:2]
    for (_, region_id), hit in places:
        place = atlas.region_label(region_id).lower()
        for i, cand in enumerate(rank_sources(atlas, [region_id], top=PLACE_MUSCLES)):
            _keep(hits, ("muscle", cand.muscle.id),
                  _Hit(hit.score * PLACE_SCALE - 0.1 * i, f"commonly refers pain to the {place}"))
    for (_, condition_id), hit in conditions:
        condition = atlas.conditions[condition_id]
        for i, muscle_id in enumerate(condition.muscles[:CONDITION_MUSCLES]):
            _keep(hits, ("muscle", muscle_id),
                  _Hit(hit.score * CONDITION_SCALE - 0.1 * i, f"commonly involved in {condition.name.lower()}"))


def search(atlas: Atlas, query: str, limit: int = 8, kinds: Iterable[str] = KINDS,
           related: bool = True) -> list[SearchResult]:
    """Muscles, conditions and body places that the words most likely mean, best first.

    Typos are tolerated; results below the confidence cut (MIN_SCORE, and MAX_GAP below the best) are
    dropped, so a query may find nothing. A region result carries the side the words name. With
    `related`, a place brings the muscles that commonly refer pain there and a condition its usual muscles.
    The query is capped to MAX_QUERY_CHARS first.
    """
    side, rest = parse_side(cap(query, MAX_QUERY_CHARS))
    hits = _matches(atlas, rest)
    if related:
        _add_related(atlas, hits)
    wanted = [(k, h) for k, h in hits.items() if k[0] in set(kinds)]
    best = max((h.score for _, h in wanted), default=0.0)
    kept = [(k, h) for k, h in wanted if h.score >= max(MIN_SCORE, best - MAX_GAP)]

    def order(item: tuple[tuple[str, str], _Hit]) -> tuple:
        (kind, item_id), hit = item
        prevalence = atlas.muscles[item_id].prevalence if kind == "muscle" else 0
        return (-round(hit.score, 6), not hit.exact, KIND_ORDER[kind], -prevalence, _label(atlas, kind, item_id))

    kept.sort(key=order)
    return [SearchResult(kind, item_id, _label(atlas, kind, item_id), round(hit.score, 2), hit.detail,
                         side if kind == "region" else None)
            for (kind, item_id), hit in kept[:limit]]


def find_places(atlas: Atlas, text: str, limit: int = 3) -> tuple[str | None, list[SearchResult]]:
    """For the pain page: the side the words name (or None: ask) and the places they most likely mean."""
    side, _ = parse_side(cap(text, MAX_QUERY_CHARS))
    return side, search(atlas, text, limit=limit, kinds=("region",), related=False)


def find_regions(atlas: Atlas, text: str, limit: int = 3) -> list[tuple[str, float]]:
    """(region id, score) for the places a phrase like 'behind the knee' most likely means, best first."""
    return [(r.id, r.score) for r in find_places(atlas, text, limit)[1]]


def suggest_muscles(atlas: Atlas, text: str, limit: int = 3) -> list[Muscle]:
    """Muscles an unknown id or name may have meant ("infraspinatos" -> Infraspinatus); input capped first."""
    found = search(atlas, cap(text, MAX_QUERY_CHARS).replace("_", " "), limit=limit, kinds=("muscle",),
                   related=False)
    return [atlas.muscles[r.id] for r in found]


# --- the muscle select box -------------------------------------------------------------------------

OPTION_LABEL_CHARS = 60
OPTION_SEPARATOR = " · "
OPTION_SYNONYMS = 3
# A synonym naming a part of the muscle ("sternal head") is not another name for it.
_PART_WORDS = frozenset(words("head division belly part fibers fibres"))


def option_labels(atlas: Atlas) -> dict[str, str]:
    """muscle id -> its select-box label (see option_label), built once per atlas."""
    cached = atlas.__dict__.get("_option_labels")
    if cached is None:
        counts: dict[str, int] = {}
        for m in atlas.muscles.values():
            for synonym in {s.lower() for s in m.synonyms}:
                counts[synonym] = counts.get(synonym, 0) + 1
        shared = frozenset(s for s, n in counts.items() if n > 1)
        cached = atlas.__dict__["_option_labels"] = {m.id: option_label(m, shared=shared)
                                                     for m in atlas.muscles.values()}
    return cached


def option_label(muscle: Muscle, limit: int = OPTION_LABEL_CHARS, shared: frozenset[str] = frozenset()) -> str:
    """'Masseter · jaw muscle, chewing muscle, jaw clencher' for the muscle select box.

    The name, then up to OPTION_SYNONYMS synonyms in the CSV's order that add a word (not a spelling of the
    name, not a part of the muscle), within `limit` characters: the select box filters on labels as people
    type, so everyday words ("jaw", "calf", "rotator cuff", "SCM") find the muscle too. A synonym in
    `shared` (given to several muscles: "glutes", "traps") names a group, never a spelling of the name.
    """
    shown = set(words(muscle.name)) | set(words(muscle.id.replace("_", " ")))
    name = _loose(muscle.name)
    extra: list[str] = []
    for synonym in muscle.synonyms:
        ws, loose = set(words(synonym)), _loose(synonym)
        spelling = synonym.lower() not in shared and (loose in name or fuzz.ratio(loose, name) >= 85 or (
            len(loose) > 5 and fuzz.partial_ratio(loose, name) >= 85))
        if len(extra) == OPTION_SYNONYMS or spelling or not _content(ws - shown) or ws & _PART_WORDS:
            continue
        if len(muscle.name + OPTION_SEPARATOR + ", ".join([*extra, synonym])) <= limit:
            extra.append(synonym)
            shown |= ws
    return muscle.name + (OPTION_SEPARATOR + ", ".join(extra) if extra else "")
