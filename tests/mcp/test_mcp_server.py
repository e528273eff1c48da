"""`errfix mcp` driven by the official MCP SDK client over stdio, as a coding agent drives it.

The output explained is what real NumPy prints for a real script in a temporary workspace; the
fix is proposed for that script and must come back as a diff while the file stays untouched.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import require

pytestmark = [pytest.mark.asyncio, pytest.mark.timeout(300)]

SCRIPT = "import numpy as np\n\nx = np.zeros(3, dtype=np.float)\nprint(x)\n"


@pytest.fixture
def workspace(tmp_path: Path) -> tuple[Path, str]:
    """A project with a script broken by NumPy 1.24+, and what running it printed."""
    require(shutil.which("errfix") is not None, "errfix is installed (pip install -e .)")
    (tmp_path / "train.py").write_text(SCRIPT, encoding="utf-8")
    (tmp_path.parent / "outside.py").write_text(SCRIPT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "train.py"], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert done.returncode != 0 and "np.float" in done.stderr
    return tmp_path, done.stderr


async def _call(session, name: str, arguments: dict) -> tuple[bool, object]:
    result = await session.call_tool(name, arguments)
    text = "".join(part.text for part in result.content if getattr(part, "type", "") == "text")
    if result.is_error:
        return True, text
    return False, result.structured_content if result.structured_content is not None else json.loads(text)


async def test_an_agent_explains_searches_and_gets_a_diff(workspace):
    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client

    root, output = workspace
    params = StdioServerParameters(
        command=shutil.which("errfix"), args=["mcp", "--root", str(root)], cwd=str(root)
    )
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        tools = {tool.name for tool in (await session.list_tools()).tools}
        assert {"explain", "search", "show_entry", "propose_fix"} <= tools

        failed, explained = await _call(session, "explain", {"output": output})
        assert not failed, explained
        best = [e["matches"][0] for e in explained["events"] if e["matches"]][-1]
        assert best["id"] == "numpy/removed-type-alias"
        assert best["cause"] and best["workarounds"] and best["workarounds"][0]["action"]
        assert "numpy-removed-aliases" in best["fixes"]

        failed, found = await _call(session, "search", {"query": "module 'numpy' has no attribute 'float'"})
        assert not failed and found["results"][0]["id"] == "numpy/removed-type-alias"

        failed, entry = await _call(session, "show_entry", {"id": "numpy/removed-type-alias", "locale": "zh"})
        assert not failed and entry["id"] == "numpy/removed-type-alias" and entry["cause"] != best["cause"]

        failed, message = await _call(session, "show_entry", {"id": "no/such-entry"})
        assert failed and "no entry" in message

        failed, proposed = await _call(session, "propose_fix", {"path": "train.py", "output": output})
        assert not failed, proposed
        fix = proposed["fixes"][0]
        assert fix["fixer"] == "numpy-removed-aliases" and fix["safety"] == "safe"
        assert "-x = np.zeros(3, dtype=np.float)\n" in fix["diff"]
        assert "+x = np.zeros(3, dtype=float)\n" in fix["diff"]
        assert (root / "train.py").read_text(encoding="utf-8") == SCRIPT  # never written

        for outside in ("../outside.py", str(root.parent / "outside.py"), "/etc/passwd", "missing.py"):
            failed, message = await _call(session, "propose_fix", {"path": outside, "output": output})
            assert failed, f"{outside} was not refused: {message}"

        # the server survives bad input and keeps answering
        failed, again = await _call(session, "explain", {"output": "\x00\x1b[31m" * 1000})
        assert not failed and again["events"] == []
