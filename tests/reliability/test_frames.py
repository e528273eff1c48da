"""Frames a client library would never send, written as raw bytes to the real server's stdin:
after any malformed header the server finds the next valid one and answers again; a huge
Content-Length is neither allocated nor waited for; every request gets an answer, an error
included (deeply nested params, a body cut short, a frame over the size cap).

Before errfix read frames itself (pygls' reader), each malformed header below left the server
deaf to every later request, a huge length ended it with a MemoryError, and nested params were
never answered.
"""

from __future__ import annotations

import json

import pytest

from tests.lsp.conftest import ENTRY
from tests.reliability.raw_stdio import RawServer, frame

ANSWER = 30.0  # seconds: generous, the machine is shared


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    root = tmp_path_factory.mktemp("frames")
    (root / "train.py").write_text("x = 1\n")
    running = RawServer(root)
    running.initialize()
    assert running.search(timeout=120)["result"][0]["id"] == ENTRY
    yield running
    assert running.close() == 0, running.stderr.decode(errors="replace")[-3000:]


def search_body(msg_id: str, query: str = "get_config") -> bytes:
    params = {"command": "errfix.search", "arguments": [query]}
    return json.dumps(
        {"jsonrpc": "2.0", "id": msg_id, "method": "workspace/executeCommand", "params": params}
    ).encode()


def still_answers(server: RawServer) -> None:
    assert server.search(timeout=ANSWER)["result"][0]["id"] == ENTRY


SKIPPED = {
    "negative-length": b"Content-Length: -5\r\n\r\n{}",
    "lf-only": b"Content-Length: 2\n\n{}",
    "body-without-header": b'{"jsonrpc": "2.0", "method": "initialized", "params": {}}',
    "garbage-bytes": b"\x00\xff\xfe\x1b[31m garbage \r\n\r\n\r\n",
    "not-a-number": b"Content-Length: 0x10\r\n\r\n{}",
    "bad-header-line": b"Content-Length: 2\r\nthis is no header\r\n\r\n{}",
    "header-cut-by-garbage": b"Content-Len\x00gth: 2\r\n\r\n{}",
}


@pytest.mark.parametrize("garbage", list(SKIPPED.values()), ids=list(SKIPPED))
def test_after_a_malformed_header_the_next_frame_is_answered(server, garbage):
    before = len(server.stderr)
    server.send(garbage)
    still_answers(server)
    assert b"skipping to the next 'Content-Length: N' header" in server.stderr[before:]


@pytest.mark.parametrize(
    "header",
    [b"content-length: %d\r\n\r\n", b"Content-Length:%d\r\n\r\n", b"CONTENT-LENGTH :\t%d\r\n\r\n"],
    ids=["lower-case", "no-space", "upper-case-and-tab"],
)
def test_header_spellings_vscode_jsonrpc_accepts_are_read(server, header):
    body = search_body(f"spelled-{header[:7]!r}")
    server.send(header % len(body) + body)
    assert server.answer(json.loads(body)["id"], ANSWER)["result"][0]["id"] == ENTRY
    still_answers(server)


def test_a_short_content_length_answers_the_cut_request_and_the_next(server):
    body = search_body("short")
    server.send(b"Content-Length: %d\r\n\r\n" % (len(body) - 12) + body)
    assert server.answer("short", ANSWER)["error"]["code"] == -32700  # ParseError, with its id
    still_answers(server)


def test_a_long_content_length_gives_back_the_frame_it_swallowed(server):
    body, after = search_body("long"), search_body("after-long")
    server.send(b"Content-Length: %d\r\n\r\n" % (len(body) + 40) + body + frame(after))
    assert "result" in server.answer("long", ANSWER)
    assert server.answer("after-long", ANSWER)["result"][0]["id"] == ENTRY


def test_a_huge_content_length_is_not_allocated(server):
    before = server.peak_rss_kb()
    for length in (10**15, 3 * 2**30):  # 1 PB: MemoryError before; 3 GB: allocated, then waited for
        mark = len(server.stderr)
        server.send(b"Content-Length: %d\r\n\r\n" % length)
        still_answers(server)
        assert b"larger than the 67108864-byte limit" in server.stderr[mark:]
    assert server.peak_rss_kb() - before < 32 * 1024


def test_a_frame_over_the_cap_is_skipped_unread_and_its_request_answered(server):
    before = server.peak_rss_kb()
    body = search_body("big", "a" * (65 * 2**20))
    server.send(frame(body))
    answer = server.answer("big", 120)
    assert answer["error"]["code"] == -32600 and "64 MiB" in answer["error"]["message"]
    still_answers(server)
    grown = server.peak_rss_kb() - before
    print(f"\n65 MiB frame skipped: peak RSS grew by {grown / 1024:.1f} MiB")
    assert grown < 32 * 1024  # holding the body alone would be 65 MiB


@pytest.mark.parametrize("depth", [1_000, 100_000])
@pytest.mark.parametrize(
    "method", ["textDocument/hover", "workspace/executeCommand", "textDocument/codeAction"]
)
def test_deeply_nested_params_get_an_error(server, method, depth):
    nested = "[" * depth + "]" * depth
    body = f'{{"jsonrpc": "2.0", "id": "deep", "method": "{method}", "params": {{"x": {nested}}}}}'
    server.send(frame(body.encode()))
    assert server.answer("deep", ANSWER)["error"]["code"] == -32602
    # the same in a notification: nothing to answer, nothing broken
    server.send(
        frame(f'{{"jsonrpc": "2.0", "method": "errfix/terminalOutput", "params": {nested}}}'.encode())
    )
    still_answers(server)


def test_frames_cut_into_single_bytes_are_read(server):
    data = frame(search_body("bytewise"))
    for i in range(len(data)):
        server.send(data[i : i + 1])
    assert server.answer("bytewise", ANSWER)["result"][0]["id"] == ENTRY
