"""The one place where LSP methods are registered; each handler hands over to `core`/feature modules.

Custom methods (see docs/server.md): notifications `errfix/terminalOutput` and
`errfix/diagnostics`; commands `errfix.search`, `errfix.explain`, `errfix.showEntry`,
`errfix.clear`, `errfix.runInTerminal`.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from pathlib import Path
from typing import Any, BinaryIO

from lsprotocol import types
from pygls import uris
from pygls.exceptions import JsonRpcContentModified, JsonRpcInvalidParams

from . import actions, commands, kb_reload, protocol, watch
from .core import ErrfixServer
from .diagnostics import SOURCE, normalize_uri
from .hover import Anchor, hover_at
from .terminals import parse_terminal_message

log = logging.getLogger(__name__)


class StdioServer(ErrfixServer):
    """The server as started by `errfix-lsp`: stdio through errfix's own frame reader
    (protocol.FrameReader), which resynchronises after malformed frames and caps their size."""

    def start_io(self, stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> None:
        protocol.start_io(self, stdin or sys.stdin.buffer, stdout or sys.stdout.buffer)


server = StdioServer()
MAX_FORWARDED = 500  # diagnostics per file looked at from one errfix/diagnostics message


def plain(value: Any) -> Any:
    """JSON-like values of custom params (our protocol keeps them plain; stock pygls would hand
    over namedtuples)."""
    if isinstance(value, (dict, str, int, float, bool)) or value is None:
        return value
    if hasattr(value, "_asdict"):
        return {k: plain(v) for k, v in value._asdict().items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


# -- lifecycle and settings ------------------------------------------------------------------------


@server.feature(types.INITIALIZE)
def initialize(ls: ErrfixServer, params: types.InitializeParams) -> None:
    ls.loop = asyncio.get_running_loop()
    ls.client_locale = params.locale or "en"
    ls.apply_settings(params.initialization_options, "initializationOptions")


@server.feature(types.INITIALIZED)
async def initialized(ls: ErrfixServer, params: types.InitializedParams) -> None:
    # The KB loads on the matching thread from here on, so `initialize` was answered at once.
    ls.start_engine_load()
    await pull_settings(ls)
    await watch.start(ls)
    kb_reload.start(ls)


@server.feature(types.SHUTDOWN)
def shutdown(ls: ErrfixServer, params: None) -> None:
    """Drop queued matching work so `exit` is not held up by a long scan."""
    ls.stop_background()


async def pull_settings(ls: ErrfixServer) -> None:
    if not ls.capability("workspace.configuration", False):
        return
    try:
        result = await ls.workspace_configuration_async(
            types.ConfigurationParams(items=[types.ConfigurationItem(section="errfix")])
        )
    except Exception as exc:  # noqa: BLE001 - a client that fails the pull keeps our defaults
        log.warning("workspace/configuration failed: %s", exc)
        return
    if result:
        settings_changed(ls, *ls.apply_settings(result[0], "workspace/configuration"))


def settings_changed(ls: ErrfixServer, old, new) -> None:
    if old.kb_paths != new.kb_paths:
        ls.start_engine_load()
    if old.watch_globs != new.watch_globs and ls.loop is not None:
        ls.loop.create_task(watch.start(ls))


@server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
async def did_change_configuration(ls: ErrfixServer, params: types.DidChangeConfigurationParams) -> None:
    if ls.capability("workspace.configuration", False):
        await pull_settings(ls)
    else:
        settings_changed(ls, *ls.apply_settings(params.settings, "didChangeConfiguration"))


# -- inputs ----------------------------------------------------------------------------------------------


@server.feature("errfix/terminalOutput")
def terminal_output(ls: ErrfixServer, params: Any) -> None:
    message, problem = parse_terminal_message(plain(params))
    if message is None:
        ls.warn(problem or "errfix/terminalOutput: unusable params")
        return
    ls.terminal_output(message)


@server.feature("errfix/diagnostics")
def forwarded_diagnostics(ls: ErrfixServer, params: Any) -> None:
    raw = plain(params)
    if not isinstance(raw, dict) or not isinstance(raw.get("uri"), str):
        ls.warn("errfix/diagnostics: params must be {uri: string, diagnostics: Diagnostic[]}")
        return
    uri = raw["uri"]
    given = raw.get("diagnostics")
    if not isinstance(given, list):
        ls.warn("errfix/diagnostics: 'diagnostics' must be a list of Diagnostic objects")
        return
    items = [d for d in given[:MAX_FORWARDED] if isinstance(d, dict)]

    def job() -> list[Anchor]:
        assert ls.engine is not None
        anchors = []
        for item in items:
            rng = _range(item.get("range"))
            message = item.get("message")
            if rng is None or not isinstance(message, str) or item.get("source") == SOURCE:
                continue
            found = ls.engine.matcher.match_text(message)
            if found:
                # the other tool's message is the user's error as they saw it: the hover starts with it
                anchors.append(Anchor(rng, found[0].entry.id, dict(found[0].captures), message[:400]))
        return anchors

    ls.on_matching(job, lambda anchors: ls.foreign.replace(uri, anchors))


def _range(value: Any) -> types.Range | None:
    """An LSP range from JSON, or None when any part is missing or not a valid position."""
    try:
        numbers = [value[end][part] for end in ("start", "end") for part in ("line", "character")]
    except (KeyError, TypeError):
        return None
    if not all(isinstance(n, int) and not isinstance(n, bool) and 0 <= n < 2**31 for n in numbers):
        return None
    start = types.Position(numbers[0], numbers[1])
    return types.Range(start, types.Position(numbers[2], numbers[3]))


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def did_open(ls: ErrfixServer, params: types.DidOpenTextDocumentParams) -> None:
    doc = params.text_document
    if ls.is_log_document(doc.uri, doc.language_id):
        ls.schedule_log(doc.uri, delay=0)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def did_change(ls: ErrfixServer, params: types.DidChangeTextDocumentParams) -> None:
    doc = ls.open_document(params.text_document.uri)
    if doc is not None and ls.is_log_document(doc.uri, doc.language_id):
        ls.schedule_log(params.text_document.uri)
        return
    uri = normalize_uri(params.text_document.uri)
    moved = False
    for change in params.content_changes:
        if isinstance(change, types.TextDocumentContentChangePartial):
            moved |= ls.store.follow_edit(uri, change.range, change.text, ls.workspace.position_codec)
    if moved:
        ls.publish([uri])


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: ErrfixServer, params: types.DidCloseTextDocumentParams) -> None:
    ls.close_log_document(params.text_document.uri)


@server.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
def did_change_workspace_folders(ls: ErrfixServer, params: types.DidChangeWorkspaceFoldersParams) -> None:
    """pygls has updated `workspace.folders`; what errfix published for a removed folder goes."""
    removed = [f.uri for f in params.event.removed or []]
    if removed:
        ls.forget_folders(removed)


@server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
def did_change_watched_files(ls: ErrfixServer, params: types.DidChangeWatchedFilesParams) -> None:
    for change in params.changes:
        watch.file_event(ls, change.uri, change.type == types.FileChangeType.Deleted)


# -- outputs ----------------------------------------------------------------------------------------------


@server.feature(types.TEXT_DOCUMENT_HOVER)
async def hover(ls: ErrfixServer, params: types.HoverParams) -> types.Hover | None:
    engine = await ls.ready_engine()
    formats = ls.capability("text_document.hover.content_format", None)
    markdown = not formats or types.MarkupKind.Markdown in formats
    return hover_at(
        params.text_document.uri,
        params.position,
        ls.store,
        ls.foreign,
        engine.kb,
        ls.locale,
        markdown,
    )


@server.feature(
    types.TEXT_DOCUMENT_CODE_ACTION,
    types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix], resolve_provider=True),
)
async def code_action(ls: ErrfixServer, params: types.CodeActionParams) -> list[types.CodeAction] | None:
    only = params.context.only
    if only and not any(str(kind).startswith(types.CodeActionKind.QuickFix) for kind in only):
        return None
    engine = await ls.ready_engine()
    uri = params.text_document.uri
    targets = actions.targets_for(
        uri,
        params.range,
        params.context.diagnostics or [],
        ls.store,
        ls.foreign,
        engine.kb,
        engine.matcher,
    )
    if not targets:
        return None
    doc = await _document(ls, uri)
    options = _action_options(ls)
    found = await ls.on_requests(lambda: actions.build_actions(targets, doc, options, ls.fix_cache))
    # the fix for an error raised here may belong where the named class is defined
    here = normalize_uri(uri)
    for target in targets:
        for site_uri, site in ls.store.definitions(target.entry.id, target.captures):
            if site_uri == here:
                continue
            other = await _document(ls, site_uri)
            moved = actions.Target(
                target.entry, target.captures, site.range.start.line + 1, target.diagnostic
            )
            name = Path(other.path).name if other.path else site_uri
            found[:0] = await ls.on_requests(
                lambda moved=moved, other=other, name=name: actions.build_actions(
                    [moved], other, options, ls.fix_cache, show_entry=False, where=name
                )
            )
    found += await _ignore_actions(ls, uri, targets, options)
    return actions.single_preferred(found) or None


async def _ignore_actions(
    ls: ErrfixServer, uri: str, targets: list[actions.Target], options: actions.ActionOptions
) -> list[types.CodeAction]:
    """The "don't show again" actions, writing the pyproject.toml of the document's folder."""
    folders = [Path(p) for f in ls.workspace.folders.values() if (p := uris.to_fs_path(f.uri))]
    path = uris.to_fs_path(uri)
    containing = [f for f in folders if path and Path(path).is_relative_to(f)]
    if not containing:
        return []  # a document outside the workspace gets no edits, not even to the settings
    folder = containing[0]
    pyproject_path = folder / "pyproject.toml"
    pyproject_uri = uris.from_fs_path(str(pyproject_path)) or ""
    exists = pyproject_path.is_file() or ls.open_document(pyproject_uri) is not None
    doc = await _document(ls, pyproject_uri) if exists else None
    if pyproject_path.is_symlink():
        return []  # never write through a link that may leave the workspace
    return actions.ignore_actions(targets, doc, pyproject_uri, options)


@server.feature(types.CODE_ACTION_RESOLVE)
async def code_action_resolve(ls: ErrfixServer, action: types.CodeAction) -> types.CodeAction:
    data = action.data if isinstance(action.data, dict) else {}
    uri = data.get("uri")
    if not isinstance(uri, str):
        return action
    await ls.ready_engine()
    doc = await _document(ls, uri)
    options = _action_options(ls)
    try:
        resolved = await ls.on_requests(lambda: actions.resolve_action(action, doc, options, ls.fix_cache))
    except actions.DocumentChanged as exc:
        raise JsonRpcContentModified(str(exc)) from None
    note = data.get("note")
    if isinstance(note, str) and note and resolved.edit is not None:
        ls.window_show_message(types.ShowMessageParams(types.MessageType.Info, f"errfix: {note}"))
    return resolved


async def _document(ls: ErrfixServer, uri: str) -> actions.Document:
    """Snapshot of a document: the editor's text and version, or the file on disk (version None)."""
    path = uris.to_fs_path(uri)
    open_doc = ls.open_document(uri) or (ls.open_document(uris.from_fs_path(path) or "") if path else None)
    roots = ls.roots()
    unreadable = None
    if open_doc is not None:
        source, version = open_doc.source, open_doc.version
        unreadable = actions.unencodable(source, uri)
    else:
        source, unreadable = await ls.on_requests(lambda: actions.read_disk_text(path))
        version = None
    return actions.Document(uri, path, source, version, actions.document_in_workspace(uri, roots), unreadable)


def _action_options(ls: ErrfixServer) -> actions.ActionOptions:
    properties = ls.capability("text_document.code_action.resolve_support.properties", []) or []
    return actions.ActionOptions(
        resolve_edits="edit" in properties,
        document_changes=bool(ls.capability("workspace.workspace_edit.document_changes", False)),
        codec=ls.workspace.position_codec,
        disabled_support=bool(ls.capability("text_document.code_action.disabled_support", False)),
    )


# -- commands -----------------------------------------------------------------------------------------------


async def _command(ls: ErrfixServer, fn, *args: Any) -> Any:
    engine = await ls.ready_engine()
    try:
        return await ls.on_requests(lambda: fn(engine, *args))
    except commands.BadArguments as exc:
        raise JsonRpcInvalidParams(str(exc)) from None


@server.command("errfix.search")
async def search(ls: ErrfixServer, *args: Any) -> list[dict]:
    return await _command(ls, commands.search, args)


@server.command("errfix.explain")
async def explain(ls: ErrfixServer, *args: Any) -> dict:
    return await _command(ls, commands.explain, args)


@server.command(actions.SHOW_ENTRY)
async def show_entry(ls: ErrfixServer, *args: Any) -> str:
    return await _command(ls, commands.show_entry, args, ls.locale)


@server.command("errfix.clear")
def clear(ls: ErrfixServer, *args: Any) -> None:
    ls.clear_all()


@server.command(actions.RUN_IN_TERMINAL)
def run_in_terminal(ls: ErrfixServer, *args: Any) -> dict:
    """Fallback for clients that do not run it themselves: show the command to the user."""
    try:
        command = commands.run_in_terminal_text(args)
    except commands.BadArguments as exc:
        raise JsonRpcInvalidParams(str(exc)) from None
    ls.window_show_message(
        types.ShowMessageParams(types.MessageType.Info, f"errfix: run this in a terminal: {command}")
    )
    return {"command": command, "ran": False}
