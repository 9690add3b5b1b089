"""Disclaimer, privacy, and the works the atlas cites."""
import streamlit as st

from ui.bootstrap import ensure_app_navigation

ensure_app_navigation("disclaimer")

from triggerpoints.text import plain_markdown  # noqa: E402
from ui.components import disclaimer_banner  # noqa: E402
from ui.loaders import get_atlas, read_content  # noqa: E402

st.title("Disclaimer and privacy")
st.markdown(read_content("disclaimer.md"))
st.markdown("## Works cited in the atlas")
for source_id, citation in sorted(get_atlas().sources.items(), key=lambda t: t[1]):
    st.markdown(f"- {plain_markdown(citation)}")
disclaimer_banner()
