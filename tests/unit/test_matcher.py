"""Ranking, prefilter, captures, versions and the regex time limit."""

import copy

from errfix_lsp.kb.model import entry_from_raw
from errfix_lsp.match.events import Frame
from errfix_lsp.match.literals import requirement
from errfix_lsp.match.matcher import Matcher
from errfix_lsp.match.split import split_events
from errfix_lsp.match.versions import infer_versions, versions_fit

BASE = {
    "signature": "x",
    "domain": "test",
    "root_cause": "y",
}


def entry(entry_id, regex, **extra):
    raw = copy.deepcopy(BASE)
    raw.update(id=entry_id, regex=regex, **extra)
    return entry_from_raw(raw, f"{entry_id}.json")


KERAS2 = (
    "Traceback (most recent call last):\n"
    '  File "/w/train.py", line 9, in <module>\n'
    '  File "/v/lib/python3.10/site-packages/keras/engine/base_layer.py", line 786, in get_config\n'
    "NotImplementedError: \n"
    "Layer MyDense has arguments ['units']\n"
    "in `__init__` and therefore must override `get_config()`.\n"
)


def test_specific_entry_outranks_generic_one():
    generic = entry("python/not-implemented", r"^NotImplementedError", confidence=0.95)
    specific = entry(
        "tensorflow/get-config",
        r"Layer (?P<class_name>\w+) has arguments.*\s+in\s+`__init__`\s+and\s+therefore\s+must\s+override\s+`get_config\(\)`",
        confidence=0.6,
    )
    matcher = Matcher([generic, specific])
    [event] = split_events(KERAS2)
    ranked = matcher.match_event(event)
    assert [m.entry.id for m in ranked] == ["tensorflow/get-config", "python/not-implemented"]
    assert ranked[0].captures == {"class_name": "MyDense"}


def test_priority_breaks_ties_explicitly():
    a = entry("t/a", r"^ValueError: bad")
    b = entry("t/b", r"^ValueError: bad", priority=1)
    assert Matcher([a, b]).match_text("ValueError: bad")[0].entry.id == "t/b"


def test_version_fit_prefers_the_pattern_for_the_version_in_the_paths():
    k3 = entry("t/k3", r"must override", patterns=[{"regex": r"must override", "versions": ["keras>=3"]}])
    k2 = entry("t/k2", r"must override", patterns=[{"regex": r"must override", "versions": ["keras<3"]}])
    [event] = split_events(KERAS2)
    ranked = Matcher([k3, k2]).match_event(event)
    assert ranked[0].entry.id == "t/k2"


def test_prefilter_skips_patterns_whose_literal_is_absent():
    entries = [entry(f"t/e{i}", rf"unique-literal-{i:04d} happened") for i in range(500)]
    matcher = Matcher(entries)
    assert matcher.candidates("RuntimeError: unique-literal-0042 happened") == [42]
    assert matcher.match_text("RuntimeError: unique-literal-0042 happened")[0].entry.id == "t/e42"


def test_catastrophic_regex_is_quarantined_and_reported_once():
    reports = []
    evil = entry("t/evil", r"(a+)+$")
    good = entry("t/good", r"^ValueError")
    matcher = Matcher([evil, good], timeout=0.02, on_quarantine=lambda path, why: reports.append(path))
    text = "ValueError: " + "a" * 5000 + "!"
    first = matcher.match_text(text)
    second = matcher.match_text(text)
    assert [m.entry.id for m in first] == [m.entry.id for m in second] == ["t/good"]
    assert reports == ["t/evil.json"]


def test_requirement_extracts_literals_and_alternatives():
    need = requirement(r"(?:Layer|Object) (?P<n>\w+) was created by passing\s+non-serializable")
    assert "non-serializable" in need.any_of or " was created by passing" in need.any_of
    branch = requirement(r"(?:CUDA out of memory|OutOfMemoryError)")
    assert set(branch.any_of) == {"cuda out of memory", "outofmemoryerror"}
    assert requirement(r"\w+").any_of == ()
    assert requirement(r"x{").weight >= 0  # parse problems never raise


def test_infer_versions_from_paths():
    k3 = [Frame("/v/lib/python3.11/site-packages/keras/src/ops/operation.py", 1)]
    k2 = [Frame("/v/lib/python3.10/site-packages/keras/src/engine/base_layer.py", 1)]
    tfk = [Frame("/v/site-packages/tf_keras/src/engine/base_layer.py", 1)]
    assert infer_versions(k3) == {"python": "3.11", "keras": "3"}
    assert infer_versions(k2)["keras"] == "2"
    assert infer_versions(tfk)["keras"] == "2"
    assert versions_fit(["keras>=3"], {"keras": "3"}) is True
    assert versions_fit(["keras<2.13"], {"keras": "2"}) is True
    assert versions_fit(["keras>=3"], {"keras": "2"}) is False
    assert versions_fit(["keras>=3"], {}) is None


STARVED_CHILD = """
import json, threading, time
from tests.unit.test_matcher import entry
from errfix_lsp.match.matcher import Matcher
matcher = Matcher([entry("t/slowish", r"(?:\\d )+\\d{3}")], timeout=0.05)
text = "1 " * 450  # about 20 ms of CPU per search: slow, but well under the timeout
busy = True
def event_loop():  # the server's other thread, decoding a flood of terminal output
    while busy:
        sum(range(1000))
threading.Thread(target=event_loop).start()
searches, deadline = 0, time.monotonic() + 3
while time.monotonic() < deadline:
    matcher.match_text(text)
    searches += 1
busy = False
print(json.dumps({"quarantined": len(matcher.quarantine.items), "starved": matcher.starved,
                  "searches": searches}))
"""


def test_a_search_slowed_by_another_thread_does_not_quarantine_its_regex():
    """regex's timeout counts the CPU time of the whole process: while the server's event loop
    thread is busy, a sound pattern can time out. Only a pattern that spent the time itself is
    switched off (otherwise a burst of output would switch off shipped entries for the session).
    """
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", STARVED_CHILD], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["starved"] >= 1, report  # the busy thread did push searches past the timeout
    assert report["quarantined"] == 0, report
