"""Everything static is built once per server process and shared by all sessions."""
from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from triggerpoints.atlas import ASSETS_DIR, DATA_DIR, Atlas, load_atlas
from triggerpoints.figures import Highlight, base_figure, muscle_overlay, pain_base_figure, with_focus
from triggerpoints.geometry import ViewGeometry, mirrored, region_neighbours


@st.cache_resource(show_spinner="Loading the atlas…")
def get_atlas() -> Atlas:
    """The validated atlas; raises DataValidationError (not cached) when the data has problems.

    TRIGGERPOINTS_DATA_DIR points the app at another data folder (used by tests)."""
    return load_atlas(Path(os.environ.get("TRIGGERPOINTS_DATA_DIR", DATA_DIR)))


@st.cache_resource(show_spinner=False)
def body_base(view: str, layer: str) -> dict:
    """The static body map of one view as a plain figure dict (see figures.muscle_overlay)."""
    atlas = get_atlas()
    names = {m.id: m.name for m in atlas.muscles.values()}
    return base_figure(atlas.geometry.views[view], names, layer).to_plotly_json()


@st.cache_resource(show_spinner=False, max_entries=512)
def body_map_figure(view: str, layer: str, muscle_id: str | None, tp_id: str | None, focus: str) -> dict:
    """The body map of one view with a muscle's pattern drawn on it; built once per choice and reused."""
    atlas = get_atlas()
    geometry = atlas.geometry.views[view]
    muscle = atlas.muscle(muscle_id)
    highlight = Highlight.of(muscle, tp_id) if muscle else Highlight()
    return with_focus(muscle_overlay(body_base(view, layer), geometry, highlight), geometry, focus)


@st.cache_resource(show_spinner=False)
def view_geometry(view: str, head_side: str = "right") -> ViewGeometry:
    """A view's geometry; the head view mirrored when the left side of the head is wanted."""
    geo = get_atlas().geometry.views[view]
    return mirrored(geo) if view == "head" and head_side == "left" else geo


@st.cache_resource(show_spinner=False)
def pain_base(view: str, head_side: str = "right") -> dict:
    atlas = get_atlas()
    labels = {r.id: r.label for r in atlas.regions.values()}
    return pain_base_figure(view_geometry(view, head_side), labels).to_plotly_json()


@st.cache_resource(show_spinner=False)
def neighbours() -> dict[str, set[str]]:
    return region_neighbours(get_atlas().geometry)


@st.cache_data(show_spinner=False)
def read_asset(name: str) -> str:
    return (ASSETS_DIR / name).read_text(encoding="utf-8")


@st.cache_data(show_spinner=False)
def read_content(name: str) -> str:
    """A Markdown text from content/ (our own writing, shown as is)."""
    from pathlib import Path

    return (Path(__file__).resolve().parent.parent / "content" / name).read_text(encoding="utf-8")
