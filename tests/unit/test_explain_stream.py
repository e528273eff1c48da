"""`errfix explain` reads its input in bounded chunks through the stream core; its report must be
what `Engine.explain` gives on the whole text, in every format. Checked on every accuracy corpus
item and every KB example and counter-example, read at the CLI's chunk size and in small pieces
(any piece may cut a line, a UTF-8 character or an escape sequence).
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from errfix_lsp.cli import READ_CHUNK, ReportWriter, explain_stream, read_chunks, write_report
from errfix_lsp.explain import as_json

ROOT = Path(__file__).resolve().parents[2]
CORPUS = sorted((ROOT / "benchmarks/accuracy/corpus").glob("*.json")) + sorted(
    (ROOT / "benchmarks/accuracy/test").glob("*.json")
)


def corpus_texts() -> list[tuple[str, str]]:
    return [(path.stem, json.loads(path.read_text())["text"]) for path in CORPUS]


def kb_texts(engine) -> list[tuple[str, str]]:
    texts = []
    for entry in engine.kb.entries:
        for kind, examples in (("example", entry.examples), ("counter", entry.counter_examples)):
            texts += [(f"{entry.id}#{kind}{i}", example.text) for i, example in enumerate(examples)]
    return texts


def streamed(engine, data: bytes, size: int) -> list:
    return list(explain_stream(read_chunks(io.BytesIO(data), size), engine.matcher))


def report(explained, fmt: str) -> str:
    out = io.StringIO()
    write_report(explained, fmt, out, "log.txt")
    return out.getvalue()


def written_one_by_one(explained, fmt: str) -> str:
    out = io.StringIO()
    writer = ReportWriter(fmt, out, "log.txt")
    for item in explained:
        writer.add(item)
    writer.close()
    return out.getvalue()


def test_the_corpus_is_there():
    assert len(CORPUS) >= 250, len(CORPUS)


def test_stream_json_equals_whole_text_json_on_every_corpus_item_and_kb_example(engine):
    texts = corpus_texts() + kb_texts(engine)
    assert len(texts) > 1000
    differ = {}
    for name, text in texts:
        data = text.encode("utf-8", "surrogatepass")
        whole = as_json(engine.explain(data))
        for size in (READ_CHUNK, 97):
            got = as_json(streamed(engine, data, size))
            if got != whole:
                differ[f"{name} (chunks of {size})"] = (whole, got)
    assert not differ, f"{len(differ)} of {len(texts)} differ; first: {next(iter(differ.items()))}"


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_every_format_writes_the_same_report_for_the_streamed_events(engine, fmt, monkeypatch, tmp_path):
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path))
    texts = corpus_texts()
    # one long log of all the corpus items (events of many kinds, known and unknown)
    data = "\n".join(text for _, text in texts).encode("utf-8", "surrogatepass")
    whole = engine.explain(data)
    stream = streamed(engine, data, READ_CHUNK)
    assert as_json(stream) == as_json(whole)
    assert written_one_by_one(stream, fmt) == report(whole, fmt)
    for name, text in texts[:40]:  # and item by item, with few or no events
        data = text.encode("utf-8", "surrogatepass")
        assert written_one_by_one(streamed(engine, data, 97), fmt) == report(engine.explain(data), fmt), name


def test_empty_input_and_input_without_errors(engine):
    for data in (b"", b"\n", b"all good\nepoch 1 loss 0.1\n", b"no newline at the end"):
        whole = engine.explain(data)
        for fmt in ("text", "json", "github", "sarif"):
            assert written_one_by_one(streamed(engine, data, 7), fmt) == report(whole, fmt)


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_the_cli_reads_a_file_in_chunks_and_prints_the_whole_text_report(
    engine, fmt, monkeypatch, tmp_path, capsys
):
    from errfix_lsp import cli

    monkeypatch.chdir(tmp_path)  # no pyproject.toml with [tool.errfix] rules here
    monkeypatch.setenv("GITHUB_WORKSPACE", str(tmp_path))
    monkeypatch.setattr(cli, "READ_CHUNK", 4096)  # many chunks even for this small log
    log = tmp_path / "all.log"
    data = "\n".join(text for _, text in corpus_texts()).encode("utf-8", "surrogatepass")
    log.write_bytes(data)
    assert cli.main(["explain", "--format", fmt, str(log)]) == 0
    out = io.StringIO()
    write_report(engine.explain(data), fmt, out, str(log))
    assert capsys.readouterr().out == out.getvalue()
