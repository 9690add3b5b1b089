"""Selection state shared between the map, the select box and the URL (?muscle=ID)."""
from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from triggerpoints.atlas import Atlas, Muscle
from triggerpoints.text import MAX_INPUT_CHARS, cap, unknown_note

MUSCLE_KEY = "muscle"
TP_KEY = "trigger_point"
AUDIENCE_KEY = "audience"


# A link may name several places (?regions=temple,jaw_angle,...): that one may be longer than a single id.
URL_LIMITS = {"regions": 600}


def url_value(name: str) -> str | None:
    """A query parameter, capped before anything looks at it (a link can carry any length)."""
    value = st.query_params.get(name)
    return cap(value, URL_LIMITS.get(name, MAX_INPUT_CHARS)) if isinstance(value, str) else None


def init_muscle_from_url(atlas: Atlas) -> str | None:
    """On a fresh visit, take ?muscle= from the URL; return an unknown id so the page can say so kindly."""
    wanted = url_value("muscle")
    if st.session_state.get("_url_muscle_seen") == wanted:
        return None
    st.session_state["_url_muscle_seen"] = wanted
    if not wanted:
        return None
    if wanted in atlas.muscles:
        st.session_state[MUSCLE_KEY] = wanted
        st.session_state[TP_KEY] = None
        return None
    return wanted


def unknown_muscle_note(atlas: Atlas, unknown: str, suggest: Callable[[Atlas, str], list[Muscle]]) -> None:
    """'We could not find a muscle called “…”.' with up to three close names to choose from."""
    hints = suggest(atlas, unknown)
    st.info(unknown_note("muscle", unknown) + (" Did you mean one of these?" if hints else " Choose one from the list below."),
            icon=":material/search_off:")
    if hints:
        cols = st.columns(len(hints))
        for col, m in zip(cols, hints):
            col.page_link("pages/body_map.py", label=m.name, query_params={"muscle": m.id}, icon=":material/arrow_forward:")


def sync_url(muscle_id: str | None) -> None:
    """Keep ?muscle= on the chosen muscle, so a reload or a shared link opens it. Written when the choice
    changes (not only when the query differs: a link to the page it is on can leave the address bar bare)."""
    if st.session_state.get("_url_synced") == muscle_id and (st.query_params.get("muscle") or None) == muscle_id:
        return
    st.session_state["_url_synced"] = muscle_id
    if muscle_id:
        st.query_params["muscle"] = muscle_id
        st.session_state["_url_muscle_seen"] = muscle_id
    elif "muscle" in st.query_params:
        del st.query_params["muscle"]
        st.session_state["_url_muscle_seen"] = None
