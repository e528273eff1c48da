"""Turns raw terminal bytes into the text a person saw: escapes gone, progress bars collapsed.

Terminals and CI logs carry ANSI colour codes, OSC sequences (VS Code shell integration marks
each command with them), `\\r`-redrawn progress bars (Keras, tqdm), CRLF line ends and, now and
then, bytes that are not UTF-8. Line count is preserved: line N of the cleaned text is line N of
the input, so reported line numbers point into the user's log.
"""

from __future__ import annotations

import regex

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ESC \), other two-byte escapes, and C1 CSI.
_ESCAPES = regex.compile(
    r"""
    \x1b\[[0-?]*[ -/]*[@-~]            # CSI: colours, cursor moves, erase line
  | \x1b\][^\x07\x1b]*(?:\x07|\x1b\\)  # OSC: titles, shell-integration marks, hyperlinks
  | \x1b[PX^_][^\x1b]*\x1b\\           # DCS/SOS/PM/APC strings
  | \x1b[@-Z\\-_]                      # two-byte escapes
  | \x9b[0-?]*[ -/]*[@-~]              # 8-bit CSI
    """,
    regex.VERBOSE,
)
# An escape sequence cut off at the end of a chunk: kept back until the next chunk arrives.
_PARTIAL_ESCAPE = regex.compile(r"\x1b(?:\[[0-?]*[ -/]*|\][^\x07\x1b]*|\x1b?)?\Z")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode(data: bytes | str) -> str:
    """Bytes to text; bytes that are not UTF-8 become U+FFFD instead of raising."""
    if isinstance(data, str):
        return data
    return data.decode("utf-8", errors="replace")


def strip_escapes(text: str) -> str:
    return _ESCAPES.sub("", text)


def collapse_carriage_returns(line: str) -> str:
    """What a terminal shows for a line redrawn with `\\r`: the last non-empty redraw.

    A progress bar that is redrawn in place ends as its final state; an overwrite that is
    shorter than the previous state leaves the tail visible, as on a real terminal.
    """
    if "\r" not in line:
        return line
    parts = line.split("\r")
    shown = ""
    for part in parts:
        if not part:
            continue
        shown = part + shown[len(part) :] if len(part) < len(shown) else part
    return shown


def clean_text(data: bytes | str) -> str:
    """The whole cleaning pipeline on a complete text (one log, one paste)."""
    text = strip_escapes(decode(data))
    text = text.replace("\r\n", "\n")
    if "\r" in text:
        text = "\n".join(collapse_carriage_returns(line) for line in text.split("\n"))
    if _CONTROL.search(text):
        text = _CONTROL.sub("", text)
    return text


def split_partial_escape(text: str) -> tuple[str, str]:
    """Split a streamed chunk into (complete part, trailing unfinished escape sequence)."""
    match = _PARTIAL_ESCAPE.search(text, pos=max(0, len(text) - 256))
    if match and match.start() < len(text):
        return text[: match.start()], text[match.start() :]
    return text, ""
