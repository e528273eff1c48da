"""Output nobody should print still gets a clear result in bounded time (pytest-timeout bounds it)."""

import os

import pytest

from errfix_lsp.match.clean import clean_text
from errfix_lsp.match.split import MAX_LINE, split_events


@pytest.mark.timeout(20)
def test_binary_garbage_and_nul_bytes(engine):
    data = os.urandom(2_000_000) + b"\x00" * 100_000
    events = engine.explain(data)
    assert isinstance(events, list)


@pytest.mark.timeout(20)
def test_ten_megabyte_single_line_is_cut_not_scanned_forever(engine):
    line = "ValueError: " + "x" * 10_000_000
    [event] = split_events(line)
    assert len(event.final.text) <= MAX_LINE
    engine.explain(line)


@pytest.mark.timeout(30)
def test_deeply_chained_exceptions():
    block = (
        "Traceback (most recent call last):\n"
        '  File "/w/a.py", line 1, in f\n'
        "ValueError: step\n"
        "\n"
        "During handling of the above exception, another exception occurred:\n"
        "\n"
    )
    text = block * 2_000 + "Traceback (most recent call last):\n" + '  File "/w/a.py", line 2, in g\n' + "RuntimeError: last\n"
    [event] = split_events(text)
    assert len(event.blocks) == 2_001
    assert event.final.exc_type == "RuntimeError"


@pytest.mark.timeout(30)
def test_many_tracebacks_in_one_log(engine):
    tb = (
        "Traceback (most recent call last):\n"
        '  File "/w/a.py", line 3, in <module>\n'
        "KeyError: 'label'\n"
    )
    events = engine.explain(tb * 20_000)
    assert len(events) == 20_000


@pytest.mark.timeout(20)
def test_escape_sequence_floods_and_lone_carriage_returns():
    text = "\x1b[" * 200_000 + "\r" * 200_000 + "\x1b]0;" + "t" * 100_000
    assert isinstance(clean_text(text), str)
