"""Where does it hurt? Mark painful places; see which muscles commonly send pain there."""
import streamlit as st

from ui.bootstrap import ensure_app_navigation

ensure_app_navigation("pain_drawing")

from triggerpoints.bodymap import MAX_CANDIDATES, MapEvent, pain_state  # noqa: E402
from triggerpoints.figures import score_chart  # noqa: E402
from triggerpoints.lookup import rank_sources  # noqa: E402
from triggerpoints.search import find_places  # noqa: E402
from triggerpoints.text import MAX_INPUT_CHARS, cap, plain_markdown, unknown_note  # noqa: E402
from triggerpoints.handout import pain_summary  # noqa: E402
from ui.body_map import ask_for_download, body_map, follow_link, last_ack, open_followed_link, pending_download  # noqa: E402
from ui.components import disclaimer_banner  # noqa: E402
from ui.loaders import get_atlas  # noqa: E402
from ui.state import url_value  # noqa: E402

MAP_KEY = "pain_map"
MARKS = "pain_marks"            # list of [region id, side]
CANDIDATE = "pain_candidate"    # muscle id shown over the drawing
ASK_SIDE = "pain_ask_side"      # a place from a link or search, waiting for the person to say which side
SIDE_WORDS = {"right": "My right", "left": "My left", "both": "Both sides"}
SCORES_SHOWN = "pain_scores_shown"   # outside the drawing's fragment: a tap on the drawing does not resend it

atlas = get_atlas()
st.session_state.setdefault(MARKS, [])
st.session_state.setdefault(CANDIDATE, None)
st.session_state.setdefault(ASK_SIDE, [])


def marks() -> set[tuple[str, str]]:
    return {tuple(m) for m in st.session_state[MARKS]}


def set_marks(new: set[tuple[str, str]]) -> None:
    st.session_state[MARKS] = sorted([list(m) for m in new])
    st.session_state[CANDIDATE] = None


def is_midline(region_id: str) -> bool:
    return any(s.side == "midline" for s in atlas.geometry.region_shapes(region_id))


def add_places(region_ids: list[str], side: str) -> None:
    """Mark places on the person's chosen side ("right", "left" or "both"); midline places have one side."""
    new = set()
    for rid in region_ids:
        if is_midline(rid):
            new.add((rid, "midline"))
        else:
            new |= {(rid, s) for s in (("right", "left") if side == "both" else (side,))}
    set_marks(marks() | new)
    st.session_state[ASK_SIDE] = []


def add_typed(region_id: str, side: str) -> None:
    add_places([region_id], side)
    st.session_state["pain_text"] = ""


def on_map(event: MapEvent) -> None:
    if event.type == "region":
        set_marks(marks() ^ {(event.id, event.side)})     # a tap toggles the place on that side
    elif event.type == "clear_drawing":
        set_marks(set())
    elif event.type == "show":
        st.session_state[CANDIDATE] = event.id
    elif event.type == "open":
        follow_link(event)
    elif event.type == "summary":
        ask_for_download(event)


# A search result or a shared link may name places: ?regions=knee_back,heel&side=left. Which side is the
# person's to say: the one the link names (from their own words), or we ask.
wanted, wanted_side = url_value("regions"), url_value("side")
if wanted and st.session_state.get("_pain_url") != (wanted, wanted_side):
    st.session_state["_pain_url"] = (wanted, wanted_side)
    named = [r for r in dict.fromkeys(wanted.split(",")) if r.strip()]
    found = [r for r in named if r in atlas.regions]
    if unknown := [r for r in named if r not in atlas.regions]:
        st.info(unknown_note("body place", ", ".join(unknown)) + " Mark it on the drawing or type it below.",
                icon=":material/search_off:")
    if wanted_side in SIDE_WORDS:
        add_places(found, wanted_side)
    else:
        midline = [r for r in found if is_midline(r)]
        if midline:
            add_places(midline, "both")
        st.session_state[ASK_SIDE] = [r for r in found if not is_midline(r)]

st.title("Where does it hurt?")
st.markdown("Mark where you feel pain: **tap a place on the body** to mark it, tap again to unmark. "
            "Or type it in words. We then list muscles whose trigger points **commonly** send pain there. "
            "This is a guide for a talk with your clinician, not a diagnosis.")

if st.session_state[ASK_SIDE]:
    places = ", ".join(atlas.region_label(r).lower() for r in st.session_state[ASK_SIDE])
    with st.container(border=True):
        st.markdown(f"**Which side is the pain on?** ({plain_markdown(places)})")
        cols = st.columns(4)
        for col, (side, words) in zip(cols, SIDE_WORDS.items()):
            col.button(words, key=f"ask_{side}", on_click=add_places, args=(list(st.session_state[ASK_SIDE]), side))
        cols[3].button("Cancel", key="ask_cancel", on_click=lambda: st.session_state.update({ASK_SIDE: []}))

with st.container(border=True):
    c1, c2 = st.columns([3, 2])
    with c1:
        text = st.text_input("Type a place", key="pain_text", max_chars=MAX_INPUT_CHARS,
                             placeholder="e.g. my left temple, behind the right knee, heel")
    with c2:
        chosen_side = st.radio("Which side of your body?", list(SIDE_WORDS), horizontal=True, key="pain_side",
                               format_func=SIDE_WORDS.get)
    if text:
        said_side, found = find_places(atlas, cap(text))
        side = said_side or chosen_side          # the words win over the radio: "my left temple" is the left
        if found:
            st.caption("Did you mean:" + (f" (side from your words: {SIDE_WORDS[said_side].lower()})" if said_side else ""))
            cols = st.columns(len(found))
            for r, col in zip(found, cols):
                label = atlas.region_label(r.id) + ("" if is_midline(r.id) else f" ({SIDE_WORDS[side].lower()})")
                col.button(f"Add: {label}", key=f"add_{r.id}", on_click=add_typed, args=(r.id, side))
        else:
            st.caption("No body place matches those words. Try simpler words, like “knee” or “lower back”.")


@st.fragment
def drawing_and_results() -> None:
    """The drawing and what it points to: a tap reruns only this part of the page."""
    open_followed_link()
    marked = marks()
    ranked = rank_sources(atlas, sorted({r for r, _ in marked}), top=MAX_CANDIDATES) if marked else []
    candidate = atlas.muscle(st.session_state[CANDIDATE])
    state = pain_state(atlas, marked, ranked, candidate.id if candidate else None, ack=last_ack(MAP_KEY))
    if marked and (made := pending_download(MAP_KEY, lambda e: (
            "pain-drawing-summary.pdf", pain_summary(atlas, marked, ranked, paper=e.option("paper", "a4"))))):
        state["download"] = made
    body_map(atlas, "pain", state, key=MAP_KEY, on_event=on_map)
    if ranked and st.session_state.get(SCORES_SHOWN):
        st.plotly_chart(score_chart(ranked[:8], len({r for r, _ in marked})), config={"displayModeBar": False},
                        key="pain_scores")
        st.caption("Each marked place counts once per muscle: a main (essential) zone counts 1, a “sometimes” "
                   "(spillover) zone ½, the trigger point lying there itself ¼; explaining more of the drawing adds "
                   "up to ½. Ties go to muscles that are more often involved.")


drawing_and_results()
st.toggle("Show how the order is worked out", key=SCORES_SHOWN,
          help="For clinicians: each muscle's score as a chart, split into what each kind of match adds.")
disclaimer_banner()
