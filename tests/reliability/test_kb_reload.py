"""A `kbPaths` directory edited while the real server runs: reloaded, and never left worse.

Files are added, changed, broken and removed under the KB directory; after each step the
server must match with what is on disk now, except that a file which fails to load keeps its
last good entries in use (and the failure is reported).
"""

from __future__ import annotations

import os
import textwrap

import pytest
import pytest_lsp
from pytest_lsp import LanguageClient

from tests.lsp.conftest import eventually, execute, send_output, wait_for
from tests.reliability.conftest import SERVER, Workspace, alive, kb_entry, launch, write_entry

pytestmark = pytest.mark.asyncio(loop_scope="module")
RELOAD = 30.0  # seconds: a poll every 2 s, a busy machine


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    directory = tmp_path_factory.mktemp("user-kb")
    write_entry(directory, "alpha.json", kb_entry("mine/alpha", r"AlphaError: first wording"))
    write_entry(directory / "sub", "gamma.json", kb_entry("mine/gamma", r"GammaError: going away"))
    return directory


@pytest_lsp.fixture(scope="module", config=SERVER)
async def client(lsp_client: LanguageClient, workspace: Workspace, kb):
    await launch(lsp_client, workspace.root, options={"kbPaths": [str(kb)]})
    await alive(lsp_client)
    yield
    await lsp_client.shutdown_session()


async def top_match(client, text: str) -> str | None:
    result = await execute(client, "errfix.explain", text)
    for event in result["events"]:
        if event["matches"]:
            return event["matches"][0]["id"]
    return None


def touch_later(path) -> None:
    """Make sure the change is visible to a poll that compares stamps (same-size rewrites)."""
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


async def reloaded_until(client, text: str, expected: str | None) -> None:
    await eventually(lambda: top_match(client, text), lambda found: found == expected,
                     timeout=RELOAD, what=f"{text!r} → {expected}")


async def test_edits_additions_and_removals_are_picked_up(client, kb):
    assert await top_match(client, "AlphaError: first wording") == "mine/alpha"
    assert await top_match(client, "AlphaError: second wording") is None
    assert await top_match(client, "GammaError: going away") == "mine/gamma"
    write_entry(kb, "alpha.json", kb_entry("mine/alpha", r"AlphaError: (first|second) wording"))
    write_entry(kb / "new" / "deeper", "beta.json", kb_entry("mine/beta", r"BetaError: brand new"))
    (kb / "sub" / "gamma.json").unlink()
    await reloaded_until(client, "AlphaError: second wording", "mine/alpha")
    assert await top_match(client, "BetaError: brand new") == "mine/beta"
    assert await top_match(client, "GammaError: going away") is None
    await alive(client)


async def test_the_terminal_uses_the_reloaded_kb(client, workspace, kb):
    write_entry(kb, "delta.json", kb_entry("mine/delta", r"DeltaError: from the terminal"))
    await reloaded_until(client, "DeltaError: from the terminal", "mine/delta")
    script = workspace.root / "delta.py"
    script.write_text("raise RuntimeError('x')\n")
    output = textwrap.dedent(f'''\
        Traceback (most recent call last):
          File "{script}", line 1, in <module>
            raise RuntimeError('x')
        DeltaError: from the terminal
        ''')
    send_output(client, "reload", output, cwd=str(workspace.root), exit_code=1)
    [diagnostic] = await wait_for(lambda: client.diagnostics.get(script.as_uri()), what="delta diagnostic")
    assert diagnostic.code == "mine/delta"


async def test_a_broken_file_keeps_its_last_good_entries_and_is_reported(client, kb):
    alpha = kb / "alpha.json"
    good = alpha.read_text()
    # broken half-way through a save, and a new entry in the same change
    alpha.write_text(good[: len(good) // 2])
    write_entry(kb, "epsilon.json", kb_entry("mine/epsilon", r"EpsilonError: proof of reload"))
    await reloaded_until(client, "EpsilonError: proof of reload", "mine/epsilon")
    assert await top_match(client, "AlphaError: second wording") == "mine/alpha"  # last good
    await wait_for(lambda: [m for m in client.messages if "alpha.json" in m.message],
                   what="a message naming alpha.json")
    # fixed with a new wording: the new version replaces the last good one
    write_entry(kb, "alpha.json", kb_entry("mine/alpha", r"AlphaError: third wording"))
    await reloaded_until(client, "AlphaError: third wording", "mine/alpha")
    assert await top_match(client, "AlphaError: second wording") is None
    # broken again, the same way: reported again (it is a new problem for the user)
    shown = len([m for m in client.messages if "alpha.json" in m.message])
    alpha.write_text(good[: len(good) // 2])
    touch_later(alpha)
    await wait_for(lambda: len([m for m in client.messages if "alpha.json" in m.message]) > shown,
                   timeout=RELOAD, what="reported again")
    assert await top_match(client, "AlphaError: third wording") == "mine/alpha"
    # a regex that no longer compiles counts as broken too
    write_entry(kb, "alpha.json", kb_entry("mine/alpha", r"AlphaError: (unclosed"))
    write_entry(kb, "zeta.json", kb_entry("mine/zeta", r"ZetaError: second proof"))
    await reloaded_until(client, "ZetaError: second proof", "mine/zeta")
    assert await top_match(client, "AlphaError: third wording") == "mine/alpha"
    await alive(client)


async def test_removing_the_whole_directory_is_reported_not_fatal(client, kb, tmp_path_factory):
    moved = tmp_path_factory.mktemp("moved") / "kb"
    kb.rename(moved)
    try:
        await reloaded_until(client, "ZetaError: second proof", None)
        await wait_for(lambda: [m for m in client.messages if str(kb) in m.message and "problem" in m.message],
                       what="missing directory reported")
        await alive(client)
    finally:
        moved.rename(kb)
    await reloaded_until(client, "ZetaError: second proof", "mine/zeta")
