"""Shared fixtures: the real atlas, and a writable copy of the data for breaking it on purpose."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from triggerpoints.atlas import ASSETS_DIR, DATA_DIR, load_atlas
from triggerpoints.geometry import load_geometry

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def geometry():
    return load_geometry(ASSETS_DIR)


@pytest.fixture(scope="session")
def atlas():
    return load_atlas(DATA_DIR, ASSETS_DIR)


@pytest.fixture()
def data_copy(tmp_path: Path) -> Path:
    """A copy of data/ that a test may edit."""
    dest = tmp_path / "data"
    shutil.copytree(DATA_DIR, dest, ignore=shutil.ignore_patterns("staging", "README.md"))
    return dest


def edit_csv(path: Path, fn) -> None:
    """Load a CSV as text, let `fn` return the changed DataFrame, write it back."""
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    fn(df).to_csv(path, index=False)
