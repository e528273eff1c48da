"""The server's state and the work behind each feature (app.py only wires LSP methods to it).

Threads: the event loop answers requests; one *matching* thread runs everything that touches the
terminal streams and the KB matcher, strictly in message order (chunks of one terminal must be
fed in order); a small *request* pool runs search/explain/fixers so that a long scan never
delays a hover. Results come back to the loop with `call_soon_threadsafe` and are published
there, so the diagnostic store is only ever touched by the loop.
"""

from __future__ import annotations

import asyncio
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import unquote

from lsprotocol import types
from pygls import uris
from pygls.capabilities import get_capability
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer

from .. import __version__
from ..definitions import python_files, read_sources
from ..ignore import Rules, RulesError, project_rules, rules_from
from . import kb_reload
from .actions import FixCache
from .backlog import OutputBacklog
from .diagnostics import Context, DiagnosticStore, Origin, events_to_diagnostics
from .hover import ForeignAnchors
from .logs import LogInputs
from .protocol import ErrfixProtocol, strict_converter
from .settings import Settings, parse_settings
from .terminals import TerminalMessage, Terminals, TerminalUpdate

if TYPE_CHECKING:  # the engine (KB, matcher) is imported on the matching thread, after start-up
    from ..engine import Engine
    from ..kb.load import KnowledgeBase

log = logging.getLogger(__name__)
T = TypeVar("T")
QUARANTINE_GROUP_SECONDS = 0.5  # switched-off regexes reported without a pause this long share one message
QUARANTINE_MAX_WAIT_SECONDS = 30.0  # ... unless the burst goes on longer than this
IDLE_FLUSH_SECONDS = 1.0  # a held event is reported after this much terminal silence


def _resolved(path: Path) -> Path | None:
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        return None


class ErrfixServer(LogInputs, LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            "errfix-lsp",
            __version__,
            protocol_cls=ErrfixProtocol,
            converter_factory=strict_converter,
        )
        self.settings = Settings()
        self._reported_rules: set[str] = set()
        self._quarantine_lock = threading.Lock()
        self._quarantined: list[tuple[str, str]] = []
        self._quarantine_flush_pending = False
        self._first_quarantine = self._last_quarantine = 0.0
        self.client_locale = "en"
        self.engine: Engine | None = None
        self._engine_ready: asyncio.Event | None = None
        self._engine_generation = 0
        self.matching = ThreadPoolExecutor(1, thread_name_prefix="errfix-match")
        self.requests = ThreadPoolExecutor(2, thread_name_prefix="errfix-request")
        self.store = DiagnosticStore()
        self.foreign = ForeignAnchors()
        self.terminals = Terminals()
        self.backlog = OutputBacklog()
        self.fix_cache = FixCache()
        self.loop: asyncio.AbstractEventLoop | None = None
        self._warned: set[str] = set()
        self._log_timers: dict[str, asyncio.TimerHandle] = {}
        self._idle_timers: dict[str, asyncio.TimerHandle] = {}
        self.watch_registration: str | None = None
        self.poll_task: asyncio.Task | None = None
        self.polled: dict[str, tuple[float, int]] = {}
        self.started = time.time()
        self.root_removed = False  # the editor removed the folder rootUri names: no fallback to it

    # -- settings, locale, capabilities -------------------------------------------------------

    @property
    def locale(self) -> str:
        return self.settings.locale or self.client_locale or "en"

    def capability(self, field: str, default: Any = None) -> Any:
        return get_capability(self.client_capabilities, field, default)

    def roots(self) -> list[Path]:
        folders = [f.uri for f in self.workspace.folders.values()]
        if not folders and self.workspace.root_uri and not self.root_removed:
            folders = [self.workspace.root_uri]
        paths = [p for uri in folders if (p := uris.to_fs_path(uri))]
        roots = []
        for path in paths:  # as placement.workspace_roots, without importing the matcher early
            try:
                roots.append(Path(path).resolve(strict=True))
            except (OSError, RuntimeError, ValueError):  # ValueError: NUL, lone surrogate
                continue
        return roots

    def apply_settings(self, raw: Any, where: str) -> tuple[Settings, Settings]:
        """Merge `raw` into the settings; one warning lists every value that was not usable."""
        old = self.settings
        new, problems = parse_settings(raw, base=old)
        if problems:
            self.warn(f"errfix: problems in settings from {where}: " + "; ".join(problems))
        self.settings = new
        return old, new

    def stop_background(self) -> None:
        for timer in [*self._idle_timers.values(), *self._log_timers.values()]:
            timer.cancel()
        if self.poll_task is not None:
            self.poll_task.cancel()
        self.matching.shutdown(wait=False, cancel_futures=True)
        self.requests.shutdown(wait=False, cancel_futures=True)

    # -- messages --------------------------------------------------------------------------------

    def report_server_error(self, error: Exception, source: Any) -> None:
        """pygls' reader reports bytes that are no JSON-RPC (source JsonRpcException) here; it
        would show "Error in server" for each. One warning is enough: the client is at fault."""
        if source is JsonRpcException:
            log.warning("ignored a message that could not be read: %s", error)
            self.warn("errfix: ignored message(s) from the editor that are not valid JSON-RPC")
            return
        super().report_server_error(error, source)

    def warn(self, message: str, once: bool = True) -> None:
        """A `window/showMessage` warning, at most once per distinct text."""
        if once and message in self._warned:
            return
        self._warned.add(message)
        log.warning("%s", message)
        self.window_show_message(types.ShowMessageParams(types.MessageType.Warning, message))

    def warn_threadsafe(self, message: str) -> None:
        if self.loop is not None:
            self.loop.call_soon_threadsafe(self.warn, message)

    def report_quarantine(self, file: str, reason: str) -> None:
        """A regex switched off (any thread). Reports arriving within QUARANTINE_GROUP_SECONDS
        become one message: 200 catastrophic patterns give one pop-up, not 200; each one is
        still in the log."""
        with self._quarantine_lock:
            self._quarantined.append((file, reason))
            self._last_quarantine = time.monotonic()
            if self._quarantine_flush_pending or self.loop is None:
                return
            self._quarantine_flush_pending = True
            self._first_quarantine = self._last_quarantine
        self.loop.call_soon_threadsafe(self.loop.call_later, QUARANTINE_GROUP_SECONDS, self._flush_quarantine)

    def _flush_quarantine(self) -> None:
        with self._quarantine_lock:
            now = time.monotonic()
            still_coming = now - self._last_quarantine < QUARANTINE_GROUP_SECONDS
            if still_coming and now - self._first_quarantine < QUARANTINE_MAX_WAIT_SECONDS and self.loop:
                # more patterns are timing out right now (each costs one regex timeout): wait for
                # the burst to end, so it is one message
                self.loop.call_later(QUARANTINE_GROUP_SECONDS, self._flush_quarantine)
                return
            found, self._quarantined = self._quarantined, []
            self._quarantine_flush_pending = False
        if not found:
            return
        for file, reason in found:
            log.warning("errfix: KB regex switched off: %s (%s)", file, reason)
        if len(found) == 1:
            file, reason = found[0]
            self.warn(f"errfix: a KB regex was too slow and is switched off: {file} ({reason})")
            return
        shown = "; ".join(f"{file} ({reason})" for file, reason in found[:5])
        more = f"; and {len(found) - 5} more (see the errfix log)" if len(found) > 5 else ""
        self.warn(f"errfix: {len(found)} KB regexes were too slow and are switched off: {shown}{more}")

    # -- engine ----------------------------------------------------------------------------------

    def start_engine_load(self) -> None:
        """Load the KB on the matching thread; requests wait for it, `initialize` does not."""
        if self.loop is None:
            self.loop = asyncio.get_running_loop()
        if self._engine_ready is None:
            self._engine_ready = asyncio.Event()
        self._engine_generation += 1
        generation = self._engine_generation
        paths = [self._kb_path(p) for p in self.settings.kb_paths]
        future = self.matching.submit(self._load_engine, paths, generation)
        future.add_done_callback(lambda f: self._threadsafe(self._engine_loaded, f))

    def _kb_path(self, path: str) -> str:
        path = os.path.expanduser(path)
        roots = self.roots()
        if not os.path.isabs(path) and roots:
            return str(roots[0] / path)
        return path

    def _load_engine(self, paths: list[str], generation: int) -> KnowledgeBase:
        from ..engine import Engine
        from ..kb.load import KnowledgeBase

        def quarantined(file: str, reason: str) -> None:
            self.report_quarantine(file, reason)

        try:
            engine = Engine.load(paths, on_quarantine=quarantined)
            engine = kb_reload.keep_last_good(engine, self.engine, quarantined)
        except Exception as exc:  # noqa: BLE001 - a broken KB must leave a working server
            log.exception("KB failed to load")
            self.warn_threadsafe(f"errfix: the knowledge base failed to load: {exc}")
            engine = Engine(KnowledgeBase())
        if generation == self._engine_generation:
            self.engine = engine  # set here so later jobs on this thread see it at once
        return engine.kb

    def _engine_loaded(self, future: Future) -> None:
        if future.exception() is None:
            self._report_kb_problems(future.result())
        if self._engine_ready is not None and self.engine is not None:
            self._engine_ready.set()

    def _report_kb_problems(self, kb: KnowledgeBase) -> None:
        user = [self._kb_path(p) for p in self.settings.kb_paths]
        shown = [p for p in kb.problems if p.fatal or any(str(p.file).startswith(u) for u in user)]
        if not shown:
            return
        for problem in shown:
            self.window_log_message(types.LogMessageParams(types.MessageType.Warning, str(problem)))
        files = sorted({str(p.file) for p in shown})
        self.warn(
            f"errfix: {len(shown)} problem(s) in KB file(s), the rest of the KB is used: " + ", ".join(files)
        )

    async def ready_engine(self) -> Engine:
        if self.engine is None:
            if self._engine_ready is None:
                self.start_engine_load()
            assert self._engine_ready is not None
            await self._engine_ready.wait()
        assert self.engine is not None
        return self.engine

    # -- threading helpers -------------------------------------------------------------------------

    def _threadsafe(self, fn: Callable[..., Any], *args: Any) -> None:
        if self.loop is not None and not self.loop.is_closed():
            self.loop.call_soon_threadsafe(fn, *args)

    def on_matching(self, job: Callable[[], T], then: Callable[[T], None]) -> None:
        """Run `job` on the matching thread (in submission order), then `then` on the loop."""

        def done(future: Future) -> None:
            if future.cancelled():
                return
            exc = future.exception()
            if exc is not None:
                log.error("errfix matching job failed", exc_info=exc)
                self._threadsafe(self.warn, f"errfix: internal error while matching: {exc}")
                return
            self._threadsafe(then, future.result())

        if self._engine_ready is None:  # input before `initialized`: load the KB first
            self.start_engine_load()
        self.matching.submit(job).add_done_callback(done)

    async def on_requests(self, job: Callable[[], T]) -> T:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.requests, job)

    # -- documents and conversion context ----------------------------------------------------------

    def open_document(self, uri: str):
        return self.workspace.text_documents.get(unquote(uri))

    def read_text(self, path: str) -> str | None:
        """The editor's text of `path` when it is open, else the file on disk."""
        doc = self.open_document(uris.from_fs_path(path) or "")
        if doc is not None:
            return doc.source
        try:
            with open(path, "rb") as handle:
                return handle.read(4_000_000).decode("utf-8", errors="replace")
        except OSError:
            return None

    def context(self, log_lines: list[str] | None = None) -> Context:
        roots = self.roots()

        def sources() -> Iterable[tuple[str, str]]:
            overrides = {}
            for doc in list(self.workspace.text_documents.values()):
                if doc.path and doc.path.endswith((".py", ".pyi")):
                    overrides[doc.path] = doc.source
            return read_sources(python_files(roots), overrides)

        assert self.engine is not None
        editor_roots = [Path(p) for f in self.workspace.folders.values() if (p := uris.to_fs_path(f.uri))]
        return Context(
            roots=roots,
            editor_roots=editor_roots,
            kb=self.engine.kb,
            severity=self.settings.severity,
            locale=self.locale,
            codec=self.workspace.position_codec,
            read_text=self.read_text,
            python_sources=sources,
            log_lines=log_lines,
            rules=self.ignore_rules(editor_roots),
        )

    def ignore_rules(self, editor_roots: list[Path]) -> Rules:
        """The settings' ignore rules plus the first workspace folder's `[tool.errfix]` table; a
        broken table is reported once and left out."""
        settings = self.settings
        rules = rules_from(settings.ignore, settings.ignore_paths, dict(settings.severity_by_entry))
        if not editor_roots:
            return rules
        try:
            return project_rules(editor_roots[0]).merged(rules)
        except RulesError as problem:
            if str(problem) not in self._reported_rules:
                self._reported_rules.add(str(problem))
                self.warn(f"errfix: {problem}; [tool.errfix] ignored")
            return rules

    def forget_folders(self, removed: list[str]) -> None:
        """Withdraw (publish empty) the diagnostics of files in workspace folders the editor
        removed; fixes there are refused from now on because `roots()` no longer holds them."""
        root = uris.to_fs_path(self.workspace.root_uri or "")
        gone = [Path(p) for uri in removed if (p := uris.to_fs_path(uri))]
        if root and Path(root) in gone:
            self.root_removed = True
        kept = [Path(p) for f in self.workspace.folders.values() if (p := uris.to_fs_path(f.uri))]
        kept += self.roots()
        gone += [r for g in gone if (r := _resolved(g)) is not None]

        def in_removed_folder(uri: str) -> bool:
            path = uris.to_fs_path(uri)
            if not path:
                return False
            inside = [Path(path), _resolved(Path(path))]
            return any(p is not None and p.is_relative_to(g) for p in inside for g in gone) and not any(
                p is not None and p.is_relative_to(k) for p in inside for k in kept
            )

        self.publish(self.store.forget(in_removed_folder))

    # -- publishing ----------------------------------------------------------------------------------

    def publish(self, touched: Iterable[str]) -> None:
        for uri in sorted(set(touched)):
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=self.store.merged(uri))
            )

    def clear_all(self) -> None:
        touched = self.store.clear_all()
        self.foreign.clear()
        for state in self.terminals.all():
            state.shown_run = 0
        self.publish(touched)

    # -- terminals -----------------------------------------------------------------------------------

    def terminal_output(self, message: TerminalMessage) -> None:
        timer = self._idle_timers.pop(message.terminal, None)
        if timer is not None:
            timer.cancel()

        if not self.backlog.put(message):
            return  # joins the output already waiting for this terminal's drain job

        def job() -> list[tuple[TerminalUpdate, dict]]:
            assert self.engine is not None
            return [
                self._terminal_diagnostics(self.terminals.process(merged, self.engine.matcher))
                for merged in self.backlog.take(message.terminal)
            ]

        self.on_matching(job, lambda results: [self._apply_terminal(r) for r in results])

    def _terminal_diagnostics(self, update: TerminalUpdate) -> tuple[TerminalUpdate, dict]:
        if not update.explained:
            return update, {}
        state = self.terminals.get(update.terminal)
        origin = Origin(state.source, state.label(), update.cwd)
        return update, events_to_diagnostics(update.explained, origin, self.context())

    def _flush_idle_terminal(self, name: str, run: int) -> None:
        self._idle_timers.pop(name, None)

        def job() -> tuple[TerminalUpdate, dict] | None:
            assert self.engine is not None
            update = self.terminals.flush(name, run, self.engine.matcher)
            return None if update is None else self._terminal_diagnostics(update)

        self.on_matching(job, lambda result: result and self._apply_terminal(result))

    def _apply_terminal(self, result: tuple[TerminalUpdate, dict]) -> None:
        update, by_uri = result
        if update.pending and not update.ended and self.loop is not None:
            timer = self._idle_timers.pop(update.terminal, None)
            if timer is not None:
                timer.cancel()
            self._idle_timers[update.terminal] = self.loop.call_later(
                IDLE_FLUSH_SECONDS, self._flush_idle_terminal, update.terminal, update.run
            )
        state = self.terminals.get(update.terminal)
        touched: set[str] = set()
        if by_uri:
            if state.shown_run != update.run:
                touched |= self.store.replace(state.source, by_uri)
                state.shown_run = update.run
            else:
                touched |= self.store.extend(state.source, by_uri)
        if update.ended and (update.exit_code == 0 or state.shown_run != update.run):
            touched |= self.store.clear(state.source)
            state.shown_run = 0 if update.exit_code == 0 else update.run
        self.publish(touched)
