"""Loads KB entries from files and directories. A broken file is reported and skipped, never fatal."""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .deadends import canon_to_entry, is_error_canon
from .model import Entry, entry_from_raw
from .paths import shipped_kb_dir
from .validate import Problem, validate_entry

_NOT_ENTRIES = {"schema.json", "package.json"}


@dataclass
class KnowledgeBase:
    entries: list[Entry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_id = {entry.id: entry for entry in self.entries}

    def get(self, entry_id: str) -> Entry | None:
        return self._by_id.get(entry_id)

    def __len__(self) -> int:
        return len(self.entries)


def load_kb(extra: Iterable[str | os.PathLike[str]] = (), *, shipped: bool = True) -> KnowledgeBase:
    """The shipped KB (unless `shipped=False`) plus every entry under `extra` paths."""
    roots: list[Path] = [shipped_kb_dir()] if shipped else []
    roots.extend(Path(p) for p in extra)
    entries: list[Entry] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for root in roots:
        if not root.exists():
            problems.append(Problem(str(root), "(path)", "no such file or directory"))
            continue
        for path in _json_files(root):
            entry, file_problems = load_entry_file(path)
            problems.extend(file_problems)
            if entry is None:
                continue
            if entry.id in seen:
                problems.append(
                    Problem(str(path), "id", f"duplicate id {entry.id!r}, first in {seen[entry.id]}")
                )
                continue
            seen[entry.id] = str(path)
            entries.append(entry)
    problems.extend(broken_links(entries))
    return KnowledgeBase(entries=entries, problems=problems)


def load_entry_file(path: Path) -> tuple[Entry | None, list[Problem]]:
    """One entry file in the seed format or the deadends.dev ErrorCanon format."""
    file = str(path)
    try:
        raw = json.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        return None, [Problem(file, "(file)", f"not UTF-8: {exc.reason} at byte {exc.start}")]
    except json.JSONDecodeError as exc:
        return None, [Problem(file, "(file)", f"invalid JSON: {exc.msg} (line {exc.lineno})")]
    except OSError as exc:
        return None, [Problem(file, "(file)", f"cannot read: {exc.strerror or exc}")]
    except RecursionError:
        return None, [Problem(file, "(file)", "invalid JSON: nested too deeply")]
    if is_error_canon(raw):
        raw = canon_to_entry(raw)
    problems = validate_entry(raw, file)
    if any(p.fatal for p in problems):
        return None, problems
    return entry_from_raw(raw, file), problems


def broken_links(entries: list[Entry]) -> list[Problem]:
    """`transition_graph` targets that name no loaded entry."""
    known = {entry.id for entry in entries}
    problems = []
    for entry in entries:
        for kind in ("leads_to", "preceded_by", "frequently_confused_with"):
            for target in entry.transitions(kind):
                if target not in known:
                    problems.append(
                        Problem(
                            entry.path,
                            f"transition_graph.{kind}",
                            f"links to unknown entry {target!r}",
                            fatal=False,
                        )
                    )
    return problems


def _json_files(root: Path) -> Iterator[Path]:
    if root.is_file():
        yield root
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "_", "node_modules")))
        for name in sorted(filenames):
            if name.endswith(".json") and name not in _NOT_ENTRIES:
                yield Path(dirpath) / name
