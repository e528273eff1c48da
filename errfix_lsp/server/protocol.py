"""pygls' protocol with repairs for malformed and very large input.

1. pygls structures each message while reading it; when that fails (a hover with `params: null`,
   a position with a string line) it logs the error and drops the message, so the client waits
   for a response that never comes. Here such a request is answered with InvalidParams at once,
   and a malformed notification is logged and dropped without a "server error" popup.
2. cattrs turns any value into a `str` field (`{"uri": 42}` became the URI "42"); the converter
   here accepts only strings there, so such params are rejected like any other bad params.
3. A change for a document that is not open is logged and ignored (pygls raised KeyError and
   told the user "Error in server").
4. Params of our own notifications (`errfix/*`) stay plain JSON: pygls would re-encode them and
   build a namedtuple per object, which for 100,000 forwarded diagnostics blocks the server for
   a long time. The handlers validate the plain values themselves.
5. Requests after `shutdown` are answered with InvalidRequest (pygls ignored them: the client
   waited forever), and JSON that is no JSON-RPC object (`[1, 2]`, `null`) is logged and skipped.
6. Frames are read by `FrameReader`, not pygls.io_: any malformed header is skipped up to the next
   valid one, bodies over 64 MB are skipped unread, and a request whose body cannot be decoded
   (nested too deeply for `json`, cut short) is still answered with an error when its id and
   method can be read.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import re
import threading
from collections.abc import Callable
from typing import Any, BinaryIO
from urllib.parse import unquote

from cattrs import Converter
from lsprotocol import types
from pygls.exceptions import (
    JsonRpcException,
    JsonRpcInvalidParams,
    JsonRpcInvalidRequest,
    JsonRpcParseError,
)
from pygls.io_ import StdoutWriter
from pygls.protocol import JsonRPCNotification, LanguageServerProtocol, default_converter
from pygls.protocol.language_server import lsp_method

log = logging.getLogger(__name__)


def strict_converter() -> Converter:
    """pygls' converter, except that a `str` field takes only a string."""
    converter = default_converter()

    def structure_str(value: Any, _type: type) -> str:
        if not isinstance(value, str):
            raise TypeError(f"expected a string, got {type(value).__name__}")
        return value

    converter.register_structure_hook(str, structure_str)
    return converter


class _Dropped:
    """Returned instead of a message that was already answered; pygls ignores it (not 2.0)."""

    jsonrpc = "dropped"


class ErrfixProtocol(LanguageServerProtocol):
    def _is_open(self, uri: str) -> bool:
        return unquote(uri) in self.workspace.text_documents

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(self, params: types.DidChangeTextDocumentParams):
        if not self._is_open(params.text_document.uri):
            log.warning("didChange for %s, which is not open: ignored", params.text_document.uri)
            return
        yield from super().lsp_text_document__did_change(params)

    def handle_message(self, message: Any) -> None:
        if not hasattr(message, "jsonrpc"):  # valid JSON, but no JSON-RPC object (`[1, 2]`)
            log.warning("ignored a message that is not JSON-RPC: %.200r", message)
            return
        method = getattr(message, "method", None)
        msg_id = getattr(message, "id", None)
        if self._shutdown and isinstance(method, str) and method != types.EXIT and msg_id is not None:
            # pygls ignores these, so the client would wait forever; LSP says InvalidRequest
            error = JsonRpcInvalidRequest(f"{method}: the server is shut down")
            self._send_response(msg_id, error=error.to_response_error())
            return
        super().handle_message(message)

    def structure_message(self, data: dict[str, Any]) -> Any:
        if (
            "jsonrpc" in data
            and "id" not in data
            and isinstance(data.get("method"), str)
            and data["method"].startswith("errfix/")
        ):
            return JsonRPCNotification(
                method=data["method"], jsonrpc=data["jsonrpc"], params=data.get("params")
            )
        try:
            return super().structure_message(data)
        except JsonRpcException as exc:
            if not isinstance(data, dict) or "method" not in data:
                raise
            method = data.get("method")
            reason = exc.__cause__ or exc
            if data.get("id") is not None:
                log.warning("invalid params for %s request: %s", method, reason)
                error = JsonRpcInvalidParams(f"{method}: params do not fit the request type")
                self._send_response(data["id"], error=error.to_response_error())
            else:
                log.warning("dropped %s notification with invalid params: %s", method, reason)
            return _Dropped()


# -- framing: a reader the client cannot make deaf ---------------------------------------------------
#
# pygls' reader (pygls/io_.py) takes the first line matching `Content-Length: (\d+)\r\n` exactly and
# then reads header lines until an empty one. Any other header (`content-length: 5`, a negative or
# short length, LF-only line ends, a body with no header) leaves it reading bodies as headers, so
# every later frame is lost; a huge length is allocated at once (MemoryError). This reader keeps a
# bounded buffer, accepts what vscode-jsonrpc accepts (header names in any case, optional blanks
# around the colon), and after anything else skips to the next `Content-Length: N\r\n...\r\n`
# header. A JSON body cannot contain one (JSON strings escape CR and LF), so the next header found
# is always the start of a frame the client meant.

MAX_FRAME = 64 * 1024 * 1024  # bytes of one body; larger frames are skipped, never allocated
MAX_HEADER = 8 * 1024  # bytes of one header block
READ_SIZE = 64 * 1024
_TOKEN = rb"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
_HEADER_LINE = re.compile(rb"(" + _TOKEN + rb")[ \t]*:[ \t]*([^\r\n]*?)[ \t]*")
# a prefix that can still grow into a header block: complete lines, then part of one
_HEADER_PREFIX = re.compile(
    rb"(?:" + _TOKEN + rb"[ \t]*:[^\r\n]*\r\n)*(?:" + _TOKEN + rb"[ \t]*(?::[^\r\n]*\r?)?|\r)?"
)
_RESYNC = re.compile(rb"content-length[ \t]*:[ \t]*\d{1,20}[ \t]*\r\n", re.IGNORECASE)
_BLANKS = b" \t\r\n"


class FrameReader:
    """Bodies of LSP frames from a byte stream, whatever else the stream holds.

    `read(n)` returns at most n bytes, b"" at the end. `next_body()` returns the next body, b""
    after a frame over `max_frame` was skipped (its length and first bytes are in `oversized`),
    None at the end of the stream. Memory stays within MAX_FRAME + MAX_HEADER + READ_SIZE.
    """

    def __init__(
        self,
        read: Callable[[int], bytes],
        max_frame: int = MAX_FRAME,
        on_problem: Callable[[str], None] | None = None,
    ) -> None:
        self._read = read
        self._buf = bytearray()
        self._eof = False
        self.max_frame = max_frame
        self.on_problem = on_problem or (lambda text: log.warning("%s", text))
        self.skipped = 0  # bytes thrown away since the last good frame
        self.oversized: list[tuple[int, bytes]] = []  # (length, first bytes) of skipped frames

    def _fill(self) -> bool:
        if self._eof:
            return False
        data = self._read(READ_SIZE)
        if not data:
            self._eof = True
            return False
        self._buf += data
        return True

    def unread(self, data: bytes) -> None:
        """Put bytes back in front of the stream (a body that turned out to hold the next frame)."""
        self._buf[:0] = data

    def next_body(self) -> bytes | None:
        while True:
            length = self._header()
            if length is None:
                return None
            if length <= self.max_frame:
                while len(self._buf) < length:
                    if not self._fill():
                        self._report_end(f"the stream ended inside a {length}-byte frame")
                        return None
                body = bytes(self._buf[:length])
                del self._buf[:length]
                self._resynced()
                return self._cut_at_header(body)
            self._skip_oversized(length)
            if self.oversized:
                return b""  # the caller answers the skipped frame before more is read

    # -- headers -------------------------------------------------------------------------------

    def _header(self) -> int | None:
        """Consume one valid header block and return its Content-Length; None at the end."""
        while True:
            start = 0  # blank lines between frames are tolerated silently
            while start < len(self._buf) and self._buf[start] in _BLANKS:
                start += 1
            if start:
                del self._buf[:start]
            end = self._buf.find(b"\r\n\r\n", 0, MAX_HEADER + 4)
            if end >= 0:
                length = self._parse_block(bytes(self._buf[:end]))
                if length is not None:
                    del self._buf[: end + 4]
                    return length
                self._resync(f"malformed frame header {bytes(self._buf[: min(end, 120)])!r}")
            elif self._buf and (
                len(self._buf) >= MAX_HEADER or _HEADER_PREFIX.fullmatch(self._buf[:MAX_HEADER]) is None
            ):
                self._resync(f"bytes that are no frame header: {bytes(self._buf[:120])!r}")
            elif not self._fill():
                if self._buf:
                    self._report_end(f"the stream ended inside a frame header: {bytes(self._buf[:120])!r}")
                return None

    @staticmethod
    def _parse_block(block: bytes) -> int | None:
        lengths = set()
        for line in block.split(b"\r\n"):
            match = _HEADER_LINE.fullmatch(line)
            if match is None:
                return None
            if match.group(1).lower() == b"content-length":
                if not match.group(2).isdigit() or len(match.group(2)) > 20:
                    return None  # negative, empty, not a number
                lengths.add(int(match.group(2)))
        return lengths.pop() if len(lengths) == 1 else None

    def _resync(self, problem: str, first: int = 1) -> None:
        """Drop bytes up to the next thing that looks like a Content-Length header (at `first` or
        later), reading more as needed; the dropped bytes are counted and reported once."""
        if self.skipped == 0:
            self.on_problem(f"LSP input: {problem}; skipping to the next 'Content-Length: N' header")
        while True:
            match = _RESYNC.search(self._buf, first)
            if match is not None:
                self.skipped += match.start()
                del self._buf[: match.start()]
                return
            drop = max(0, len(self._buf) - MAX_HEADER)  # keep a tail: a header may be cut in it
            self.skipped += drop
            del self._buf[:drop]
            first = max(0, first - drop)
            if not self._fill():
                self.skipped += len(self._buf)
                self._buf.clear()
                return

    def _cut_at_header(self, body: bytes) -> bytes:
        """A body that holds a valid header is no JSON (a header needs a raw CR LF, which JSON only
        allows between tokens, and `content-length:` is no JSON token): its Content-Length was too
        large and it swallowed the next frame, which is put back."""
        if b"\r\n" not in body:
            return body
        for match in _RESYNC.finditer(body):
            end = body.find(b"\r\n\r\n", match.start(), match.start() + MAX_HEADER + 4)
            if end >= 0 and self._parse_block(body[match.start() : end]) is not None:
                self.on_problem(
                    f"LSP input: a header came {match.start()} bytes into a {len(body)}-byte frame:"
                    " its length was wrong, reading goes on from that header"
                )
                self.unread(body[match.start() :])
                return body[: match.start()]
        return body

    def _resynced(self) -> None:
        if self.skipped:
            self.on_problem(f"LSP input: resynchronised after skipping {self.skipped} byte(s)")
            self.skipped = 0

    def _report_end(self, problem: str) -> None:
        self.on_problem(f"LSP input: {problem}; {self.skipped + len(self._buf)} byte(s) unread")
        self._buf.clear()

    def _skip_oversized(self, length: int) -> None:
        """Throw away a body longer than max_frame as it arrives; if a header shows up inside it,
        the length was a lie and reading goes on from that header."""
        self.on_problem(
            f"LSP input: a frame of {length} bytes is larger than the {self.max_frame}-byte limit;"
            " skipped without reading it into memory"
        )
        if not self._buf:
            self._fill()
        head = bytes(self._buf[:4096])
        left = length
        while True:
            match = _RESYNC.search(self._buf, 0, min(len(self._buf), left + MAX_HEADER))
            if match is not None and match.start() < left:
                self.on_problem(
                    f"LSP input: a header came {length - left + match.start()} bytes into the"
                    f" {length}-byte frame: its length was wrong, reading goes on from there"
                )
                del self._buf[: match.start()]
                return
            if len(self._buf) >= left:
                del self._buf[:left]
                self.oversized.append((length, head))
                return
            drop = max(0, len(self._buf) - MAX_HEADER)  # keep a tail: a header may start in it
            del self._buf[:drop]
            left -= drop
            if not self._fill():
                self._report_end(f"the stream ended inside a {length}-byte frame")
                return


# -- decoding and answering ----------------------------------------------------------------------------

_JSON_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}:,]|[^\s\[\]{}:,"]+')
SCAN_LIMIT = 4 * 1024 * 1024  # bytes looked at to find the id of a request json could not decode


def request_header(body: bytes) -> tuple[Any, str] | None:
    """(id, method) of a top-level JSON-RPC request in bytes `json` could not decode (nested too
    deeply, cut short, invalid further on), found without recursion; None when it has no usable
    id or method (then it was a notification, a response or no request at all)."""
    found: dict[bytes, Any] = {}
    depth = 0
    key: bytes | None = None
    expect_value = False
    previous = b""
    for number, match in enumerate(_JSON_TOKEN.finditer(body, 0, min(len(body), SCAN_LIMIT))):
        token = match.group()
        if number == 0 and token != b"{":
            return None
        if token in (b"{", b"["):
            depth += 1
            expect_value = False
        elif token in (b"}", b"]"):
            depth -= 1
            if depth <= 0:
                break
        elif depth == 1:
            if token == b":" and key is not None:
                expect_value = True
            elif expect_value:
                if key in (b'"id"', b'"method"'):
                    with contextlib.suppress(ValueError):
                        found[key] = json.loads(token)
                expect_value = False
                key = None
            elif token.startswith(b'"') and previous in (b"{", b","):
                key = token
        previous = token
        if len(found) == 2:
            break
    msg_id, method = found.get(b'"id"'), found.get(b'"method"')
    if isinstance(msg_id, bool) or not isinstance(msg_id, (int, str)) or not isinstance(method, str):
        return None
    return msg_id, method


def _handle_body(server: Any, body: bytes) -> None:
    """Decode one body and hand it to pygls; a request that cannot be decoded is answered."""
    protocol = server.protocol
    try:
        message = json.loads(body, object_hook=protocol.structure_message)
    except Exception as exc:  # noqa: BLE001 - anything the client sent must not stop the reader
        header = request_header(body)
        if header is None:
            log.warning("ignored a frame that is no JSON-RPC message: %s: %.200r", exc, body[:200])
            server._report_server_error(exc, JsonRpcException)  # noqa: SLF001 - one warning (core.py)
            return
        msg_id, method = header
        if isinstance(exc, RecursionError):
            error: JsonRpcException = JsonRpcInvalidParams(f"{method}: params are nested too deeply")
        else:
            error = JsonRpcParseError(f"{method}: the message is not valid JSON ({exc})")
        log.warning("answered request %r (%s) with an error: %s", msg_id, method, exc)
        protocol._send_response(msg_id, error=error.to_response_error())  # noqa: SLF001
        return
    try:
        protocol.handle_message(message)
    except Exception as exc:  # noqa: BLE001 - as pygls' own reader: log, report, keep reading
        log.exception("Unable to handle message")
        server._report_server_error(exc, JsonRpcException)  # noqa: SLF001


def _answer_oversized(server: Any, length: int, head: bytes) -> None:
    header = request_header(head) if head.lstrip()[:1] == b"{" else None
    if header is None:
        return
    msg_id, method = header
    error = JsonRpcInvalidRequest(
        f"{method}: a message of {length} bytes is larger than the {MAX_FRAME // 2**20} MiB limit"
    )
    server.protocol._send_response(msg_id, error=error.to_response_error())  # noqa: SLF001


def _read_function(stream: BinaryIO) -> Callable[[int], bytes]:
    """os.read on the descriptor when there is one: a daemon thread blocked in it does not hold
    the buffered reader's lock that the interpreter takes at exit."""
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return getattr(stream, "read1", stream.read)
    return lambda n: os.read(fd, n)


async def serve(server: Any, stdin: BinaryIO) -> None:
    """The message loop: frames are cut on a daemon thread (at most one waits ahead, so a fast
    client is held back by the pipe, not by memory here) and handled on the event loop."""
    loop = asyncio.get_running_loop()
    frames: asyncio.Queue[tuple[bytes | None, list[tuple[int, bytes]]]] = asyncio.Queue()
    slot = threading.Semaphore(1)  # frames cut but not yet handled: one

    def problem(text: str) -> None:
        log.warning("%s", text)
        loop.call_soon_threadsafe(
            server.warn, "errfix: the editor sent malformed LSP frames; they were skipped (see the log)"
        )

    reader = FrameReader(_read_function(stdin), on_problem=problem)

    def pump() -> None:
        while True:
            try:
                body = reader.next_body()
            except Exception:  # noqa: BLE001 - a failing stdin ends the server like an EOF
                log.exception("reading stdin failed")
                body = None
            oversized, reader.oversized = reader.oversized, []
            slot.acquire()
            try:
                loop.call_soon_threadsafe(frames.put_nowait, (body, oversized))
            except RuntimeError:
                return  # the loop has ended
            if body is None:
                return

    threading.Thread(target=pump, name="errfix-lsp-stdin", daemon=True).start()
    stop = server._stop_event  # noqa: SLF001
    while not stop.is_set():
        body, oversized = await frames.get()
        slot.release()
        for length, head in oversized:
            _answer_oversized(server, length, head)
        if body is None:
            break
        if body:
            _handle_body(server, body)
        await asyncio.sleep(0)  # handlers the frame started (a hover) run before the next frame


def start_io(server: Any, stdin: BinaryIO, stdout: BinaryIO) -> None:
    """pygls' `start_io`, with the reader above instead of pygls.io_.run_async."""
    server._stop_event = threading.Event()  # noqa: SLF001
    server.protocol.set_writer(StdoutWriter(stdout))
    try:
        asyncio.run(serve(server, stdin))
    except BrokenPipeError:
        log.error("Connection to the client is lost! Shutting down the server.")
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.shutdown()
