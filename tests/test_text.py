"""Text from links and text boxes is shown as exactly what it is: cut to a length, Markdown and HTML escaped."""
from __future__ import annotations

import random
import re

import pytest
from streamlit.testing.v1 import AppTest

from triggerpoints.text import (
    ELLIPSIS, MAX_INPUT_CHARS, SHOWN_VALUE_CHARS, WORD_JOINER, cap, cut, plain_markdown, quoted, unknown_note,
)

from .conftest import ROOT
from .fixtures.adversarial import INJECTIONS, values

PUNCTUATION = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")

def unescape(markdown: str) -> str:
    """What CommonMark shows for our escaped text: a backslash before punctuation is dropped."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", markdown).replace(WORD_JOINER, "").replace("  \n", "\n")


def assert_only_escaped_punctuation(markdown: str) -> None:
    i = 0
    while i < len(markdown):
        ch = markdown[i]
        if ch == "\\":
            assert markdown[i + 1] in PUNCTUATION, markdown
            i += 2
            continue
        assert ch not in PUNCTUATION, f"unescaped {ch!r} in {markdown!r}"
        i += 1


# --- cut -----------------------------------------------------------------------------------------

def test_short_text_is_unchanged():
    assert cut("masseter", 40) == "masseter"
    assert cut("", 40) == "" and cut(None, 40) == ""


def test_long_text_is_cut_with_an_ellipsis():
    out = cut("x" * 5_000, 40)
    assert len(out) == 40 and out.endswith(ELLIPSIS)
    assert cut("word " * 100, 12) == "word word w" + ELLIPSIS


@pytest.mark.parametrize("unit", ["e\u0301", "👍🏽", "🇫🇷", "👩‍👩‍👧", "🏳️‍🌈"])
def test_characters_are_counted_as_a_reader_sees_them(unit):
    out = cut(unit * 50, 10)
    assert out.endswith(ELLIPSIS) and out[:-1] == unit * 9
    assert cut(unit * 10, 10) == unit * 10
    assert cut("a\r\nb", 3) == "a\r\nb"


def test_invisible_and_reordering_characters_are_dropped():
    assert cut("a\u202eevil\u202c\x00b", 40) == "aevilb"


def test_a_huge_input_costs_no_more_than_a_short_one():
    out = cut("é" * 1_000_000 + "x", SHOWN_VALUE_CHARS)
    assert len(out) == SHOWN_VALUE_CHARS
    assert cap("q" * 1_000_000) == "q" * MAX_INPUT_CHARS and cap(None) == ""


# --- plain Markdown ------------------------------------------------------------------------------

@pytest.mark.parametrize("text", INJECTIONS)
def test_markdown_and_html_are_escaped(text):
    out = plain_markdown(text)
    assert_only_escaped_punctuation(out)
    assert unescape(out) == " ".join(text.split())
    for live in ("](", "http://", "https://", "www.", ":material", ":red[", ":smile:"):
        assert live not in out.lower()


def test_bare_links_emoji_and_icons_are_broken_with_an_invisible_joiner():
    # Streamlit's frontend links bare URLs and e-mail addresses and turns ':name:' into emoji and icons
    # after the Markdown is parsed, where a backslash no longer counts (checked in Chromium below).
    assert plain_markdown("see http://x.example") == "see http\\:" + WORD_JOINER + "\\/\\/x\\.example"
    assert plain_markdown("www.x.example") == "www" + WORD_JOINER + "\\.x\\.example"
    assert plain_markdown("a@b.example") == "a\\@" + WORD_JOINER + "b\\.example"
    assert plain_markdown(":smile:") == "\\:" + WORD_JOINER + "smile\\:"
    assert plain_markdown("time: 10") == "time\\: 10"   # nothing added where nothing can follow


def test_line_breaks_collapse_or_stay_as_breaks():
    assert plain_markdown("one\n\ntwo\r\n  # three") == "one two \\# three"
    assert plain_markdown("one\ntwo\n    code", line_breaks=True) == "one  \ntwo  \ncode"


def test_random_text_round_trips():
    rng = random.Random(3)
    alphabet = "ab :/.@[]()<>!*_`#~|$&;\\-+=\"'{}^%? \n\t\r" + "éß😀\u0301"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(1_000)]
    for text in texts + values(1_000):
        out = plain_markdown(cut(text, 200))
        assert_only_escaped_punctuation(out)
        assert unescape(out) == " ".join(cut(text, 200).split())


def test_notes_for_unknown_values():
    note = unknown_note("muscle", "[evil](http://x.example) " + "y" * 5_000)
    assert note.startswith("We could not find a muscle called “") and note.endswith("”.")
    shown = unescape(note[len("We could not find a muscle called “"):-2])
    assert len(shown) <= SHOWN_VALUE_CHARS and shown.endswith(ELLIPSIS)
    assert "](" not in note and "http://" not in note
    assert unknown_note("condition", "   ") == "We could not find that condition."
    assert unknown_note("muscle", None) == "We could not find that muscle."
    assert quoted("<b>x</b>") == "“\\<b\\>x\\<\\/b\\>”"


def test_streamlit_keeps_the_escaped_markdown_as_given():
    def page():
        import streamlit as st

        from triggerpoints.text import plain_markdown

        for value in st.session_state["values"]:
            st.markdown(plain_markdown(value))

    at = AppTest.from_function(page)
    at.session_state["values"] = INJECTIONS
    at.run()
    assert not at.exception
    assert [m.value for m in at.markdown] == [plain_markdown(v) for v in INJECTIONS]
