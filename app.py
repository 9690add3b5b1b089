"""Trigger Point Explorer: an interactive body map of myofascial trigger points and referred pain."""
import streamlit as st

from triggerpoints.atlas import ASSETS_DIR
from triggerpoints.schema import DataValidationError
from ui.components import (PAGE_ABOUT, PAGE_BODY_MAP, PAGE_CONDITIONS, PAGE_DISCLAIMER, PAGE_PAIN,
                           close_sidebar_after_link, data_error_panel, disclaimer_banner, page_style, search_box)
from ui.bootstrap import ensure_app_navigation
from ui.loaders import get_atlas

ensure_app_navigation("")  # leave Streamlit's legacy pages/ mode before anything is drawn (see ui/bootstrap.py)

# A local icon: a Material icon here would make the browser fetch it from the internet.
st.set_page_config(page_title="Trigger Point Explorer", page_icon=str(ASSETS_DIR / "favicon.png"), layout="wide",
                   initial_sidebar_state="auto")

pages = st.navigation([
    st.Page(PAGE_BODY_MAP, title="Body map", icon=":material/accessibility_new:", default=True),
    st.Page(PAGE_PAIN, title="Where does it hurt?", icon=":material/touch_app:", url_path="pain_drawing"),
    st.Page(PAGE_CONDITIONS, title="Conditions", icon=":material/medical_information:", url_path="conditions"),
    st.Page(PAGE_ABOUT, title="About trigger points", icon=":material/menu_book:", url_path="about"),
    st.Page(PAGE_DISCLAIMER, title="Disclaimer and privacy", icon=":material/shield:", url_path="disclaimer"),
])

page_style()
try:
    atlas = get_atlas()
except DataValidationError as err:
    st.title("Trigger Point Explorer")
    data_error_panel(err)
    st.stop()

with st.sidebar:
    search_box(atlas)
    st.divider()
    disclaimer_banner()
    close_sidebar_after_link()

pages.run()
