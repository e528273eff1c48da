"""Explained errors in the formats CI systems read: GitHub workflow commands and SARIF 2.1.0.

Both put each recognised error on the user's own file and line, found the way the language server
finds it (the innermost traceback frame inside the repository, never site-packages), with paths
relative to the repository root so the CI system can link them. Errors errfix does not recognise
are left out: these formats are for what errfix can explain.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from . import __version__
from .explain import ExplainedEvent
from .kb.model import Entry
from .placement import place, user_code_frames, workspace_roots
from .render import short_cause

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/errfix-lsp/errfix"


def _location(item: ExplainedEvent, root: Path, cwd: str | None) -> tuple[str, int] | None:
    """(path relative to root, 1-based line) of the user's frame, or None when none is in root."""
    block = item.key_block
    frames = [*block.frames, *user_code_frames(block.message)]
    roots = workspace_roots([root])
    placed = place(frames, roots, cwd)
    if placed is None or not roots:
        return None
    return placed.path.relative_to(roots[0]).as_posix(), placed.line


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_lines(
    explained: list[ExplainedEvent], root: str | os.PathLike[str], cwd: str | None = None
) -> str:
    """One `::error file=…,line=…,title=…::…` workflow command per recognised error."""
    out = []
    for item in explained:
        if not item.matches:
            continue
        entry = item.matches[0].entry
        message = f"{item.key_block.text.strip()}\n{short_cause(entry, limit=600)}\nerrfix: {entry.id}"
        properties = [f"title={_escape_property('errfix: ' + entry.id)}"]
        where = _location(item, Path(root), cwd)
        if where is not None:
            properties[:0] = [f"file={_escape_property(where[0])}", f"line={where[1]}"]
        out.append(f"::error {','.join(properties)}::{_escape_data(message)}")
    return "\n".join(out) + ("\n" if out else "")


def _rule(entry: Entry) -> dict:
    workarounds = entry.workarounds()
    help_lines = [entry.root_cause, ""]
    help_lines += [
        f"{n}. {w.action}: {w.how}" if w.how else f"{n}. {w.action}" for n, w in enumerate(workarounds, 1)
    ]
    rule = {
        "id": entry.id,
        "name": entry.id.replace("/", "_").replace("-", "_"),
        "shortDescription": {"text": entry.signature[:1000]},
        "fullDescription": {"text": entry.root_cause or entry.signature},
        "help": {"text": "\n".join(help_lines).strip()},
        "defaultConfiguration": {"level": "error"},
        "properties": {"tags": list(dict.fromkeys([entry.domain, *entry.tags]))[:20], "precision": "high"},
    }
    if entry.official_doc_url:
        rule["helpUri"] = entry.official_doc_url
    return rule


def sarif_log(explained: list[ExplainedEvent], root: str | os.PathLike[str], cwd: str | None = None) -> dict:
    """A SARIF 2.1.0 log: one rule per KB entry that matched, one result per recognised error."""
    rules: list[dict] = []
    index: dict[str, int] = {}
    results = []
    for item in explained:
        if not item.matches:
            continue
        entry = item.matches[0].entry
        if entry.id not in index:
            index[entry.id] = len(rules)
            rules.append(_rule(entry))
        result = {
            "ruleId": entry.id,
            "ruleIndex": index[entry.id],
            "level": "error",
            "message": {"text": f"{item.key_block.text.strip()}\n{short_cause(entry, limit=600)}"},
        }
        where = _location(item, Path(root), cwd)
        if where is not None:
            result["locations"] = [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": where[0], "uriBaseId": "SRCROOT"},
                        "region": {"startLine": where[1]},
                    }
                }
            ]
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "errfix",
                        "version": __version__,
                        "informationUri": INFORMATION_URI,
                        "rules": rules,
                    }
                },
                "originalUriBaseIds": {"SRCROOT": {"uri": Path(root).resolve().as_uri() + "/"}},
                "results": results,
            }
        ],
    }


def sarif_text(explained: list[ExplainedEvent], root: str | os.PathLike[str], cwd: str | None = None) -> str:
    return json.dumps(sarif_log(explained, root, cwd), indent=2, ensure_ascii=False) + "\n"
