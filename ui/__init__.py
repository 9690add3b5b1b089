"""Streamlit UI pieces shared by the pages (layout and widgets only; data logic lives in triggerpoints/)."""
