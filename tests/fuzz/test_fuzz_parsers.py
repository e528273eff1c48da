"""Property tests of the traceback parser and the terminal stream, 10,000 examples each in CI.

- The parser against Python's own formatter: a traceback that `traceback.format_exception`
  prints from arbitrary frames (odd file names, huge line numbers, unicode function names, a
  cause chain) is read back with exactly those frames, that exception type and that line.
- The stream against the whole text: any sequence of whole outputs (tracebacks as above, pytest
  failures, IPython errors, log and warning lines, progress bars, noise lines), cut into
  arbitrary chunks, gives the same events as the splitter on the whole text (what
  `match/stream.py` promises).
"""

from __future__ import annotations

import traceback

import pytest
from hypothesis import given
from hypothesis import strategies as st

from errfix_lsp.match.clean import clean_text
from errfix_lsp.match.split import split_events
from errfix_lsp.match.stream import TerminalStream

# File names as Python prints them: any characters but the quote and line breaks.
file_names = st.text(st.characters(blacklist_characters='"\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029',
                                   blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).map(
    lambda name: f"/w/{name.strip() or 'x'}.py")
identifiers = st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,15}", fullmatch=True)
# Exception names as printed: `ValueError`, or qualified by their module (`keras.src.x.Error`).
exception_names = st.lists(identifiers, min_size=1, max_size=4).map(".".join)
messages = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=60)
frames = st.lists(st.tuples(file_names, st.integers(1, 10**7), identifiers), min_size=1, max_size=30)


def formatted(frame_list, exc_name: str, message: str, cause: tuple | None) -> str:
    """What Python prints for these frames: the stdlib formatter, not our idea of it."""

    def error(name, text, stack):
        module, _, short = name.rpartition(".")
        exc = type(short, (Exception,), {"__module__": module or "builtins"})(text)
        exc.__traceback__ = None
        return exc, traceback.StackSummary.from_list(
            [traceback.FrameSummary(f, n, fn, line="run()") for f, n, fn in stack])

    exc, stack = error(exc_name, message, frame_list)
    printed = traceback.TracebackException(type(exc), exc, None)
    printed.stack = stack
    if cause is not None:
        cause_exc, cause_stack = error(*cause)
        before = traceback.TracebackException(type(cause_exc), cause_exc, None)
        before.stack = cause_stack
        printed.__cause__ = before
    return "".join(printed.format())


def printed_frames(frame_list):
    """Python prints a run of identical frames 3 times, then "[Previous line repeated N more times]"."""
    kept = []
    for frame in frame_list:
        if len(kept) >= 3 and kept[-3:] == [frame] * 3:
            continue
        kept.append(frame)
    return kept


@pytest.mark.timeout(1800)  # 10,000 examples take 3-7 min on a 2-core CI machine
@given(frames, exception_names, messages, st.none() | st.tuples(exception_names, messages, frames))
def test_what_python_prints_is_read_back_exactly(frame_list, exc_name, message, cause):
    text = formatted(frame_list, exc_name, message, cause)
    lines = text.splitlines()
    [event] = split_events(clean_text(text))
    final = event.final
    assert final.exc_type == exc_name
    assert lines[final.line - 1].startswith(f"{exc_name}:" if message.strip() else exc_name)
    assert [(f.file, f.line, f.function) for f in final.frames] == printed_frames(frame_list)
    if cause is not None:
        assert [b.exc_type for b in event.blocks] == [cause[0], exc_name]
        assert [(f.file, f.line, f.function) for f in event.blocks[0].frames] == printed_frames(cause[2])


# Whole blocks as programs print them, for the stream: any sequence of these is an output a
# terminal can show (a soup of half-blocks is not; the core fuzz targets take that).
BLOCKS = [
    "Epoch 1/3\n\x1b[1m1/8\x1b[0m [==>...] - loss: 0.51\r\x1b[1m8/8\x1b[0m [=====] - loss: 0.2\n",
    "\x1b[31mERROR:\x1b[0m Could not find a version that satisfies the requirement tensorflw\n",
    "error: externally-managed-environment\n\n  This environment is externally managed\n",
    "/w/train.py:36: FutureWarning: Series.__getitem__ treating keys as positions is deprecated\n"
    "  x = s[0]\n",
    "    def test_a():\n>       assert f() == 2\nE       assert 1 == 2\nE        +  where 1 = f()\n\n"
    "tests/test_a.py:3: AssertionError\n",
    "---------------------------------------------------------------------------\n"
    "NameError                                 Traceback (most recent call last)\n"
    "Cell In[3], line 5\n      3 x = 1\n----> 5 f()\n\nNameError: name 'f' is not defined\n",
    "Killed\n",
    "$ python train.py\n",
    "\n",
]
noise_lines = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n"), max_size=50).map(
    lambda line: line + "\n")
tracebacks = st.builds(formatted, frames, exception_names, messages,
                       st.none() | st.tuples(exception_names, messages, frames))
outputs = st.lists(st.one_of(st.sampled_from(BLOCKS), noise_lines, tracebacks), max_size=12).map("".join)
crlf = st.booleans()


def _shape(events):
    return [(e.kind, e.start_line, e.end_line, e.final.message, e.all_frames()) for e in events]


@pytest.mark.timeout(1800)
@given(outputs, crlf, st.lists(st.integers(0, 5_000), max_size=30))
def test_any_chunking_of_any_output_gives_the_whole_text_events(text, windows, cuts):
    if windows:
        text = text.replace("\n", "\r\n")
    points = sorted({min(c, len(text)) for c in cuts})
    pieces = [text[a:b] for a, b in zip([0, *points], [*points, len(text)], strict=True)]
    stream = TerminalStream()
    streamed = [event for piece in pieces for event in stream.feed(piece)] + stream.end()
    assert _shape(streamed) == _shape(split_events(clean_text(text)))
