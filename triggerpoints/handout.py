"""Handouts for the visit, as PDF built in memory: one page per muscle, and the summary of a pain drawing.

The views come from the same SVG drawing as the map (triggerpoints/render.py), drawn by fpdf2 as vectors,
so they are sharp when printed. The text is our own (the data and content/aftercare.md), set in Source Sans
Pro (shipped by the PyPI package font-source-sans-pro): the app's own typeface, with the accents and
punctuation of the data. Nothing is written to disk and nothing is kept: the caller gets the bytes.
"""
from __future__ import annotations

import datetime as dt
import io
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import font_source_sans_pro
from fpdf import FPDF

from . import content
from . import style as S
from .atlas import Atlas, Muscle
from .lookup import Candidate, describe_marks, explain
from .render import Picture, render, views_of

PAPERS = {"a4": "A4", "letter": "Letter"}
AUDIENCES = ("patient", "clinician")
FONT_DIR = Path(font_source_sans_pro.font_directory)
VIEW_NAMES = {"front": "Front", "back": "Back", "lateral": "Side (right)", "head": "Head and neck (right)"}
MARGIN = 12.0          # mm
FIGURE_MAX = 118.0     # mm: the tallest the views are drawn
FIGURE_MIN = 62.0      # mm: below this the text gets smaller instead
FIGURE_FLOOR = 46.0    # mm: the smallest, for the longest pages (clinician wording with aftercare)
FONT_SIZES = (10.0, 9.5, 9.0, 8.5, 8.0, 7.5)
SMALL_FONT_SIZES = (7.0, 6.5)   # only once the views are at FIGURE_FLOOR
DISCLAIMER = ("For education only. This handout explains common patterns of muscle pain; it does not diagnose you "
              "or replace an examination. Patterns vary from person to person. If you have chest pain, trouble "
              "breathing, sudden weakness or numbness, or loss of bladder or bowel control, call emergency services.")


class HandoutError(ValueError):
    """A handout that cannot be made as asked (an unknown muscle, trigger point, paper or audience)."""


@dataclass
class _Section:
    title: str
    paragraphs: list[tuple[str, str]] = field(default_factory=list)   # (style, text): "p", "bullet", "small", "sub"


class _Page(FPDF):
    """A4 or Letter portrait, with the app's typeface and our margins."""

    def __init__(self, paper: str):
        super().__init__(orientation="portrait", unit="mm", format=PAPERS[paper])
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(False)
        for style, file in (("", "SourceSansPro-Regular.ttf"), ("B", "SourceSansPro-Bold.ttf"),
                            ("I", "SourceSansPro-It.ttf"), ("BI", "SourceSansPro-BoldIt.ttf")):
            self.add_font("Sans", style, str(FONT_DIR / file))
        self.set_font("Sans", size=10)
        self.set_text_color(31, 35, 40)
        self.set_title("Trigger Point Explorer handout")
        self.set_creator("Trigger Point Explorer")
        self.heights: dict = {}        # measured paragraph heights, for fitting the page

    @property
    def text_width(self) -> float:
        return self.w - 2 * MARGIN


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


VIEW_GAP = 4.0         # mm between views
SIDE_COLUMN_MIN = 62.0  # mm: narrower than this, no text is set beside the views


def _ratios(atlas: Atlas, pictures: list[Picture]) -> list[float]:
    geo = atlas.geometry.views
    return [geo[p.view].width / geo[p.view].height * (0.62 if p.view == "head" else 1.0) for p in pictures]


def _views_width(ratios: list[float], height: float, width: float) -> float:
    """How wide views drawn `height` mm tall are (at most `width`)."""
    scale = min(1.0, (width - VIEW_GAP * (len(ratios) - 1)) / (sum(ratios) * height))
    return sum(r * height * scale for r in ratios) + VIEW_GAP * (len(ratios) - 1)


def _views(pdf: _Page, atlas: Atlas, pictures: list[Picture], top: float, height: float, width: float,
           captions: list[str], left: float | None = None, centred: bool = True) -> float:
    """Draw views side by side, `height` mm tall (narrower when they would not fit `width`); return the bottom."""
    ratios = _ratios(atlas, pictures)
    gap = VIEW_GAP
    scale = min(1.0, (width - gap * (len(pictures) - 1)) / (sum(ratios) * height))
    h = height * scale
    total = sum(r * h for r in ratios) + gap * (len(pictures) - 1)
    x = (left if left is not None else MARGIN) + ((width - total) / 2 if centred else 0.0)
    for pic, ratio, caption in zip(pictures, ratios, captions):
        w = ratio * h
        box_h = h if pic.view != "head" else w      # a head view is square
        svg = render(atlas.geometry, pic)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")          # fpdf2 notes SVG features it draws approximately
            pdf.image(io.BytesIO(svg.encode()), x=x, y=top, w=w, h=box_h)
        pdf.set_xy(x, top + box_h + 0.8)
        pdf.set_font("Sans", "B", 8.5)
        pdf.cell(w, 4, caption, align="C")
        x += w + gap
    return top + h + 5.5


def _legend(pdf: _Page, top: float, with_marks: bool = True, marked: bool = False, width: float | None = None,
            dry: bool = False) -> float:
    """Essential solid, spillover stippled, X for trigger points (drawn as shapes, not as glyphs), in rows no
    wider than `width`; return the bottom. With `dry`, only measure."""
    x = MARGIN
    width = width or pdf.text_width
    pdf.set_font("Sans", "", 8.5)
    items = [("essential", "Essential zone: felt by nearly everyone with that trigger point"),
             ("spillover", "Spillover zone: felt by some")]
    if with_marks:
        items.append(("mark", "Trigger point"))
    if marked:
        items.insert(0, ("marked", "Places marked as painful"))
    for kind, text in items:
        w = pdf.get_string_width(text) + 2
        if x > MARGIN and x + 4.6 + w > MARGIN + width:
            x, top = MARGIN, top + 5.2
        if dry:
            x += 4.6 + w + 4
            continue
        y = top + 0.6
        if kind == "essential":
            pdf.set_fill_color(*_rgb(S.ESSENTIAL))
            pdf.rect(x, y, 3.6, 3.6, style="F")
        elif kind == "spillover":
            pdf.set_fill_color(251, 226, 230)
            pdf.rect(x, y, 3.6, 3.6, style="F")
            pdf.set_fill_color(*_rgb(S.SPILLOVER))
            for dx, dy in ((0.6, 0.6), (1.8, 1.2), (3.0, 0.6), (0.6, 2.4), (1.8, 3.0), (3.0, 2.4)):
                pdf.circle(x + dx, y + dy, 0.28, style="F")
        elif kind == "mark":
            pdf.set_draw_color(17, 17, 17)
            pdf.set_line_width(0.45)
            pdf.line(x + 0.4, y + 0.4, x + 3.2, y + 3.2)
            pdf.line(x + 0.4, y + 3.2, x + 3.2, y + 0.4)
        elif kind == "marked":
            pdf.set_fill_color(*_rgb(S.REGION_CHOSEN))
            pdf.rect(x, y, 3.6, 3.6, style="F")
        pdf.set_xy(x + 4.6, top)
        pdf.cell(w, 4.8, text)
        x += 4.6 + w + 4
    return top + 7.0


def _measure(pdf: _Page, sections: list[_Section], size: float) -> float:
    return _write(pdf, sections, size, 0.0, dry=True)


def _write(pdf: _Page, sections: list[_Section], size: float, top: float, dry: bool = False,
           beside: tuple[float, float] | None = None) -> float:
    """Write the sections from `top` (mm); return where they end. With `dry`, only measure.

    `beside` = (left, bottom): the column right of the views, from `left` to the right margin, down to
    `bottom`; paragraphs go there while they fit, then the text continues at full width below the views."""
    y = top
    left, width = MARGIN, pdf.text_width
    column_bottom = None
    if beside is not None:
        left, column_bottom = beside
        width = pdf.w - MARGIN - left
    line = size * 0.47
    cache = pdf.heights

    def height(w: float, text: str, style: str) -> float:
        key = (round(w, 2), size, style, text)
        if key not in cache:
            cache[key] = pdf.multi_cell(w, line, text, dry_run=True, output="HEIGHT", markdown=True, align="L")
        return cache[key]

    def room(h: float) -> None:
        """Leave the side column for the full width when `h` more would not fit in it."""
        nonlocal y, left, width, column_bottom
        if column_bottom is not None and y + h > column_bottom:
            y, left, width, column_bottom = max(y, column_bottom), MARGIN, pdf.text_width, None

    def title_height() -> float:
        pdf.set_font("Sans", "B", size + 1.5)
        key = (round(width, 2), size, "title", sec.title)
        if key not in cache:
            cache[key] = pdf.multi_cell(width, line + 1, sec.title, dry_run=True, output="HEIGHT", align="L")
        return cache[key] + 0.6

    for sec in sections:
        first = sec.paragraphs[0] if sec.paragraphs else None
        if first is not None:      # a title stays with its first paragraph
            head = title_height()
            pdf.set_font("Sans", "B" if first[0] == "sub" else "", size - (1.0 if first[0] == "small" else 0))
            room(head + height(width - (3.5 if first[0] == "bullet" else 0.0), first[1], first[0]))
        head = title_height()
        if not dry:
            pdf.set_xy(left, y)
            pdf.set_text_color(29, 63, 110)
            pdf.multi_cell(width, line + 1, sec.title, align="L")
            pdf.set_text_color(31, 35, 40)
        y += head
        for style, text in sec.paragraphs:
            indent = 3.5 if style == "bullet" else 0.0
            pdf.set_font("Sans", "B" if style == "sub" else "", size - (1.0 if style == "small" else 0))
            h = height(width - indent, text, style)
            before = width
            room(h)
            if width != before:
                h = height(width - indent, text, style)
            if not dry:
                if style == "bullet":
                    pdf.set_xy(left, y)
                    pdf.cell(indent, line, "•")
                pdf.set_xy(left + indent, y)
                pdf.multi_cell(width - indent, line, text, markdown=True, align="L")
            y += h + (0.6 if style == "bullet" else 1.2)
        y += 1.4
    return y


def _esc(text: str) -> str:
    """Text of ours or of the data, set as written (fpdf2's markdown marks ** __ -- are ours only)."""
    return text.replace("**", "* *").replace("__", "_ _").replace("--", "- -")


def _muscle_sections(atlas: Atlas, muscle: Muscle, tp_id: str | None, clinician: bool, aftercare: bool) -> list[_Section]:
    tps = [muscle.trigger_point(tp_id)] if tp_id else list(muscle.trigger_points)
    where = _Section("Where the trigger points are, and where they send pain")
    for tp in tps:
        text = f"**{_esc(tp.label)}**: {_esc(tp.location)} Commonly refers pain to: **{_esc(_regions(atlas, tp.essential))}**."
        if tp.spillover:
            text += f" Sometimes also: {_esc(_regions(atlas, tp.spillover))}."
        if clinician:
            text += f" Palpation: {_esc(tp.palpation)}"
        where.paragraphs.append(("bullet", text))
    care = [("p", _esc(muscle.self_care))]
    if "stop" not in muscle.self_care.lower():      # said once: most self-care texts already say when to stop
        care.append(("small", "Stop any exercise that causes sharp pain, numbness or tingling, and ask a clinician."))
    out = [where, _Section("What you can try yourself", care)]
    if clinician:
        out.append(_Section("For clinicians", [("p", f"**Action.** {_esc(muscle.action)}"),
                                               ("p", f"**Needling and injection precautions.** {_esc(muscle.needling_precautions)}")]))
    if aftercare:
        out.append(_aftercare_section())
    flags = atlas.flags(muscle.red_flags)
    if flags:
        out.append(_Section("When to get medical help", [
            ("bullet", f"**{_esc(f.title)}**{_urgency(f)}: {_esc(f.warning_signs)} **{_esc(f.action)}**") for f in flags]))
    out.append(_Section("About this pattern", [
        ("small", _esc(muscle.pattern_basis) if muscle.pattern_basis else "Patterns vary from person to person."),
        ("small", "Sources: " + "; ".join(_esc(short_citation(c.citation, c.chapter)) for c in muscle.sources)
         + ". The full references are in the app.")]))
    return out


def short_citation(citation: str, chapter: str) -> str:
    """'Simons DG, Travell JG, Simons LS. Myofascial Pain ... 1999.' + chapter -> 'Simons et al. 1999, chapter
    Trapezius Muscle' (the first author's surname, or both of two; the year; the chapter by its title)."""
    authors = citation.split(". ", 1)[0]
    names = [a.strip().split(" ")[0] for a in authors.split(",") if a.strip()]
    who = names[0] if len(names) == 1 else (" & ".join(names) if len(names) == 2 else f"{names[0]} et al.") if names else ""
    years = re.findall(r"\b(?:19|20)\d\d\b", citation)
    out = " ".join(x for x in (who, years[-1] if years else "") if x)
    return f"{out}, chapter {chapter}" if chapter else out


def _urgency(flag) -> str:
    """' (be seen today)', or nothing when the flag's action already says as much."""
    words = URGENCY_WORDS[flag.urgency]
    return "" if words.split(" ", 1)[1] in flag.action.lower() else f" ({words})"


URGENCY_WORDS = {"emergency": "call emergency services now", "urgent": "be seen today", "soon": "see a clinician soon"}


def _aftercare_section() -> _Section:
    """After an injection or dry needling: content/aftercare.md, condensed to its lists."""
    sec = _Section("After your injection or dry needling")
    current = ""
    for kind, value in content.blocks("aftercare.md"):
        if kind == "subheading":
            current = value
        elif kind == "list":
            sec.paragraphs.append(("bullet", f"**{_esc(current)}:** " + "; ".join(_esc(v.rstrip('.')) for v in value) + "."))
        elif kind == "paragraph":
            sec.paragraphs.append(("small", _esc(value)))
    return sec


def _regions(atlas: Atlas, ids: tuple[str, ...]) -> str:
    return ", ".join(atlas.region_label(r).lower() for r in ids) or "not shown in the source"


def _header(pdf: _Page, title: str, subtitle: str, today: dt.date) -> float:
    pdf.set_font("Sans", "", 8.5)
    pdf.set_text_color(85, 91, 97)
    pdf.set_xy(MARGIN, MARGIN - 4)
    pdf.cell(pdf.text_width / 2, 4, "Trigger Point Explorer · handout")
    pdf.cell(pdf.text_width / 2, 4, today.strftime("%-d %B %Y"), align="R")
    pdf.set_text_color(31, 35, 40)
    pdf.set_xy(MARGIN, MARGIN + 1)
    pdf.set_font("Sans", "B", 21)
    pdf.multi_cell(pdf.text_width, 9, title)
    pdf.set_font("Sans", "I", 10)
    pdf.set_x(MARGIN)
    pdf.multi_cell(pdf.text_width, 5, subtitle)
    return pdf.get_y() + 2.5


def _footer(pdf: _Page) -> float:
    """The disclaimer at the foot of the page; returns where it starts."""
    pdf.set_font("Sans", "", 7.5)
    h = pdf.multi_cell(pdf.text_width, 3.4, DISCLAIMER, dry_run=True, output="HEIGHT")
    top = pdf.h - MARGIN - h
    pdf.set_draw_color(200, 205, 210)
    pdf.set_line_width(0.2)
    pdf.line(MARGIN, top - 1.5, pdf.w - MARGIN, top - 1.5)
    pdf.set_xy(MARGIN, top)
    pdf.set_text_color(85, 91, 97)
    pdf.multi_cell(pdf.text_width, 3.4, DISCLAIMER)
    pdf.set_text_color(31, 35, 40)
    return top - 3


@dataclass
class _Layout:
    size: float            # pt, the body text
    views_height: float    # mm
    views_width: float     # mm
    beside: bool           # text set in the column right of the views
    text_bottom: float     # mm from the top of the page, where the text ends
    room_bottom: float     # mm, where the footer begins


def _fit(pdf: _Page, atlas: Atlas, pictures: list[Picture], sections: list[_Section], top: float,
         bottom: float) -> _Layout:
    """The largest font, then the tallest views, that fit the page: the text runs beside the views where they
    leave a column wide enough, then below them. Views shrink to FIGURE_MIN before the text gets smaller,
    and to FIGURE_FLOOR before the smallest sizes."""
    ratios = _ratios(atlas, pictures)

    def attempt(size: float, height: float) -> _Layout:
        w = _views_width(ratios, height, pdf.text_width)
        legend_bottom = _legend(pdf, top + height + 5.5, width=max(w, 90.0), dry=True)
        side = pdf.text_width - w - 6.0
        beside = side >= SIDE_COLUMN_MIN
        if beside:
            end = _write(pdf, sections, size, top, dry=True, beside=(MARGIN + w + 6.0, legend_bottom + 1))
        else:
            end = _write(pdf, sections, size, legend_bottom + 1, dry=True)
        return _Layout(size, height, w, beside, end, bottom)

    last = None
    for sizes, low in ((FONT_SIZES, FIGURE_MIN), (FONT_SIZES[-1:] + SMALL_FONT_SIZES, FIGURE_FLOOR)):
        for size in sizes:
            heights = list(range(int(FIGURE_MAX), int(low) - 1, -4))
            last = attempt(size, heights[-1])     # the smallest views: if even they leave too little room, go on
            if last.text_bottom > bottom:
                continue
            lo, hi = 0, len(heights) - 1         # the tallest views that still fit (heights[hi] fits)
            while lo < hi:
                mid = (lo + hi) // 2
                if attempt(size, heights[mid]).text_bottom <= bottom:
                    hi = mid
                else:
                    lo = mid + 1
            return attempt(size, heights[lo])
    return last


def muscle_handout(atlas: Atlas, muscle_id: str, *, tp_id: str | None = None, audience: str = "patient",
                   aftercare: bool = False, paper: str = "a4", side: str = "right", today: dt.date | None = None) -> bytes:
    """One page about one muscle (or one of its trigger points): its pattern large, where the trigger points
    are, self-care, when to seek care, aftercare when asked, sources and the disclaimer."""
    muscle = atlas.muscle(muscle_id)
    if muscle is None:
        raise HandoutError(f"unknown muscle id {muscle_id!r}")
    if tp_id and muscle.trigger_point(tp_id) is None:
        raise HandoutError(f"{muscle.name} has no trigger point {tp_id!r}")
    if paper not in PAPERS:
        raise HandoutError(f"paper must be one of {', '.join(PAPERS)}")
    if audience not in AUDIENCES:
        raise HandoutError(f"audience must be one of {', '.join(AUDIENCES)}")
    today = today or dt.date.today()
    pdf = _Page(paper)
    pdf.add_page()
    tp = muscle.trigger_point(tp_id) if tp_id else None
    subtitle = muscle.anatomical_name + (f" · the pattern of one trigger point: {tp.label}" if tp else "")
    subtitle += " · for the clinician" if audience == "clinician" else ""
    top = _header(pdf, muscle.name, subtitle, today)
    bottom = _footer(pdf)
    sections = _muscle_sections(atlas, muscle, tp_id, audience == "clinician", aftercare)
    tps = (tp_id,) if tp_id else None
    views = views_of(atlas.geometry, muscle.id, tps)[:4]
    pictures = [Picture(v, owner=muscle.id, tps=tps, side=side) for v in views]
    lay = _fit(pdf, atlas, pictures, sections, top, bottom)
    captions = [VIEW_NAMES[v] for v in views]
    if lay.beside:
        y = _views(pdf, atlas, pictures, top, lay.views_height, lay.views_width, captions, centred=False)
        y = _legend(pdf, y, width=max(lay.views_width, 90.0))
        _write(pdf, sections, lay.size, top, beside=(MARGIN + lay.views_width + 6.0, y + 1))
    else:
        y = _views(pdf, atlas, pictures, top, lay.views_height, pdf.text_width, captions)
        y = _legend(pdf, y)
        _write(pdf, sections, lay.size, y + 1)
    return bytes(pdf.output())


def pain_summary(atlas: Atlas, marked: set[tuple[str, str]], ranked: list[Candidate], *, paper: str = "a4",
                 top_n: int = 4, today: dt.date | None = None) -> bytes:
    """One page for the person to bring to their clinician: the places they marked, on the views, with their
    sides; the muscles that commonly refer pain there, in the app's order, each with its reason and its
    pattern in small multiples; the warning signs for the marked places; the date."""
    if paper not in PAPERS:
        raise HandoutError(f"paper must be one of {', '.join(PAPERS)}")
    if not marked:
        raise HandoutError("nothing is marked on the drawing")
    today = today or dt.date.today()
    pdf = _Page(paper)
    pdf.add_page()
    top = _header(pdf, "My pain drawing", "Places I marked, and muscles whose trigger points commonly send pain there", today)
    bottom = _footer(pdf)
    regions = {r for r, _ in marked}
    views = [v for v in ("front", "back", "head", "lateral") if v in atlas.geometry.views and any(
        s.id in regions for s in atlas.geometry.views[v].regions)][:3]
    pictures = [Picture(v, marked=frozenset(marked)) for v in views]
    y = _views(pdf, atlas, pictures, top, 78, pdf.text_width, [VIEW_NAMES[v] for v in views])
    y = _legend(pdf, y, with_marks=False, marked=True)
    sides: dict[str, str] = {}
    for r, s in marked:
        sides[r] = "both" if sides.get(r) not in (None, s) else ("" if s == "midline" else s)
    sections = [_Section("Places marked", [("p", _esc(describe_marks(atlas, marked)).capitalize() + ".")])]
    if ranked:
        sections.append(_Section("Muscles that commonly send pain there, best match first", [
            ("bullet", f"**{i}. {_esc(c.muscle.name)}**: {_esc(explain(atlas, c, {k: v for k, v in sides.items() if v}))}")
            for i, c in enumerate(ranked[:8], start=1)]))
    else:
        sections.append(_Section("Muscles that commonly send pain there", [
            ("p", "No muscle in our atlas commonly refers pain to exactly these places. That does not mean nothing "
                  "is wrong: please talk to a clinician.")]))
    flags = atlas.flags_for_regions(regions)
    if flags:
        sections.append(_Section("Warning signs for these places", [
            ("bullet", f"**{_esc(f.title)}**{_urgency(f)}: {_esc(f.warning_signs)} **{_esc(f.action)}**") for f in flags]))
    size = next((s for s in FONT_SIZES if _measure(pdf, sections, s) <= bottom - y - 62), FONT_SIZES[-1])
    y = _write(pdf, sections, size, y + 1)
    # the top candidates' patterns, small, on the sides the person marked
    shown = ranked[:top_n]
    if shown and bottom - y > 40:
        cell_w = pdf.text_width / len(shown)
        side = "left" if all(s == "left" for _, s in marked if s != "midline") else "right"
        for i, c in enumerate(shown):
            vs = [v for v in views_of(atlas.geometry, c.muscle.id) if v in views][:2] or views_of(atlas.geometry, c.muscle.id)[:1]
            left = MARGIN + i * cell_w
            pdf.set_xy(left, y)
            pdf.set_font("Sans", "B", 8.5)
            pdf.cell(cell_w, 4, f"{i + 1}. {c.muscle.name}", align="C")
            _views(pdf, atlas, [Picture(v, owner=c.muscle.id, side=side) for v in vs], y + 5,
                   min(bottom - y - 14, 52), cell_w - 3, [VIEW_NAMES[v].split(" ")[0] for v in vs], left=left)
    return bytes(pdf.output())
