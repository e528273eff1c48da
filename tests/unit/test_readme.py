"""The README's two set-up commands are the ones CI and users actually run."""

import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text()


def _sh_blocks() -> list[str]:
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", README, flags=re.S)]


def test_readme_has_exactly_two_setup_commands():
    assert len(_sh_blocks()) == 2


def test_ci_runs_the_readme_test_command():
    test_command = _sh_blocks()[1]
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert test_command in ci_lines


def test_readme_example_explains_the_bundled_output():
    command = _sh_blocks()[0]
    assert command.endswith("errfix explain examples/keras_custom_layer.txt")
    done = subprocess.run(
        [sys.executable, "-m", "errfix_lsp.cli", "explain", "--json", "examples/keras_custom_layer.txt"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    events = json.loads(done.stdout)["events"]
    known = [e for e in events if e["matches"]]
    assert [e["matches"][0]["id"] for e in known] == ["tensorflow/keras-model-save-custom-layer"]
    assert known[0]["frames"][0]["file"].endswith("examples/keras_custom_layer.py")
