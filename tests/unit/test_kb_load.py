"""The loader reports every broken file with its path and field, and loads the rest."""

import json
import shutil
from pathlib import Path

from errfix_lsp.kb.deadends import canon_to_entry
from errfix_lsp.kb.load import load_kb

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "data" / "seed_original.json"


def write(path: Path, data) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")


def good(entry_id="t/good", regex="^GoodError"):
    return {"id": entry_id, "signature": "GoodError: x", "regex": regex, "domain": "t", "root_cause": "r"}


def test_the_original_seed_file_loads_unchanged(tmp_path):
    shutil.copy(SEED, tmp_path / "seed.json")
    kb = load_kb([tmp_path], shipped=False)
    assert [str(p) for p in kb.problems] == []
    [entry] = kb.entries
    assert entry.id == "tensorflow/keras-model-save-custom-layer"
    assert entry.raw == json.loads(SEED.read_text())


def test_each_problem_names_file_and_field_and_the_rest_loads(tmp_path):
    write(tmp_path / "a.json", good())
    write(tmp_path / "bad_json.json", "{ not json")
    write(tmp_path / "bad_type.json", {**good("t/bt"), "confidence": "high"})
    write(tmp_path / "bad_regex.json", good("t/br", "(unclosed"))
    write(tmp_path / "missing.json", {"id": "t/m", "regex": "x"})
    write(tmp_path / "dup.json", good())
    write(tmp_path / "unknown.json", {**good("t/u"), "colour": "blue"})
    write(tmp_path / "link.json", {**good("t/l"), "transition_graph": {"leads_to": ["t/nowhere"]}})
    kb = load_kb([tmp_path], shipped=False)
    lines = [str(p) for p in kb.problems]
    assert sorted(e.id for e in kb.entries) == ["t/good", "t/l", "t/u"]

    def has(name, field):
        return any(line.startswith(str(tmp_path / name) + f": {field}: ") for line in lines)

    assert has("bad_json.json", "(file)")
    assert has("bad_type.json", "confidence")
    assert has("bad_regex.json", "regex")
    assert has("missing.json", "signature") and has("missing.json", "root_cause")
    assert has("dup.json", "id")
    assert has("unknown.json", "colour")
    assert has("link.json", "transition_graph.leads_to")


def test_errorcanon_files_are_read_as_entries(tmp_path):
    canon = {
        "schema_version": "1.0.0",
        "id": "python/importerror-libcuda/torch2.1-linux",
        "url": "https://deadends.dev/python/importerror-libcuda/torch2.1-linux",
        "error": {
            "signature": "ImportError: libcuda.so.1: cannot open shared object file",
            "regex": "libcuda\\.so.*cannot open",
            "domain": "python",
            "category": "import_error",
        },
        "environment": {"runtime": {"name": "pytorch", "version_range": ">=2.0,<2.3"}, "os": "linux"},
        "verdict": {
            "resolvable": "true",
            "fix_success_rate": 0.8,
            "confidence": 0.85,
            "summary": "The CUDA driver library is missing.",
        },
        "dead_ends": [{"action": "reinstall torch", "why_fails": "driver is separate", "fail_rate": 0.9}],
        "workarounds": [{"action": "install the NVIDIA driver", "success_rate": 0.9, "how": "apt"}],
        "transition_graph": {"leads_to": [{"error_id": "python/x/y", "probability": 0.1}]},
        "metadata": {"review_status": "auto_generated", "evidence_count": 3},
    }
    write(tmp_path / "canons" / "torch.json", canon)
    kb = load_kb([tmp_path / "canons"], shipped=False)
    [entry] = kb.entries
    assert entry.id == canon["id"]
    assert entry.root_cause == "The CUDA driver library is missing."
    assert entry.transitions("leads_to") == ["python/x/y"]
    assert entry.workarounds()[0].how == "apt"
    assert canon_to_entry(canon)["versions"][0]["version"] == "pytorch >=2.0,<2.3"


def test_missing_path_is_a_problem_not_a_crash(tmp_path):
    kb = load_kb([tmp_path / "nope"], shipped=False)
    assert kb.entries == [] and "no such file" in str(kb.problems[0])
