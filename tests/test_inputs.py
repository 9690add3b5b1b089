"""Every value from a link, a text box or the map (issue 12): shown only as plain text and cut, capped
before any matching.

Each URL parameter and text box gets hand-made injections (a Markdown link and image, HTML tags, Streamlit's
icons and colours, 5,000 characters), 1,000 seeded random and adversarial values (tests/fixtures/adversarial.py)
and one of 100,000 characters, through AppTest. What the page shows is read from every text of its elements
(Markdown bodies, labels, help, options) and checked for syntax that would still be live in the browser.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from google.protobuf.message import Message
from streamlit.testing.v1 import AppTest

import triggerpoints.search as search_module
import ui.state
from triggerpoints.bodymap import EVENT_TYPES, OPEN_PAGES, PAGES, SIDES, parse_event
from triggerpoints.text import ELLIPSIS, INVISIBLE, MAX_INPUT_CHARS, SHOWN_VALUE_CHARS, cut
from ui.components import CLOSE_SIDEBAR_JS, PAGE_CSS
from ui.state import URL_LIMITS

from .fixtures.adversarial import values
from .test_pages import app
from .test_text import unescape

FUZZ_VALUES = values(1_000)
HUGE = ("behind the knee_back, " * 5_000)[:100_000]


@dataclass(frozen=True)
class Input:
    """Where a value goes in: a URL parameter or a text box (widget key), on a page, next to fixed params."""

    name: str
    page: str
    box: bool = False
    base: dict[str, str] = field(default_factory=dict)
    echoed: bool = True          # whether an unknown value is named back in a note

    def open(self) -> AppTest:
        """A fresh session on the input's page (a first run registers app.py's pages)."""
        at = app().run()
        for k, v in self.base.items():
            at.query_params[k] = v
        return at.switch_page(self.page).run()

    def enter(self, at: AppTest, value: str) -> AppTest:
        """Give the input `value` and rerun. A text box takes it as a client may send it: max_chars is the
        browser's limit, not the server's, so set_value passes it by on purpose."""
        if self.box:
            at.text_input(key=self.name).set_value(value)
        else:
            at.query_params[self.name] = value
        return at.run()


URL_PARAMS = [
    Input("muscle", "pages/body_map.py"),
    Input("condition", "pages/conditions.py"),
    Input("regions", "pages/pain_drawing.py"),
    Input("side", "pages/pain_drawing.py", base={"regions": "knee_back"}, echoed=False),
]
TEXT_BOXES = [
    Input("global_search", "pages/body_map.py", box=True, echoed=False),
    Input("pain_text", "pages/pain_drawing.py", box=True, echoed=False),
]
INPUTS = URL_PARAMS + TEXT_BOXES


def ids(inputs: list[Input]) -> list[str]:
    """Test ids: the parameter's or the text box's name."""
    return [i.name for i in inputs]


# --- what the page shows -------------------------------------------------------------------------

# Element fields that hold no text for the reader (ids, link targets, our own icons, widget values).
NOT_SHOWN = frozenset({"id", "form_id", "page", "page_script_hash", "query_string", "icon", "tag", "type", "raw_value",
                       "default", "theme", "config", "spec"})
# Elements whose text the browser draws with textContent or as a chart, never as Markdown.
NOT_MARKDOWN = frozenset({"BidiComponent", "PlotlyChart"})
OWN_HTML = (PAGE_CSS, CLOSE_SIDEBAR_JS)     # the only raw HTML the app writes: constants, no input in them
OWN_MARKUP = ("[Full disclaimer and privacy](/disclaimer)",)     # the disclaimer banner's link
ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
# Syntax the Markdown parser would act on, once the escaped characters are out of the way: a link or image,
# a reference link or its definition, HTML (tag, comment, autolink), an entity, a colour or size directive.
PARSED_LIVE = re.compile(r"\]\(|!\[|\]\[|^ {0,3}\[[^\]\n]*\]:|<[A-Za-z/!?]|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);"
                         r"|:[a-z]+(?:-background)?\[", re.I | re.M)
# What Streamlit's frontend rewrites in the text after parsing, where a backslash no longer counts: bare links
# and e-mail addresses, ':emoji:' and ':material/icon:' (the word joiner plain_markdown adds breaks them).
SHOWN_LIVE = re.compile(r"\b(?:https?|ftp)://|\bwww\.|[\w.+-]+@[\w-]+\.\w|:[\w+-]+:|:material/", re.I)


def _strings(message: Message) -> Iterator[str]:
    for f, v in message.ListFields():
        if f.name in NOT_SHOWN:
            continue
        for item in (v if isinstance(v, (list, tuple)) or hasattr(v, "extend") else [v]):
            if isinstance(item, str):
                yield item
            elif isinstance(item, Message):
                yield from _strings(item)


def _nodes(node) -> Iterator:
    yield node
    for child in getattr(node, "children", {}).values():
        yield from _nodes(child)


def shown_markdown(at: AppTest) -> list[str]:
    """Every text of the page's elements as Markdown, in order; raw HTML only if it is one of OWN_HTML."""
    out = []
    for node in (n for root in (at.main, at.sidebar) for n in _nodes(root)):
        proto = getattr(node, "proto", None)
        if not isinstance(proto, Message) or type(proto).__name__ in NOT_MARKDOWN:
            continue
        if getattr(proto, "allow_html", False) or type(proto).__name__ == "Html":
            assert proto.body in OWN_HTML, f"raw HTML on the page: {proto.body[:200]!r}"
            continue
        out.extend(_strings(proto))
    return out


def live_syntax(markdown: str) -> list[str]:
    """The pieces of `markdown` that Streamlit would render as a link, an image, HTML, an icon, an emoji or a
    colour, apart from the app's own link (escapes read the way the frontend reads them)."""
    parsed = ESCAPED.sub("\ufffc", markdown)   # an escaped character is text, whatever it is
    for own in OWN_MARKUP:
        parsed = parsed.replace(own, "")
    return PARSED_LIVE.findall(parsed) + SHOWN_LIVE.findall(ESCAPED.sub(r"\1", markdown))


def normal(text: str) -> str:
    """Text as the reader compares it: invisible characters dropped, whitespace runs as one space."""
    return " ".join(INVISIBLE.sub("", text).split())


def longest_echo(value: str, shown: str) -> str:
    """The longest start of `value` that the page shows (notes echo a value from its start)."""
    wanted = normal(value[: MAX_INPUT_CHARS * 10])
    lo, hi = 0, len(wanted)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        lo, hi = (mid, hi) if wanted[:mid] in shown else (lo, mid - 1)
    return wanted[:lo]


def within_cut(text: str) -> bool:
    """At most SHOWN_VALUE_CHARS characters as a reader counts them (cut leaves such a text as it is)."""
    return cut(text, SHOWN_VALUE_CHARS) == text


def check_page(at: AppTest, value: str) -> str:
    """No exception, nothing live, no value echoed longer than the cut; returns what the reader sees."""
    assert not at.exception, [e.value for e in at.exception]
    markdown = "\n".join(shown_markdown(at))
    assert not live_syntax(markdown), (live_syntax(markdown), value[:80])
    shown = normal(unescape(markdown))
    echo = longest_echo(value, shown)
    assert within_cut(echo), (echo, value[:80])
    quotes = re.findall("“([^”]*)”", shown)
    assert all(within_cut(q) for q in quotes), (quotes, value[:80])
    return shown


def notes(at: AppTest) -> list[str]:
    """The page's notes about an unknown value, as the reader sees them."""
    return [unescape(i.value) for i in at.info if "could not find" in i.value]


# --- hand-made injections, one parameter at a time -----------------------------------------------

INJECTED = {
    "link": "[call us](http://evil.example)",
    "image": "![](http://evil.example/p.png)",
    "img_tag": "<img src=http://evil.example/x>",
    "script": "<script>alert(1)</script>",
    "icon": ":material/warning: call now",
    "colour": ":red[urgent] :blue-background[x]",
    "long": "[call us](http://evil.example) " + "z" * 5_000,
}


@pytest.mark.parametrize("kind", list(INJECTED))
@pytest.mark.parametrize("source", URL_PARAMS + TEXT_BOXES, ids=ids(URL_PARAMS + TEXT_BOXES))
def test_injected_markup_is_shown_escaped_and_cut(source, kind):
    value = INJECTED[kind]
    at = source.enter(source.open(), value)
    shown = check_page(at, value)
    if source.echoed:
        [note] = notes(at)
        named = re.search("“([^”]*)”", note).group(1)
        # the value's own characters, cut: escaped, not dropped
        assert named == normal(cut(value, SHOWN_VALUE_CHARS)), note
        assert named.endswith(ELLIPSIS) == (len(value) > SHOWN_VALUE_CHARS)
    else:
        assert not notes(at) and normal(value)[:SHOWN_VALUE_CHARS] not in shown
    if source.name == "side":
        assert "Which side is the pain on?" in shown      # an unknown side is asked for, not guessed


def test_unknown_places_in_a_link_get_a_note_and_known_ones_are_kept():
    source = URL_PARAMS[2]
    at = source.enter(source.open(), "heel,<b>kne</b>,heel")
    assert notes(at) == ["We could not find a body place called “<b>kne</b>”. "
                         "Mark it on the drawing or type it below."]
    check_page(at, "")
    assert at.session_state["pain_ask_side"] == ["heel"]


def test_text_boxes_limit_their_length():
    for box in TEXT_BOXES:
        assert box.open().text_input(key=box.name).max_chars == MAX_INPUT_CHARS


# --- fuzz ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("source", INPUTS, ids=ids(INPUTS))
def test_fuzz_every_input(source):
    """1,000 values through one session per input (a fresh session per value would take minutes)."""
    at = source.open()
    assert len(FUZZ_VALUES) >= 1_000
    for i, value in enumerate(FUZZ_VALUES):
        try:
            check_page(source.enter(at, value), value)
        except AssertionError as err:
            raise AssertionError(f"value {i}: {value[:80]!r}") from err


# --- a huge value costs what a normal one costs ----------------------------------------------------

def record_lengths(monkeypatch, module, name: str, lengths: list[int], text_of: Callable) -> None:
    """Wrap module.name so each call adds the length of the text it worked on to `lengths`."""
    real = getattr(module, name)

    def spy(*args):
        out = real(*args)
        lengths.append(len(text_of(args, out) or ""))
        return out

    monkeypatch.setattr(module, name, spy)


@pytest.mark.parametrize("source", INPUTS, ids=ids(INPUTS))
def test_a_huge_value_reaches_the_matching_capped(source, monkeypatch):
    at = source.open()
    lengths: list[int] = []
    # every URL value is read through url_value; every search and place lookup starts with parse_side
    record_lengths(monkeypatch, ui.state, "url_value", lengths, lambda args, out: out)
    record_lengths(monkeypatch, search_module, "parse_side", lengths, lambda args, out: args[0])
    record_lengths(monkeypatch, search_module, "_matches", lengths, lambda args, out: args[1])
    check_page(source.enter(at, HUGE), HUGE)
    # a drawing's list of places may be longer than one typed value; it has its own, still small, cap
    limit = MAX_INPUT_CHARS if source.box else URL_LIMITS.get(source.name, MAX_INPUT_CHARS)
    assert max(lengths) == limit, lengths


# --- the map's events --------------------------------------------------------------------------------

JUNK = [None, 0, -1, 2**40, 1.5, True, "", "masseter" * 20]


def test_map_events_keep_only_what_the_atlas_knows(atlas):
    """Whatever a client sends as a map event, the page acts only on ids of the atlas."""
    known = {"muscle": atlas.muscles, "tp": atlas.trigger_points, "show": atlas.muscles, "region": atlas.regions}
    linked = {"muscle": atlas.muscles, "condition": atlas.conditions, "page": PAGES}
    real = ["masseter", next(iter(atlas.trigger_points)), "heel", next(iter(atlas.conditions)), PAGES[0]]
    odd = real + FUZZ_VALUES[:300] + JUNK + [["masseter"], {"id": "masseter"}]
    accepted = set()
    for i, v in enumerate(odd):
        for kind in (*EVENT_TYPES, v if isinstance(v, str) else "junk"):
            for page in OPEN_PAGES if kind == "open" else (None,):
                raw = {"type": kind, "id": v, "side": odd[-1 - i] if i % 2 else SIDES[i % 3], "page": page, "seq": v}
                event = parse_event(atlas, raw)
                if event is None:
                    continue
                accepted.add(event.type)
                assert event.type in EVENT_TYPES and 0 <= event.seq < 2**31
                if event.type in known:
                    assert event.id in known[event.type]
                if event.type == "region":
                    assert event.side in SIDES
                if event.type == "open":
                    assert event.id in linked[event.page]
    assert accepted == set(EVENT_TYPES)     # every kind of event got through with the real ids


@pytest.mark.parametrize("page", [[], {}], ids=["list", "dict"])
def test_a_map_event_with_an_odd_page_is_ignored(atlas, page):
    assert parse_event(atlas, {"type": "open", "id": "masseter", "page": page}) is None
