"""A client whose locale is zh-CN gets the `*_zh` fields in diagnostics, hovers and entries."""

from __future__ import annotations

import pytest
import pytest_lsp
from pytest_lsp import LanguageClient

from errfix_lsp.engine import Engine
from errfix_lsp.render import short_cause
from tests.lsp.conftest import (
    ENTRY,
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


@pytest_lsp.fixture(scope="module", config=SERVER)
async def client(lsp_client: LanguageClient, keras_run: KerasRun):
    await start(lsp_client, keras_run.root, "neovim@v0.11", locale="zh-CN")
    yield
    await lsp_client.shutdown_session()


async def test_zh_client_sees_the_zh_cause(client, keras_run):
    entry = Engine.load().kb.get(ENTRY)
    cause_zh = entry.localized("root_cause", "zh")
    assert cause_zh != entry.localized("root_cause", "en")
    send_output(client, "zh", keras_run.output, chunk=50, cwd=str(keras_run.root), exit_code=1)
    [diagnostic] = await wait_for(lambda: errfix_diagnostics(client, keras_run.train))
    assert diagnostic.message == short_cause(entry, "zh")
    text = await hover_text(client, keras_run.train, diagnostic.range.start)
    assert cause_zh in text
    assert text.startswith("`NotImplementedError:") and "最佳做法" in text
    assert entry.raw["workarounds_zh"][0] in text
    markdown = await execute(client, "errfix.showEntry", ENTRY)
    assert cause_zh in markdown
