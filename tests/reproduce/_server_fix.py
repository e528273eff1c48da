"""Shared by the torch and Hugging Face fix tests: send a real failing run's output to the real
server as a terminal does, and wait for the entry's diagnostic on the failing line."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.lsp.conftest import errfix_diagnostics, send_output, wait_for


async def failing_line_diagnostic(
    client: LanguageClient, path: Path, entry: str, needle: str, fixer: str, code: int, output: str
) -> tuple[str, types.Diagnostic]:
    """(the script's text, the diagnostic of `entry` on the line containing `needle`), which must
    offer `fixer`. The output goes in 97-character CRLF chunks, as a terminal delivers it."""
    assert code != 0, f"{path.name} must fail before the fix:\n{output[-2000:]}"
    send_output(
        client,
        f"term-{path.parent.name}",
        output.replace("\n", "\r\n"),
        chunk=97,
        cwd=str(path.parent),
        command=f"python {path.name}",
        exit_code=code,
    )
    source = path.read_bytes().decode("utf-8")
    lines = source.splitlines()

    def on_failing_line() -> list[types.Diagnostic]:
        # a captured class name also gets a diagnostic on its definition: take the failing line's
        ours = [d for d in errfix_diagnostics(client, path) if d.data.get("entryId") == entry]
        return [d for d in ours if needle in lines[d.range.start.line]]

    found = await wait_for(on_failing_line, what=f"{entry} diagnostic in {path.name}\n{output[-1500:]}")
    diagnostic = found[0]
    assert fixer in diagnostic.data["fixes"]
    return source, diagnostic
