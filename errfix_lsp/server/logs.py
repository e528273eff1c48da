"""Log documents opened in the editor and watched files: the whole text is explained at once.

A mixin of `core.ErrfixServer` (it uses the server's settings, documents and matching thread).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pygls import uris

from . import globs
from .diagnostics import Origin, events_to_diagnostics, normalize_uri

if TYPE_CHECKING:
    from .core import ErrfixServer

MAX_LOG_CHARS = 20_000_000  # a log document or watched file is explained from its last 20 MB


class LogInputs:
    def is_log_document(self: ErrfixServer, uri: str, language_id: str | None) -> bool:
        if language_id and language_id in self.settings.log_language_ids:
            return True
        path = uris.to_fs_path(uri)
        return bool(path) and globs.matches(path, self.settings.log_globs, self.roots())

    def schedule_log(self: ErrfixServer, uri: str, delay: float = 0.3) -> None:
        """Explain an open log document after edits settle (typing must not rescan each key)."""
        assert self.loop is not None
        timer = self._log_timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        self._log_timers[uri] = self.loop.call_later(delay, self._explain_log_document, uri)

    def _explain_log_document(self: ErrfixServer, uri: str) -> None:
        self._log_timers.pop(uri, None)
        doc = self.open_document(uri)
        if doc is None:
            return
        text = doc.source[-MAX_LOG_CHARS:]
        path = doc.path
        label = f"log {Path(path).name}" if path else f"log {uri}"
        origin = Origin(f"doc:{normalize_uri(uri)}", label, _log_cwd(path), normalize_uri(uri))
        self._explain_text(origin, text, mark_lines=True)

    def close_log_document(self: ErrfixServer, uri: str) -> None:
        timer = self._log_timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        self.publish(self.store.clear(f"doc:{normalize_uri(uri)}"))

    def watched_file_changed(self: ErrfixServer, path: str, deleted: bool) -> None:
        uri = uris.from_fs_path(path) or path
        key = f"watch:{normalize_uri(uri)}"
        if deleted:
            self.publish(self.store.clear(key))
            return
        origin = Origin(key, f"{Path(path).name} (watched)", _log_cwd(path), normalize_uri(uri))

        def read() -> str:
            with open(path, "rb") as handle:
                size = handle.seek(0, os.SEEK_END)
                handle.seek(max(0, size - MAX_LOG_CHARS))
                return handle.read().decode("utf-8", errors="replace")

        self._explain_text(origin, read, mark_lines=False)

    def _explain_text(
        self, origin: Origin, text: str | Callable[[], str], mark_lines: bool
    ) -> None:
        def job() -> dict:
            assert self.engine is not None
            try:
                content = text() if callable(text) else text
            except OSError as exc:
                self.warn_threadsafe(f"errfix: cannot read {origin.label}: {exc.strerror or exc}")
                return {}
            explained = self.engine.explain(content)
            lines = content.split("\n") if mark_lines else None
            ctx = self.context(log_lines=lines)
            by_uri = events_to_diagnostics(explained, origin, ctx)
            if not mark_lines and origin.log_uri:
                by_uri.pop(origin.log_uri, None)
            return by_uri

        self.on_matching(job, lambda by_uri: self.publish(self.store.replace(origin.key, by_uri)))

    def watched_paths(self: ErrfixServer) -> list[str]:
        """Files matching the watch globs now (for clients that cannot watch files for us)."""
        found: list[str] = []
        for root in self.roots():
            for pattern in self.settings.watch_globs:
                if os.path.isabs(pattern):
                    continue
                try:
                    found.extend(str(p) for p in root.glob(pattern) if p.is_file())
                except (OSError, ValueError, NotImplementedError):
                    continue
        return sorted(set(found))


def _log_cwd(path: str | None) -> str | None:
    """Relative frames in `.errfix/last-run.log` are relative to where `errfix run` ran."""
    if not path:
        return None
    parent = Path(path).parent
    return str(parent.parent if parent.name == ".errfix" else parent)
