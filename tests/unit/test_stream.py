"""TerminalStream: streamed output gives the same events as the whole text, each once, as soon as
it is complete, in bounded memory.

The outputs are real: Python tracebacks and pytest failures produced by running small scripts,
and the Keras messages are the real outputs stored as examples in the shipped KB entry.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from errfix_lsp.kb.paths import shipped_kb_dir
from errfix_lsp.match.clean import clean_text
from errfix_lsp.match.split import split_events
from errfix_lsp.match.stream import TerminalStream

CHAINED = """
import json
import logging
import warnings

warnings.warn("lr is deprecated, use learning_rate")
logging.basicConfig(format="%(levelname)s:%(name)s:%(message)s")
logging.getLogger("trainer").error("checkpoint dir missing\\n  falling back to /tmp")

def load(text):
    try:
        return json.loads(text)
    except ValueError as exc:
        raise RuntimeError("config is not JSON") from exc

print("epoch 1/3 - loss: 0.5 - mean_squared_error: 0.4")
load("{oops")
"""

GROUP = """
def fail(n):
    raise ValueError(f"bad shard {n}")

errors = []
for n in range(2):
    try:
        fail(n)
    except ValueError as exc:
        errors.append(exc)
raise ExceptionGroup("loading shards failed", errors)
"""

PYTEST_FILE = """
def helper(x):
    assert x == 2, "x must be two"

def test_fails():
    helper(3)
"""


def _run(args, cwd) -> str:
    env = {**os.environ, "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1"}
    done = subprocess.run(
        args, cwd=cwd, capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL,
        env=env,
    )
    return done.stdout + done.stderr


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> dict[str, str]:
    """Real outputs: a chained traceback, a pytest failure, and the KB's recorded Keras outputs."""
    work = tmp_path_factory.mktemp("outputs")
    (work / "chained.py").write_text(CHAINED)
    (work / "test_x.py").write_text(PYTEST_FILE)
    (work / "group.py").write_text(GROUP)
    found = {
        "chained": _run([sys.executable, "chained.py"], work),
        "group": _run([sys.executable, "group.py"], work),
        "pytest": _run(
            [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "test_x.py"], work
        ),
    }
    seed = json.loads(
        (shipped_kb_dir() / "tensorflow" / "keras-model-save-custom-layer.json").read_text()
    )
    for number, example in enumerate(seed["examples"][1:], 1):
        found[f"keras{number}"] = example["text"]
    assert "Traceback (most recent call last)" in found["chained"]
    assert "UserWarning" in found["chained"] and "ERROR:trainer" in found["chained"]
    assert "Exception Group Traceback" in found["group"]
    assert "AssertionError" in found["pytest"]
    return found


def _shape(events):
    return [
        (e.kind, e.start_line, e.end_line, e.final.text, e.final.message, e.all_frames())
        for e in events
    ]


def _stream(chunks) -> list:
    stream = TerminalStream()
    events = []
    for chunk in chunks:
        events += stream.feed(chunk)
    return events + stream.end()


def _split_at(text, cuts):
    points = sorted({min(max(0, c), len(text)) for c in cuts})
    pieces, last = [], 0
    for point in points:
        pieces.append(text[last:point])
        last = point
    pieces.append(text[last:])
    return pieces


def _decorate(text: str) -> str:
    """What a terminal really sends: colours, VS Code shell-integration marks, CRLF."""
    return (
        "\x1b]633;C\x07"
        + text.replace("Traceback", "\x1b[31mTraceback\x1b[0m").replace("\n", "\r\n")
        + "\x1b]633;D;1\x07"
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_chunking_gives_the_whole_text_events(outputs, data):
    name = data.draw(st.sampled_from(sorted(outputs)))
    text = _decorate(outputs[name])
    cuts = data.draw(st.lists(st.integers(0, len(text)), max_size=40))
    expected = _shape(split_events(clean_text(text)))
    assert expected, name
    assert _shape(_stream(_split_at(text, cuts))) == expected


def test_one_byte_chunks_of_utf8_and_escapes(outputs):
    text = _decorate(outputs["chained"].replace("config", "配置 ✓"))
    expected = _shape(split_events(clean_text(text)))
    raw = text.encode("utf-8")
    assert _shape(_stream(raw[i : i + 1] for i in range(len(raw)))) == expected
    assert "配置 ✓" in expected[-1][4]


def test_event_is_reported_when_the_next_line_proves_it_ended(outputs):
    lines = outputs["chained"].splitlines(keepends=True)
    stream = TerminalStream()
    early = []
    for line in lines:
        early += stream.feed(line)
    # the warning and the logged error were followed by other lines: reported at once
    assert [e.kind for e in early] == ["warning", "log"]
    assert stream.feed("$ ") == [], "an unfinished line proves nothing"
    [late] = stream.feed("ls\n")
    assert late.kind == "traceback" and late.final.exc_type == "RuntimeError"
    assert stream.end() == [], "never reported twice"


def test_chained_traceback_is_not_cut_at_its_first_exception(outputs):
    [event] = [e for e in _stream([outputs["chained"]]) if e.kind == "traceback"]
    assert [b.exc_type for b in event.blocks] == ["json.decoder.JSONDecodeError", "RuntimeError"]


def test_line_numbers_count_from_the_start_of_each_command(outputs):
    stream = TerminalStream()
    first = stream.feed("noise\n" * 10 + outputs["keras1"] + "\n$ \n")
    assert first and first[0].start_line == 11
    assert stream.end() == []
    second = stream.feed(outputs["keras1"] + "\n$ \n")
    assert second and second[0].start_line == 1


def test_progress_bar_redraws_across_chunks_end_as_the_last_state():
    stream = TerminalStream()
    events = []
    for step in range(1, 2_001):
        events += stream.feed(f"\r{step}/2000 [====] - loss: 0.1{step % 7}")
    assert stream.held_chars < 200, "redraws of one line must not pile up"
    events += stream.feed("\nValueError: bad shape\n$ \n")
    [event] = events
    assert event.start_line == 2, "the progress line is line 1"


def test_endless_output_stays_bounded_and_a_late_error_is_still_found(outputs):
    stream = TerminalStream(max_buffer=2_000_000)
    line = "epoch 3/100 - loss: 0.2311 - mean_squared_error: 0.1204 - val_loss: 0.25\n"
    chunk = line * 1_000  # ~72 KB, with an "error" trigger word on every line
    started = time.perf_counter()
    for _ in range(120):  # ~8.6 MB, four times the buffer
        assert stream.feed(chunk) == []
        assert stream.held_chars <= 2_100_000
    elapsed = time.perf_counter() - started
    events = stream.feed(outputs["keras1"] + "\n$ \n")
    assert events and events[0].start_line == 120_001
    assert elapsed < 30, f"8.6 MB took {elapsed:.1f}s"


def test_a_line_without_newline_is_capped():
    stream = TerminalStream(max_line=1_000)
    for _ in range(1_000):
        stream.feed("x" * 1_000)
    assert stream.held_chars <= 1_000
    [event] = stream.feed("\nKeyError: 'label'\n$ \n")
    assert event.final.text == "KeyError: 'label'"


def test_long_osc_sequence_split_across_chunks_is_removed():
    osc = "\x1b]633;E;" + "python train.py --flag " * 40 + "\x07"
    text = osc + "Traceback (most recent call last):\n" '  File "a.py", line 1, in <module>\n'
    text += "KeyError: 'x'\n"
    middle = len(osc) // 2
    events = _stream([text[:middle], text[middle:]])
    assert [e.final.text for e in events] == ["KeyError: 'x'"]
    assert events[0].start_line == 1


def test_traceback_waits_for_its_exception_line_across_many_chunks():
    stream = TerminalStream()
    assert stream.feed("Traceback (most recent call last):\n") == []
    for number in range(200):
        assert stream.feed(f'  File "/w/m{number}.py", line {number + 1}, in f\n    f()\n') == []
    events = stream.feed("RecursionError: maximum recursion depth exceeded\n$ ls\n")
    [event] = events
    assert len(event.frames) == 200 and event.final.exc_type == "RecursionError"


def test_pytest_frames_come_from_location_lines_above_the_e_lines(outputs):
    text = outputs["pytest"]
    expected = split_events(clean_text(text))
    streamed = _stream(text.splitlines(keepends=True))
    assert _shape(streamed) == _shape(expected)
    assert any(f.file.endswith("test_x.py") for e in streamed for f in e.all_frames())


def test_flush_reports_an_event_held_by_a_quiet_prompt(outputs):
    stream = TerminalStream()
    assert stream.feed(outputs["keras4"] + "\nuser@host:~/proj$ ") == []
    assert stream.pending
    [event] = stream.flush()
    assert "Object MyDense" in event.final.message and not stream.pending
    assert stream.feed("ls\n") == [] and stream.end() == []


def test_a_stack_print_without_exception_does_not_hold_back_later_errors():
    """`logging` with stack_info=True prints frames and no exception line; the errors printed
    after ordinary output must still be reported as soon as they are complete."""
    stream = TerminalStream()
    stream.feed('Stack (most recent call last):\n  File "/w/train.py", line 3, in <module>\n'
                "    log.warning('slow', stack_info=True)\nEpoch 1/3\n")
    [event] = stream.feed("ERROR: Could not find a version that satisfies the requirement tensorflw\nEpoch 2/3\n")
    assert event.kind == "log"


def test_an_error_quoted_in_an_unfinished_traceback_waits_for_it():
    """A chunk may end inside a traceback's frames; a source line there that quotes an error is
    part of the traceback, as the whole text shows once its exception line arrives."""
    stream = TerminalStream()
    head = ('Traceback (most recent call last):\n  File "/w/train.py", line 3, in <module>\n'
            '    assert ok, "ValueError: bad shape"\n  File "/w/x.py", line 9, in f\n')
    early = stream.feed(head)
    late = stream.feed("    g()\nKeyError: 'units'\n$ \n") + stream.end()
    whole = split_events(head + "    g()\nKeyError: 'units'\n$ \n")
    assert _shape(early + late) == _shape(whole)
