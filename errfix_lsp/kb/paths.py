"""Where the shipped KB lives: inside the wheel (`errfix_lsp/_kb`) or in the source tree (`kb/`)."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def shipped_kb_dir() -> Path:
    installed = _PACKAGE / "_kb"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "kb"


def schema_path() -> Path:
    return shipped_kb_dir() / "schema.json"
