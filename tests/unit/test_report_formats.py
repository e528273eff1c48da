"""`--format github` and `--format sarif`: real NumPy output from a script in a temporary repository
lands on that script's own line, with a path relative to the repository; the SARIF log validates
against the official SARIF 2.1.0 schema (shipped in Microsoft's sarif-multitool npm package)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

from errfix_lsp.report_formats import github_lines, sarif_log
from tests.conftest import require

SCRIPT = "import numpy as np\n\n\ndef load():\n    return np.zeros(3, dtype=np.float)\n\n\nload()\n"
SCHEMA_PACKAGE = "@microsoft/sarif-multitool-linux@5.7.0"


@pytest.fixture(scope="module")
def repo_run(tmp_path_factory) -> tuple[Path, str]:
    root = tmp_path_factory.mktemp("repo")
    (root / "src").mkdir()
    (root / "src" / "train.py").write_text(SCRIPT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "src/train.py"], cwd=root, capture_output=True, text=True, check=False
    )
    assert done.returncode == 1 and "np.float" in done.stderr
    return root, done.stderr


@pytest.fixture(scope="module")
def sarif_schema() -> dict:
    cache = Path(os.environ.get("ERRFIX_TEST_CACHE", Path.home() / ".cache" / "errfix-tests"))
    schema = cache / "sarif-2.1.0.json"
    if not schema.exists():
        require(shutil.which("npm") is not None, "npm fetches the official SARIF schema")
        cache.mkdir(parents=True, exist_ok=True)
        packed = subprocess.run(
            ["npm", "pack", SCHEMA_PACKAGE, "--silent"],
            cwd=cache,
            capture_output=True,
            text=True,
            timeout=600,
        )
        require(packed.returncode == 0, f"npm pack {SCHEMA_PACKAGE}: {packed.stderr[-500:]}")
        tarball = cache / packed.stdout.strip().splitlines()[-1]
        with tarfile.open(tarball) as archive:
            member = archive.extractfile("package/sarif-2.1.0.json")
            schema.write_bytes(member.read())
        tarball.unlink()
    return json.loads(schema.read_text(encoding="utf-8"))


def test_github_command_is_on_the_users_line(engine, repo_run):
    root, output = repo_run
    lines = github_lines(engine.explain(output), root, cwd=str(root)).splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("::error file=src/train.py,line=5,title=errfix%3A numpy/removed-type-alias::")
    message = lines[0].split("::", 2)[2]
    assert "\n" not in message and "%0A" in message and "np.float" in message


def test_github_properties_are_escaped_and_outside_files_left_out(engine, repo_run, tmp_path):
    root, output = repo_run
    odd = tmp_path / "a,b:c.py"
    odd.write_text(SCRIPT, encoding="utf-8")
    moved = output.replace(str(root / "src" / "train.py"), str(odd)).replace("src/train.py", str(odd))
    assert github_lines(engine.explain(moved), tmp_path).startswith(
        "::error file=a%2Cb%3Ac.py,line=5,title=errfix%3A numpy/removed-type-alias::"
    )
    line = github_lines(engine.explain(moved), root).strip()  # the frame is outside this repository
    assert line.startswith("::error title=errfix%3A numpy/removed-type-alias::")


def test_unknown_errors_are_left_out(engine, tmp_path):
    assert github_lines(engine.explain("ValueError: something nobody has seen before 12345"), tmp_path) == ""
    assert sarif_log(engine.explain("nothing wrong here"), tmp_path)["runs"][0]["results"] == []


def test_sarif_validates_and_points_at_the_users_line(engine, repo_run, sarif_schema):
    import jsonschema

    root, output = repo_run
    log = sarif_log(engine.explain(output), root, cwd=str(root))
    jsonschema.validate(log, sarif_schema, cls=jsonschema.Draft202012Validator)
    run = log["runs"][0]
    rule = run["tool"]["driver"]["rules"][0]
    assert (
        rule["id"] == "numpy/removed-type-alias"
        and rule["help"]["text"]
        and rule["helpUri"].startswith("http")
    )
    location = run["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": "src/train.py", "uriBaseId": "SRCROOT"}
    assert location["region"] == {"startLine": 5}


def test_an_invalid_log_fails_the_schema(sarif_schema):
    """The validation above can fail: a log without the required `version` does."""
    import jsonschema

    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"runs": []}, sarif_schema, cls=jsonschema.Draft202012Validator)


def test_cli_formats_through_explain_and_run(repo_run, tmp_path):
    """`errfix explain --format github` and `errfix run --format sarif`, as a CI step runs them."""
    require(shutil.which("errfix") is not None, "errfix is installed (pip install -e .)")
    root, output = repo_run
    log = tmp_path / "ci.log"
    log.write_text(output, encoding="utf-8")
    env = {**os.environ, "GITHUB_WORKSPACE": str(root)}
    shown = subprocess.run(
        ["errfix", "explain", "--format", "github", str(log)],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
    )
    assert shown.returncode == 0 and shown.stdout.startswith("::error file=src/train.py,line=5,")
    assert subprocess.run(
        ["errfix", "explain", "--json", str(log)], capture_output=True, text=True
    ).stdout.startswith('{"events": [')
    ran = subprocess.run(
        ["errfix", "run", "--no-log", "--format", "sarif", "--", sys.executable, "src/train.py"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
    )
    assert ran.returncode == 1  # the program's own status
    report = json.loads(ran.stderr[ran.stderr.index('{\n  "$schema"') :])
    assert report["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 5
