"""About trigger points and their treatment (our own words; sources at the end)."""
import streamlit as st

from ui.bootstrap import ensure_app_navigation

ensure_app_navigation("about")

from ui.components import disclaimer_banner  # noqa: E402
from ui.loaders import read_content  # noqa: E402

st.title("About trigger points and their treatment")
st.markdown(read_content("about.md"))
with st.expander("Aftercare after trigger point injection or dry needling"):
    st.markdown(read_content("aftercare.md"))
disclaimer_banner()
