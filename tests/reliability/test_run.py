"""`errfix run -- CMD` against running CMD directly: signals, statuses, prompts, `| head`, files
under `.errfix/`, a failed log write and memory. Every case runs the same program both ways.
"""

from __future__ import annotations

import os
import pty
import resource
import select
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

PY = sys.executable
ERRFIX = [PY, "-m", "errfix_lsp.cli", "run", "--"]
ENV = {**os.environ, "PYTHONUNBUFFERED": "1"}

CHECKPOINT = textwrap.dedent("""\
    import sys, time
    try:
        print("ready", flush=True)
        time.sleep(60)
    except KeyboardInterrupt:
        time.sleep(0.5)  # a slow handler: saving takes time
        open(sys.argv[1], "w").write("saved")
        print("checkpoint saved", flush=True)
        sys.exit(3)
    """)


def both(argv: list[str]) -> list[list[str]]:
    return [argv, ERRFIX + argv]


def wait_for_output(proc: subprocess.Popen, needle: bytes, timeout: float = 30) -> bytes:
    seen = b""
    deadline = time.monotonic() + timeout
    while needle not in seen:
        assert time.monotonic() < deadline, seen
        ready, _, _ = select.select([proc.stdout], [], [], 0.1)
        if ready:
            chunk = os.read(proc.stdout.fileno(), 4096)
            assert chunk, seen
            seen += chunk
    return seen


@pytest.mark.parametrize("how", ["direct", "errfix"])
def test_sigint_to_the_process_group_lets_the_checkpoint_be_saved(tmp_path, how):
    script = tmp_path / "train.py"
    script.write_text(CHECKPOINT)
    saved = tmp_path / f"ckpt-{how}"
    argv = [PY, str(script), str(saved)]
    argv = argv if how == "direct" else ERRFIX + argv
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=tmp_path, env=ENV, start_new_session=True
    )
    wait_for_output(proc, b"ready")
    os.killpg(proc.pid, signal.SIGINT)
    out, _ = proc.communicate(timeout=30)
    assert saved.read_text() == "saved"
    assert b"checkpoint saved" in out and proc.returncode == 3


def run_in_terminal(argv: list[str], cwd: Path, keys: list[tuple[bytes, bytes]], timeout: float = 30):
    """Run `argv` as the foreground job of a new terminal; after each `wait` text appears, type
    `send`. Returns (everything shown, exit status)."""
    pid, master = pty.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            os.chdir(cwd)
            os.execve(argv[0], argv, ENV)
        finally:
            os._exit(127)
    shown = b""
    deadline = time.monotonic() + timeout
    steps = list(keys)
    try:
        while True:
            assert time.monotonic() < deadline, shown
            if steps and steps[0][0] in shown:
                os.write(master, steps.pop(0)[1])
            ready, _, _ = select.select([master], [], [], 0.1)
            if ready:
                try:
                    chunk = os.read(master, 4096)
                except OSError:
                    chunk = b""
                if not chunk:
                    break
                shown += chunk
    finally:
        _, status = os.waitpid(pid, 0)
        os.close(master)
    return shown, os.waitstatus_to_exitcode(status)


@pytest.mark.parametrize("how", ["direct", "errfix"])
def test_ctrl_c_at_the_terminal_reaches_the_program_once(tmp_path, how):
    script = tmp_path / "train.py"
    script.write_text(CHECKPOINT)
    saved = tmp_path / f"ckpt-{how}"
    argv = [PY, str(script), str(saved)]
    shown, status = run_in_terminal(
        argv if how == "direct" else ERRFIX + argv, tmp_path, [(b"ready", b"\x03")]
    )
    assert saved.read_text() == "saved", shown
    assert b"checkpoint saved" in shown and status == 3


def test_a_prompt_without_newline_is_shown_before_the_program_reads(tmp_path):
    script = tmp_path / "ask.py"
    script.write_text("import sys\nname = input('Name: ')\nprint('hello', name, sys.stdout.isatty())\n")
    results = []
    for argv in both([PY, str(script)]):
        shown, status = run_in_terminal(argv, tmp_path, [(b"Name: ", b"Bob\n")])
        results.append((status, b"hello Bob True" in shown))
    assert results == [(0, True), (0, True)]


@pytest.mark.parametrize("sig", ["SIGSEGV", "SIGKILL", "SIGTERM", "SIGABRT"])
def test_status_of_a_program_killed_by_a_signal_is_the_shells(tmp_path, sig):
    code = f"import os, signal; os.kill(os.getpid(), signal.{sig})"
    direct = subprocess.run(["sh", "-c", f'{PY} -c "{code}"'], capture_output=True, timeout=60)
    wrapped = subprocess.run([*ERRFIX, PY, "-c", code], capture_output=True, timeout=60, cwd=tmp_path)
    assert direct.returncode == wrapped.returncode == 128 + getattr(signal, sig)


def test_sigterm_to_errfix_reaches_the_program_and_its_handler_finishes(tmp_path):
    script = tmp_path / "term.py"
    script.write_text(
        textwrap.dedent("""\
        import signal, sys, time
        def bye(*_):
            time.sleep(0.3)
            print("cleaned up", flush=True)
            sys.exit(7)
        signal.signal(signal.SIGTERM, bye)
        print("ready", flush=True)
        time.sleep(60)
        """)
    )
    statuses = []
    for argv in both([PY, str(script)]):
        proc = subprocess.Popen(argv, stdout=subprocess.PIPE, cwd=tmp_path, env=ENV, start_new_session=True)
        wait_for_output(proc, b"ready")
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=30)
        statuses.append((proc.returncode, b"cleaned up" in out))
    assert statuses == [(7, True), (7, True)]


def test_a_closed_reader_ends_errfix_promptly(tmp_path):
    endless = f"{PY} -c 'import itertools\nfor i in itertools.count(): print(i)'"
    errfix = " ".join(ERRFIX)
    for line in (f"{endless} | head -1", f"{errfix} {endless} | head -1"):
        started = time.monotonic()
        done = subprocess.run(
            ["bash", "-c", line + '; echo "${PIPESTATUS[@]}" >&2'],
            capture_output=True,
            timeout=30,
            cwd=tmp_path,
        )
        assert done.stdout == b"0\n" and time.monotonic() - started < 10
        assert done.stderr.split()[-2:] in ([b"1", b"0"], [b"141", b"0"]), done.stderr


def test_symlinks_under_errfix_are_never_written_through(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    precious = outside / "precious.txt"
    precious.write_text("keep me\n")
    work = tmp_path / "repo"
    (work / ".errfix").mkdir(parents=True)
    (work / ".errfix" / ".gitignore").symlink_to(precious)
    (work / ".errfix" / "last-run.log").symlink_to(outside / "also-precious.txt")
    (outside / "also-precious.txt").write_text("keep me too\n")
    done = subprocess.run([*ERRFIX, PY, "-c", "print('out')"], capture_output=True, cwd=work, timeout=60)
    assert done.returncode == 0 and done.stdout == b"out\n"
    assert (
        precious.read_text() == "keep me\n" and (outside / "also-precious.txt").read_text() == "keep me too\n"
    )
    assert (work / ".errfix" / ".gitignore").is_symlink()
    log = work / ".errfix" / "last-run.log"
    assert not log.is_symlink() and log.read_text() == "out\n"
    assert sorted(p.name for p in (work / ".errfix").iterdir()) == [".gitignore", "last-run.log"]


def test_an_errfix_folder_linking_out_of_the_workspace_is_refused(tmp_path):
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    work = tmp_path / "repo"
    work.mkdir()
    (work / ".errfix").symlink_to(outside)
    done = subprocess.run([*ERRFIX, PY, "-c", "print('out')"], capture_output=True, cwd=work, timeout=60)
    assert done.returncode == 0 and done.stdout == b"out\n"
    assert list(outside.iterdir()) == [] and b"symlink" in done.stderr


def test_a_failed_log_write_removes_its_temporary_file(tmp_path):
    """The file size limit makes the log write fail (EFBIG, as ENOSPC would): the output still
    passes through whole, the status is kept, and no temporary file stays behind."""

    def small_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    code = "import sys; sys.stdout.write('x' * 100000 + '\\n'); sys.exit(5)"
    done = subprocess.run(
        [*ERRFIX, PY, "-c", code], capture_output=True, cwd=tmp_path, timeout=60, preexec_fn=small_files
    )
    assert done.returncode == 5 and len(done.stdout) == 100001
    assert b"could not write .errfix/last-run.log" in done.stderr
    assert sorted(p.name for p in (tmp_path / ".errfix").iterdir()) == [".gitignore"]


def test_memory_stays_flat_while_a_program_prints_a_lot(tmp_path):
    """64 MB through `errfix run` (log written; the old CLI peaked at ~4.6x its input): errfix's peak RSS stays under a fixed bound."""
    printer = (
        "import sys\nline = b'epoch 1/1 loss=0.1234 ' * 8 + b'\\n'\nblock = line * 4000\n"
        "for _ in range(64_000_000 // len(block)): sys.stdout.buffer.write(block)\n"
    )
    probe = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    done = subprocess.run(
        [PY, "-c", probe, *ERRFIX, PY, "-c", printer], capture_output=True, cwd=tmp_path, timeout=600
    )
    peak_kib = int(done.stdout)
    assert (tmp_path / ".errfix" / "last-run.log").stat().st_size >= 63_000_000
    assert peak_kib < 120 * 1024, f"peak RSS {peak_kib / 1024:.0f} MiB"
