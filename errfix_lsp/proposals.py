"""Fixes proposed for one file from an error output, as unified diffs, without writing anything.

The front ends that cannot show an editor's code action (the MCP server, the notebook extension,
the CLI) share this: explain the output, run the fixers the matched entries name on the file, and
return each fix as a diff with the fixer's note and safety, or the reason it was declined. The file
must be a regular UTF-8 file inside `root` (resolved, symlinks included) and at most 2 MB; nothing
else is read, and nothing is ever written here.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from .engine import Engine
from .explain import ExplainedEvent
from .fixers import Fix, FixRequest, run_fixer
from .kb.model import Entry

MAX_FILE_BYTES = 2_000_000


class FileRefused(ValueError):
    """The path is not a file errfix may read for a fix (outside the root, not a regular file...)."""


@dataclass
class Proposal:
    entry: str
    fixer: str
    title: str
    safety: str  # "safe" keeps behaviour; "unsafe" changes it (the title says how)
    note: str
    diff: str | None  # unified diff of the file, or None for a command
    command: str | None  # a shell command to show (never run here)
    new_source: str | None
    original: str | None = None  # the text the fix was computed from: applying it checks this


@dataclass
class Refusal:
    entry: str
    fixer: str
    reason: str


def checked_file(path: str | os.PathLike[str], root: str | os.PathLike[str]) -> Path:
    """The resolved path of `path` when errfix may read it for a fix; FileRefused otherwise."""
    root_path = Path(root).resolve()
    candidate = Path(path)
    if not candidate.is_absolute():
        candidate = root_path / candidate
    try:
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError, ValueError) as error:
        raise FileRefused(f"{path}: cannot be opened ({error})") from None
    if not real.is_relative_to(root_path):
        raise FileRefused(f"{path}: outside the root {root_path}; errfix only fixes files inside it")
    if not real.is_file():
        raise FileRefused(f"{path}: not a regular file")
    if real.stat().st_size > MAX_FILE_BYTES:
        raise FileRefused(f"{path}: larger than {MAX_FILE_BYTES // 1_000_000} MB")
    return real


def read_source(path: Path) -> str:
    """The file as text, exactly; FileRefused when it is not UTF-8 (an edit would change bytes)."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise FileRefused(
            f"{path}: not UTF-8; errfix does not rewrite files it cannot read exactly"
        ) from None


def propose_fixes(
    engine: Engine, output: str, path: str | os.PathLike[str], root: str | os.PathLike[str]
) -> tuple[list[Proposal], list[Refusal]]:
    """Every fix the recognised errors in `output` offer for the file at `path`."""
    real = checked_file(path, root)
    source = read_source(real)
    display = str(Path(path))
    proposals: list[Proposal] = []
    refusals: list[Refusal] = []
    tried: set[tuple[str, str, int | None]] = set()
    for item in engine.explain(output):
        if not item.matches:
            continue
        match = item.matches[0]
        line = _line_in(item, real, Path(root).resolve())
        for fixer_id in match.entry.fixes:
            key = (match.entry.id, fixer_id, line)
            if key in tried:
                continue
            tried.add(key)
            request = FixRequest(
                source=source,
                captures=dict(match.captures),
                entry_id=match.entry.id,
                line=line,
                path=str(real),
            )
            result = run_fixer(fixer_id, request)
            if not isinstance(result, Fix):
                refusals.append(Refusal(match.entry.id, fixer_id, result.reason))
                continue
            diff = None
            if result.new_source is not None:
                diff = unified_diff(source, result.new_source, display)
            proposals.append(
                Proposal(
                    entry=match.entry.id,
                    fixer=fixer_id,
                    title=result.title,
                    safety=result.safety,
                    note=result.note or "",
                    diff=diff,
                    command=result.command,
                    new_source=result.new_source,
                    original=source,
                )
            )
    return proposals, refusals


def unified_diff(before: str, after: str, name: str) -> str:
    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True), after.splitlines(keepends=True), f"a/{name}", f"b/{name}"
        )
    )


def _line_in(item: ExplainedEvent, real: Path, root: Path) -> int | None:
    """The innermost frame's line in this file, when the traceback passes through it."""
    for frame in reversed(item.key_block.frames):
        if frame.line is None or not frame.file or frame.file.startswith("<"):
            continue
        candidate = Path(frame.file)
        if not candidate.is_absolute():
            candidate = root / candidate
        try:
            if candidate.resolve() == real:
                return frame.line
        except (OSError, RuntimeError, ValueError):
            continue
    return None


def entry_summary(entry: Entry, locale: str = "en") -> dict:
    """An entry as plain data: what a tool, an agent or a notebook shows of it."""
    return {
        "id": entry.id,
        "signature": entry.localized("signature", locale) or entry.signature,
        "cause": entry.localized("root_cause", locale),
        "workarounds": [
            {"action": w.action, "how": w.how, "success_rate": w.success_rate, "condition": w.condition}
            for w in entry.workarounds(locale)
        ],
        "dead_ends": [
            {"action": d.action, "why_fails": d.why_fails, "fail_rate": d.fail_rate}
            for d in entry.dead_ends()
        ],
        "leads_to": entry.transitions("leads_to"),
        "versions": entry.version_labels(),
        "verification_tier": entry.verification_tier,
        "confidence": entry.confidence,
        "docs": entry.official_doc_url,
        "fixes": list(entry.fixes),
    }


def as_dicts(items: list[Proposal] | list[Refusal]) -> list[dict]:
    return [asdict(item) for item in items]
