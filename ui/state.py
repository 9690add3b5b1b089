"""Selection state shared between the map, the select box and the URL (?muscle=ID&tp=ID)."""
from __future__ import annotations

import streamlit as st

from triggerpoints.atlas import Atlas

MUSCLE_KEY = "muscle"
TP_KEY = "trigger_point"
AUDIENCE_KEY = "audience"


def init_muscle_from_url(atlas: Atlas) -> str | None:
    """On a fresh visit, take ?muscle= from the URL; return an unknown id so the page can say so kindly."""
    wanted = st.query_params.get("muscle")
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


def sync_url(muscle_id: str | None) -> None:
    if muscle_id:
        if st.query_params.get("muscle") != muscle_id:
            st.query_params["muscle"] = muscle_id
            st.session_state["_url_muscle_seen"] = muscle_id
    elif "muscle" in st.query_params:
        del st.query_params["muscle"]
        st.session_state["_url_muscle_seen"] = None
