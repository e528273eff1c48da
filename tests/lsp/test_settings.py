"""Settings from initializationOptions and workspace/configuration; a user's own KB with a
broken file and a catastrophic regex: one clear message each, never a crash.
"""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.lsp.conftest import (
    SERVER,
    KerasRun,
    errfix_diagnostics,
    execute,
    hover_text,
    send_output,
    start,
    wait_for,
)

pytestmark = pytest.mark.asyncio(loop_scope="module")
CUSTOM_ID = "myproject/widget-frobnication"


def entry(entry_id: str, regex: str, cause: str) -> dict:
    return {
        "id": entry_id,
        "signature": "WidgetError: frobnication failed",
        "regex": regex,
        "domain": entry_id.split("/")[0],
        "root_cause": cause,
        "root_cause_zh": "小部件的配置缺少 frob 参数。",
        "workarounds": [{"action": "Pass frob=True", "success_rate": 0.9, "how": ""}],
        "workarounds_zh": ["传入 frob=True"],
        "confidence": 0.9,
    }


@pytest.fixture(scope="module")
def user_kb(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("user-kb")
    (folder / "widget.json").write_text(
        json.dumps(entry(CUSTOM_ID, r"WidgetError: frobnication failed for (?P<class_name>\w+)",
                         "The widget config lacks the frob parameter."))
    )
    (folder / "broken.json").write_text('{"id": "myproject/broken", "signature": ')
    (folder / "slow.json").write_text(
        json.dumps(entry("myproject/slow", r"widgetcrash: (a|a)*b", "Never matches in time."))
    )
    return folder


@pytest_lsp.fixture(scope="module", config=SERVER)
async def client(lsp_client: LanguageClient, keras_run: KerasRun, user_kb: Path):
    options = {
        "kbPaths": [str(user_kb)],
        "severity": "loud",
        "logGlobs": 5,
        "locale": "zh",
        "noSuchSetting": 1,
    }
    await start(lsp_client, keras_run.root, "visual-studio-code", options=options)
    yield
    await lsp_client.shutdown_session()


def widget_traceback(root: Path) -> str:
    return (
        "Traceback (most recent call last):\n"
        f'  File "{root / "train.py"}", line 3, in <module>\n'
        "    import os\n"
        "WidgetError: frobnication failed for MyDense\n"
    )


async def test_invalid_settings_fall_back_with_one_message(client):
    warnings = await wait_for(
        lambda: [m for m in client.messages if "settings" in m.message], what="settings warning"
    )
    [message] = warnings
    assert message.type == types.MessageType.Warning
    for key in ("severity", "logGlobs", "noSuchSetting"):
        assert key in message.message


async def test_broken_kb_file_is_named_once_and_the_rest_is_used(client, keras_run, user_kb):
    send_output(client, "w", widget_traceback(keras_run.root), cwd=str(keras_run.root), exit_code=1)
    [diagnostic] = await wait_for(lambda: errfix_diagnostics(client, keras_run.train))
    assert diagnostic.code == CUSTOM_ID
    assert diagnostic.severity == types.DiagnosticSeverity.Error  # "loud" fell back to error
    assert diagnostic.message == "小部件的配置缺少 frob 参数。"  # locale setting: zh
    text = await hover_text(client, keras_run.train, diagnostic.range.start)
    assert "传入 frob=True" in text
    kb_warnings = [m for m in client.messages if str(user_kb / "broken.json") in m.message]
    assert len(kb_warnings) == 1 and kb_warnings[0].type == types.MessageType.Warning
    # the shipped KB is still there
    assert (await execute(client, "errfix.search", "get_config"))[0]["id"].startswith("tensorflow/")


async def test_quarantined_regex_is_reported_once_naming_its_file(client, keras_run, user_kb):
    slow_text = "WidgetError: widgetcrash: " + "a" * 40 + "\n$ \n"
    for run in range(3):
        send_output(client, f"slow{run}", slow_text, exit_code=1)
    messages = await wait_for(
        lambda: [m for m in client.messages if "slow.json" in m.message], what="quarantine"
    )
    await execute(client, "errfix.search", "x")  # a round trip: later messages would be in by now
    messages = [m for m in client.messages if "slow.json" in m.message]
    assert len(messages) == 1
    assert str(user_kb / "slow.json") in messages[0].message and "switched off" in messages[0].message


@pytest_lsp.fixture(scope="module", config=SERVER)
async def pulled(lsp_client: LanguageClient, keras_run: KerasRun):
    lsp_client.set_configuration({"severity": "warning", "locale": ""}, section="errfix")
    await start(lsp_client, keras_run.root, "neovim@v0.11")
    yield
    await lsp_client.shutdown_session()


async def test_configuration_is_pulled_and_changes_apply(pulled, keras_run):
    send_output(pulled, "p", keras_run.output, cwd=str(keras_run.root), exit_code=1)
    [diagnostic] = await wait_for(lambda: errfix_diagnostics(pulled, keras_run.train))
    assert diagnostic.severity == types.DiagnosticSeverity.Warning
    pulled.set_configuration({"severity": "hint"}, section="errfix")
    pulled.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    for _attempt in range(50):  # the server pulls the new value asynchronously
        await execute(pulled, "errfix.clear")
        await wait_for(lambda: not errfix_diagnostics(pulled, keras_run.train))
        send_output(pulled, "p", keras_run.output, cwd=str(keras_run.root), exit_code=1)
        [diagnostic] = await wait_for(lambda: errfix_diagnostics(pulled, keras_run.train))
        if diagnostic.severity == types.DiagnosticSeverity.Hint:
            break
        await asyncio.sleep(0.1)
    assert diagnostic.severity == types.DiagnosticSeverity.Hint
