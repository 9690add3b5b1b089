"""The body map component (`st.components.v2`): the Streamlit half.

The browser half is `ui/frontend/body_map.js` and `body_map.css`. Streamlit serves a
component's files from the folder its manifest names; this module declares two such
folders, `ui/frontend` (the script and styles) and `assets` (the SVG views, fetched by the
script once per page load), so nothing of the drawing is resent on a rerun.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import streamlit as st
from streamlit.components.v2.get_bidi_component_manager import get_bidi_component_manager
from streamlit.components.v2.manifest_scanner import ComponentConfig, ComponentManifest

from triggerpoints.atlas import Atlas
from triggerpoints.bodymap import MapEvent, download, event_seq, parse_event, static_part

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "tpe"
COMPONENT = f"{PACKAGE}.body_map"
MANIFEST = ComponentManifest(name=PACKAGE, version="2", components=[
    ComponentConfig(name="body_map", asset_dir="ui/frontend"),   # body_map.js, body_map.css
    ComponentConfig(name="views", asset_dir="assets"),            # the SVG views the script fetches
])


def _component():
    """The mounting command, registered on the running Streamlit runtime (AppTest makes one per test)."""
    manager = get_bidi_component_manager()
    if manager.get_component_asset_root(COMPONENT) is None:
        # What a `[tool.streamlit.component]` table in an installed package's pyproject.toml would
        # declare; declared here so the app runs from a checkout without being installed.
        manager.register_from_manifest(MANIFEST, ROOT)
    return st.components.v2.component(COMPONENT, js="body_map.js", css="body_map.css", isolate_styles=False)


def body_map(atlas: Atlas, mode: str, state: dict, *, key: str, on_event: Callable[[MapEvent], None]) -> None:
    """Draw the map in `mode` with the highlight `state` (see triggerpoints.bodymap); `on_event` gets
    each click, already checked. The names and the setup travel once per page; then only their hash."""
    static, digest = static_part(atlas, mode)
    sent_key = f"_{key}_static_sent"
    payload = {**state, "key": key, "static_hash": digest}
    if st.session_state.get(sent_key) != digest:
        payload["static"] = static
        st.session_state[sent_key] = digest

    def handle() -> None:
        result = st.session_state.get(key)
        raw = result.get("event") if result is not None else None
        # Every click is acknowledged, even one that changes nothing, so the map never waits for an answer.
        st.session_state[f"_{key}_ack"] = max(last_ack(key), event_seq(raw))
        event = parse_event(atlas, raw)
        if event is None:
            return
        if event.type == "need_static":
            st.session_state.pop(sent_key, None)
            return
        on_event(event)

    _component()(key=key, data=payload, on_event_change=handle)


def last_ack(key: str) -> int:
    """The number of the browser's last click that this session has handled (sent back as `ack`)."""
    return int(st.session_state.get(f"_{key}_ack", 0))


def ask_for_download(event: MapEvent) -> None:
    """Remember that the page asked for a PDF; `pending_download` makes it on this run, once."""
    st.session_state["_map_download"] = event


def pending_download(key: str, make: Callable[[MapEvent], tuple[str, bytes] | None]) -> dict | None:
    """The PDF asked for (made now, in memory, and not kept), as the map's `download`; or None."""
    event = st.session_state.pop("_map_download", None)
    if event is None:
        return None
    made = make(event)
    if made is None:
        return None
    name, pdf = made
    token = st.session_state.get("_map_download_token", 0) + 1
    st.session_state["_map_download_token"] = token
    return download(name, pdf, token)


def follow_link(event: MapEvent) -> None:
    """Remember a link chosen in the map (a condition, a muscle, a page); `open_followed_link` goes there."""
    st.session_state["_map_link"] = (event.page, event.id)


def open_followed_link() -> None:
    """Go to the page a link in the map asked for (called in the page body: st.switch_page ends the run)."""
    link = st.session_state.pop("_map_link", None)
    if not link:
        return
    page, ident = link
    if page == "muscle":
        st.switch_page("pages/body_map.py", query_params={"muscle": ident})
    elif page == "condition":
        st.switch_page("pages/conditions.py", query_params={"condition": ident})
    elif page == "page":
        st.switch_page(f"pages/{ident}.py")
