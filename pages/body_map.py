"""Body map: pick a muscle on the figure or by name; see its trigger points, referral zones and detail."""
import streamlit as st

from ui.bootstrap import ensure_app_navigation

ensure_app_navigation("")

from triggerpoints.figures import FOCUS_LABELS, LAYERS, selection_target
from triggerpoints.lookup import suggest_muscles
from ui.components import AUDIENCES, disclaimer_banner, muscle_detail, zone_legend
from ui.loaders import body_base, body_map_figure, get_atlas
from ui.state import AUDIENCE_KEY, MUSCLE_KEY, TP_KEY, init_muscle_from_url, sync_url

VIEWS = ("front", "back", "head")
LAYER_LABELS = {"surface": "Surface muscles", "deep": "Deep muscles"}

atlas = get_atlas()
st.session_state.setdefault(MUSCLE_KEY, None)
st.session_state.setdefault(TP_KEY, None)
unknown = init_muscle_from_url(atlas)


def on_map_click(view: str, layer: str) -> None:
    """A click on a view: a muscle selects it, a trigger point X selects that point, empty space clears."""
    hit_ids = body_base(view, layer)["layout"]["meta"]["hit_ids"]
    target = selection_target(st.session_state.get(f"map_{view}"), hit_ids)
    if target is None:      # not a click (the chart was redrawn)
        return
    if target[0] == "nothing":
        st.session_state[MUSCLE_KEY] = None
        st.session_state[TP_KEY] = None
    elif target[0] == "muscle":
        st.session_state[MUSCLE_KEY] = target[1]
        st.session_state[TP_KEY] = None
    elif target[0] == "trigger_point":
        st.session_state[TP_KEY] = target[1]


def on_muscle_chosen() -> None:
    st.session_state[TP_KEY] = None


st.title("Trigger point body map")
st.markdown("Tap or click a muscle to see where its trigger points are and where they commonly send pain. "
            "Or find a muscle by name.")
if unknown:
    hints = suggest_muscles(atlas, unknown)
    st.info(f"We could not find a muscle called “{unknown}”." + (
        " Did you mean " + " or ".join(f"[{m.name}](/?muscle={m.id})" for m in hints) + "?" if hints else
        " Choose one from the list below."), icon=":material/search_off:")

controls = st.columns([5, 4, 3, 3])
with controls[0]:
    options = [None] + [m.id for m in atlas.muscles_by_name]
    st.selectbox("Muscle", options, key=MUSCLE_KEY, on_change=on_muscle_chosen,
                 placeholder="Choose a muscle (type to search)…",
                 format_func=lambda mid: "Choose a muscle (type to search)…" if mid is None else atlas.muscles[mid].name)
with controls[1]:
    layer = st.segmented_control("Layer", LAYERS, key="layer", default="surface", required=True,
                                 format_func=LAYER_LABELS.get, help="Deep muscles lie under others. Switch to the "
                                 "deep layer to click them; on the surface layer they are dashed outlines.")
with controls[2]:
    focus = st.selectbox("Zoom to", list(FOCUS_LABELS), key="focus", format_func=FOCUS_LABELS.get,
                         help="Zoom into part of the body (the person's right side) to reach small muscles "
                              "of the hand, foot and face.")
with controls[3]:
    audience = st.segmented_control("Detail for", AUDIENCES, key=AUDIENCE_KEY, default="Patient", required=True)

muscle = atlas.muscle(st.session_state[MUSCLE_KEY])
sync_url(muscle.id if muscle else None)

if muscle:
    tp_options = [None] + [tp.id for tp in muscle.trigger_points]
    if st.session_state[TP_KEY] not in tp_options:
        st.session_state[TP_KEY] = None
    if len(muscle.trigger_points) > 1:
        st.pills("Show the pattern of", tp_options, key=TP_KEY,
                 format_func=lambda t: "All trigger points" if t is None else muscle.trigger_point(t).label)

map_col, detail_col = st.columns([13, 7], gap="medium")
with map_col:
    view_cols = st.columns([1, 1, 1.05])
    for view, col in zip(VIEWS, view_cols):
        geometry = atlas.geometry.views[view]
        with col:
            st.markdown(f"**{geometry.title}**")
            st.plotly_chart(
                body_map_figure(view, layer, muscle.id if muscle else None, st.session_state[TP_KEY], focus),
                key=f"map_{view}",
                on_select=lambda v=view: on_map_click(v, layer), selection_mode="points",
                config={"displayModeBar": False, "scrollZoom": False, "doubleClick": False},
                alt=f"{geometry.title} view of the body with clickable muscles",
            )
    zone_legend()
    st.caption("Patterns are shown on the person's right side; the left side is the mirror image. "
               "Referred pain is felt away from the trigger point itself.")
with detail_col:
    if muscle:
        muscle_detail(atlas, muscle, audience, st.session_state[TP_KEY])
    else:
        st.markdown("## How to use the map")
        st.markdown(
            "- **Click a muscle** on the front, back or head view, or pick one from the list.\n"
            "- The **X marks** show its trigger points. **Solid red** shows where it commonly refers pain; "
            "**striped red** shows where some people also feel it.\n"
            "- Switch **Detail for** to *Clinician* for palpation, needling precautions and aftercare.\n"
            "- Not sure which muscle? Try [Where does it hurt?](/pain_drawing).")
disclaimer_banner()
