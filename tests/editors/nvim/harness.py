"""Run real headless Neovim with the errfix plugin, isolated from the user's config.

Each run gets its own HOME and XDG directories, starts in its own process group (killed
afterwards, whatever happened) and leaves its logs under test-artifacts/nvim/<name>/.
The Lua scripts write a JSON result file that the tests assert on.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import ROOT, require

PLUGIN = ROOT / "editors" / "nvim"
SCRIPTS = Path(__file__).resolve().parent
ARTIFACTS = ROOT / "test-artifacts" / "nvim"
MIN_VERSION = (0, 10)


def nvim_binary() -> str:
    """The nvim to test: $ERRFIX_NVIM, else the one on PATH (scripts/ci/install-nvim.sh)."""
    found = os.environ.get("ERRFIX_NVIM") or shutil.which("nvim")
    require(found is not None, "nvim not installed (bash scripts/ci/install-nvim.sh)")
    assert found is not None
    out = subprocess.run([found, "--version"], capture_output=True, text=True, timeout=60).stdout
    first = out.splitlines()[0] if out else ""
    try:
        major, minor = (int(p) for p in first.split("v", 1)[1].split(".")[:2])
    except (IndexError, ValueError):
        major, minor = 0, 0
    require((major, minor) >= MIN_VERSION, f"need Neovim >= 0.10, found {first!r}")
    return found


@dataclass
class NvimRun:
    returncode: int
    stdout: str
    stderr: str
    result: dict

    def failure(self) -> str:
        """Everything useful for a failed assertion message."""
        log = "\n".join(self.result.get("log", []))
        return (f"failed: {self.result.get('failed')}\nlog:\n{log}\nexit {self.returncode}\n"
                f"stderr:\n{self.stderr[-3000:]}")


def run_lua(script: str, name: str, tmp_path: Path, env: dict[str, str] | None = None,
            timeout: float = 300) -> NvimRun:
    """Run `nvim --headless -u NONE -l <script>` and return what it wrote to its result file."""
    nvim = nvim_binary()
    home = tmp_path / "home"
    xdg = {k: str(home / d) for k, d in (("XDG_CONFIG_HOME", "config"), ("XDG_DATA_HOME", "data"),
                                          ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache"))}
    for path in [home, *map(Path, xdg.values())]:
        path.mkdir(parents=True, exist_ok=True)
    result_path = tmp_path / f"{name}-result.json"
    full_env = {
        **{k: v for k, v in os.environ.items() if not k.startswith(("NVIM", "VIM", "MYVIMRC"))},
        "HOME": str(home),
        **xdg,
        "ERRFIX_E2E_RESULT": str(result_path),
        "ERRFIX_E2E_PLUGIN": str(PLUGIN),
        "ERRFIX_E2E_PYTHON": sys.executable,
        **(env or {}),
    }
    process = subprocess.Popen(
        [nvim, "--headless", "-u", "NONE", "-i", "NONE", "-n", "-l", str(SCRIPTS / script)],
        cwd=tmp_path, env=full_env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, text=True, start_new_session=True,
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill(process)
        stdout, stderr = process.communicate()
        stderr += f"\n[harness] killed after {timeout} s"
    finally:
        _kill(process)
    result = json.loads(result_path.read_text()) if result_path.exists() else {
        "failed": "no result file (nvim crashed or was killed)"}
    _save_artifacts(name, home, stdout, stderr, result)
    return NvimRun(process.returncode, stdout, stderr, result)


def _kill(process: subprocess.Popen) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signal.SIGKILL)


def _save_artifacts(name: str, home: Path, stdout: str, stderr: str, result: dict) -> None:
    target = ARTIFACTS / name
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True, exist_ok=True)
    (target / "stdout.txt").write_text(stdout)
    (target / "stderr.txt").write_text(stderr)
    (target / "result.json").write_text(json.dumps(result, indent=2, ensure_ascii=False))
    for log in (home / "state").rglob("*.log"):  # Neovim's lsp.log
        shutil.copy(log, target / log.name)
