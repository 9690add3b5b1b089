"""The handouts (issue 11): one page per muscle with its pattern drawn as vectors, and the pain drawing
summary for the clinician; read back with pypdf."""
from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import sys

import pytest
from pypdf import PdfReader

from triggerpoints.handout import HandoutError, muscle_handout, pain_summary
from triggerpoints.lookup import describe_marks, rank_sources

from .conftest import ROOT


def read(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def text_of(pdf: bytes) -> str:
    """The page's text with its line breaks and hyphen-free wrapping folded into single spaces."""
    return re.sub(r"\s+", " ", " ".join(p.extract_text() or "" for p in read(pdf).pages))


def images_of(reader: PdfReader) -> list[str]:
    """Names of bitmap images on the pages (the drawing must be vectors, not a picture of them)."""
    found = []
    for page in reader.pages:
        xobjects = page.get("/Resources", {}).get("/XObject", {}) or {}
        for name, obj in xobjects.items():
            obj = obj.get_object()
            if obj.get("/Subtype") == "/Image":
                found.append(name)
            for inner in (obj.get("/Resources", {}) or {}).get("/XObject", {}).values() if obj.get("/Resources") else ():
                if inner.get_object().get("/Subtype") == "/Image":
                    found.append(name)
    return found


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def test_the_handout_of_every_muscle_is_one_page_with_its_name_points_and_warning_signs(atlas):
    problems = []
    for muscle in atlas.muscles.values():
        pdf = muscle_handout(atlas, muscle.id, today=dt.date(2026, 12, 1))
        reader = read(pdf)
        text = text_of(pdf)
        if len(reader.pages) != 1:
            problems.append(f"{muscle.id}: {len(reader.pages)} pages")
        missing = [t for t in [muscle.name, *(tp.label for tp in muscle.trigger_points),
                               *(f.title for f in atlas.flags(muscle.red_flags))] if words(t) not in text]
        if missing:
            problems.append(f"{muscle.id}: missing {missing}")
        if images_of(reader):
            problems.append(f"{muscle.id}: the drawing is a bitmap")
        if "does not diagnose" not in text or "1 December 2026" not in text:
            problems.append(f"{muscle.id}: no disclaimer or date")
        if clash := overlaps_the_footer(pdf):
            problems.append(f"{muscle.id}: text over the disclaimer: {clash[:2]}")
    assert not problems, "\n".join(problems)


def overlaps_the_footer(pdf: bytes) -> list[str]:
    """Text set where the disclaimer is, or below the page: every line's baseline, read from the PDF."""
    from triggerpoints.handout import DISCLAIMER

    runs: list[tuple[float, str]] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            runs.append((tm[5] * cm[3] + cm[5], text.strip()))    # the baseline, in pt from the page's foot

    read(pdf).pages[0].extract_text(visitor_text=visit)
    def of_footer(t: str) -> bool:            # a line of the disclaimer (not a stray "." that it happens to contain)
        return len(t) >= 12 and t in DISCLAIMER

    footer = [y for y, t in runs if of_footer(t)]
    assert footer, "no disclaimer at the foot of the page"
    # its two or three lines at the foot (the text above may repeat a sentence of it)
    top_of_footer = max(y for y in footer if y <= min(footer) + 25)
    return [t for y, t in runs if not of_footer(t) and y < top_of_footer + 8]


def test_the_longest_handout_of_every_muscle_still_fits_its_page_above_the_disclaimer(atlas):
    """Clinician wording with aftercare, on the shorter Letter page, still ends above the disclaimer: the
    views shrink, text runs beside them, and only then does the type get smaller."""
    kwargs = {"paper": "letter", "audience": "clinician", "aftercare": True}
    problems = []
    for muscle in atlas.muscles.values():
        pdf = muscle_handout(atlas, muscle.id, **kwargs)
        pages = len(read(pdf).pages)
        clash = overlaps_the_footer(pdf)
        if pages != 1 or clash:
            problems.append(f"{muscle.id}: {pages} pages, text over the disclaimer: {clash[:2]}")
        if kwargs.get("aftercare") and "After your injection or dry needling" not in text_of(pdf):
            problems.append(f"{muscle.id}: no aftercare")
    assert not problems, "\n".join(problems)


def test_the_footer_check_finds_text_over_the_disclaimer(atlas, monkeypatch):
    """The check above fails on a page that overflows: forced to the largest type and views, it does."""
    import triggerpoints.handout as handout

    def too_big(pdf, atlas_, pictures, sections, top, bottom):
        w = handout._views_width(handout._ratios(atlas_, pictures), handout.FIGURE_MAX, pdf.text_width)
        return handout._Layout(10.0, handout.FIGURE_MAX, w, False, 0.0, bottom)

    monkeypatch.setattr(handout, "_fit", too_big)
    pdf = muscle_handout(atlas, "sternocleidomastoid", paper="letter", audience="clinician", aftercare=True)
    assert overlaps_the_footer(pdf)


def test_the_drawing_in_the_handout_is_drawn_as_vectors(atlas):
    reader = read(muscle_handout(atlas, "infraspinatus"))
    content = reader.pages[0].get_contents().get_data()
    # thousands of curve and line segments: the body, the muscles and the zones as paths, filled and stroked
    curves = len(re.findall(rb"(?<=[\d.]) c(?=[\s])", content))
    lines = len(re.findall(rb"(?<=[\d.]) l(?=[\s])", content))
    assert curves > 2000 and lines > 500, (curves, lines)
    assert len(re.findall(rb"(?<=\s)(f|f\*|B|S)(?=\s)", content)) > 500
    assert not images_of(reader)


def test_one_trigger_point_clinician_wording_aftercare_and_letter_paper(atlas):
    m = atlas.muscles["sternocleidomastoid"]
    tp = m.trigger_points[0]
    pdf = muscle_handout(atlas, m.id, tp_id=tp.id, audience="clinician", aftercare=True, paper="letter")
    reader, text = read(pdf), text_of(pdf)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)          # US Letter, in points
    assert words(tp.label) in text and words(m.trigger_points[1].label) not in text     # one trigger point only
    assert "Palpation" in text and "Needling and injection precautions" in text
    assert "After your injection or dry needling" in text and "heat" in text.lower()
    patient = text_of(muscle_handout(atlas, m.id))
    assert "Palpation" not in patient and "After your injection" not in patient
    a4 = read(muscle_handout(atlas, m.id)).pages[0].mediabox
    assert (round(float(a4.width)), round(float(a4.height))) == (595, 842)


@pytest.mark.parametrize("kwargs, message", [
    ({"muscle_id": "nonsense"}, "unknown muscle"),
    ({"muscle_id": "masseter", "tp_id": "infraspinatus_tp1"}, "no trigger point"),
    ({"muscle_id": "masseter", "paper": "a3"}, "paper"),
    ({"muscle_id": "masseter", "audience": "friend"}, "audience"),
])
def test_a_handout_that_cannot_be_made_says_why(atlas, kwargs, message):
    with pytest.raises(HandoutError, match=message):
        muscle_handout(atlas, **kwargs)


def test_the_pain_summary_lists_the_marks_with_their_sides_and_the_candidates_in_the_app_s_order(atlas):
    marked = {("temple", "right"), ("jaw_angle", "left"), ("back_of_neck", "midline"), ("temple", "left")}
    ranked = rank_sources(atlas, sorted({r for r, _ in marked}))
    pdf = pain_summary(atlas, marked, ranked, today=dt.date(2026, 12, 1))
    reader, text = read(pdf), text_of(pdf)
    assert len(reader.pages) == 1 and not images_of(reader)
    assert words(describe_marks(atlas, marked)).lower() in text.lower()
    assert "left angle of the jaw" in text and "temple (both sides)" in text
    positions = [text.find(f"{i}. {c.muscle.name}") for i, c in enumerate(ranked[:8], start=1)]
    assert all(p >= 0 for p in positions) and positions == sorted(positions), positions
    for flag in atlas.flags_for_regions({r for r, _ in marked}):
        assert words(flag.title) in text
    assert "1 December 2026" in text and "does not diagnose" in text


def test_a_summary_needs_marks(atlas):
    with pytest.raises(HandoutError, match="nothing is marked"):
        pain_summary(atlas, set(), [])


def test_the_command_line_writes_a_handout(tmp_path):
    out = tmp_path / "masseter.pdf"
    done = subprocess.run([sys.executable, "-m", "triggerpoints", "handout", "masseter", "--tp", "masseter_tp1",
                           "--audience", "clinician", "--aftercare", "--paper", "letter", "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF") and len(read(out.read_bytes()).pages) == 1
    bad = subprocess.run([sys.executable, "-m", "triggerpoints", "handout", "nope", "--out", str(tmp_path / "x.pdf")],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert bad.returncode == 1 and "unknown muscle" in bad.stderr and "Traceback" not in bad.stderr
    assert not (tmp_path / "x.pdf").exists()
