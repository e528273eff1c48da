"""scripts/version_matrix.py reads the versions out of example sources the way kb_capture writes them."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("version_matrix", ROOT / "scripts" / "version_matrix.py")
version_matrix = importlib.util.module_from_spec(spec)
spec.loader.exec_module(version_matrix)


def test_columns_from_capture_sources():
    assert version_matrix.columns_for(
        "pandas", "pandas 1.5.3, numpy 1.26.4, Python 3.10; repro/pandas/x.py"
    ) == ["pandas 1.5.3"]
    source = "tensorflow-cpu 2.10.1, keras 2.10.0, Python 3.10; repro/keras/x.py"
    assert version_matrix.columns_for("tensorflow", source) == ["keras 2.10.0"]
    assert version_matrix.columns_for(
        "tensorflow", "tensorflow 1.15.5 (tf.keras), Python 3.7; repro/k.py"
    ) == ["tensorflow 1.15.5"]


def test_same_text_versions_count_and_urls_are_sourced():
    source = "numpy 2.4.6, Python 3.11; repro/numpy/a.py | same text from: numpy 1.26.4, Python 3.11; numpy 1.21.6, Python 3.8"
    assert version_matrix.columns_for("numpy", source) == ["numpy 2.4.6", "numpy 1.26.4", "numpy 1.21.6"]
    assert version_matrix.columns_for("numpy", "https://github.com/numpy/numpy/issues/1 (numpy 2.0)") == [
        "sourced"
    ]


def test_render_counts_distinct_wordings_and_spans(tmp_path):
    (tmp_path / "numpy").mkdir()
    entry = {
        "id": "numpy/x",
        "examples": [
            {"text": "ValueError: a", "source": "numpy 2.4.6, Python 3.11; repro/numpy/x.py"},
            {"text": "ValueError: b", "source": "numpy 1.21.6, Python 3.8; repro/numpy/x.py"},
        ],
    }
    (tmp_path / "numpy" / "x.json").write_text(__import__("json").dumps(entry))
    text = version_matrix.render(version_matrix.collect(tmp_path))
    assert "| x | numpy 1.21.6 – 2.4.6 | 1 | 1 |" in text
    assert "| numpy | 1 | 1 | numpy 1.21.6, numpy 2.4.6 |" in text
