"""A client with no LSP library in between: raw bytes to the server's stdin, frames read back from
its stdout on a thread. For what pytest-lsp cannot send: malformed frame headers, short or huge
Content-Length values, garbage between frames.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

SERVER = [sys.executable, "-m", "errfix_lsp.server"]


def frame(message: dict | bytes) -> bytes:
    """One well-formed LSP frame."""
    body = message if isinstance(message, bytes) else json.dumps(message).encode("utf-8")
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class RawServer:
    """The real server process; `send` writes bytes as given, `answer(id)` waits for a response."""

    def __init__(self, root: Path, log_level: str = "WARNING") -> None:
        self.process = subprocess.Popen(
            [*SERVER, "--log-level", log_level],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        self.root = root
        self.messages: queue.Queue[dict] = queue.Queue()
        self.answers: dict[Any, dict] = {}
        self.notifications: list[dict] = []
        self.stderr = bytearray()
        threading.Thread(target=self._read_stdout, daemon=True).start()
        threading.Thread(target=self._read_stderr, daemon=True).start()
        self._next_id = 0

    # -- reading -----------------------------------------------------------------------------

    def _read_stdout(self) -> None:
        out = self.process.stdout
        assert out is not None
        while True:
            length = None
            while True:
                line = out.readline()
                if not line:
                    return
                if line == b"\r\n":
                    break
                name, _, value = line.partition(b":")
                if name.strip().lower() == b"content-length":
                    length = int(value.strip())
            assert length is not None, "the server wrote a frame without Content-Length"
            self.messages.put(json.loads(out.read(length)))

    def _read_stderr(self) -> None:
        err = self.process.stderr
        assert err is not None
        for line in iter(err.readline, b""):
            self.stderr += line

    def _pump(self, timeout: float) -> None:
        try:
            message = self.messages.get(timeout=timeout)
        except queue.Empty:
            return
        if "id" in message and "method" not in message:
            self.answers[message["id"]] = message
        elif "id" in message:  # a request from the server (configuration, registration): answer null
            self.send(frame({"jsonrpc": "2.0", "id": message["id"], "result": None}))
        else:
            self.notifications.append(message)

    def answer(self, msg_id: Any, timeout: float = 30.0) -> dict:
        """The response to request `msg_id`; AssertionError when none came within `timeout`."""
        deadline = time.monotonic() + timeout
        while msg_id not in self.answers:
            left = deadline - time.monotonic()
            assert left > 0, f"no answer to request {msg_id!r} within {timeout} s"
            self._pump(min(left, 0.2))
        return self.answers.pop(msg_id)

    # -- writing -----------------------------------------------------------------------------

    def send(self, data: bytes) -> None:
        stdin = self.process.stdin
        assert stdin is not None
        stdin.write(data)
        stdin.flush()

    def request(self, method: str, params: Any = None) -> int:
        self._next_id += 1
        self.send(frame({"jsonrpc": "2.0", "id": self._next_id, "method": method, "params": params}))
        return self._next_id

    def notify(self, method: str, params: Any = None) -> None:
        self.send(frame({"jsonrpc": "2.0", "method": method, "params": params}))

    def initialize(self, timeout: float = 60.0) -> dict:
        params = {
            "processId": None,
            "rootUri": self.root.as_uri(),
            "capabilities": {},
            "workspaceFolders": [{"uri": self.root.as_uri(), "name": self.root.name}],
        }
        answer = self.answer(self.request("initialize", params), timeout)
        self.notify("initialized", {})
        return answer

    def search(self, text: str = "get_config", timeout: float = 60.0) -> dict:
        """A real request that needs the KB: the proof the server still reads and answers."""
        params = {"command": "errfix.search", "arguments": [text]}
        return self.answer(self.request("workspace/executeCommand", params), timeout)

    def close(self, timeout: float = 30.0) -> int:
        """shutdown + exit; the exit code (the process is killed if it does not end)."""
        if self.process.poll() is None:
            try:
                self.answer(self.request("shutdown"), timeout)
                self.notify("exit")
                self.process.stdin.close()  # type: ignore[union-attr]
            except (AssertionError, OSError):
                pass
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
            return -9

    def peak_rss_kb(self) -> int:
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
        raise AssertionError("no VmHWM")
