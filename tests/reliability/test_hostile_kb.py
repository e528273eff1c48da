"""A hostile knowledge base given through `kbPaths`, against the real server process.

One extra KB directory holds a catastrophic-backtracking regex (`(a+)+$`, which never finishes
on a long line of `a`s followed by something else), a valid entry that recognises the same
events, and a file that is not JSON at all. The server must switch the regex off after its
first timeout and say so once, name the broken file once, and keep recognising every event
quickly.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time

import pytest
import pytest_lsp
from pytest_lsp import LanguageClient

from errfix_lsp.match.matcher import REGEX_TIMEOUT
from tests.lsp.conftest import errfix_diagnostics, execute, send_output, wait_for
from tests.reliability.conftest import SERVER, Workspace, alive, kb_entry, launch, write_entry

pytestmark = pytest.mark.asyncio(loop_scope="module")
EVENTS = 300
EVENT_LIMIT_S = 0.100

HOSTILE = textwrap.dedent('''\
    class HostileError(Exception):
        pass


    raise HostileError("a" * 3000 + "!")
    ''')


@pytest.fixture(scope="module")
def hostile(workspace: Workspace, tmp_path_factory):
    """The KB directory, and the real traceback of `hostile.py` (3,000 `a`s, then `!`)."""
    kb = tmp_path_factory.mktemp("hostile-kb")
    write_entry(kb, "catastrophic.json", kb_entry("reliability/catastrophic", r"(a+)+$"))
    write_entry(kb, "hostile-error.json", kb_entry("reliability/hostile-error", r"HostileError: a{100}"))
    write_entry(kb, "broken.json", "{ this is not JSON")
    script = workspace.root / "hostile.py"
    script.write_text(HOSTILE)
    done = subprocess.run([sys.executable, script.name], cwd=workspace.root, capture_output=True,
                          text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 1 and "HostileError: aaaa" in done.stderr, done.stderr
    return kb, script, done.stderr


@pytest_lsp.fixture(scope="module", config=SERVER)
async def client(lsp_client: LanguageClient, workspace: Workspace, hostile):
    kb, _, _ = hostile
    await launch(lsp_client, workspace.root, options={"kbPaths": [str(kb)]})
    await alive(lsp_client)
    yield
    await lsp_client.shutdown_session()


def naming(client: LanguageClient, name: str) -> list[str]:
    return [m.message for m in client.messages if name in m.message]


async def test_broken_kb_file_is_named_once_and_the_rest_loads(client, workspace, hostile):
    kb, _, _ = hostile
    await wait_for(lambda: naming(client, "broken.json"), what="a message naming broken.json")
    [message] = naming(client, "broken.json")
    assert str(kb / "broken.json") in message
    hits = await execute(client, "errfix.search", "HostileError: " + "a" * 200)
    assert hits[0]["id"] == "reliability/hostile-error"


async def test_catastrophic_regex_is_quarantined_once_and_events_stay_fast(client, workspace, hostile):
    _, script, output = hostile
    uri = script.as_uri()

    def from_terminal(name):
        return [d for d in client.diagnostics.get(uri, []) if d.data["origin"] == f"terminal:{name}"]

    # the first event meets the regex: it times out once, is switched off, and reported
    start = time.perf_counter()
    send_output(client, "first", output, cwd=str(workspace.root), exit_code=1)
    [diagnostic] = await wait_for(lambda: from_terminal("first"), what="first hostile event")
    first = time.perf_counter() - start
    assert diagnostic.code == "reliability/hostile-error"
    await wait_for(lambda: naming(client, "catastrophic.json"), what="quarantine message")

    # then EVENTS more (all different), in one burst; a workspace traceback last proves all
    # were matched: the matching thread takes them in order
    await execute(client, "errfix.clear")
    start = time.perf_counter()
    burst = "".join(output.replace("a" * 3000 + "!", "a" * (3000 + n) + "!") for n in range(EVENTS))
    assert burst.count("Traceback (most recent call last)") == EVENTS
    send_output(client, "burst", burst, chunk=64 * 1024, cwd=str(workspace.root))
    send_output(client, "burst", workspace.output, cwd=str(workspace.root), exit_code=1)
    await wait_for(lambda: errfix_diagnostics(client, workspace.train), timeout=120, what="sentinel")
    seconds = time.perf_counter() - start
    per_event = seconds / (EVENTS + 1)
    print(f"\nhostile regex: first event {first * 1000:.0f} ms (round trip, incl. the timeout); "
          f"{EVENTS} more in {seconds:.2f} s = {EVENTS / seconds:.0f} events/s, "
          f"{per_event * 1000:.1f} ms per event")
    assert from_terminal("burst"), "the hostile events were recognised"
    assert per_event < EVENT_LIMIT_S
    # far below one regex timeout: the catastrophic regex is not run again for each event
    assert per_event < REGEX_TIMEOUT / 2
    assert first < 2.0  # one round trip plus one 50 ms regex timeout, on a busy machine
    # reported once: the timeout happened once, however many events followed
    [message] = naming(client, "catastrophic.json")
    assert "too slow" in message and "reliability/catastrophic" in message

    # explain through the command: the regex stays off
    start = time.perf_counter()
    result = await execute(client, "errfix.explain", output)
    assert result["events"][0]["matches"][0]["id"] == "reliability/hostile-error"
    assert time.perf_counter() - start < 1.0
    assert len(naming(client, "catastrophic.json")) == 1
    await alive(client)
