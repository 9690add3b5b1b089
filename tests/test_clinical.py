"""Clinical review (issue 9): referral zones that must stay essential, conditions whose notes name a muscle
link it, and warning signs in patient texts that say when to get them checked and carry their red flag."""
from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from triggerpoints.schema import PATIENT_COLUMNS

# --- essential zones the review confirmed against the sources (a regression fails here) -----------------

ESSENTIAL = [
    # gluteus minimus, anterior: down the outside of the thigh, knee and leg (pseudo-sciatica)
    ("gluteus_minimus_tp1", {"buttock", "outside_hip", "thigh_outside", "knee_outer", "lower_leg_outside"}),
    # gluteus minimus, posterior: back of the thigh and the calf
    ("gluteus_minimus_tp2", {"buttock", "thigh_back", "calf"}),
    # iliopsoas: the strip beside the lumbar spine and the upper front of the thigh
    ("iliopsoas_tp1", {"low_back", "thigh_front"}),
    ("iliopsoas_tp2", {"low_back", "thigh_front"}),
    ("iliopsoas_tp3", {"low_back", "thigh_front"}),
    # supraspinatus belly: mid-deltoid and the lateral epicondyle (a tennis elbow mimic)
    ("supraspinatus_tp1", {"shoulder_outside", "elbow_outer"}),
    ("supraspinatus_tp2", {"shoulder_outside", "elbow_outer"}),
    # temporalis, front to back: the upper teeth belong to each main pattern
    ("temporalis_tp1", {"temple", "eye_brow", "upper_teeth"}),
    ("temporalis_tp2", {"temple", "upper_teeth"}),
    ("temporalis_tp3", {"temple", "upper_teeth"}),
    # masseter, lower superficial: the lower jaw and the eyebrow
    ("masseter_tp3", {"jaw_angle", "eye_brow"}),
    # lateral pterygoid: the jaw joint and the maxillary (cheek) area
    ("lateral_pterygoid_tp1", {"ear_tmj", "cheek"}),
    ("lateral_pterygoid_tp2", {"ear_tmj", "cheek"}),
    # medial pterygoid: throat and back of the mouth, below the jaw joint and the ear
    ("medial_pterygoid_tp1", {"throat", "ear_tmj"}),
    # serratus anterior: side of the chest and the lower tip of the shoulder blade
    ("serratus_anterior_tp1", {"chest_side", "shoulder_blade"}),
    # rectus abdominis, upper: the band across the mid back, the tip of the breastbone, the upper belly
    ("rectus_abdominis_tp1", {"mid_back", "sternum", "upper_abdomen"}),
    # adductor magnus: the groin with the inner thigh
    ("adductor_magnus_tp1", {"thigh_inner", "groin"}),
    # vastus lateralis, posterolateral mid-thigh: up to the outside of the hip
    ("vastus_lateralis_tp4", {"thigh_outside", "outside_hip"}),
    # supinator: the lateral epicondyle and the dorsal web and base of the thumb
    ("supinator_tp1", {"elbow_outer", "thumb"}),
    # brachioradialis: the back of the wrist and the web of the thumb
    ("brachioradialis_tp1", {"hand_back", "thumb"}),
    # semispinalis capitis, just below the skull: the band with the eye and forehead
    ("semispinalis_capitis_tp2", {"temple", "forehead", "eye_brow"}),
    # scalenes: chest, arm, the vertebral border of the scapula, and the thumb and index finger
    ("scalenes_tp1", {"chest_front", "upper_arm_front", "shoulder_blade", "thumb", "index_finger"}),
    ("scalenes_tp2", {"chest_front", "upper_arm_front", "shoulder_blade", "thumb", "index_finger"}),
    ("scalenes_tp3", {"chest_front", "upper_arm_front", "shoulder_blade", "thumb", "index_finger"}),
    # pectoralis major, intermediate sternal section: anterior chest and the medial epicondyle
    ("pectoralis_major_tp2", {"chest_front", "elbow_inner"}),
]

NOT_REFERRED = [
    ("masseter_tp3", "temple"),            # the sources give the jaw and the eyebrow, not the temple
    ("serratus_anterior_tp1", "between_shoulder_blades"),   # the zone lies over the tip of the shoulder blade
    ("gluteus_maximus_tp1", "thigh_back"),  # gluteus maximus pain stays in the buttock region
    ("gluteus_maximus_tp2", "thigh_back"),
    ("gluteus_maximus_tp3", "thigh_back"),
]


@pytest.mark.parametrize("tp_id, regions", ESSENTIAL, ids=[t for t, _ in ESSENTIAL])
def test_reviewed_zones_are_essential(atlas, tp_id, regions):
    tp = atlas.trigger_points[tp_id]
    assert regions <= set(tp.essential), (tp_id, regions - set(tp.essential))


@pytest.mark.parametrize("tp_id, region", NOT_REFERRED)
def test_reviewed_regions_are_not_referred(atlas, tp_id, region):
    tp = atlas.trigger_points[tp_id]
    assert region not in tp.essential and region not in tp.spillover, tp_id


def test_every_muscle_says_how_its_pattern_was_drawn(atlas):
    for m in atlas.muscles.values():
        basis = m.pattern_basis
        assert basis and "\n" not in basis, m.id
        assert re.search(r"\b(1992|1999|2019|2017)\b", basis), (m.id, "names no edition or year")
        assert re.search(r"\bvar(y|ies)\b", basis), (m.id, "does not say that patterns vary")


def test_the_shared_posterior_cervical_trigger_point_says_so(atlas):
    for tp_id in ("semispinalis_cervicis_tp1", "cervical_multifidi_tp1"):
        assert "shared" in atlas.trigger_points[tp_id].label.lower(), tp_id


# --- conditions: a muscle named in a condition's clinician notes is linked to it, or the note says why not ---

NOT_LINKED = "not linked here"   # a sentence with this phrase names muscles deliberately left unlinked, with why

# Words that name a group of muscles rather than one muscle; a note may use them without linking every member.
GROUP_WORDS = {"trapezius", "deltoid", "hamstrings", "adductors", "quadriceps", "obliques", "gluteals", "pectorals",
               "paraspinals", "calf muscles", "forearm extensors", "forearm flexors", "fibularis muscles", "interossei",
               "multifidus", "multifidi", "pelvic floor"}


def _name_forms(name: str) -> set[str]:
    """'Fibularis (peroneus) longus' -> {'fibularis longus', 'peroneus longus'}; 'Scalenes' -> {'scalenes',
    'scalene'}; 'Intercostal muscles' -> {'intercostal muscles', 'intercostal muscle', 'intercostals'}; 'Short lateral
    rotators (gemelli, obturator externus, quadratus femoris)' also gives each muscle in the brackets."""
    name = name.lower()
    base = re.sub(r"\s*\([^)]*\)", "", name).strip()
    forms = {base}
    for m in re.finditer(r"(\w+) \(([^)]*)\)", name):
        word, inner = m.groups()
        if "," in inner:
            forms |= {item.strip() for item in inner.split(",")}
        elif len(inner.split()) == 1 and inner not in ("foot", "hand"):
            forms.add(base.replace(word, inner, 1))
    forms |= {f[:-1] for f in list(forms) if f.endswith("s") and not f.endswith(("us", "is", "ss"))}
    if base.endswith(" muscles"):
        forms.add(base[: -len(" muscles")] + "s")      # 'intercostals', 'suboccipitals'
    return forms


def muscle_names(atlas) -> dict[str, set[str]]:
    """muscle id -> the names a clinician note may use for it: the forms of its name, and synonyms of two or more words
    that repeat a word of its name ('peroneus longus', 'sternocleidomastoid muscle'; not 'rotator cuff', 'jaw muscle',
    nor one-word synonyms such as 'pectoralis' or 'serratus', which name several muscles). A name shared by two
    muscles (abductor digiti minimi of the hand and of the foot) counts for both."""
    names = {}
    for m in atlas.muscles.values():
        forms = _name_forms(m.name)
        words = {w for f in forms for w in f.split() if len(w) >= 5}
        forms |= {s.lower() for s in m.synonyms if len(s.split()) >= 2 and set(s.lower().split()) & words}
        names[m.id] = {f for f in forms if f not in GROUP_WORDS}
    return names


def _expand_shared_words(text: str) -> str:
    """'medial and lateral pterygoid' also reads 'medial pterygoid'; 'gluteus medius and minimus' also reads
    'gluteus minimus'; 'extensor carpi radialis brevis and longus' also reads 'extensor carpi radialis longus'. A word
    is only taken as shared from the front when the second item ends there ('... medius and minimus,'), so 'extensor
    digitorum longus and extensor hallucis longus' adds nothing that names a muscle."""
    extra = []
    for m in re.finditer(r"\b(\w+) (?:and|or) (\w+)\b", text):
        first, second = m.group(1), m.group(2)
        before = re.findall(r"\w+", text[: m.start()])[-3:]
        after = re.findall(r"\w+", text[m.end():])[:3]
        ends_here = not re.match(r" \w", text[m.end():])
        if ends_here:
            extra += [" ".join([*before[-k:], second]) for k in range(1, len(before) + 1)]
        extra += [" ".join([first, *after[:k]]) for k in range(1, len(after) + 1)]
    return text + " | " + " | ".join(extra)


def _spans(text: str, forms: set[str]) -> list[tuple[int, int]]:
    return [m.span() for f in forms for m in re.finditer(rf"(?<![\w-]){re.escape(f)}(?![\w-])", text)]


def named_in(text: str, forms: set[str]) -> bool:
    return bool(_spans(text, forms))


def muscles_named(text: str, names: dict[str, set[str]]) -> set[str]:
    """The muscles a text names, the longest name winning: 'extensor digitorum longus' names that muscle, not also
    'extensor digitorum'."""
    spans = {muscle_id: _spans(text, forms) for muscle_id, forms in names.items()}
    found = set()
    for muscle_id, own in spans.items():
        for start, end in own:
            inside_longer = any(s <= start and end <= e and (e - s) > (end - start)
                                for other, theirs in spans.items() if other != muscle_id for s, e in theirs)
            if not inside_longer:
                found.add(muscle_id)
                break
    return found


def test_every_muscle_named_in_a_condition_note_is_linked_or_the_note_says_why_not(atlas):
    names = muscle_names(atlas)
    missing = []
    for c in atlas.conditions.values():
        sentences = re.split(r"(?<=[.;])\s+", c.clinician_notes.lower())
        for sentence in sentences:
            if NOT_LINKED in sentence:
                continue
            for muscle_id in muscles_named(_expand_shared_words(sentence), names):
                if muscle_id not in c.muscles:
                    missing.append((c.id, muscle_id))
    assert not missing, sorted(set(missing))


def test_name_matching_is_neither_too_loose_nor_too_strict(atlas):
    names = muscle_names(atlas)
    assert named_in("gluteus medius and minimus", names["gluteus_minimus"]) is False   # not without expansion
    assert named_in(_expand_shared_words("gluteus medius and minimus"), names["gluteus_minimus"])
    assert named_in(_expand_shared_words("medial and lateral pterygoid"), names["medial_pterygoid"])
    assert named_in("peroneus longus", names["fibularis_longus"])
    assert not named_in("rotator cuff tendinopathy", names["infraspinatus"])
    assert not named_in("the trapezius", names["trapezius_upper"])          # a group word names no one part
    assert not named_in("pronator syndrome", names["pronator_teres"])
    assert muscles_named("extensor digitorum longus", names) == {"extensor_digitorum_longus"}
    both = {"abductor_digiti_minimi_hand", "abductor_digiti_minimi_foot"}
    assert muscles_named("abductor digiti minimi", names) == both


def test_myofascial_pain_syndrome_lists_the_most_common_muscles(atlas):
    common = {"trapezius_upper", "levator_scapulae", "quadratus_lumborum", "gluteus_medius", "sternocleidomastoid",
              "scalenes", "masseter", "gluteus_minimus", "piriformis", "infraspinatus"}
    assert common <= set(atlas.conditions["myofascial_pain_syndrome"].muscles)


@pytest.mark.parametrize("condition, muscles", [
    ("migraine", {"sternocleidomastoid", "trapezius_upper"}),
    ("carpal_tunnel_like", {"scalenes", "subscapularis"}),
    ("golfers_elbow", {"pectoralis_major", "pectoralis_minor", "serratus_anterior"}),
    ("lateral_knee_pain", {"gluteus_minimus"}),
    ("shin_pain", {"fibularis_longus", "soleus"}),
    ("achilles_pain", {"gastrocnemius", "plantaris"}),
    ("plantar_heel_pain", {"gastrocnemius"}),
    ("chest_wall_pain", {"sternocleidomastoid", "external_oblique"}),
])
def test_conditions_link_the_muscles_the_review_found_missing(atlas, condition, muscles):
    assert muscles <= set(atlas.conditions[condition].muscles), muscles - set(atlas.conditions[condition].muscles)


# --- red flags ------------------------------------------------------------------------------------------

def test_red_flags_are_graded_as_the_review_asks(atlas):
    flags = atlas.red_flags
    assert flags["spine_fever_cancer"].urgency == "urgent"     # fever or a past cancer with spinal pain: same day
    assert "emergency" in flags["spine_fever_cancer"].action.lower()   # ... an emergency with new weakness
    assert flags["serious_illness"].urgency == "soon"          # weight loss or night pain alone: within days
    assert "fever" not in flags["serious_illness"].warning_signs.lower()
    assert "side_of_neck" in flags["heart_attack"].regions
    assert "forearm" in flags["compartment"].warning_signs.lower()
    assert flags["anticoagulant_bleed"].urgency == "emergency"
    assert {"groin", "lower_abdomen"} <= set(flags["anticoagulant_bleed"].regions)
    for muscle_id in ("iliopsoas", "rectus_abdominis"):
        assert "anticoagulant_bleed" in atlas.muscles[muscle_id].red_flags, muscle_id


def test_every_flag_is_complete(atlas):
    for f in atlas.red_flags.values():
        assert f.title and f.warning_signs and f.action, f.id
        assert f.regions or f.id == "not_improving", f.id   # not_improving is shown only where a muscle lists it


def test_the_action_matches_the_urgency(atlas):
    words = {"emergency": r"emergency|call emergency", "urgent": r"same day|today", "soon": r"within (a few )?days|see"}
    for f in atlas.red_flags.values():
        assert re.search(words[f.urgency], f.action, re.I), (f.id, f.urgency, f.action)


# --- warning signs in patient texts ------------------------------------------------------------------------

@dataclass(frozen=True)
class WarningSign:
    """A sign in a patient text that can mean something other than a trigger point. A text that mentions it must
    say when to get it checked, and its muscle or condition must list one of the matching red flags."""

    name: str
    pattern: str
    flags: frozenset[str]


WARNING_SIGNS = [
    WarningSign("foot slaps or drags",
                r"\b(slap\w*|drag\w*)\b[^.]*\bfoot\b|\bfoot\b[^.]*\b(slap\w*|drag\w*)\b|\bfoot drop\b|\bdrop foot\b"
                r"|\btrips?\b",
                frozenset({"nerve_weakness"})),
    WarningSign("blurred or lost vision",
                r"\bblur\w*|\bdouble vision\b|\b(los[est]|loss of) (vision|sight)\b|\bvision\b[^.]*\bchang\w*"
                r"|\bchang\w* in vision\b",
                frozenset({"eye_emergency", "stroke", "neck_artery"})),
    WarningSign("dizziness",
                r"\bdizz\w*|\bvertigo\b|\boff balance\b|\blose (your )?balance\b",
                frozenset({"stroke", "neck_artery"})),
    WarningSign("numbness or tingling",
                r"\bnumb\w*|\btingl\w*|\bpins and needles\b",
                frozenset({"nerve_weakness", "stroke", "cauda_equina", "limb_blood_flow", "compartment"})),
    WarningSign("pain at night",
                r"\bwak\w*\b[^.]*\bnight\b|\bnight pain\b|\b(ache|aches|pain|hurts?)\b[^.]*\bat night\b",
                frozenset({"serious_illness", "not_improving"})),
    WarningSign("chest pain like the heart",
                r"\bheart pain\b|\bangina\b|\bchest pain\b|\bheart attack\b",
                frozenset({"heart_attack"})),
    WarningSign("short of breath",
                r"\bshort(ness)? of breath\b|\bhard to breathe\b|\btrouble breathing\b",
                frozenset({"lung_clot", "heart_attack", "airway_swallowing"})),
    WarningSign("trouble swallowing",
                r"\bswallow\w*\b[^.]*\b(hurt|hurts|awkward|hard|lump)\b"
                r"|\b(hard|trouble|pain\w*) (to |when |with )?swallow\w*",
                frozenset({"airway_swallowing"})),
    WarningSign("bladder or bowel change",
                r"\bpass(es|ing)? urine\b|\bhard to start\b|\b(control\w*|hold\w*) (the |your )?(bladder|bowel|urine)\b"
                r"|\b(bladder|bowel) (changes|control)\b|\bincontinen\w*",
                frozenset({"cauda_equina", "kidney_urine", "pelvic_gynae"})),
    WarningSign("swelling",
                r"\bswollen\b|\bswelling\b",
                frozenset({"calf_clot", "limb_blood_flow", "hot_joint", "compartment", "dental_infection",
                           "fracture_injury", "airway_swallowing"})),
    WarningSign("fever",
                r"\bfever\w*",
                frozenset({"spine_fever_cancer", "serious_abdomen", "kidney_urine", "hot_joint", "dental_infection",
                           "dangerous_headache", "pelvic_gynae"})),
    WarningSign("weak or numb limb",
                r"\b(weak|numb) (leg|foot|arm|hand|face)\b"
                r"|\b(leg|foot|arm|hand|face) (may |can )?(goes|feels?|is) (weak|numb)\b",
                frozenset({"nerve_weakness", "stroke", "cauda_equina"})),
]

# Plain words that say when to get a sign checked.
WHEN_TO_CHECK = re.compile(
    r"\bget (it |this |them )?(checked|seen|help)\b|\bsee (a|your) (doctor|clinician|dentist)\b"
    r"|\bdoctor (must|should)\b|\bchecked by a doctor\b|\bneeds? (urgent|emergency|same-day|prompt|a doctor)\b"
    r"|\bemergency (care|services|department)\b|\bsame day\b|\bright away\b|\bat once\b|\burgent (care|help)\b"
    r"|\bprompt (care|review)\b", re.I)

# The standard self-care stop rule ("Stop if it causes sharp pain, numbness or tingling.") tells a person to stop a
# stretch or a press; it does not present numbness as a symptom, so only that sign is excused in that sentence.
STOP_RULE = re.compile(r"^stop( at once)? if it causes [^.]*\.?$", re.I)


def patient_cells(atlas):
    """(where, text, red flag ids that apply): every patient column of muscles, trigger points and conditions."""
    for m in atlas.muscles.values():
        for col in PATIENT_COLUMNS["muscles.csv"]:
            yield f"muscle {m.id}.{col}", getattr(m, col), set(m.red_flags)
        for tp in m.trigger_points:
            for col in PATIENT_COLUMNS["trigger_points.csv"]:
                yield f"trigger point {tp.id}.{col}", getattr(tp, col), set(m.red_flags)
    for c in atlas.conditions.values():
        for col in PATIENT_COLUMNS["conditions.csv"]:
            yield f"condition {c.id}.{col}", getattr(c, col), set(c.red_flags)


def signs_in(text: str) -> list[WarningSign]:
    found = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        for sign in WARNING_SIGNS:
            if sign.name == "numbness or tingling" and STOP_RULE.match(sentence.strip()):
                continue
            if re.search(sign.pattern, sentence, re.I) and sign not in found:
                found.append(sign)
    return found


def test_warning_sign_patterns_find_what_they_should():
    assert [s.name for s in signs_in("A weak or slapping foot.")] == ["foot slaps or drags"]
    assert [s.name for s in signs_in("Vision on that side may blur.")] == ["blurred or lost vision"]
    assert [s.name for s in signs_in("Pain may wake people at night.")] == ["pain at night"]
    assert signs_in("Stop if it causes sharp pain, numbness or tingling.") == []
    assert signs_in("Heartburn after meals.") == [] and signs_in("Night cramps in the front of the leg.") == []


def test_patient_texts_with_a_warning_sign_say_when_to_get_it_checked(atlas):
    offenders = [(where, sign.name) for where, text, _ in patient_cells(atlas) for sign in signs_in(text)
                 if not WHEN_TO_CHECK.search(text)]
    assert not offenders, offenders


def test_patient_texts_with_a_warning_sign_carry_its_red_flag(atlas):
    offenders = [(where, sign.name, sorted(sign.flags)) for where, text, flags in patient_cells(atlas)
                 for sign in signs_in(text) if not sign.flags & flags]
    assert not offenders, offenders
