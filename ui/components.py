"""Reusable Streamlit pieces: disclaimer, error panel, red flags, legend, muscle detail, search."""
from __future__ import annotations

import html

import streamlit as st

from triggerpoints import style as S
from triggerpoints.atlas import Atlas, Muscle, RedFlag
from triggerpoints.lookup import search
from triggerpoints.schema import DataValidationError

URGENCY_TEXT = {"emergency": "Emergency", "urgent": "Urgent: be seen today", "soon": "See a clinician soon"}
AUDIENCES = ("Patient", "Clinician")

PAGE_BODY_MAP = "pages/body_map.py"
PAGE_PAIN = "pages/pain_drawing.py"
PAGE_CONDITIONS = "pages/conditions.py"
PAGE_ABOUT = "pages/about.py"
PAGE_DISCLAIMER = "pages/disclaimer.py"


def page_style() -> None:
    """Slightly narrower page margins so the body map gets the room; one tap selects on phones."""
    # Captions darker than Streamlit's default grey, for a 4.5:1 contrast on white (WCAG AA).
    st.markdown("<style>.block-container{padding-top:2.5rem;padding-left:2.2rem;padding-right:2.2rem;"
                "max-width:1700px} [data-testid='stCaptionContainer']{color:#555b61;opacity:1}"
                " [data-testid='stMarkdownContainer'] h3{font-size:1.2rem;padding-top:0.9rem}</style>",
                unsafe_allow_html=True)
    from ui.loaders import read_asset

    st.html(f"<script>{read_asset('touch_tap.js')}</script>", unsafe_allow_javascript=True, width="content")


def disclaimer_banner() -> None:
    st.caption(
        "**For education only.** This app explains common patterns of muscle pain; it does not diagnose you or "
        "replace an examination. If you have chest pain, trouble breathing, sudden weakness or numbness, or loss of "
        "bladder or bowel control, call emergency services. "
        "[Full disclaimer and privacy](/disclaimer)"
    )


def data_error_panel(err: DataValidationError) -> None:
    """A readable list of data problems instead of a traceback."""
    st.error(f"The app cannot show the atlas: the data has {len(err.problems)} problem(s). "
             "Fix them in the CSV files (see data/README.md) and reload.", icon=":material/error:")
    lines = "\n".join(f"- `{p.file}`" + (f" row {p.row}" if p.row else "") + (f", column `{p.column}`" if p.column else "")
                      + f": {p.message}" for p in err.problems[:200])
    st.markdown(lines)
    if len(err.problems) > 200:
        st.caption(f"…and {len(err.problems) - 200} more. Run `python -m triggerpoints validate` for the full list.")


def red_flags(flags: list[RedFlag], *, heading: str = "When to get medical help", key_prefix: str = "") -> None:
    if not flags:
        return
    st.markdown(f"### {heading}")
    for flag in flags:
        body = f"**{flag.title}** ({URGENCY_TEXT[flag.urgency]}). {flag.warning_signs} **What to do:** {flag.action}"
        if flag.urgency == "emergency":
            st.error(body, icon=":material/emergency:")
        elif flag.urgency == "urgent":
            st.warning(body, icon=":material/warning:")
        else:
            st.info(body, icon=":material/info:")


def red_flags_compact(flags: list[RedFlag], heading: str) -> None:
    """Red flags as one short box per urgency, with the warning signs one click away."""
    if not flags:
        return
    st.markdown(f"### {heading}")
    emergencies = [f for f in flags if f.urgency == "emergency"]
    others = [f for f in flags if f.urgency != "emergency"]
    if emergencies:
        st.error("**Call emergency services now if:**\n" + "\n".join(f"- {f.title.lower()}" for f in emergencies),
                 icon=":material/emergency:")
    with st.expander("Warning signs for these places" + (f" ({len(flags)})" if flags else "")):
        for f in emergencies + others:
            st.markdown(f"**{f.title}** ({URGENCY_TEXT[f.urgency]}). {f.warning_signs} **What to do:** {f.action}")


def marked_places(atlas: Atlas, marks: set[tuple[str, str]]) -> str:
    """'front of the chest (both sides), right temple, breastbone'."""
    by_region: dict[str, set[str]] = {}
    for rid, side in marks:
        by_region.setdefault(rid, set()).add(side)
    parts = []
    for rid, sides in sorted(by_region.items(), key=lambda t: atlas.region_label(t[0])):
        label = atlas.region_label(rid).lower()
        if sides == {"right", "left"}:
            parts.append(f"{label} (both sides)")
        elif sides == {"midline"}:
            parts.append(label)
        else:
            parts.append(f"{next(iter(sides))} {label}")
    return ", ".join(parts)


def zone_legend() -> None:
    """Explains the colours; drawn as HTML so it stays readable on phones."""
    swatch = ('<span style="display:inline-block;width:1.1em;height:1.1em;vertical-align:-0.2em;'
              'border-radius:3px;margin-right:0.35em;{}"></span>')
    items = [
        (swatch.format(f"background:{S.ESSENTIAL};opacity:{S.ESSENTIAL_OPACITY}"), "Essential zone: felt by nearly everyone"),
        (swatch.format(f"background:repeating-linear-gradient(45deg,{S.SPILLOVER} 0 2px,#fbe3e6 2px 6px)"),
         "Spillover zone: felt by some"),
        ('<span style="font-weight:700;margin-right:0.35em">✕</span>', "Trigger point"),
        (swatch.format(f"background:{S.SELECTED_FILL};border:2px solid {S.SELECTED_LINE}"), "Chosen muscle"),
        (swatch.format(f"border:2px dashed {S.DEEP_LINE}"), "Deep muscle (under others)"),
    ]
    st.markdown('<div role="list" aria-label="Map legend" style="display:flex;flex-wrap:wrap;gap:0.3em 1.2em;'
                'font-size:0.9rem">' + "".join(f'<span role="listitem">{s}{html.escape(t)}</span>' for s, t in items)
                + "</div>", unsafe_allow_html=True)


def region_list(atlas: Atlas, ids: tuple[str, ...]) -> str:
    return ", ".join(atlas.region_label(r).lower() for r in ids) or "not shown in the source"


def muscle_detail(atlas: Atlas, muscle: Muscle, audience: str, active_tp: str | None, key_prefix: str = "detail") -> None:
    """The detail panel for one muscle; patient wording, plus clinician detail when asked."""
    clinician = audience == "Clinician"
    st.markdown(f"## {muscle.name}")
    st.caption(f"{muscle.anatomical_name}" + (f" · also called {', '.join(muscle.synonyms[:6])}" if muscle.synonyms else ""))
    st.markdown(muscle.summary)

    st.markdown("### Trigger points and where they send pain")
    for i, tp in enumerate(muscle.trigger_points, start=1):
        mark = "▶ " if tp.id == active_tp else ""
        st.markdown(
            f"{mark}**{tp.label}**: {tp.location}  \n"
            f"<span style='color:{S.ESSENTIAL}'>■</span> Commonly refers pain to: **{region_list(atlas, tp.essential)}**"
            + (f"  \n<span style='color:{S.SPILLOVER}'>▨</span> Sometimes also: {region_list(atlas, tp.spillover)}"
               if tp.spillover else ""),
            unsafe_allow_html=True,
        )
        if clinician:
            st.caption(f"Palpation: {tp.palpation}")

    st.markdown("### What people often feel")
    st.markdown(muscle.symptoms)
    cols = st.columns(2) if clinician else [st.container(), st.container()]
    with cols[0]:
        st.markdown("### What makes it worse")
        st.markdown(muscle.aggravating)
    with cols[1]:
        st.markdown("### What keeps it coming back")
        st.markdown(muscle.perpetuating)
    st.markdown("### What you can try yourself")
    st.markdown(muscle.self_care)
    st.caption("Stop any exercise that causes sharp pain, numbness or tingling, and ask a clinician.")

    conditions = [atlas.conditions[c] for c in muscle.conditions if c in atlas.conditions]
    if conditions:
        st.markdown("### Often linked to")
        for c in conditions:
            st.page_link(PAGE_CONDITIONS, label=c.name, icon=":material/link:", query_params={"condition": c.id})

    if clinician:
        st.markdown("### For clinicians")
        st.markdown(f"**Attachments.** {muscle.attachments}  \n**Action.** {muscle.action}")
        st.markdown(f"**Needling and injection precautions.** {muscle.needling_precautions}")
        st.markdown(f"**Differential diagnosis.** {muscle.differentials}")
        with st.expander("Aftercare to explain after trigger point injection or dry needling"):
            from ui.loaders import read_content

            st.markdown(read_content("aftercare.md"))

    red_flags(atlas.flags(muscle.red_flags), key_prefix=key_prefix)

    with st.expander("Sources" + (" and notes on the evidence" if clinician else "")):
        for c in muscle.sources:
            st.markdown(f"- {c.citation} Chapter: *{c.chapter}*.")
        st.markdown(f"**Notes.** {muscle.source_notes}")


def search_box(atlas: Atlas, key: str = "global_search") -> None:
    """One search across muscles, conditions and body places; a result opens the right page."""
    query = st.text_input("Search", key=key, placeholder="e.g. jaw clicking, tennis elbow, peroneus",
                          help="Muscle names, other names, conditions, symptoms or body places. Typos are fine.")
    if not query:
        return
    results = search(atlas, query)
    if not results:
        st.caption("No match. Try another word, or use the body map.")
        return
    for r in results:
        if r.kind == "muscle":
            st.page_link(PAGE_BODY_MAP, label=f"{r.label} (muscle)", query_params={"muscle": r.id},
                         icon=":material/accessibility_new:")
        elif r.kind == "condition":
            st.page_link(PAGE_CONDITIONS, label=f"{r.label} (condition)", query_params={"condition": r.id},
                         icon=":material/medical_information:")
        else:
            st.page_link(PAGE_PAIN, label=f"Pain in: {r.label}", query_params={"regions": r.id},
                         icon=":material/touch_app:")
