"""Text from a URL or a text box, made safe to show: capped before any work, cut to a length, and escaped so
Streamlit's Markdown shows exactly the characters that were typed (no links, images, HTML, icons or colours).

No Streamlit import: the pages pass the results to st.markdown, st.info and the like.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from itertools import islice

MAX_INPUT_CHARS = 100     # what any matching looks at: a search query, a typed place, an id from a link
SHOWN_VALUE_CHARS = 40    # an unknown value echoed back in a note
ELLIPSIS = "…"

# Invisible characters that cannot be shown and could make text read differently from what it says:
# control characters (a NUL byte) and the bidirectional marks and overrides; not tab, line feed or return.
INVISIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_LINE_BREAK = re.compile("\r\n|[\r\n\x0b\x0c\x85\u2028\u2029]")
_SPACES = re.compile(r"\s+")
# CommonMark lets a backslash escape any ASCII punctuation; escaped, it is shown as itself.
_ASCII_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
# Streamlit's frontend also rewrites text after the Markdown is parsed, where a backslash no longer counts:
# GFM turns bare http://, www. and e-mail addresses into links, and ':name:' becomes an emoji or
# ':material_name:' an icon. An invisible word joiner after the ':' or '@' and before the '.' of 'www.'
# breaks those patterns and changes nothing on screen.
WORD_JOINER = "\u2060"
_DEFUSE = re.compile(r"(\\[:@])(?=\S)|(?i:(www))(?=\\\.)")


def cap(text: str | None, limit: int = MAX_INPUT_CHARS) -> str:
    """The first `limit` characters: bounds the work on any input before matching or normalising it."""
    return text[:limit] if isinstance(text, str) else ""


def _is_extension(ch: str, prev: str, cluster: str) -> bool:
    """Whether `ch` belongs to the character before it on screen (accent, emoji modifier, joined emoji, flag)."""
    if unicodedata.category(ch) in ("Mn", "Me", "Mc") or ch in "\u200d\ufe0e\ufe0f":
        return True
    if prev == "\u200d" or (prev == "\r" and ch == "\n"):
        return True
    if "\U0001f3fb" <= ch <= "\U0001f3ff" or "\U000e0020" <= ch <= "\U000e007f":
        return True
    regional = "\U0001f1e6" <= ch <= "\U0001f1ff"
    return regional and len(cluster) == 1 and "\U0001f1e6" <= cluster <= "\U0001f1ff"


def _clusters(text: str) -> Iterator[str]:
    """What a reader counts as characters: a letter with its accents, an emoji with its modifiers."""
    cluster = ""
    for ch in text:
        if cluster and _is_extension(ch, cluster[-1], cluster):
            if len(cluster) < 8:      # a pile of accents on one letter would spill over the lines around it
                cluster += ch
            continue
        if cluster:
            yield cluster
        cluster = ch
    if cluster:
        yield cluster


def cut(text: str | None, limit: int) -> str:
    """At most `limit` characters as a reader counts them, ending in '…' when cut.

    Drops control and bidirectional-override characters, which cannot be shown and could reorder the text.
    Works on a bounded prefix, so a huge input costs no more than a short one.
    """
    if not isinstance(text, str) or limit <= 0:
        return ""
    head = text[: limit * 8 + 8]
    longer = len(text) > len(head)
    clusters = list(islice(_clusters(INVISIBLE.sub("", head)), limit + 1))
    if len(clusters) <= limit and not longer:
        return "".join(clusters)
    return "".join(clusters[: limit - 1]).rstrip() + ELLIPSIS


def plain_markdown(text: str | None, *, line_breaks: bool = False) -> str:
    """Markdown that Streamlit shows as exactly the characters of `text`: nothing in it becomes a link, an
    image, emphasis, a heading, a list, HTML, an entity, math, an emoji, an icon or a colour.

    Whitespace runs become one space; with `line_breaks`, each line break is kept as a line break.
    Cut the text first (see `cut`); this escapes, it does not shorten.
    """
    if not isinstance(text, str):
        return ""
    text = INVISIBLE.sub("", text)
    lines = _LINE_BREAK.split(text) if line_breaks else [text]
    escaped = [_DEFUSE.sub(_defuse, _ASCII_PUNCTUATION.sub(r"\\\1", _SPACES.sub(" ", line).strip()))
               for line in lines]
    return "  \n".join(escaped)


def _defuse(match: re.Match[str]) -> str:
    return (match.group(1) or match.group(2)) + WORD_JOINER


def quoted(value: str | None, limit: int = SHOWN_VALUE_CHARS) -> str:
    """A value from a link or a text box, cut and escaped, in quotation marks: “value”."""
    return f"“{plain_markdown(cut(value, limit))}”"


def unknown_note(kind: str, value: str | None, limit: int = SHOWN_VALUE_CHARS) -> str:
    """'We could not find a muscle called “…”.' as safe Markdown; names no more than `limit` characters of
    the value, and no value at all when it is blank. `kind` is our own word ("muscle", "condition")."""
    shown = cut(value, limit).strip() if isinstance(value, str) else ""
    if not shown:
        return f"We could not find that {kind}."
    return f"We could not find a {kind} called {quoted(shown, limit)}."
