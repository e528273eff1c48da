"""Turns raw terminal bytes into the text a person saw: escapes gone, progress bars collapsed.

Terminals and CI logs carry ANSI colour codes, OSC sequences (VS Code shell integration marks
each command with them), `\\r`-redrawn progress bars (Keras, tqdm), CRLF line ends and, now and
then, bytes that are not UTF-8. Line count is preserved: line N of the cleaned text is line N of
the input, so reported line numbers point into the user's log.
"""

from __future__ import annotations

import re

import regex

# stdlib `re` here: these patterns need nothing from `regex` and `re` substitutes ~1.5x faster.
# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), other two-byte escapes, and C1 CSI.
_ESCAPES = re.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]            # CSI: colours, cursor moves, erase line
  | \x1b\][^\x07\x1b\n]*(?:\x07|\x1b\\) # OSC: titles, shell-integration marks, hyperlinks
  | \x1b[PX^_][^\x1b]*\x1b\\           # DCS/SOS/PM/APC strings
  | \x1b[@-Z\\-_]                      # two-byte escapes
  | \x9b[0-?]*[ -/]*[@-~]              # 8-bit CSI
    """,
    re.VERBOSE,
)
# An escape sequence cut off at the end of a chunk: kept back until the next chunk arrives.
# An OSC never holds a raw newline (shells escape it), so a cut-off `ESC ]` cannot swallow the
# lines after it.
_PARTIAL_ESCAPE = regex.compile(r"\x1b(?:\[[0-?]*[ -/]*|\][^\x07\x1b\n]*|\x1b?)?\Z")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(data: bytes | str) -> str:
    """Bytes to text; bytes that are not UTF-8 become U+FFFD instead of raising."""
    if isinstance(data, str):
        return data
    return data.decode("utf-8", errors="replace")


def strip_escapes(text: str) -> str:
    if "\x1b" not in text and "\x9b" not in text:
        return text
    return _ESCAPES.sub("", text)


def collapse_carriage_returns(line: str) -> str:
    """A line redrawn with `\\r` (progress bars): its last redraw that shows something.

    A terminal would also leave visible the tail of a longer earlier redraw ("XY" over "abcdef"
    shows "XYcdef"); that tail is stale text, and keeping it would make the result depend on
    whether escapes are stripped before or after collapsing (the stream strips first, a whole
    log after). Only the last redraw is stripped of escapes, so a bar redrawn a thousand times
    costs one escape scan.
    """
    if "\r" not in line:
        return line
    parts = line.split("\r")
    while parts:
        shown = strip_escapes(parts.pop())
        if shown:
            return shown
    return ""


def clean_text(data: bytes | str) -> str:
    """The whole cleaning pipeline on a complete text (one log, one paste).

    Redraws are collapsed before escapes are stripped: a progress bar redrawn a thousand times
    leaves one visible state, so the costly escape scan runs over a fraction of the bytes.
    """
    text = decode(data).replace("\r\n", "\n")
    if "\r" in text:
        text = "\n".join(collapse_carriage_returns(line) for line in text.split("\n"))
    text = strip_escapes(text)
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    return text


def split_partial_escape(text: str) -> tuple[str, str]:
    """Split a streamed chunk into (complete part, trailing unfinished escape sequence)."""
    match = _PARTIAL_ESCAPE.search(text, pos=max(0, len(text) - 256))
    if match and match.start() < len(text):
        return text[: match.start()], text[match.start() :]
    return text, ""
