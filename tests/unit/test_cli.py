"""The CLI contracts, through the installed `errfix` entry point's main()."""

import json
import sys
from pathlib import Path

from errfix_lsp.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED_ID = "tensorflow/keras-model-save-custom-layer"


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_explain_json_contract_on_the_seed_signature(tmp_path, capsys):
    log = tmp_path / "log.txt"
    log.write_text(
        "noise\nValueError: Unable to serialize the layer 'my_custom_layer'. The layer has a "
        "non-serializable argument in its __init__ method.\n"
    )
    code, out, _ = run(capsys, "explain", "--json", str(log))
    data = json.loads(out)
    assert code == 0
    [event] = data["events"]
    assert set(event) == {"line", "text", "kind", "frames", "matches"}
    assert event["line"] == 2 and event["text"].startswith("ValueError: Unable to serialize")
    assert event["matches"][0]["id"] == SEED_ID
    assert set(event["matches"][0]) == {"id", "score", "signature", "captures"}


def test_explain_no_error_gives_empty_events(tmp_path, capsys):
    log = tmp_path / "ok.txt"
    log.write_text("Epoch 1/1\n10/10 [====] - loss: 0.1 - mean_squared_error: 0.1\n")
    code, out, _ = run(capsys, "explain", "--json", str(log))
    assert code == 0 and json.loads(out) == {"events": []}


def test_explain_reports_broken_extra_kb_and_uses_the_rest(tmp_path, capsys):
    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "broken.json").write_text("{")
    (kb / "mine.json").write_text(
        json.dumps(
            {
                "id": "local/my-error",
                "signature": "MyError",
                "regex": "^MyError: boom",
                "domain": "local",
                "root_cause": "mine",
            }
        )
    )
    log = tmp_path / "l.txt"
    log.write_text("MyError: boom\n")
    code, out, err = run(capsys, "explain", "--json", "--kb", str(kb), str(log))
    assert code == 0
    assert str(kb / "broken.json") in err
    assert json.loads(out)["events"][0]["matches"][0]["id"] == "local/my-error"


def test_explain_missing_file_is_a_clear_error(tmp_path, capsys):
    code, _, err = run(capsys, "explain", str(tmp_path / "missing.log"))
    assert code == 2 and "cannot read" in err


def test_search_json_finds_seed_for_get_config(capsys):
    code, out, _ = run(capsys, "search", "--json", "get_config")
    hits = json.loads(out)
    assert code == 0 and hits[0]["id"] == SEED_ID
    assert set(hits[0]) == {"id", "signature", "score"}


def test_kb_validate_exit_codes(tmp_path, capsys):
    code, _, _ = run(capsys, "kb", "validate")
    assert code == 0
    bad = tmp_path / "bad.json"
    bad.write_text(
        json.dumps({"id": "x/y", "regex": "(", "signature": "s", "domain": "x", "root_cause": "r"})
    )
    code, out, _ = run(capsys, "kb", "validate", str(bad))
    assert code == 1 and out.startswith(f"{bad}: regex: invalid regex")


def test_run_passes_output_and_exit_code_through(tmp_path, capfd, monkeypatch):
    monkeypatch.chdir(tmp_path)
    script = tmp_path / "boom.py"
    script.write_text(
        "import sys\nprint('hello out')\n"
        "raise ValueError(\"Unable to serialize the layer 'x'. The layer has a non-serializable argument in its __init__ method.\")\n"
    )
    code = main(["run", "--", sys.executable, str(script)])
    out, err = capfd.readouterr()
    assert code == 1
    assert "hello out" in out
    assert "Traceback (most recent call last)" in err
    assert SEED_ID in err
    assert (tmp_path / ".errfix" / "last-run.log").read_text().count("ValueError") >= 1
