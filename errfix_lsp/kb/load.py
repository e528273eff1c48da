"""Loads KB entries from files and directories. A broken file is reported and skipped, never fatal."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .deadends import canon_to_entry, is_error_canon
from .index_cache import FileCache
from .model import Entry, entry_from_raw
from .paths import shipped_kb_dir
from .validate import Problem, validate_entry

_NOT_ENTRIES = {"schema.json", "package.json"}
MAX_FILE_BYTES = 5_000_000  # one entry file; a KB path at /dev/zero or a huge file is refused
MAX_REGEX_CHARS = 2_000  # one pattern; the longest shipped pattern is a few hundred
MAX_TOTAL_REGEX_CHARS = 400_000  # all patterns of the user's KB files: the compile budget


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
    """The shipped KB (unless `shipped=False`) plus every entry under `extra` paths.

    The user's paths are bounded: regular files only (a FIFO or a device is reported, never
    read), at most MAX_FILE_BYTES per file, MAX_REGEX_CHARS per pattern and MAX_TOTAL_REGEX_CHARS
    for all their patterns together (what compiling them costs grows with that).
    """
    roots: list[tuple[Path, bool]] = [(shipped_kb_dir(), True)] if shipped else []
    roots.extend((Path(p), False) for p in extra)
    entries: list[Entry] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    budget = [MAX_TOTAL_REGEX_CHARS]
    for root, is_shipped in roots:
        kind = _kind(root)
        if kind is None:
            problems.append(Problem(str(root), "(path)", "no such file or directory"))
            continue
        if kind == "other":
            problems.append(
                Problem(str(root), "(path)", "not a regular file or directory (FIFO, device?): not read")
            )
            continue
        cache = FileCache(root) if kind == "dir" and is_shipped else None
        if cache is not None:
            _seed_requirements(cache)
        loaded: list[Entry] = []
        for path in _json_files(root, problems):
            entry, file_problems = _load_cached(path, cache)
            problems.extend(file_problems)
            if entry is not None:
                loaded.append(entry)
            if entry is None:
                continue
            if not is_shipped:
                entry = _bounded_patterns(entry, budget, problems)
                if entry is None:
                    continue
            if entry.id in seen:
                problems.append(
                    Problem(str(path), "id", f"duplicate id {entry.id!r}, first in {seen[entry.id]}")
                )
                continue
            seen[entry.id] = str(path)
            entries.append(entry)
        if cache is not None:
            cache.save(_requirements_of(loaded))
    problems.extend(broken_links(entries))
    return KnowledgeBase(entries=entries, problems=problems)


def _load_cached(path: Path, cache: FileCache | None) -> tuple[Entry | None, list[Problem]]:
    """`load_entry_file`, answered from the index cache when the file is unchanged."""
    if cache is None:
        return load_entry_file(path)
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return load_entry_file(path)
    hit = cache.get(path, info)
    if hit is not None:
        raw, problems = hit
        if raw is None or any(p.fatal for p in problems):
            return None, problems
        return entry_from_raw(raw, str(path)), problems
    entry, problems = load_entry_file(path)
    cache.put(path, info, entry.raw if entry is not None else None, problems)
    return entry, problems


def _seed_requirements(cache: FileCache) -> None:
    from ..match.literals import Requirement, seed

    known = {}
    for pattern, (any_of, weight, parsed) in cache.requirements.items():
        known[pattern] = Requirement(tuple(any_of), int(weight), bool(parsed))
    seed(known)


def _requirements_of(entries: list[Entry]) -> dict[str, list]:
    from ..match.literals import requirement

    out = {}
    for entry in entries:
        for pattern in entry.all_patterns():
            found = requirement(pattern.regex)
            out[pattern.regex] = [list(found.any_of), found.weight, found.parsed]
    return out


def _kind(path: Path) -> str | None:
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return None
    if stat.S_ISDIR(mode):
        return "dir"
    return "file" if stat.S_ISREG(mode) else "other"


def _bounded_patterns(entry: Entry, budget: list[int], problems: list[Problem]) -> Entry | None:
    """The entry without patterns over the length cap or the remaining compile budget."""

    def fits(regex: str, where: str) -> bool:
        size = len(regex)
        if size > MAX_REGEX_CHARS:
            reason = f"regex of {size:,} characters is longer than {MAX_REGEX_CHARS:,}: not used"
        elif size > budget[0]:
            reason = f"the KB's regexes exceed {MAX_TOTAL_REGEX_CHARS:,} characters in all: not used"
        else:
            budget[0] -= size
            return True
        problems.append(Problem(entry.path, where, reason, fatal=False))
        return False

    regex = entry.regex if not entry.regex or fits(entry.regex, "regex") else ""
    patterns = tuple(p for i, p in enumerate(entry.patterns) if fits(p.regex, f"patterns[{i}].regex"))
    if not regex and not patterns:
        return None
    if regex == entry.regex and len(patterns) == len(entry.patterns):
        return entry
    return replace(entry, regex=regex, patterns=patterns)


def load_entry_file(path: Path) -> tuple[Entry | None, list[Problem]]:
    """One entry file in the seed format or the deadends.dev ErrorCanon format."""
    file = str(path)
    try:
        raw = json.loads(_read_regular(path).decode("utf-8"))
    except UnicodeDecodeError as exc:
        return None, [Problem(file, "(file)", f"not UTF-8: {exc.reason} at byte {exc.start}")]
    except json.JSONDecodeError as exc:
        return None, [Problem(file, "(file)", f"invalid JSON: {exc.msg} (line {exc.lineno})")]
    except OSError as exc:
        return None, [Problem(file, "(file)", f"cannot read: {exc.strerror or exc}")]
    except _Refused as exc:
        return None, [Problem(file, "(file)", str(exc))]
    except RecursionError:
        return None, [Problem(file, "(file)", "invalid JSON: nested too deeply")]
    if is_error_canon(raw):
        raw = canon_to_entry(raw)
    capped = _cap_regex_lengths(raw, file)  # before validation: parsing a 10 MB regex takes minutes
    problems = capped + validate_entry(raw, file)
    if any(p.fatal for p in problems):
        return None, problems
    return entry_from_raw(raw, file), problems


def _cap_regex_lengths(raw: object, file: str) -> list[Problem]:
    """Drop patterns longer than MAX_REGEX_CHARS from `raw` (in place), one problem each."""
    if not isinstance(raw, dict):
        return []
    problems = []

    def too_long(value: object) -> bool:
        return isinstance(value, str) and len(value) > MAX_REGEX_CHARS

    if too_long(raw.get("regex")):
        problems.append(
            Problem(
                file,
                "regex",
                f"regex of {len(raw['regex']):,} characters is longer than "
                f"{MAX_REGEX_CHARS:,}: entry not used",
            )
        )
        raw["regex"] = None
    patterns = raw.get("patterns")
    if isinstance(patterns, list):
        kept = []
        for index, item in enumerate(patterns):
            if isinstance(item, dict) and too_long(item.get("regex")):
                problems.append(
                    Problem(
                        file,
                        f"patterns[{index}].regex",
                        f"regex of {len(item['regex']):,} "
                        f"characters is longer than {MAX_REGEX_CHARS:,}: not used",
                        fatal=False,
                    )
                )
                continue
            kept.append(item)
        raw["patterns"] = kept
    return problems


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


class _Refused(Exception):
    """A KB path that is not read (not a regular file, too large)."""


def _read_regular(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES. Opened without blocking (a FIFO
    would wait for a writer forever) and checked on the open descriptor, not the name."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _Refused("not a regular file (FIFO, device?): not read")
        if info.st_size > MAX_FILE_BYTES:
            raise _Refused(
                f"{info.st_size:,} bytes, more than the {MAX_FILE_BYTES:,} a KB file may have: not read"
            )
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise _Refused(f"more than {MAX_FILE_BYTES:,} bytes: not read")
        return data
    finally:
        os.close(fd)


def _json_files(root: Path, problems: list[Problem] | None = None) -> Iterator[Path]:
    if _kind(root) == "file":
        yield root
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "_", "node_modules")))
        for name in sorted(filenames):
            if name.endswith(".json") and name not in _NOT_ENTRIES:
                path = Path(dirpath) / name
                if _kind(path) == "file":
                    yield path
                elif problems is not None:
                    problems.append(
                        Problem(str(path), "(file)", "not a regular file (FIFO, device?): not read")
                    )
