"""errfix's LSP frame reader (server/protocol.py): whatever sits between frames, every frame the
client wrote whole is read back, in order, for any way the stream is cut into reads; frames over
the size cap are skipped without being held in memory; the id of a request json cannot decode is
still found so that it can be answered.
"""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from errfix_lsp.server.protocol import MAX_HEADER, FrameReader, request_header


def frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


class Chunked:
    """A stream whose reads return the given sizes (then the rest), like a pipe does."""

    def __init__(self, data: bytes, sizes: list[int]) -> None:
        self.data, self.sizes, self.at = data, list(sizes), 0
        self.largest_read = 0

    def read(self, n: int) -> bytes:
        size = min(n, self.sizes.pop(0) if self.sizes else n)
        chunk = self.data[self.at : self.at + size]
        self.at += len(chunk)
        return chunk


def read_all(data: bytes, sizes: list[int] = (), **kwargs) -> tuple[list[bytes], FrameReader, list[str]]:
    problems: list[str] = []
    reader = FrameReader(Chunked(data, list(sizes)).read, on_problem=problems.append, **kwargs)
    bodies = []
    while (body := reader.next_body()) is not None:
        if body:
            bodies.append(body)
    return bodies, reader, problems


MALFORMED = [
    b"Content-Length: -5\r\n\r\n{}",
    b"Content-Length: 2\n\n{}",  # LF-only line ends
    b'{"jsonrpc": "2.0", "method": "initialized"}',  # a body with no header
    b"\x00\xff\xfe garbage \r\n\r\n\r\n",
    b"Content-Length: abc\r\n\r\n{}",
    b"Content-Length 2\r\n\r\n{}",  # no colon
    b"ContentLength: 2\r\n\r\n{}",  # no Content-Length at all
    b"Content-Length: 2\r\nnot a header line\r\n\r\n{}",
    b"Content-Length: \r\n\r\n{}",
    b"\r\n\r\nContent-Length: 1",  # cut header, then the next frame
    b"x" * (3 * MAX_HEADER),  # a long line with no header
]


def test_each_malformed_header_costs_only_itself():
    good = [
        json.dumps({"jsonrpc": "2.0", "id": i, "method": "m"}).encode() for i in range(len(MALFORMED) + 1)
    ]
    stream = good and frame(good[0]) + b"".join(
        bad + frame(g) for bad, g in zip(MALFORMED, good[1:], strict=True)
    )
    bodies, reader, problems = read_all(stream)
    assert bodies == good
    assert any("skipping to the next 'Content-Length: N' header" in p for p in problems)


def test_what_vscode_jsonrpc_accepts_is_read():
    body = b'{"jsonrpc": "2.0", "id": 1, "method": "m"}'
    for header in (
        b"content-length: %d\r\n\r\n",
        b"Content-Length:%d\r\n\r\n",
        b"CONTENT-LENGTH :  %d \r\n\r\n",
        b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: %d\r\n\r\n",
    ):
        bodies, _, problems = read_all(header % len(body) + body + b"\r\n" + frame(body))
        assert bodies == [body, body], header
        assert problems == [], header


def test_a_short_content_length_costs_only_that_frame():
    body = b'{"jsonrpc": "2.0", "id": 1, "method": "m", "params": {"x": 1}}'
    bodies, _, _ = read_all(b"Content-Length: 30\r\n\r\n" + body + frame(b'{"id": 2}'))
    assert bodies == [body[:30], b'{"id": 2}']
    assert request_header(body[:50]) == (1, "m")  # so the cut request can still be answered


def test_a_long_content_length_gives_back_the_frame_it_swallowed():
    """When the whole next header is inside the too-long body. (When the body ends inside that
    header, the next frame is lost as well: its header is cut.)"""
    body = b'{"jsonrpc": "2.0", "id": 1, "method": "m"}'
    after = frame(b'{"id": 2}') + frame(b'{"id": 3}')
    bodies, _, problems = read_all(b"Content-Length: %d\r\n\r\n" % (len(body) + 30) + body + after)
    assert bodies == [body, b'{"id": 2}', b'{"id": 3}']
    assert any("length was wrong" in p for p in problems)


def test_an_oversized_frame_is_skipped_in_bounded_memory():
    big = b'{"jsonrpc": "2.0", "id": "big", "method": "m", "params": ["' + b"a" * 300_000 + b'"]}'
    stream = frame(big) + frame(b'{"id": 2}')
    problems: list[str] = []
    source = Chunked(stream, [])
    reader = FrameReader(source.read, max_frame=1000, on_problem=problems.append)
    assert reader.next_body() == b""
    [(length, head)] = reader.oversized
    assert length == len(big) and request_header(head) == ("big", "m")
    assert len(reader._buf) <= MAX_HEADER + 64 * 1024  # noqa: SLF001 - never the whole body
    assert reader.next_body() == b'{"id": 2}'
    assert any("larger than the 1000-byte limit" in p for p in problems)


def test_a_huge_content_length_that_lies_is_not_allocated_and_reading_goes_on():
    stream = b"Content-Length: 99999999999999999\r\n\r\n" + frame(b'{"id": 2}')
    bodies, reader, problems = read_all(stream)
    assert bodies == [b'{"id": 2}'] and reader.oversized == []
    assert any("larger than the" in p for p in problems)


def test_end_of_stream_inside_a_frame():
    bodies, _, problems = read_all(frame(b'{"id": 1}') + b"Content-Length: 50\r\n\r\n{")
    assert bodies == [b'{"id": 1}']
    assert any("ended inside" in p for p in problems)


def test_request_header():
    assert request_header(
        b'{"jsonrpc":"2.0","id":7,"method":"textDocument/hover","params":' + b"[" * 5000
    ) == (
        7,
        "textDocument/hover",
    )
    assert request_header(b'{"params": ' + b"[" * 300 + b"]" * 300 + b', "id": "x", "method": "m"}') == (
        "x",
        "m",
    )
    assert request_header(b'{"params": {"id": 1, "method": "m"}}') is None  # not top level
    assert request_header(b'{"id": 1, "result": ' + b"[" * 3000) is None  # a response: no method
    assert request_header(b'{"id": true, "method": "m"}') is None
    assert request_header(b'[{"id": 1, "method": "m"}]') is None
    assert request_header(b'{"id": "a\\"b", "method": "m"') == ('a"b', "m")


# -- property: any garbage between whole frames, any chunking ------------------------------------

_NO_HEADER = re.compile(rb"content-length", re.IGNORECASE)
bodies_st = st.lists(
    st.builds(
        lambda i, text: json.dumps({"jsonrpc": "2.0", "id": i, "method": "m", "params": [text]}).encode(),
        st.integers(0, 10**6),
        st.text(max_size=40),
    ),
    min_size=1,
    max_size=6,
)
garbage_st = st.binary(max_size=60).filter(lambda g: not _NO_HEADER.search(g)) | st.sampled_from(MALFORMED)


@settings(max_examples=2_000)  # 10,000 (the CI profile) cost 60 s on the 2-core machine for no new case
@given(bodies_st, st.lists(garbage_st, min_size=6, max_size=6), st.lists(st.integers(1, 97), max_size=40))
def test_every_whole_frame_is_read_back_whatever_is_between_them(bodies, garbage, sizes):
    stream = b"".join(g + frame(b) for g, b in zip(garbage, bodies, strict=False))
    read, _, _ = read_all(stream, sizes)
    assert read == bodies
