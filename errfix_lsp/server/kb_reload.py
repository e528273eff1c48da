"""The user's KB directories (`kbPaths`) are reloaded when their files change.

Someone writing KB entries edits them while the editor runs; they expect the next error to be
matched with what they just saved, without restarting the server. The server looks at the
`.json` files under `kbPaths` itself every `POLL_SECONDS` (a `stat` per file, on the request
pool): client file watchers only cover workspace folders, and a KB directory is often outside.

A file saved half-way, or with a mistake, must not take its entries away: when a file that
loaded before fails now, its last good entries stay in use, and the problem is reported (once
per change of the KB, not once per poll).
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..engine import Engine
    from .core import ErrfixServer

log = logging.getLogger(__name__)
POLL_SECONDS = 2.0
MAX_FILES = 20_000  # files looked at per poll; a KB path pointing at a huge tree stays cheap
PROBLEMS_WARNING = "problem(s) in KB file(s)"  # part of core's KB problem message

Stamp = tuple[int, int, int]  # mtime_ns, size, inode


def fingerprint(paths: Iterable[str]) -> dict[str, Stamp]:
    """Every `.json` file under `paths` (files or directories) with its modification stamp."""
    found: dict[str, Stamp] = {}
    for root in paths:
        for path in _json_files(Path(root)):
            if len(found) >= MAX_FILES:
                return found
            try:
                stat = path.stat()
            except OSError:
                continue
            found[str(path)] = (stat.st_mtime_ns, stat.st_size, stat.st_ino)
    return found


def _json_files(root: Path) -> Iterable[Path]:
    if root.is_file():
        yield root
        return
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        for name in filenames:
            if name.endswith(".json"):
                yield Path(dirpath) / name


def keep_last_good(new: Engine, previous: Engine | None, on_quarantine=None) -> Engine:
    """`new`, plus the previous entries of files that loaded before and fail to load now."""
    if previous is None:
        return new
    from ..engine import Engine
    from ..kb.load import KnowledgeBase
    from ..kb.validate import Problem

    failed = {p.file for p in new.kb.problems if p.fatal}
    loaded_now = {entry.path for entry in new.kb.entries}
    ids = {entry.id for entry in new.kb.entries}
    kept = [
        entry for entry in previous.kb.entries
        if entry.path in failed and entry.path not in loaded_now and entry.id not in ids
    ]
    if not kept:
        return new
    notes = [
        Problem(entry.path, "(file)", f"its last good version ({entry.id}) stays in use", fatal=False)
        for entry in kept
    ]
    kb = KnowledgeBase(entries=[*new.kb.entries, *kept], problems=[*new.kb.problems, *notes])
    return Engine(kb, on_quarantine=on_quarantine)


def start(ls: ErrfixServer) -> None:
    """Start polling the KB paths (once per server; the paths are read again at each poll)."""
    task = getattr(ls, "kb_poll_task", None)
    if task is None or task.done():
        ls.kb_poll_task = asyncio.get_running_loop().create_task(_poll(ls))


async def _poll(ls: ErrfixServer) -> None:
    loop = asyncio.get_running_loop()
    paths: list[str] = []
    seen: dict[str, Stamp] = {}
    while True:
        current_paths = [ls._kb_path(p) for p in ls.settings.kb_paths]  # noqa: SLF001
        try:
            current = await loop.run_in_executor(ls.requests, fingerprint, current_paths)
        except RuntimeError:  # the pool is shut down: the server is exiting
            return
        except Exception:  # noqa: BLE001 - polling must survive odd file systems
            log.exception("looking at the KB paths failed")
            current = seen
        if current_paths != paths:
            paths, seen = current_paths, current  # new paths: the settings change reloads them
        elif current != seen:
            changed = {p for p in set(current) | set(seen) if current.get(p) != seen.get(p)}
            seen = current
            log.info("KB files changed (%s): reloading", ", ".join(sorted(changed)[:5]))
            reload(ls)
        await asyncio.sleep(POLL_SECONDS)


def reload(ls: ErrfixServer) -> None:
    """Load the KB again; its problems are shown again even if the same text was shown before."""
    ls._warned = {m for m in ls._warned if PROBLEMS_WARNING not in m}  # noqa: SLF001
    ls.start_engine_load()
