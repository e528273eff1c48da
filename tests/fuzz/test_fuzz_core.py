"""Arbitrary bytes and text through every core stage: nothing raises, time stays bounded.

Run with 10,000 examples per target in CI (profile "ci" in tests/conftest.py).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from errfix_lsp.match.clean import clean_text, split_partial_escape
from errfix_lsp.match.split import split_events

# Fragments real output is made of, so generated text reaches the parser's deeper states.
FRAGMENTS = [
    "Traceback (most recent call last):\n",
    '  File "/w/train.py", line 12, in <module>\n',
    '  File "/v/site-packages/keras/src/ops/operation.py", line 308, in get_config\n',
    "    model.save('m.keras')\n",
    "    ^^^^^^^^^^\n",
    "NotImplementedError: \n",
    "Object MyDense was created by passing\nnon-serializable argument values in `__init__()`,\n",
    "ValueError: bad\n",
    "KeyError: 'x'\n",
    "\nDuring handling of the above exception, another exception occurred:\n\n",
    "\nThe above exception was the direct cause of the following exception:\n\n",
    "  + Exception Group Traceback (most recent call last):\n",
    "  | ValueError: v\n",
    "  +-+---------------- 1 ----------------\n",
    "    | TypeError: t\n",
    "E   AssertionError: x\n",
    "tests/test_a.py:12: in test_a\n",
    "/w/a.py:3: FutureWarning: deprecated\n",
    "ERROR: Could not find a version\n",
    "error: externally-managed-environment\n",
    "NameError                                 Traceback (most recent call last)\n",
    "Cell In[3], line 5\n",
    "----> 5 f()\n",
    "File ~/x.py:1, in f()\n",
    "\x1b[31m",
    "\x1b]633;C\x07",
    "\r",
    "\r\n",
    "\x00",
    "Killed\n",
    "[rank0]: ",
    "1/10 [===>......] - loss: 0.5\r",
]

output_text = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40)), max_size=40
).map("".join)


@given(st.binary(max_size=2_000))
def test_clean_never_raises_on_bytes(data):
    text = clean_text(data)
    assert isinstance(text, str)
    assert "\x1b" not in text and "\x00" not in text


@given(output_text)
def test_clean_keeps_line_count_without_cr(text):
    if "\r" in text:
        return
    assert clean_text(text).count("\n") == text.count("\n")


@given(st.text(max_size=300))
def test_split_partial_escape_reassembles(text):
    done, rest = split_partial_escape(text)
    assert done + rest == text


@given(output_text)
def test_splitter_never_raises_and_lines_are_in_range(text):
    cleaned = clean_text(text)
    total = cleaned.count("\n") + 1
    for event in split_events(cleaned):
        assert event.blocks
        for block in event.blocks:
            assert 1 <= block.line <= total
            for frame in block.frames:
                assert frame.line is None or frame.line >= 0


@given(text=output_text)
def test_matcher_never_raises(text, engine):
    for item in engine.explain(text):
        for match in item.matches:
            assert 0.0 <= match.score <= 1.0
            assert engine.kb.get(match.entry.id) is match.entry
