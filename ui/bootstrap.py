"""Make every visit go through app.py's st.navigation.

Streamlit decides at server start that an app with a `pages/` folder uses the legacy
file-based router, until some run calls `st.navigation`. So on a fresh server, a deep
link such as /body_map?muscle=masseter runs pages/body_map.py directly, without app.py
(no search box, no shared navigation), and widget ids of that first run differ from the
next runs', so a first click would be lost. app.py and each page call
`ensure_app_navigation()` first:
when it was started by the legacy router, it switches the process to app.py's routing and
asks for a rerun of the same URL path, which app.py's st.navigation then resolves (a rerun
by script hash would not be found there). Uses Streamlit internals, checked with streamlit
1.67.0 (pinned); a browser test opens a deep link on a fresh server.
"""
from __future__ import annotations

from streamlit.proto.WidgetStates_pb2 import WidgetStates
from streamlit.runtime.pages_manager import PagesManager
from streamlit.runtime.scriptrunner_utils.exceptions import RerunException
from streamlit.runtime.scriptrunner_utils.script_requests import RerunData
from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx


def ensure_app_navigation(url_path: str) -> None:
    """Call first in every page, with the page's url path in app.py ("" for the default page)."""
    if not PagesManager.uses_pages_directory:
        return
    PagesManager.uses_pages_directory = False
    ctx = get_script_run_ctx()
    if ctx is None:
        return
    states = WidgetStates()
    states.widgets.extend(ctx.session_state.get_widget_states())   # keep what this run was given
    raise RerunException(RerunData(query_string=ctx.query_string, page_script_hash="", page_name=url_path,
                                   widget_states=states, context_info=ctx.context_info))
