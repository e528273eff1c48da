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
"""

from __future__ import annotations

import logging
from typing import Any
from urllib.parse import unquote

from cattrs import Converter
from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams, JsonRpcInvalidRequest
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
