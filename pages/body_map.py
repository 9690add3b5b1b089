"""Body map: pick a muscle on the drawing or by name; see its trigger points, referral zones and detail."""
import streamlit as st

from ui.bootstrap import ensure_app_navigation

ensure_app_navigation("")

from triggerpoints.bodymap import MapEvent, explore_state  # noqa: E402
from triggerpoints.search import suggest_muscles  # noqa: E402
from triggerpoints.handout import muscle_handout  # noqa: E402
from ui.body_map import ask_for_download, body_map, follow_link, last_ack, open_followed_link, pending_download  # noqa: E402
from ui.components import disclaimer_banner  # noqa: E402
from ui.loaders import get_atlas  # noqa: E402
from ui.state import MUSCLE_KEY, TP_KEY, init_muscle_from_url, sync_url, unknown_muscle_note  # noqa: E402

MAP_KEY = "body_map"

atlas = get_atlas()
st.session_state.setdefault(MUSCLE_KEY, None)
st.session_state.setdefault(TP_KEY, None)
unknown = init_muscle_from_url(atlas)


def on_map(event: MapEvent) -> None:
    """A click in the map: a muscle (on the drawing or found by name) selects it, an X or a chip selects
    that trigger point, empty space clears, a link opens its page."""
    if event.type == "muscle":
        st.session_state[MUSCLE_KEY] = event.id
        st.session_state[TP_KEY] = None
    elif event.type == "tp":
        st.session_state[MUSCLE_KEY] = atlas.trigger_points[event.id].muscle_id
        st.session_state[TP_KEY] = event.id
    elif event.type == "clear":
        st.session_state[MUSCLE_KEY] = None
        st.session_state[TP_KEY] = None
    elif event.type == "open":
        follow_link(event)
    elif event.type == "handout":
        ask_for_download(event)


def make_handout(event: MapEvent) -> tuple[str, bytes]:
    """The one-page handout asked for in the map, made in memory."""
    tp = event.option("tp") or None
    pdf = muscle_handout(atlas, event.id, tp_id=tp, audience=event.option("audience", "patient"),
                         aftercare=bool(event.option("aftercare")), paper=event.option("paper", "a4"))
    return f"{event.id}{'-' + tp if tp else ''}-handout.pdf", pdf


st.title("Trigger point body map")
with st.container(key="page_intro"):       # how to use the page: not printed
    st.markdown("Tap or click a muscle to see where its trigger points are and where they commonly send pain, "
                "or find one by name.")
if unknown is not None:
    unknown_muscle_note(atlas, unknown, suggest_muscles)


@st.fragment
def explorer() -> None:
    """The map with the chosen muscle's detail under it: a click reruns only this part of the page."""
    open_followed_link()
    muscle = atlas.muscle(st.session_state[MUSCLE_KEY])
    tp = st.session_state[TP_KEY] if muscle and muscle.trigger_point(st.session_state[TP_KEY] or "") else None
    sync_url(muscle.id if muscle else None)
    state = explore_state(atlas, muscle.id if muscle else None, tp, ack=last_ack(MAP_KEY))
    if made := pending_download(MAP_KEY, make_handout):
        state["download"] = made
    body_map(atlas, "explore", state, key=MAP_KEY, on_event=on_map)


explorer()
disclaimer_banner()
