"""Code actions: the fixers named by a matched KB entry, as versioned workspace edits.

Like ruff's server, the list is rebuilt from what the request carries (the diagnostics' `data`),
so it works for any client and survives restarts. Fixers run when the list is asked for, so the
user is never offered a fix that would decline; turning the fixed text into edits waits for
`codeAction/resolve` when the client supports it. Every edit names the document version it was
computed from: an edit for a changed document is refused (ContentModified), never applied.

A fix that is a shell command (`pip install ...`) becomes an action running the command
`errfix.runInTerminal` with the command line as its argument. Editor plugins run it in a
terminal; the server's own implementation of that command only shows it (see commands.py).
"""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from lsprotocol import types
from pygls import uris
from pygls.workspace.position_codec import PositionCodec

from ..fixers import Fix, FixRequest, FixResult, get_fixer, run_fixer
from ..fixers.edits import editor_edits
from ..textlines import encoding_name
from .diagnostics import DiagnosticStore
from .hover import Anchor, ForeignAnchors, anchor_of

if TYPE_CHECKING:
    from ..kb.load import KnowledgeBase
    from ..kb.model import Entry
    from ..match.matcher import Matcher

SHOW_ENTRY = "errfix.showEntry"
RUN_IN_TERMINAL = "errfix.runInTerminal"


class DocumentChanged(Exception):
    """The document changed after the action was computed."""


@dataclass
class Target:
    """Something a fix could apply to: a diagnostic and the entry behind it."""

    entry: Entry
    captures: dict
    line: int | None  # 1-based
    diagnostic: types.Diagnostic | None


@dataclass
class Document:
    """A snapshot of the target document, taken on the event loop."""

    uri: str
    path: str | None
    source: str
    version: int | None
    in_workspace: bool
    # why errfix cannot edit this text exactly (a file on disk that is not UTF-8): fixes that
    # edit are declined with this reason instead of rewriting bytes errfix could not read
    unreadable: str | None = None


@dataclass
class ActionOptions:
    resolve_edits: bool  # leave `edit` to codeAction/resolve
    document_changes: bool = True
    codec: PositionCodec = field(default_factory=PositionCodec)
    disabled_support: bool = False  # the client shows `disabled` actions with their reason


def targets_for(
    uri: str,
    rng: types.Range,
    context_diagnostics: Sequence[types.Diagnostic],
    store: DiagnosticStore,
    foreign: ForeignAnchors,
    kb: KnowledgeBase,
    matcher: Matcher,
) -> list[Target]:
    """Targets from the request's diagnostics; ours via `data`, others' by matching the message."""
    anchors: list[tuple[Anchor, types.Diagnostic | None]] = []
    for diagnostic in context_diagnostics:
        anchor = anchor_of(diagnostic)
        if anchor is None and diagnostic.message:
            found = matcher.match_text(diagnostic.message)
            if found:
                anchor = Anchor(diagnostic.range, found[0].entry.id, dict(found[0].captures))
        if anchor is not None:
            anchors.append((anchor, diagnostic))
    if not context_diagnostics:
        for line in range(rng.start.line, rng.end.line + 1):
            position = types.Position(line, 0)
            for diagnostic in store.at(uri, position):
                anchor = anchor_of(diagnostic)
                if anchor is not None:
                    anchors.append((anchor, diagnostic))
        anchors.extend((anchor, None) for anchor in foreign.in_range(uri, rng))
    targets: list[Target] = []
    seen: set[tuple[str, int]] = set()
    for anchor, diagnostic in anchors:
        entry = kb.get(anchor.entry_id)
        if entry is None or (entry.id, anchor.range.start.line) in seen:
            continue
        seen.add((entry.id, anchor.range.start.line))
        targets.append(Target(entry, anchor.captures, anchor.range.start.line + 1, diagnostic))
    return targets


def document_in_workspace(uri: str, roots: Sequence[Path]) -> bool:
    from ..placement import inside_workspace

    path = uris.to_fs_path(uri)
    if not path:
        return False
    try:
        return inside_workspace(Path(path).resolve(), roots)
    except (OSError, RuntimeError, ValueError):  # ValueError: NUL, lone surrogate
        return False


MAX_DISK_BYTES = 4_000_000
_BOM = b"\xef\xbb\xbf"


def read_disk_text(path: str | None) -> tuple[str, str | None]:
    """A file that is not open in the editor, as the editor would show it, and why errfix must
    not edit it (None when it may).

    The text is only editable when it round-trips: strict UTF-8 (a UTF-8 BOM is dropped, as
    editors hide it from positions). A latin-1 or UTF-16 file decoded with replacement
    characters would have those lines rewritten with U+FFFD, so fixes are declined instead.
    """
    if not path:
        return "", "the document has no file path"
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_DISK_BYTES + 1)
    except OSError as exc:
        return "", f"cannot read {path}: {exc.strerror or exc}"
    if len(data) > MAX_DISK_BYTES:
        return "", f"{Path(path).name} is larger than {MAX_DISK_BYTES:,} bytes; errfix does not edit it"
    if data.startswith(_BOM):
        data = data[len(_BOM) :]
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        return data.decode("utf-8", errors="replace"), (
            f"{Path(path).name} is not UTF-8 (byte {exc.start}): errfix would not write it back "
            "exactly; open it in the editor and ask for the fix there"
        )


def unencodable(source: str, uri: str) -> str | None:
    """Why the editor's text cannot be edited exactly (lone surrogates have no encoding)."""
    try:
        source.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"{uri} contains text that is not valid Unicode (at character {exc.start}); not edited"
    return None


class FixCache:
    """Fixer results by (document, version, fixer, match), so resolve need not run it again.

    Declines are kept too: a fixer that refused this text refuses it on every request.
    """

    def __init__(self, size: int = 64) -> None:
        self._items: OrderedDict[str, FixResult] = OrderedDict()
        self._size = size

    @staticmethod
    def key(
        uri: str, version: int | str | None, fixer_id: str, entry_id: str, captures: dict, line: int | None
    ) -> str:
        return json.dumps([uri, version, fixer_id, entry_id, captures, line], sort_keys=True)

    def get(self, key: str) -> FixResult | None:
        fix = self._items.get(key)
        if fix is not None:
            self._items.move_to_end(key)
        return fix

    def put(self, key: str, fix: FixResult) -> None:
        self._items[key] = fix
        self._items.move_to_end(key)
        while len(self._items) > self._size:
            self._items.popitem(last=False)


def run_fix(
    doc: Document, fixer_id: str, target_entry: str, captures: dict, line: int | None, cache: FixCache
) -> Fix | None:
    # A file read from disk has no version: its content identifies it, so an edit made outside
    # the editor never meets a fix computed for the old text.
    version = doc.version if doc.version is not None else hashlib.sha1(doc.source.encode()).hexdigest()
    key = FixCache.key(doc.uri, version, fixer_id, target_entry, captures, line)
    result = cache.get(key)
    if result is None:
        result = run_fixer(
            fixer_id,
            FixRequest(
                source=doc.source, captures=captures, entry_id=target_entry, line=line, path=doc.path or ""
            ),
        )
        cache.put(key, result)
    return result if isinstance(result, Fix) else None


def build_actions(
    targets: Sequence[Target],
    doc: Document,
    options: ActionOptions,
    cache: FixCache,
    show_entry: bool = True,
    where: str = "",
) -> list[types.CodeAction]:
    """Fix actions (best first, one preferred) and a "Show errfix entry" action per entry.

    `where` names the document in the titles when it is not the one the user is in (the fix
    for an error raised in train.py applies to `class MyDense` in layers.py).
    """
    fixes: list[types.CodeAction] = []
    shows: list[types.CodeAction] = []
    seen: set[str] = set()
    for target in targets:
        diagnostics = [target.diagnostic] if target.diagnostic is not None else None
        for fixer_id in target.entry.fixes:
            if get_fixer(fixer_id) is None or fixer_id in seen:
                continue
            if doc.unreadable is not None:
                fixer = get_fixer(fixer_id)
                if options.disabled_support and fixer is not None and fixer_id not in seen:
                    seen.add(fixer_id)
                    fixes.append(
                        types.CodeAction(
                            title=f"errfix: {fixer.title}" + (f" (in {where})" if where else ""),
                            kind=types.CodeActionKind.QuickFix,
                            diagnostics=diagnostics,
                            disabled=types.CodeActionDisabled(reason=doc.unreadable),
                        )
                    )
                continue
            fix = run_fix(doc, fixer_id, target.entry.id, target.captures, target.line, cache)
            if fix is None:
                continue
            seen.add(fixer_id)
            if fix.command:
                fixes.append(
                    types.CodeAction(
                        title=f"errfix: {fix.title}{_unsafe(fix)}",
                        kind=types.CodeActionKind.QuickFix,
                        diagnostics=diagnostics,
                        command=types.Command(
                            title=fix.title, command=RUN_IN_TERMINAL, arguments=[fix.command]
                        ),
                    )
                )
                continue
            if fix.new_source is None or not doc.in_workspace:
                continue
            data = {
                "uri": doc.uri,
                "version": doc.version,
                "fixerId": fixer_id,
                "entryId": target.entry.id,
                "captures": target.captures,
                "line": target.line,
            }
            action = types.CodeAction(
                title=f"errfix: {fix.title}" + (f" (in {where})" if where else "") + _unsafe(fix),
                kind=types.CodeActionKind.QuickFix,
                diagnostics=diagnostics,
                is_preferred=fix.preferred and fix.safety != "unsafe",
                data=data,
            )
            if fix.note:
                # Said when the user picks the fix (codeAction/resolve): what the fix could not
                # decide for them, e.g. a lambda to replace or a model to re-save.
                data["note"] = fix.note
            if not options.resolve_edits:
                action.edit = workspace_edit(doc, fix.new_source, options)
            fixes.append(action)
        if show_entry and target.entry.id not in seen:
            seen.add(target.entry.id)
            shows.append(
                types.CodeAction(
                    title=f"Show errfix entry: {target.entry.id}",
                    kind=types.CodeActionKind.QuickFix,
                    diagnostics=diagnostics,
                    command=types.Command(
                        title="Show errfix entry", command=SHOW_ENTRY, arguments=[target.entry.id]
                    ),
                )
            )
    return single_preferred(safe_first(fixes)) + shows


def _unsafe(fix: Fix) -> str:
    """Title suffix of an unsafe fix: why it is not applied on a single key."""
    if fix.safety != "unsafe":
        return ""
    return f" (unsafe: {fix.unsafe_because or 'review it before you apply it'})"


def safe_first(found: list[types.CodeAction]) -> list[types.CodeAction]:
    """Unsafe fixes after every safe one (stable otherwise): the safe alternative is read first."""
    return sorted(found, key=lambda action: "(unsafe: " in action.title)


def single_preferred(found: list[types.CodeAction]) -> list[types.CodeAction]:
    """Only the first preferred action keeps `isPreferred` (editors apply it on one key)."""
    given = False
    for action in found:
        if action.is_preferred and not given:
            given = True
        elif action.is_preferred:
            action.is_preferred = None
    return found


def resolve_action(
    action: types.CodeAction, doc: Document, options: ActionOptions, cache: FixCache
) -> types.CodeAction:
    """Fill in `edit`; raises DocumentChanged when the document moved on since the listing."""
    data = action.data if isinstance(action.data, dict) else {}
    if not data.get("fixerId") or action.edit is not None:
        return action
    if data.get("version") != doc.version:
        raise DocumentChanged(
            f"{doc.uri} changed (version {data.get('version')} → {doc.version}); ask for the fix again"
        )
    if not doc.in_workspace:
        raise DocumentChanged(f"{doc.uri} is outside the workspace folders; errfix does not edit it")
    if doc.unreadable is not None:
        raise DocumentChanged(doc.unreadable)
    fix = run_fix(
        doc,
        data["fixerId"],
        str(data.get("entryId") or ""),
        dict(data.get("captures") or {}),
        data.get("line"),
        cache,
    )
    if fix is None or fix.new_source is None:
        raise DocumentChanged(f"{data['fixerId']} no longer applies to {doc.uri}")
    action.edit = workspace_edit(doc, fix.new_source, options)
    return action


def workspace_edit(doc: Document, new_source: str, options: ActionOptions) -> types.WorkspaceEdit:
    """Minimal edits from the document's text to `new_source`, in the client's position units."""
    edits = [
        types.TextEdit(
            range=types.Range(
                types.Position(edit.start_line, edit.start_char),
                types.Position(edit.end_line, edit.end_char),
            ),
            new_text=edit.new_text,
        )
        for edit in editor_edits(doc.source, new_source, encoding_name(options.codec.encoding))
    ]
    if options.document_changes:
        return types.WorkspaceEdit(
            document_changes=[
                types.TextDocumentEdit(
                    text_document=types.OptionalVersionedTextDocumentIdentifier(
                        uri=doc.uri, version=doc.version
                    ),
                    edits=edits,
                )
            ]
        )
    return types.WorkspaceEdit(changes={doc.uri: edits})


def ignore_actions(
    targets: Sequence[Target], pyproject: Document | None, pyproject_uri: str, options: ActionOptions
) -> list[types.CodeAction]:
    """ "Don't show this error again (workspace)": adds the entry to `[tool.errfix] ignore` in the
    workspace folder's pyproject.toml (created when missing and the client can create files). Not
    offered when that file cannot be edited exactly (not UTF-8, a table errfix cannot extend)."""
    from ..ignore import with_ignored_entry

    found: list[types.CodeAction] = []
    seen: set[str] = set()
    for target in targets:
        if target.entry.id in seen:
            continue
        seen.add(target.entry.id)
        if pyproject is not None and pyproject.unreadable is not None:
            continue
        new_text = with_ignored_entry(pyproject.source if pyproject else None, target.entry.id)
        if new_text is None:
            continue
        if pyproject is not None:
            edit = workspace_edit(pyproject, new_text, options)
        elif options.document_changes:
            edit = types.WorkspaceEdit(
                document_changes=[
                    types.CreateFile(
                        uri=pyproject_uri, options=types.CreateFileOptions(ignore_if_exists=True)
                    ),
                    types.TextDocumentEdit(
                        text_document=types.OptionalVersionedTextDocumentIdentifier(
                            uri=pyproject_uri, version=None
                        ),
                        edits=[
                            types.TextEdit(types.Range(types.Position(0, 0), types.Position(0, 0)), new_text)
                        ],
                    ),
                ]
            )
        else:
            continue
        diagnostics = [target.diagnostic] if target.diagnostic is not None else None
        found.append(
            types.CodeAction(
                title=f"errfix: Don't show {target.entry.id} again (workspace)",
                kind=types.CodeActionKind.QuickFix,
                diagnostics=diagnostics,
                edit=edit,
            )
        )
    return found
