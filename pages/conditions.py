"""Conditions linked to trigger points: plain explanation, their muscles on the map, red flags."""
import streamlit as st

from ui.bootstrap import ensure_app_navigation

ensure_app_navigation("conditions")

from triggerpoints.bodymap import MapEvent, conditions_state  # noqa: E402
from triggerpoints.text import plain_markdown, unknown_note  # noqa: E402
from ui.body_map import body_map, follow_link, open_followed_link  # noqa: E402
from ui.components import AUDIENCES, PAGE_BODY_MAP, disclaimer_banner, red_flags  # noqa: E402
from ui.loaders import get_atlas  # noqa: E402
from ui.state import url_value  # noqa: E402

KEY = "condition"
MAP_KEY = "condition_map"

atlas = get_atlas()
conditions = sorted(atlas.conditions.values(), key=lambda c: c.name.lower())

wanted = url_value("condition")
if wanted and st.session_state.get("_condition_url") != wanted:
    st.session_state["_condition_url"] = wanted
    if wanted in atlas.conditions:
        st.session_state[KEY] = wanted
    else:
        st.info(unknown_note("condition", wanted) + " Choose one from the list.", icon=":material/search_off:")
st.session_state.setdefault(KEY, None)


def on_map(event: MapEvent) -> None:
    """A click on a highlighted muscle opens it on the body map."""
    if event.type == "open":
        follow_link(event)


st.title("Conditions")
st.markdown("Trigger points may add to these problems, or cause pain that feels like them. Choose one to see which muscles are "
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
                      width="stretch")
else:
    if st.query_params.get("condition") != condition.id:
        st.query_params["condition"] = condition.id
        st.session_state["_condition_url"] = condition.id
    open_followed_link()
    text_col, map_col = st.columns([5, 6], gap="large")
    with text_col:
        st.markdown(f"## {plain_markdown(condition.name)}"
                    + (f"\n*Also called: {plain_markdown(', '.join(condition.synonyms))}*" if condition.synonyms else "")
                    + f"\n\n{plain_markdown(condition.explanation)}\n\n### Muscles commonly involved")
        for mid in condition.muscles:
            st.page_link(PAGE_BODY_MAP, label=atlas.muscles[mid].name, query_params={"muscle": mid},
                         icon=":material/open_in_new:")
        if audience == "Clinician":
            st.markdown(f"### For clinicians\n{plain_markdown(condition.clinician_notes)}")
        red_flags(atlas.flags(condition.red_flags))
        with st.expander("Sources"):
            st.markdown("\n".join(f"- {plain_markdown(c.citation)} Section: *{plain_markdown(c.chapter)}*."
                                  for c in condition.sources))
    with map_col:
        body_map(atlas, "conditions", conditions_state(atlas, condition.muscles), key=MAP_KEY, on_event=on_map)
disclaimer_banner()
