"""Noise control: errors a user chose not to see, and the severity they want for the rest.

One rule set serves every front end. Rules come from the CLI (`--ignore`), from a `[tool.errfix]`
table in the project's pyproject.toml, and from the server's `errfix.ignore` setting:

    [tool.errfix]
    ignore = ["pandas/chained-assignment-*", "python/*"]   # entry ids; globs; a bare domain name
    ignore-paths = ["tests/*", "scripts/legacy/*"]         # errors placed in these files
    severity = { "tensorflow" = "warning", "numpy/removed-type-alias" = "information" }

An ignored entry is dropped from an event's matches (a less specific entry may then answer); an
event placed in an ignored path is dropped whole. Severity is looked up by entry id, then glob, then
domain; the default is "error".
"""

from __future__ import annotations

import contextlib
import fnmatch
import json
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .explain import ExplainedEvent
from .placement import place, workspace_roots

SEVERITIES = ("error", "warning", "information", "hint")
_INSTALLED = {"site-packages", "dist-packages"}


class RulesError(ValueError):
    """A rule that cannot be used (a severity that does not exist, a table of the wrong shape)."""


@dataclass(frozen=True)
class Rules:
    entries: tuple[str, ...] = ()
    paths: tuple[str, ...] = ()
    severity: tuple[tuple[str, str], ...] = ()
    sources: tuple[str, ...] = field(default=(), compare=False)  # where the rules came from

    def merged(self, other: Rules) -> Rules:
        return Rules(
            self.entries + other.entries,
            self.paths + other.paths,
            self.severity + other.severity,
            self.sources + other.sources,
        )

    def ignores_entry(self, entry_id: str) -> bool:
        domain = entry_id.split("/", 1)[0]
        return any(pattern == domain or fnmatch.fnmatchcase(entry_id, pattern) for pattern in self.entries)

    def ignores_path(self, path: str, root: str | os.PathLike[str] | None = None) -> bool:
        candidates = {path.replace("\\", "/")}
        if root is not None:
            with contextlib.suppress(ValueError, OSError):
                candidates.add(Path(path).resolve().relative_to(Path(root).resolve()).as_posix())
        return any(
            fnmatch.fnmatchcase(candidate, pattern) or fnmatch.fnmatchcase(candidate, f"*/{pattern}")
            for candidate in candidates
            for pattern in self.paths
        )

    def severity_of(self, entry_id: str, default: str = "error") -> str:
        domain = entry_id.split("/", 1)[0]
        exact = [level for pattern, level in self.severity if pattern == entry_id]
        globbed = [level for pattern, level in self.severity if fnmatch.fnmatchcase(entry_id, pattern)]
        by_domain = [level for pattern, level in self.severity if pattern == domain]
        for found in (exact, globbed, by_domain):
            if found:
                return found[-1]
        return default

    def apply(
        self, explained: list[ExplainedEvent], root: str | os.PathLike[str] | None = None
    ) -> list[ExplainedEvent]:
        """The events with ignored entries removed from their matches and ignored paths dropped."""
        if not (self.entries or self.paths):
            return explained
        kept = []
        for item in explained:
            where = _user_file(item, root) if self.paths else None
            if where is not None and self.ignores_path(where, root):
                continue
            matches = [m for m in item.matches if not self.ignores_entry(m.entry.id)]
            kept.append(replace(item, matches=matches) if len(matches) != len(item.matches) else item)
        return kept


def _user_file(item: ExplainedEvent, root: str | os.PathLike[str] | None) -> str | None:
    """The file the error is placed in: the innermost frame inside `root` (as the editor and the
    CI formats place it), else the innermost frame outside installed packages."""
    frames = item.key_block.frames
    if root is not None:
        placed = place(frames, workspace_roots([root]), str(root))
        if placed is not None:
            return str(placed.path)
    for frame in reversed(frames):
        if frame.file and not _INSTALLED.intersection(Path(frame.file).parts):
            return frame.file
    return None


def rules_from(
    ignore: Iterable[str] = (),
    paths: Iterable[str] = (),
    severity: dict[str, str] | None = None,
    source: str = "",
) -> Rules:
    levels = []
    for pattern, level in (severity or {}).items():
        if level not in SEVERITIES:
            raise RulesError(
                f"{source or 'severity'}: {pattern!r} = {level!r}; use one of {', '.join(SEVERITIES)}"
            )
        levels.append((str(pattern), level))
    return Rules(tuple(map(str, ignore)), tuple(map(str, paths)), tuple(levels), (source,) if source else ())


def project_rules(start: str | os.PathLike[str]) -> Rules:
    """The `[tool.errfix]` table of the nearest pyproject.toml at or above `start`."""
    try:
        import tomllib
    except ImportError:  # Python 3.10
        try:
            import tomli as tomllib  # type: ignore[no-redef]
        except ImportError:
            return Rules()
    here = Path(start).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if not candidate.is_file():
            continue
        stamp = _stamp(candidate)
        cached = _PARSED.get(str(candidate))
        if cached is not None and cached[0] == stamp:
            return cached[1]  # the server asks on every batch of events: read the file once per change
        try:
            table = tomllib.loads(candidate.read_text(encoding="utf-8")).get("tool", {}).get("errfix", {})
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
            raise RulesError(f"{candidate}: {error}") from None
        if not isinstance(table, dict):
            raise RulesError(f"{candidate}: [tool.errfix] must be a table")
        ignore, paths, severity = (
            table.get("ignore", []),
            table.get("ignore-paths", []),
            table.get("severity", {}),
        )
        if not (isinstance(ignore, list) and isinstance(paths, list) and isinstance(severity, dict)):
            raise RulesError(f"{candidate}: [tool.errfix] ignore/ignore-paths are lists, severity a table")
        rules = rules_from(ignore, paths, severity, source=str(candidate))
        _PARSED[str(candidate)] = (stamp, rules)
        return rules
    return Rules()


_PARSED: dict[str, tuple[tuple[int, int, int], Rules]] = {}


def _stamp(path: Path) -> tuple[int, int, int]:
    info = path.stat()
    return (info.st_size, info.st_mtime_ns, info.st_ino)


_TABLE = re.compile(r"^\[tool\.errfix\][ \t]*(?:#[^\r\n]*)?(?=\r?$)", re.M)
_NEXT_TABLE = re.compile(r"^\[", re.M)
_IGNORE_KEY = re.compile(r"^ignore[ \t]*=[ \t]*\[", re.M)


def with_ignored_entry(text: str | None, entry_id: str) -> str | None:
    """pyproject.toml text with `entry_id` added to `[tool.errfix] ignore`, everything else kept
    byte for byte; None when errfix cannot edit this file safely (it does not parse, or the result
    would not read back as exactly that change)."""
    item = json.dumps(entry_id)
    if text is None or not text.strip():
        new = f"[tool.errfix]\nignore = [{item}]\n"
    else:
        newline = "\r\n" if "\r\n" in text else "\n"
        table = _TABLE.search(text)
        if table is None:
            sep = "" if text.endswith(("\n", "\r")) else newline
            new = f"{text}{sep}{newline}[tool.errfix]{newline}ignore = [{item}]{newline}"
        else:
            following = _NEXT_TABLE.search(text, table.end())
            end = following.start() if following else len(text)
            key = _IGNORE_KEY.search(text, table.end(), end)
            if key is None:
                at = table.end()
                new = f"{text[:at]}{newline}ignore = [{item}]{text[at:]}"
            else:
                close = text.find("]", key.end())
                if close < 0 or close > end:
                    return None
                inside = text[key.end() : close]
                stripped = inside.rstrip()
                if not stripped.strip():
                    addition = item
                elif stripped.endswith(","):
                    addition = f" {item}" if "\n" not in inside else f"{newline}    {item},"
                else:
                    addition = f", {item}"
                at = key.end() + len(stripped)
                new = f"{text[:at]}{addition}{text[at:]}"
    return new if _only_added(text, new, entry_id) else None


def _only_added(old: str | None, new: str, entry_id: str) -> bool:
    try:
        import tomllib
    except ImportError:  # Python 3.10
        try:
            import tomli as tomllib  # type: ignore[no-redef]
        except ImportError:
            return False
    try:
        before = tomllib.loads(old or "")
        after = tomllib.loads(new)
    except (tomllib.TOMLDecodeError, ValueError):
        return False
    old_ignore = before.get("tool", {}).get("errfix", {}).get("ignore", [])
    if after.get("tool", {}).get("errfix", {}).get("ignore") != [*old_ignore, entry_id]:
        return False
    after["tool"]["errfix"]["ignore"] = old_ignore
    if not old_ignore and "ignore" not in before.get("tool", {}).get("errfix", {}):
        del after["tool"]["errfix"]["ignore"]
        if not after["tool"]["errfix"] and "errfix" not in before.get("tool", {}):
            del after["tool"]["errfix"]
            if not after["tool"] and "tool" not in before:
                del after["tool"]
    return after == before
