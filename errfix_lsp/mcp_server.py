"""`errfix mcp`: errfix as Model Context Protocol tools for coding agents, over stdio.

A thin shell over the same engine as the CLI and the language server (official `mcp` SDK):

- `explain(output)`: the recognised errors in a program's output, each with its best entry's
  cause, ranked workarounds, dead ends and the fixes it offers;
- `search(query, limit)`: KB entries for a message or keywords;
- `show_entry(id, locale)`: one entry in full;
- `propose_fix(path, output)`: the fixes for one file as unified diffs with the fixer's note and
  safety. It never writes the file and refuses paths outside the root the server was started with
  (`--root`, default the current directory).

Agents get data, not prose: every tool returns JSON-able dicts, and bad input (an unknown entry,
a path outside the root) is a tool error with a message, never a crash of the server.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from . import __version__
from .engine import Engine
from .proposals import FileRefused, as_dicts, entry_summary, propose_fixes

MAX_OUTPUT_CHARS = 20_000_000  # a pasted log larger than this is cut to its last part


def build_server(engine: Engine, root: str | os.PathLike[str]) -> Any:
    """The MCP server object with errfix's tools registered (not started)."""
    from mcp.server.mcpserver import MCPServer
    from mcp.server.mcpserver.exceptions import ToolError

    root_path = Path(root).resolve()
    server = MCPServer(
        name="errfix",
        version=__version__,
        instructions=(
            "errfix recognises ML framework errors (Keras/TensorFlow, PyTorch, Hugging Face, JAX, NumPy, "
            "pandas, scikit-learn, pip/conda) in program output. Call `explain` with the output of a failed "
            "run before guessing a cause; `propose_fix` returns a diff for a file, which you may apply."
        ),
    )

    @server.tool()
    def explain(output: str, locale: str = "en") -> dict:
        """Recognise the errors in a program's output (traceback, log, CI output).

        Returns {"events": [...]}: for each error, the line in the output, the error text, the frames,
        and the best matching KB entries with cause, workarounds (best first) and dead ends.
        """
        text = output[-MAX_OUTPUT_CHARS:]
        events = []
        for item in engine.explain(text):
            block = item.key_block
            event = {
                "line": block.line,
                "text": block.text,
                "kind": item.event.kind,
                "frames": [frame.as_json() for frame in block.frames],
                "matches": [],
            }
            for rank, match in enumerate(item.matches[:3]):
                described = {"id": match.entry.id, "score": round(match.score, 4), "captures": match.captures}
                if rank == 0:
                    described.update(entry_summary(match.entry, locale))
                event["matches"].append(described)
            events.append(event)
        return {"events": events, "known": sum(1 for e in events if e["matches"])}

    @server.tool()
    def search(query: str, limit: int = 10) -> dict:
        """Search the knowledge base by error message or keywords; best first."""
        hits = engine.search(query, max(1, min(int(limit), 50)))
        return {
            "results": [
                {
                    "id": h.entry.id,
                    "signature": h.entry.signature,
                    "domain": h.entry.domain,
                    "score": round(h.score, 4),
                }
                for h in hits
            ]
        }

    @server.tool()
    def show_entry(id: str, locale: str = "en") -> dict:  # noqa: A002 - the tool's public argument name
        """One knowledge-base entry in full (cause, workarounds, dead ends, versions, docs)."""
        entry = engine.kb.get(id)
        if entry is None:
            raise ToolError(f"no entry {id!r}; use `search` to find entry ids")
        return entry_summary(entry, locale)

    @server.tool()
    def propose_fix(path: str, output: str) -> dict:
        """Fixes for the file at `path` (relative to the server's root, or absolute inside it) for the
        errors in `output`, as unified diffs. Never writes the file. `safety` is "unsafe" when the fix
        changes behaviour or security posture; `refused` lists fixers that declined and why."""
        try:
            proposals, refusals = propose_fixes(engine, output[-MAX_OUTPUT_CHARS:], path, root_path)
        except FileRefused as problem:
            raise ToolError(str(problem)) from None
        shown = [
            {k: v for k, v in p.items() if k not in ("new_source", "original")} for p in as_dicts(proposals)
        ]
        return {"fixes": shown, "refused": as_dicts(refusals)}

    return server


def serve(root: str | os.PathLike[str], kb_paths: list[str] | None = None) -> int:
    """Run the MCP server on stdio until the client disconnects."""
    engine = Engine.load(kb_paths or [])
    build_server(engine, root).run("stdio")
    return 0
