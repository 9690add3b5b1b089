"""Conditions linked to trigger points: plain explanation, their muscles on the map, red flags."""
import streamlit as st

from ui.bootstrap import ensure_app_navigation

ensure_app_navigation("conditions")

from triggerpoints.figures import muscles_overlay  # noqa: E402
from ui.components import PAGE_BODY_MAP, AUDIENCES, disclaimer_banner, red_flags  # noqa: E402
from ui.loaders import body_base, get_atlas  # noqa: E402

atlas = get_atlas()
conditions = sorted(atlas.conditions.values(), key=lambda c: c.name.lower())
KEY = "condition"

wanted = st.query_params.get("condition")
if wanted and st.session_state.get("_condition_url") != wanted:
    st.session_state["_condition_url"] = wanted
    if wanted in atlas.conditions:
        st.session_state[KEY] = wanted
    else:
        st.info(f"We could not find the condition “{wanted}”. Choose one from the list.", icon=":material/search_off:")
st.session_state.setdefault(KEY, None)

st.title("Conditions")
st.markdown("Trigger points can cause, add to, or imitate these problems. Choose one to see which muscles are "
            "commonly involved, highlighted together on the map.")
c1, c2 = st.columns([3, 2])
with c1:
    st.selectbox("Condition", [None] + [c.id for c in conditions], key=KEY,
                 placeholder="Choose a condition (type to search)…",
                 format_func=lambda cid: "Choose a condition (type to search)…" if cid is None else atlas.conditions[cid].name)
with c2:
    audience = st.segmented_control("Detail for", AUDIENCES, key="condition_audience", default="Patient", required=True)

condition = atlas.conditions.get(st.session_state[KEY] or "")
if condition is None:
    st.markdown("## All conditions")
    cols = st.columns(3)
    for i, c in enumerate(conditions):
        with cols[i % 3]:
            st.button(c.name, key=f"pick_{c.id}", on_click=lambda cid=c.id: st.session_state.update({KEY: cid}),
                      use_container_width=True)
else:
    if st.query_params.get("condition") != condition.id:
        st.query_params["condition"] = condition.id
        st.session_state["_condition_url"] = condition.id
    text_col, map_col = st.columns([1, 1], gap="large")
    with text_col:
        st.markdown(f"## {condition.name}")
        if condition.synonyms:
            st.caption("Also called: " + ", ".join(condition.synonyms))
        st.markdown(condition.explanation)
        st.markdown("### Muscles commonly involved")
        for mid in condition.muscles:
            m = atlas.muscles[mid]
            st.page_link(PAGE_BODY_MAP, label=m.name, query_params={"muscle": mid}, icon=":material/open_in_new:")
        if audience == "Clinician":
            st.markdown("### For clinicians")
            st.markdown(condition.clinician_notes)
        red_flags(atlas.flags(condition.red_flags))
        with st.expander("Sources"):
            for c in condition.sources:
                st.markdown(f"- {c.citation} Section: *{c.chapter}*.")
    with map_col:
        cols = st.columns([1, 1, 1.05])
        for view, col in zip(("front", "back", "head"), cols):
            geo = atlas.geometry.views[view]
            with col:
                st.markdown(f"**{geo.title}**")
                st.plotly_chart(muscles_overlay(body_base(view, "surface"), geo, condition.muscles),
                                key=f"condition_map_{view}", config={"displayModeBar": False, "staticPlot": True},
                                alt=f"{geo.title} view with the muscles of {condition.name} highlighted")
        st.caption("Highlighted in blue: muscles commonly involved (deep ones as outlines).")
disclaimer_banner()
