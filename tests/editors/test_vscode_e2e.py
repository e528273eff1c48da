"""End to end in real VS Code: code-server with our .vsix, driven by headless Chromium.

A user opens a workspace with a custom Keras layer, runs `python train.py` in the integrated
terminal (bash, shell integration on), and real Keras 3 fails to save the model. We check what the
editor shows: errfix diagnostics on `class MyDense` in layers.py and on the `model.save` line of
train.py, a hover with the KB entry's cause, the "Add get_config" quick fix (applied, saved, and the
saved file then really saves the model), and the command-palette search finding the entry.

Install with `scripts/ci/install-vscode.sh`. Screenshots, the driver's observations and the
code-server log go to test-artifacts/vscode/.
"""

from __future__ import annotations

import ast
import contextlib
import importlib.util
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import ROOT, require

pytestmark = [pytest.mark.editors, pytest.mark.timeout(800)]

EXT_DIR = ROOT / "editors" / "vscode"
WORKSPACE_TEMPLATE = EXT_DIR / "e2e" / "workspace"
ARTIFACTS = ROOT / "test-artifacts" / "vscode"
ENTRY_ID = "tensorflow/keras-model-save-custom-layer"
CACHE = Path(os.environ.get("ERRFIX_E2E_CACHE", Path.home() / ".cache" / "errfix-e2e"))
CODE_SERVER = Path(
    os.environ.get("ERRFIX_CODE_SERVER", CACHE / "code-server" / "node_modules" / ".bin" / "code-server")
)
CHROMIUM = Path(os.environ.get("ERRFIX_CHROMIUM", "/usr/bin/chromium"))
INSTALL_HINT = "run scripts/ci/install-vscode.sh"


def _vsix() -> Path:
    version = json.loads((EXT_DIR / "package.json").read_text())["version"]
    return EXT_DIR / f"errfix-lsp-{version}.vsix"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _line_of(path: Path, needle: str) -> tuple[int, int]:
    """1-based (line, column) of the first occurrence of `needle` in `path`."""
    for number, text in enumerate(path.read_text().splitlines(), 1):
        if needle in text:
            return number, text.index(needle) + 1
    raise AssertionError(f"{needle!r} not in {path}")


def _wait_http(url: str, proc: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"code-server exited early with {proc.returncode}")
        with contextlib.suppress(OSError), urllib.request.urlopen(url, timeout=2) as response:
            if response.status == 200:
                return
        time.sleep(0.3)
    raise AssertionError(f"code-server did not answer {url} within {timeout} s")


def _processes_under(home: Path) -> list[int]:
    """PIDs whose environment has HOME=<home>: everything this test started, even if it setsid()."""
    marker = f"HOME={home}".encode()
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        with contextlib.suppress(OSError):
            if marker in (entry / "environ").read_bytes().split(b"\0"):
                found.append(int(entry.name))
    return found


def _stop(proc: subprocess.Popen, home: Path) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=10)
    # Terminals run in their own sessions (pty): end the ones this test started, by pid.
    for pid in [*_processes_under(home), proc.pid]:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, signal.SIGKILL)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=5)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@pytest.fixture
def vscode_env():
    require(CHROMIUM.exists(), f"Chromium not found at {CHROMIUM}; {INSTALL_HINT}")
    require(CODE_SERVER.exists(), f"code-server not found at {CODE_SERVER}; {INSTALL_HINT}")
    require(_vsix().exists(), f"{_vsix().name} not built; {INSTALL_HINT}")
    require((EXT_DIR / "node_modules" / "playwright-core").is_dir(), f"playwright-core missing; {INSTALL_HINT}")
    require(shutil.which("node") is not None, "node not on PATH")
    require(shutil.which("bash") is not None, "bash not on PATH")
    require(importlib.util.find_spec("keras") is not None, "keras not installed (pip install -e '.[repro]')")

    # Short paths: code-server and the terminals create Unix sockets under TMPDIR.
    base = Path(tempfile.mkdtemp(prefix="efvs", dir="/tmp"))
    home, data, exts, tmp = base / "h", base / "d", base / "e", base / "t"
    workspace = base / "ws"
    for path in (home, data / "User", exts, tmp):
        path.mkdir(parents=True)
    shutil.copytree(WORKSPACE_TEMPLATE, workspace)
    python = Path(sys.executable)
    settings = {
        "workbench.startupEditor": "none",
        "workbench.tips.enabled": False,
        "workbench.enableExperiments": False,
        "extensions.ignoreRecommendations": True,
        "extensions.autoCheckUpdates": False,
        "telemetry.telemetryLevel": "off",
        "update.mode": "none",
        "security.workspace.trust.enabled": False,
        "git.enabled": False,
        "window.restoreWindows": "none",
        "terminal.integrated.defaultProfile.linux": "bash",
        # dash: VS Code has no shell integration for it (the "errfix run" hint case).
        "terminal.integrated.profiles.linux": {"plain-sh": {"path": "/bin/sh"}},
        "terminal.integrated.shellIntegration.enabled": True,
        # DOM renderer: the terminal text can be read from the page.
        "terminal.integrated.gpuAcceleration": "off",
        "editor.hover.delay": 300,
        "errfix.server.pythonPath": str(python),
        "errfix.locale": "en",  # the assertions compare with the English KB text
        "errfix.trace.server": "messages",
    }
    (data / "User" / "settings.json").write_text(json.dumps(settings, indent=2))
    # A Python without errfix-lsp, for the "server not installed" message.
    bare = base / "bare"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(bare)], check=True, timeout=120)
    env = {
        "PATH": f"{python.parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_STATE_HOME": str(home / ".local" / "state"),
        "XDG_CACHE_HOME": str(home / ".cache"),
        "TMPDIR": str(tmp),
        "SHELL": "/bin/bash",
        "LANG": "C.UTF-8",
        "KERAS_BACKEND": "numpy",
    }
    if "VIRTUAL_ENV" in os.environ:
        env["VIRTUAL_ENV"] = os.environ["VIRTUAL_ENV"]
    installed = subprocess.run(
        [str(CODE_SERVER), "--user-data-dir", str(data), "--extensions-dir", str(exts),
         "--install-extension", str(_vsix())],
        env=env, capture_output=True, text=True, timeout=180, stdin=subprocess.DEVNULL,
    )
    assert installed.returncode == 0, installed.stdout + installed.stderr
    assert (next(exts.glob("errfix.errfix-lsp-*"), None)) is not None, installed.stdout

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    log = (ARTIFACTS / "code-server.log").open("w")
    proc = subprocess.Popen(
        [str(CODE_SERVER), "--user-data-dir", str(data), "--extensions-dir", str(exts),
         "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust",
         "--disable-getting-started-override", "--auth", "none",
         "--bind-addr", f"127.0.0.1:{port}", str(workspace)],
        env=env, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        _wait_http(f"http://127.0.0.1:{port}/healthz", proc, timeout=90)
        yield {"port": port, "workspace": workspace, "env": env, "data": data, "python": python,
               "bare_python": bare / "bin" / "python"}
    finally:
        _stop(proc, home)
        log.close()
        # The extension's logs (errfix output channel, server trace) help when CI fails.
        for found in data.glob("logs/**/*errfix*"):
            if found.is_file():
                shutil.copy(found, ARTIFACTS / found.name.replace(" ", "_"))
        shutil.rmtree(base, ignore_errors=True)


def test_terminal_error_to_fix_in_real_vscode(vscode_env, engine):
    workspace: Path = vscode_env["workspace"]
    layers, train = workspace / "layers.py", workspace / "train.py"
    layer_line, layer_col = _line_of(layers, "class MyDense")
    layer_col += len("class ")
    save_line, _ = _line_of(train, "model.save(")
    entry = engine.kb.get(ENTRY_ID)
    assert entry is not None

    cfg = {
        "url": f"http://127.0.0.1:{vscode_env['port']}/?folder={workspace}",
        "workspace": str(workspace),
        "runCommand": f"{vscode_env['python']} train.py",
        "layerFile": str(layers),
        "layerLine": layer_line,
        "layerColumn": layer_col,
        "fixTitle": "Add get_config to MyDense",
        "searchQuery": "get_config",
        "entryId": ENTRY_ID,
        "artifacts": str(ARTIFACTS),
        "chromium": str(CHROMIUM),
        "timeoutMs": 60_000,
        "runTimeoutMs": 240_000,
        "brokenPythonPath": str(vscode_env["bare_python"]),
        "logFile": "nightly.log",
        "plainShellProfile": "plain-sh",
    }
    started = time.monotonic()
    driver = subprocess.run(
        ["node", str(EXT_DIR / "e2e" / "driver.mjs"), json.dumps(cfg)],
        cwd=EXT_DIR, capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL,
    )
    (ARTIFACTS / "driver.log").write_text(driver.stderr)
    lines = driver.stdout.strip().splitlines()
    assert lines, f"driver printed nothing; stderr:\n{driver.stderr[-4000:]}"
    obs = json.loads(lines[-1])
    assert driver.returncode == 0, f"{obs.get('error')}\n--- driver log ---\n{driver.stderr[-4000:]}"
    print(f"VS Code e2e: {time.monotonic() - started:.1f} s; steps: {obs['steps']}")

    # The real Keras error ran in the terminal, and the status bar counted it as known.
    # (the terminal shows its last screen: the end of Keras's message, an example get_config)
    assert "return config" in obs["terminalText"], obs["terminalText"][-2000:]
    count = re.search(r"(\d+) known errors?", obs["statusAfter"])
    assert count and int(count.group(1)) >= 1, obs["statusAfter"]

    # Clicking the status-bar item lists that run's known errors with the user's frame.
    assert "train.py" in obs["lastRunTitle"], obs["lastRunTitle"]
    assert any(ENTRY_ID in row and f"train.py:{save_line}" in row for row in obs["lastRunRows"]), obs[
        "lastRunRows"
    ]

    # Problems: errfix diagnostics on the layer's definition and on the failing call.
    # Rows are read as screen readers get them: a file row, then its problems ("... at line N and
    # character C. ... generated by errfix"), then their related-information rows.
    placed: set[tuple[str, int]] = set()
    current = None
    for row in map(_norm, obs["problems"]):
        header = re.search(r"problems? in file (\S+)", row)
        if header:
            current = header.group(1)
        elif row.endswith("generated by errfix"):
            where = re.search(r" at line (\d+) and character \d+", row)
            assert where, row
            placed.add((current, int(where.group(1))))
    assert ("layers.py", layer_line) in placed, f"no errfix problem at layers.py:{layer_line}: {placed}"
    assert ("train.py", save_line) in placed, f"no errfix problem at train.py:{save_line}: {placed}"
    assert obs["squiggles"] >= 1

    # Hover on `MyDense` shows the KB entry's cause.
    cause_start = _norm(entry.root_cause)[:60]
    assert cause_start in _norm(obs["hover"]), obs["hover"]

    # The quick fix was offered, applied and saved: the file on disk is fixed and valid Python...
    assert any("get_config" in action and "MyDense" in action for action in obs["codeActions"])
    fixed = layers.read_text()
    assert "def get_config" in fixed
    ast.parse(fixed)
    # ...and real Keras now saves the model the fix was made for.
    rerun = subprocess.run(
        [str(vscode_env["python"]), "train.py"], cwd=workspace, capture_output=True, text=True,
        timeout=300, env={**os.environ, "KERAS_BACKEND": "numpy"}, stdin=subprocess.DEVNULL,
    )
    assert rerun.returncode == 0 and "saved" in rerun.stdout, rerun.stderr[-3000:]

    # Command-palette search finds the entry, and choosing it renders the entry.
    assert any(ENTRY_ID in row for row in obs["searchRows"]), obs["searchRows"]
    assert ENTRY_ID.split("/")[-1] in obs["previewTab"]
    assert _norm(entry.signature)[:40] in _norm(obs["previewText"]), obs["previewText"][:2000]

    # A CI log opened in the editor gets its known error marked (log document selector), and
    # Explain Selection on it opens the entry.
    assert obs["logSquiggles"] >= 1
    assert ENTRY_ID.split("/")[-1] in obs["explainTab"]

    # A terminal without shell integration: the user is told once, and pointed at `errfix run`.
    assert "errfix run -- <cmd>" in _norm(obs["noShellIntegration"]), obs["noShellIntegration"]

    # With a Python that lacks the server, the user is told what was tried and how to fix it.
    failure = _norm(obs["startFailure"])
    assert f"{vscode_env['bare_python']} -m errfix_lsp.server" in failure, failure
    assert "No module named 'errfix_lsp'" in failure, failure
    assert "pip install errfix-lsp" in failure, failure
