"""The Neovim plugin's parts in real headless Neovim: terminal forwarding checked against what a
real program printed, option checking, :checkhealth on a broken setup, the vim.lsp.start path
(the one Neovim 0.10 uses), and the vimdoc."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import textwrap

import pytest

from tests.editors.nvim.harness import PLUGIN, nvim_binary, run_lua

WIDTH = 51  # odd: a double-width character cannot fill the last cell of a row

FIRST_COMMAND = [
    "plain short line",
    "x" * 130,
    "Traceback (most recent call last):",
    '  File "/home/someone/projects/a-rather-long-project-name/train.py", line 17, in <module>',
    "    model.save(path)",
    "值错误：无法序列化层" * 3,
    "trailing spaces   ",  # kept: the program printed them
    "",
    "y" * WIDTH,  # exactly one row, then an empty line: must not be joined
    "",
    "z" * WIDTH,  # exactly one row, then a frame line: must not be joined
    '  File "/x.py", line 1, in f',
    "    f()",
    "ValueError: " + "w" * 70,
]
# printed one line every 50 ms: a busy training loop
SECOND_COMMAND = ["second command output"] + [f"epoch {i} loss 0.{i}" for i in range(30)] + [
    "RuntimeError: boom"]
DEBOUNCE = 1000  # longer than the whole second command: only the max wait can flush during it

EMIT = textwrap.dedent('''\
    import json, os, sys, time
    first, second = json.loads(os.environ["ERRFIX_E2E_ARGS"])
    for line in first:
        print(line)
    for step in range(1, 4):  # a progress line redrawn with carriage returns
        sys.stdout.write(f"\\rstep {step}/3")
        sys.stdout.flush()
        time.sleep(0.05)
    print()
    sys.stdout.write("\\x1b]133;D;2\\x07")  # shell integration: the command ended with 2
    sys.stdout.flush()
    time.sleep(0.6)
    for line in second:
        print(line, flush=True)
        time.sleep(0.05)
    sys.exit(3)
    ''')


@pytest.mark.editors
def test_terminal_output_is_forwarded_as_printed(tmp_path):
    emit = tmp_path / "emit.py"
    emit.write_text(EMIT)
    args = json.dumps([FIRST_COMMAND, SECOND_COMMAND])
    run = run_lua("terminal.lua", "terminal", tmp_path, {
        "ERRFIX_E2E_EMIT": str(emit), "ERRFIX_E2E_WIDTH": str(WIDTH), "ERRFIX_E2E_ARGS": args,
        "ERRFIX_E2E_DEBOUNCE": str(DEBOUNCE),
    }, timeout=120)
    result = run.result
    assert result.get("failed") is None, run.failure()
    assert result["width"] == WIDTH
    # the wrapping really happened in the buffer
    assert "x" * WIDTH in result["lines"] and "x" * 130 not in result["lines"]

    messages = result["messages"]
    ends = [i for i, m in enumerate(messages) if m.get("exitCode") is not None]
    assert [messages[i]["exitCode"] for i in ends] == [2, 3], messages
    first = "".join(m["data"] for m in messages[: ends[0] + 1])
    second = "".join(m["data"] for m in messages[ends[0] + 1 :])
    assert first.splitlines() == FIRST_COMMAND + ["step 3/3"]
    assert second.splitlines() == SECOND_COMMAND
    assert messages[ends[0]]["data"] == "" and messages[ends[1]]["data"] == ""
    assert len({m["terminal"] for m in messages}) == 1
    assert {m["cwd"] for m in messages} == {str(tmp_path)}
    # while the loop kept printing, complete lines still went out (at most ~500 ms late)
    early = [m for m in messages[ends[0] + 1 :] if m["data"] and m["at"] < result["exited_at"]]
    assert len(early) >= 2, [(m["at"], m["data"][:30]) for m in messages]


@pytest.mark.editors
def test_setup_options_health_vim_lsp_start_and_terminal_server_start(tmp_path):
    workspace = tmp_path / "workspace"
    workspace.mkdir()
    (workspace / "script.py").write_text("print('hello')\n")
    quiet, failing = tmp_path / "quiet", tmp_path / "failing"
    quiet.mkdir()
    failing.mkdir()
    run = run_lua("setup.lua", "setup", tmp_path, {
        "ERRFIX_E2E_WORKSPACE": str(workspace), "ERRFIX_E2E_QUIET": str(quiet),
        "ERRFIX_E2E_FAILING": str(failing)}, timeout=180)
    result = run.result
    assert result.get("failed") is None, run.failure()

    bad = result["bad"]
    assert [b["ok"] for b in bad] == [False] * len(bad)
    assert all(b["message"].startswith("errfix.setup: ") and b["level"] == 4 for b in bad), bad
    assert "cmd must be" in bad[0]["message"] and 'unknown option "bogus"' in bad[3]["message"]
    assert result["did_setup_after_bad"] is False

    health = "\n".join(result["broken_health"])
    assert "ERROR" in health and "/nonexistent/errfix-lsp" in health and "not found" in health

    legacy = result["legacy"]
    assert legacy["enabled"] is False  # vim.lsp.start, not vim.lsp.enable
    assert legacy["root"] == str(workspace)
    assert legacy["server"]["name"] == "errfix-lsp"
    assert result["search"]["asked"] and "tensorflow/keras-model-save-custom-layer" in result[
        "search"]["ids"]
    assert "原因" in result["entry_zh"]  # the Chinese "Cause" label: locale zh was applied
    assert not [n for n in result["notes"] if n["level"] >= 3], result["notes"]
    # a terminal elsewhere gets its own server only once it printed an error
    assert result["roots_after_quiet"] == [str(workspace)]
    assert sorted(result["roots_after_error"]) == sorted([str(workspace), str(failing)])


@pytest.mark.editors
def test_vimdoc_builds_and_documents_every_command_and_option(tmp_path):
    nvim = nvim_binary()
    doc = tmp_path / "doc"
    shutil.copytree(PLUGIN / "doc", doc)
    run = subprocess.run([nvim, "--headless", "-u", "NONE", "-i", "NONE", "-c", f"helptags {doc}",
                          "-c", "qall!"], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "HOME": str(tmp_path)})
    assert run.returncode == 0 and not run.stderr.strip(), run.stderr
    tags = {line.split("\t")[0] for line in (doc / "tags").read_text().splitlines()}
    commands = re.findall(r"command\('(\w+)'", (PLUGIN / "lua/errfix/commands.lua").read_text())
    assert commands and {f":{c}" for c in commands} <= tags
    init = (PLUGIN / "lua/errfix/init.lua").read_text()
    defaults = init[init.index("M.defaults = {"): init.index("\n}\n", init.index("M.defaults = {"))]
    options = re.findall(r"^  (\w+) = ", defaults, re.MULTILINE)
    text = (doc / "errfix.txt").read_text()
    missing = [o for o in options if not re.search(rf"^(\w+, )*{o}\b.* ~$", text, re.MULTILINE)]
    assert len(options) >= 8 and not missing, missing
