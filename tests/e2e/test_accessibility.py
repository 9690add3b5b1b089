"""axe-core in Chromium: no serious or critical accessibility violations on the main pages."""
from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe

from .conftest import open_app

pytestmark = pytest.mark.e2e
PAGES = ["/?muscle=infraspinatus", "/pain_drawing?regions=temple,jaw_angle", "/conditions?condition=fibromyalgia",
         "/about", "/disclaimer"]


@pytest.mark.parametrize("path", PAGES)
def test_no_serious_accessibility_violations(page, server, path):
    open_app(page, server + path, with_map=not path.startswith(("/about", "/disclaimer")))
    page.wait_for_timeout(1500)   # let Streamlit finish fading in updated elements
    violations = Axe().run(page).response["violations"]
    serious = [(v["id"], v["impact"], [(n["html"][:80], n.get("failureSummary", "")[-160:]) for n in v["nodes"][:2]]) for v in violations
               if v["impact"] in ("serious", "critical") or v["id"] == "heading-order"]
    assert not serious, serious
