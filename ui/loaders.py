"""Everything static is built once per server process and shared by all sessions."""
from __future__ import annotations

import gc
import os
from pathlib import Path

from triggerpoints import content
from triggerpoints.atlas import DATA_DIR, Atlas, load_atlas_cached


_frozen: list[int] = []


def get_atlas() -> Atlas:
    """The validated atlas, shared by every session; raises DataValidationError when the data has problems.

    Loaded once and again only when a data file or drawing changes (a failure is remembered as well, so
    bad data is not checked again on every page view). TRIGGERPOINTS_DATA_DIR points the app at another
    data folder (used by tests)."""
    atlas = load_atlas_cached(Path(os.environ.get("TRIGGERPOINTS_DATA_DIR", DATA_DIR)))
    if id(atlas) not in _frozen:
        # The atlas is ~100,000 long-lived objects: a full garbage collection would walk them all (about
        # 50 ms, at random moments during reruns). Frozen, the collector leaves them alone.
        gc.collect()
        gc.freeze()
        _frozen.append(id(atlas))
    return atlas


def read_content(name: str) -> str:
    """A Markdown text from content/ (our own writing, shown as is)."""
    return content.read(name)
