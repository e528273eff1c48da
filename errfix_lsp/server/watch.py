"""Watched files (default `.errfix/*.log`, written by `errfix run`).

When the client can watch files for us (`didChangeWatchedFiles.dynamicRegistration`), we register
the globs and react to its events. Neovim, for one, turns that off on Linux by default; then the
server looks at the matching files itself every few seconds (a handful of `stat` calls).
Files that already exist when the server starts are old runs and are not reported; one written
after the server started but before the watching began is (the client never tells us about it).
"""

from __future__ import annotations

import asyncio
import logging
import os
import uuid
from pathlib import Path

from lsprotocol import types
from pygls import uris

from . import globs
from .core import ErrfixServer

log = logging.getLogger(__name__)
POLL_SECONDS = 2.0


async def start(ls: ErrfixServer) -> None:
    """(Re-)register the watchers for the current globs, or start polling."""
    if ls.capability("workspace.did_change_watched_files.dynamic_registration", False):
        await _register(ls)
        if ls.watch_registration is not None:
            for path, (mtime, _size) in _snapshot(ls).items():
                if mtime >= ls.started:
                    ls.watched_file_changed(path, deleted=False)
            return
    _start_polling(ls)


def _start_polling(ls: ErrfixServer) -> None:
    # files written since the server started count as changed: the first poll reports them
    ls.polled = {p: s for p, s in _snapshot(ls).items() if s[0] < ls.started}
    if ls.poll_task is None or ls.poll_task.done():
        ls.poll_task = asyncio.get_running_loop().create_task(_poll(ls))
    log.info("watching by polling: %s", ls.settings.watch_globs)


async def _register(ls: ErrfixServer) -> None:
    if ls.watch_registration is not None:
        old, ls.watch_registration = ls.watch_registration, None
        try:
            await ls.client_unregister_capability_async(
                types.UnregistrationParams(
                    unregisterations=[
                        types.Unregistration(old, types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
                    ]
                )
            )
        except Exception as exc:  # noqa: BLE001 - the client may have dropped it already
            log.info("unregistering the file watcher failed: %s", exc)
    relative = ls.capability("workspace.did_change_watched_files.relative_pattern_support", False)
    watchers = []
    for pattern in ls.settings.watch_globs:
        if relative and not os.path.isabs(pattern):
            for root in ls.roots():
                base = uris.from_fs_path(str(root))
                watchers.append(
                    types.FileSystemWatcher(glob_pattern=types.RelativePattern(base, pattern))
                )
        else:
            watchers.append(types.FileSystemWatcher(glob_pattern=globs.watcher_pattern(pattern)))
    if not watchers:
        return
    registration = f"errfix-watch-{uuid.uuid4().hex[:8]}"
    try:
        await ls.client_register_capability_async(
            types.RegistrationParams(
                registrations=[
                    types.Registration(
                        id=registration,
                        method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                        register_options=types.DidChangeWatchedFilesRegistrationOptions(
                            watchers=watchers
                        ),
                    )
                ]
            )
        )
    except Exception as exc:  # noqa: BLE001 - fall back to polling rather than watching nothing
        log.warning("client refused the file watcher (%s); polling instead", exc)
        return
    ls.watch_registration = registration


def file_event(ls: ErrfixServer, uri: str, deleted: bool) -> None:
    path = uris.to_fs_path(uri)
    if not path or not globs.matches(path, ls.settings.watch_globs, ls.roots()):
        return
    ls.watched_file_changed(path, deleted)


def _snapshot(ls: ErrfixServer) -> dict[str, tuple[float, int]]:
    state: dict[str, tuple[float, int]] = {}
    for path in ls.watched_paths():
        try:
            stat = os.stat(path)
        except (OSError, ValueError):
            continue
        state[path] = (stat.st_mtime, stat.st_size)
    return state


async def _poll(ls: ErrfixServer) -> None:
    while True:
        await asyncio.sleep(POLL_SECONDS)
        try:
            current = await asyncio.get_running_loop().run_in_executor(
                ls.requests, _snapshot, ls
            )
        except Exception:  # noqa: BLE001 - polling must survive odd file systems
            log.exception("polling watched files failed")
            continue
        log.debug("polled %d file(s)", len(current))
        for path, stamp in current.items():
            if ls.polled.get(path) != stamp:
                ls.watched_file_changed(path, deleted=False)
        for path in set(ls.polled) - set(current):
            ls.watched_file_changed(path, deleted=True)
        ls.polled = current


def describe(ls: ErrfixServer) -> str:
    """How files are watched right now (for logs and tests)."""
    if ls.watch_registration:
        return f"client watchers ({ls.watch_registration})"
    return f"polling every {POLL_SECONDS:g}s: " + ", ".join(
        str(Path(p)) for p in sorted(ls.polled)
    )
