"""The domain package stays plain Python: it never imports Streamlit."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "triggerpoints"


def test_no_module_imports_streamlit():
    for path in PACKAGE.glob("*.py"):
        tree = ast.parse(path.read_text())
        names = [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        names += [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
        assert not any(n.split(".")[0] == "streamlit" for n in names), path.name


def test_importing_the_package_does_not_load_streamlit():
    code = "import sys, triggerpoints.cli, triggerpoints.figures; print('streamlit' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=PACKAGE.parent)
    assert out.stdout.strip() == "False", out.stderr
