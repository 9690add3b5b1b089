"""The round-trip floor for bench_click.py: a bare Streamlit app whose only content is a component that
reports a click, echoed back as text. Same click mechanism as the body map (st.components.v2, a trigger)."""
import streamlit as st

HTML = """<svg viewBox="0 0 400 400" width="400" height="400" style="display:block">
<rect data-target="a" x="10" y="10" width="180" height="380" fill="#dfa89c"/>
<rect data-target="b" x="210" y="10" width="180" height="380" fill="#c98679"/></svg>"""
JS = """const latest = new WeakMap();
export default function ({ parentElement, setTriggerValue }) {
  if (!latest.has(parentElement)) {
    parentElement.addEventListener('click', (e) => {
      const r = e.target.closest('[data-target]');
      if (r) latest.get(parentElement)('clicked', r.dataset.target + ':' + Date.now());
    });
  }
  latest.set(parentElement, setTriggerValue);
}"""

echo = st.components.v2.component("bench_bare_click", html=HTML, js=JS, isolate_styles=False)
result = echo(key="bare", on_clicked_change=lambda: None)
st.session_state["last"] = result.clicked or st.session_state.get("last", "")
st.write("Clicked:", st.session_state["last"])
