"""Where does it hurt? Mark painful places; see which muscles commonly send pain there."""
import streamlit as st

from ui.bootstrap import ensure_app_navigation

ensure_app_navigation("pain_drawing")

from triggerpoints.figures import Highlight, pain_overlay, selection_target  # noqa: E402
from triggerpoints.lookup import explain, find_regions, rank_sources  # noqa: E402
from ui.components import PAGE_BODY_MAP, disclaimer_banner, marked_places, red_flags_compact, zone_legend  # noqa: E402
from ui.loaders import get_atlas, neighbours, pain_base, view_geometry  # noqa: E402

VIEWS = ("front", "back", "head")
MARKS = "pain_marks"            # list of [region id, side]
CANDIDATE = "pain_candidate"    # muscle id shown over the drawing

atlas = get_atlas()
st.session_state.setdefault(MARKS, [])
st.session_state.setdefault(CANDIDATE, None)


def marks() -> set[tuple[str, str]]:
    return {tuple(m) for m in st.session_state[MARKS]}


def set_marks(new: set[tuple[str, str]]) -> None:
    st.session_state[MARKS] = sorted([list(m) for m in new])
    st.session_state[CANDIDATE] = None


def sides_for(region_id: str) -> list[str]:
    shapes = atlas.geometry.region_shapes(region_id)
    return ["midline"] if any(s.side == "midline" for s in shapes) else ["right", "left"]


# A search result or a shared link may name regions: ?regions=knee_back,heel
if (wanted := st.query_params.get("regions")) and st.session_state.get("_pain_url") != wanted:
    st.session_state["_pain_url"] = wanted
    set_marks(marks() | {(r, s) for r in wanted.split(",") if r in atlas.regions for s in sides_for(r)})


def on_click(view: str, head_side: str) -> None:
    hit_ids = pain_base(view, head_side)["layout"]["meta"]["hit_ids"]
    target = selection_target(st.session_state.get(f"pain_{view}"), hit_ids)
    if target and target[0] == "region":
        current = marks()
        current ^= {tuple(target[1])}   # a click toggles the region on that side
        set_marks(current)


def add_typed(region_id: str, side: str) -> None:
    sides = sides_for(region_id)
    chosen = sides if "midline" in sides else (["right", "left"] if side == "both" else [side])
    set_marks(marks() | {(region_id, s) for s in chosen})
    st.session_state["pain_text"] = ""


st.title("Where does it hurt?")
st.markdown("Mark where you feel pain: **tap a place on the body** to mark it, tap again to unmark. "
            "Or type it in words. We then list muscles whose trigger points **commonly** send pain there. "
            "This is a guide for a talk with your clinician, not a diagnosis.")

with st.container(border=True):
    c1, c2 = st.columns([3, 2])
    with c1:
        text = st.text_input("Type a place", key="pain_text", placeholder="e.g. behind the knee, temple, jaw, heel")
    with c2:
        side = st.radio("Which side of your body?", ["right", "left", "both"], horizontal=True, key="pain_side",
                        format_func={"right": "My right", "left": "My left", "both": "Both"}.get)
    if text:
        found = find_regions(atlas, text)
        if found:
            st.caption("Did you mean:")
            cols = st.columns(len(found))
            for (rid, _), col in zip(found, cols):
                col.button(f"Add: {atlas.region_label(rid)}", key=f"add_{rid}", on_click=add_typed, args=(rid, side))
        else:
            st.caption("No body place matches those words. Try simpler words, like “knee” or “lower back”.")

head_side = st.segmented_control("Head view shows", ["right", "left"], key="pain_head_side", default="right",
                                 required=True, format_func=lambda s: "Right side of the head" if s == "right"
                                 else "Left side of the head")
marked = marks()
ranked = rank_sources(atlas, sorted({r for r, _ in marked}), top=10) if marked else []

candidate = atlas.muscle(st.session_state[CANDIDATE])
highlight = None
if candidate:
    highlight = Highlight.of(candidate, sides={s for _, s in marked if s != "midline"} or {"right"})

drawing, results = st.columns([13, 8], gap="medium")
with drawing:
    cols = st.columns([1, 1, 1.05])
    for view, col in zip(VIEWS, cols):
        hs = head_side if view == "head" else "right"
        geo = view_geometry(view, hs)
        hl = highlight.placed_on(geo, mirrored_view=(view == "head" and hs == "left")) if highlight else None
        with col:
            st.markdown(f"**{geo.title}**" + (f" ({hs})" if view == "head" else ""))
            st.plotly_chart(pain_overlay(pain_base(view, hs), geo, marked, hl), key=f"pain_{view}",
                            on_select=lambda v=view, h=hs: on_click(v, h), selection_mode="points",
                            config={"displayModeBar": False, "scrollZoom": False, "doubleClick": False},
                            alt=f"{geo.title} view for marking painful places")
    if candidate:
        zone_legend()
    st.caption("Blue shading: the places you marked. Sides are your own right and left.")

with results:
    if not marked:
        st.info("Nothing marked yet. Tap the body or type a place.", icon=":material/touch_app:")
    else:
        st.markdown("## What we found")
        st.markdown(f"**You marked:** {marked_places(atlas, marked)}")
        st.button("Clear my drawing", on_click=set_marks, args=(set(),), icon=":material/restart_alt:")
        red_flags_compact(atlas.flags_for_regions({r for r, _ in marked}), heading="Get help first if you notice")
        st.markdown("### Muscles that commonly send pain there")
        if not ranked:
            near = sorted({n for r, _ in marked for n in neighbours().get(r, ())} - {r for r, _ in marked})
            st.markdown("We did not find a muscle in our atlas that commonly refers pain to exactly these places. "
                        "That does not mean nothing is wrong; please talk to a clinician.")
            if near:
                st.markdown("You could also check nearby places: " + ", ".join(atlas.region_label(n).lower() for n in near[:8]) + ".")
        side_of: dict[str, str] = {}
        for r, s in marked:
            side_of[r] = "both" if side_of.get(r) not in (None, s) else ("" if s == "midline" else s)
        for rank, cand in enumerate(ranked, start=1):
            with st.container(border=True):
                st.markdown(f"**{rank}. {cand.muscle.name}**  \n{explain(atlas, cand, {r: s for r, s in side_of.items() if s})}")
                b1, b2 = st.columns(2)
                b1.button("Show on drawing", key=f"show_{cand.muscle.id}", icon=":material/visibility:",
                          on_click=lambda m=cand.muscle.id: st.session_state.update({CANDIDATE: m}),
                          type="primary" if candidate and candidate.id == cand.muscle.id else "secondary")
                with b2:
                    st.page_link(PAGE_BODY_MAP, label="Full detail", icon=":material/open_in_new:",
                                 query_params={"muscle": cand.muscle.id})
        if ranked:
            st.caption("Ranked by how much of your drawing each muscle explains (main zone counts more than "
                       "“sometimes”), then by how often the muscle is involved in practice.")
disclaimer_banner()
