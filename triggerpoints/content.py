"""Our long texts in `content/` (Markdown we write ourselves), read once, and as plain structure for what
does not render Markdown (the map in the browser, the printed handout)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

CONTENT_DIR = Path(__file__).resolve().parent.parent / "content"

_BOLD_LINE = re.compile(r"^\*\*(.+)\*\*$")


@lru_cache(maxsize=16)
def read(name: str) -> str:
    return (CONTENT_DIR / name).read_text(encoding="utf-8")


@lru_cache(maxsize=16)
def blocks(name: str) -> tuple[tuple[str, object], ...]:
    """A simple Markdown text as blocks: ("heading", text), ("subheading", text), ("paragraph", text) and
    ("list", (item, ...)). Headings (#...), whole-line bold, paragraphs and "- " lists: what our texts use."""
    out: list[tuple[str, object]] = []
    items: list[str] = []

    def flush() -> None:
        if items:
            out.append(("list", tuple(items)))
            items.clear()

    for raw in read(name).splitlines():
        line = raw.strip()
        if line.startswith("- "):
            items.append(line[2:].strip())
            continue
        flush()
        if not line:
            continue
        if line.startswith("#"):
            out.append(("heading", line.lstrip("#").strip()))
        elif bold := _BOLD_LINE.match(line):
            out.append(("subheading", bold.group(1)))
        else:
            out.append(("paragraph", line))
    flush()
    return tuple(out)
