"""An on-disk cache of validated KB files, so a process starts without re-validating the KB.

Validating an entry (schema check, reading every regex for its required literals) costs ~1 ms;
a 600-entry KB made every `errfix explain`, MCP start and server start pay half a second before any
work. The cache keeps, per KB directory, each file's validated JSON, its problems and the literal
requirements of its patterns, keyed by errfix's version and the file's size, mtime and inode: a
changed, added or removed file is read again, the rest is taken as it was. It is JSON (no pickle:
a cache file is data, never code) written atomically; an unreadable or foreign cache is ignored and
rebuilt. `ERRFIX_CACHE_DIR` moves it, `ERRFIX_NO_CACHE=1` turns it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from .. import __version__
from .validate import Problem

FORMAT = 1


def cache_dir() -> Path | None:
    if os.environ.get("ERRFIX_NO_CACHE"):
        return None
    configured = os.environ.get("ERRFIX_CACHE_DIR")
    if configured:
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "errfix"


def _stamp(info: os.stat_result) -> list[int]:
    return [info.st_size, info.st_mtime_ns, info.st_ino]


class FileCache:
    """The cache of one KB directory (the shipped KB: user folders are small and often temporary)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        folder = cache_dir()
        key = hashlib.sha256(str(root.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:20]
        self.path = folder / f"kb-{key}.json" if folder is not None else None
        self.files: dict[str, Any] = {}
        self.requirements: dict[str, list] = {}
        self.used: set[str] = set()
        self.dirty = False
        self._load()

    def _load(self) -> None:
        if self.path is None:
            return
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return
        if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("version") != __version__:
            return
        files, requirements = data.get("files"), data.get("requirements")
        if isinstance(files, dict) and isinstance(requirements, dict):
            self.files, self.requirements = files, requirements

    def get(self, path: Path, info: os.stat_result) -> tuple[dict | None, list[Problem]] | None:
        """(validated raw entry or None, problems) when `path` is unchanged since it was cached."""
        item = self.files.get(str(path))
        if not isinstance(item, dict) or item.get("stamp") != _stamp(info):
            return None
        self.used.add(str(path))
        problems = [Problem(**p) for p in item.get("problems", [])]
        return item.get("raw"), problems

    def put(self, path: Path, info: os.stat_result, raw: dict | None, problems: list[Problem]) -> None:
        self.used.add(str(path))
        self.files[str(path)] = {
            "stamp": _stamp(info),
            "raw": raw,
            "problems": [vars(p) for p in problems],
        }
        self.dirty = True

    def save(self, requirements: dict[str, list]) -> None:
        """Write the cache when something changed (files added, changed or removed)."""
        if self.path is None:
            return
        if set(self.files) != self.used:
            self.files = {k: v for k, v in self.files.items() if k in self.used}
            self.dirty = True
        if requirements.keys() - self.requirements.keys():
            self.requirements.update(requirements)
            self.dirty = True
        if not self.dirty:
            return
        data = {
            "format": FORMAT,
            "version": __version__,
            "files": self.files,
            "requirements": self.requirements,
        }
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle, temp = tempfile.mkstemp(dir=self.path.parent, prefix=".kb-", suffix=".tmp")
            try:
                with os.fdopen(handle, "w", encoding="utf-8") as out:
                    json.dump(data, out, ensure_ascii=False, separators=(",", ":"))
                os.replace(temp, self.path)
            except OSError:
                Path(temp).unlink(missing_ok=True)
        self.dirty = False
