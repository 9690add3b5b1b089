"""Reusable Streamlit pieces: disclaimer, error panel, red flags, muscle detail, search box.

Text from the data files and from people is shown as text: every value goes through
`text_md` (Markdown and HTML escaped) before it meets `st.markdown`. Each piece writes few,
larger elements, because every element costs time on each rerun.
"""
from __future__ import annotations

import streamlit as st

from triggerpoints.atlas import Atlas, RedFlag
from triggerpoints.bodymap import URGENCY_TEXT
from triggerpoints.search import MAX_QUERY_CHARS, search
from triggerpoints.schema import DataValidationError
from triggerpoints.text import plain_markdown as text_md

AUDIENCES = ("Patient", "Clinician")

PAGE_BODY_MAP = "pages/body_map.py"
PAGE_PAIN = "pages/pain_drawing.py"
PAGE_CONDITIONS = "pages/conditions.py"
PAGE_ABOUT = "pages/about.py"
PAGE_DISCLAIMER = "pages/disclaimer.py"

PAGE_CSS = """<style>
.block-container{padding-top:2.5rem;padding-left:2.2rem;padding-right:2.2rem;max-width:1700px}
[data-testid='stCaptionContainer']{color:#555b61;opacity:1}
[data-testid='stMarkdownContainer'] h3{font-size:1.2rem;padding-top:0.9rem}
@media (max-width:640px){
  .block-container{padding-top:1.6rem;padding-left:1rem;padding-right:1rem}
  h1{font-size:1.75rem !important;padding-bottom:0.25rem !important}
  .st-key-page_intro p,[data-testid='stMarkdownContainer'] p{font-size:0.95rem}
}
@media print{
  @page{margin:10mm}
  [data-testid='stSidebar'],[data-testid='stHeader'],[data-testid='stToolbar'],[data-testid='stDecoration'],
  [data-testid='stStatusWidget'],[data-testid='stSidebarCollapsedControl'],[data-testid='stExpandSidebarButton'],
  .stSelectbox,.stSegmentedControl,.stPills,.stTextInput,.stRadio,.stButton,.stCheckbox,.stToggle,
  .stDownloadButton,[data-testid='stPageLink'],[data-testid='stPageLink-NavLink'],.stPlotlyChart{display:none !important}
  h1{font-size:14pt !important;margin:0 !important;padding:0 !important}
  [data-testid='stMarkdownContainer'] p{font-size:9pt}
  [data-testid='stCaptionContainer'] p{font-size:7pt;line-height:1.2;margin:0}
  .st-key-page_intro{display:none !important}
  .block-container{padding:0 !important;max-width:none !important}
  [data-testid='stAppViewContainer'],[data-testid='stMain'],section.main{overflow:visible !important;height:auto !important}
  details,[data-testid='stExpander'] details{display:block}
  [data-testid='stExpanderDetails']{display:block !important;height:auto !important;visibility:visible !important}
}
</style>"""


def page_style() -> None:
    """Page margins that give the map room, readable captions, and a print layout without the app's chrome."""
    st.markdown(PAGE_CSS, unsafe_allow_html=True)


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
    lines = "\n".join(f"- **{text_md(p.file)}**" + (f" row {p.row}" if p.row else "")
                      + (f", column **{text_md(p.column)}**" if p.column else "")
                      + f": {text_md(p.message)}" for p in err.problems[:200])
    st.markdown(lines)
    if len(err.problems) > 200:
        st.caption(f"…and {len(err.problems) - 200} more. Run `python -m triggerpoints validate` for the full list.")


def _flag_text(flag: RedFlag) -> str:
    return (f"**{text_md(flag.title)}** ({URGENCY_TEXT[flag.urgency]}). {text_md(flag.warning_signs)} "
            f"**What to do:** {text_md(flag.action)}")


def red_flags(flags: list[RedFlag], *, heading: str = "When to get medical help") -> None:
    """Warning signs, one box per urgency (emergency first)."""
    if not flags:
        return
    st.markdown(f"### {heading}")
    for urgency, box, icon in (("emergency", st.error, ":material/emergency:"), ("urgent", st.warning, ":material/warning:"),
                               ("soon", st.info, ":material/info:")):
        group = [f for f in flags if f.urgency == urgency]
        if group:
            box("\n\n".join(_flag_text(f) for f in group), icon=icon)


def search_box(atlas: Atlas, key: str = "global_search") -> None:
    """One search across muscles, conditions and body places; a result opens the right page."""
    query = st.text_input("Search", key=key, max_chars=MAX_QUERY_CHARS,
                          placeholder="e.g. jaw clicking, tennis elbow, behind the knee",
                          help="Muscle names, everyday names, conditions, symptoms or body places. Typos are fine.")
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
            side = f" ({r.side})" if r.side in ("right", "left") else " (both sides)" if r.side == "both" else ""
            st.page_link(PAGE_PAIN, label=f"Pain in: {r.label}{side}", icon=":material/touch_app:",
                         query_params={"regions": r.id, **({"side": r.side} if r.side else {})})


# Below Streamlit's 768px breakpoint the sidebar covers the page. Streamlit closes it after a tap in its own
# page menu, not after an st.page_link, so a search result would open its page under the sidebar. This
# constant script (no input in it, nothing fetched) then presses the sidebar's close button.
CLOSE_SIDEBAR_JS = """<script>
if (!window.tpeClosesSidebar) {
  window.tpeClosesSidebar = true;
  document.addEventListener("click", (e) => {
    const link = e.target.closest?.("[data-testid=stSidebar] [data-testid=stPageLink-NavLink]");
    if (!link || window.innerWidth >= 768) return;
    setTimeout(() => document.querySelector("[data-testid=stSidebarCollapseButton] button")?.click(), 0);
  }, true);
}
</script>"""


def close_sidebar_after_link() -> None:
    """On a phone, close the sidebar when a link in it is followed (the last thing in the sidebar: an element
    that shows nothing still takes a gap between its neighbours)."""
    st.html(CLOSE_SIDEBAR_JS, unsafe_allow_javascript=True)
