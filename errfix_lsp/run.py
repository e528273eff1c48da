"""`errfix run -- CMD`: run a command as the shell would, keep its output, explain its errors.

Transparent means: what the user sees and what scripts observe is what running CMD directly gives.

- Output: when errfix's stdout is a terminal the child writes to a pseudo-terminal of its own
  (colours, progress bars and prompts without a newline behave as in the terminal; the window
  size is kept in step), otherwise to plain pipes. stdin is the child's as it was errfix's.
- Signals: the child runs in its own process group. When errfix is the terminal's foreground job
  that group is made the foreground one, so Ctrl-C, Ctrl-\\ and Ctrl-Z reach the child straight
  from the terminal, once, as a shell delivers them; errfix itself keeps running and waits for
  the child's handlers (a checkpoint saved on KeyboardInterrupt is saved). SIGINT, SIGTERM,
  SIGHUP and SIGQUIT sent to errfix are passed on to the child, once. Ctrl-Z stops errfix's job
  too, and `fg` resumes both.
- Status: the child's exit code, or 128 + signal when a signal ended it (SIGSEGV 139, SIGKILL
  137, SIGTERM 143), as the shell reports it.
- A closed reader (`errfix run -- cmd | head -1`): errfix stops reading the child's stdout, so
  the child gets SIGPIPE on its next write as in `cmd | head -1`, and errfix ends by SIGPIPE.
- Memory stays bounded: output is passed through in 64 KiB chunks, streamed to the log file
  and to the streaming event splitter (`match.stream`); only error events are kept.
- `.errfix/`: the log is written to a new file opened with O_EXCL|O_NOFOLLOW inside the
  directory, then renamed over `last-run.log` (a symlink there is replaced, never written
  through); `.gitignore` is only created when absent; a `.errfix` that is a symlink leading out
  of the working directory is refused; a failed write (disk full) removes its temporary file.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import pty
import secrets
import selectors
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .match.events import ErrorEvent
from .match.stream import TerminalStream

RUN_LOG_DIR = ".errfix"
RUN_LOG_NAME = "last-run.log"
CHUNK = 65_536
MAX_EVENTS = 1_000  # error events kept for the explanation (the first ones)
FORWARDED = (signal.SIGINT, signal.SIGTERM, signal.SIGHUP, signal.SIGQUIT)
DRAIN_AFTER_EXIT = 0.2  # seconds of output still read after the child exited (grandchildren)


@dataclass
class RunResult:
    status: int  # as the shell reports it: exit code, or 128 + signal
    events: list[ErrorEvent] = field(default_factory=list)
    reader_closed: bool = False  # stdout's reader went away (SIGPIPE semantics)
    log_problem: str | None = None


def shell_status(wait_status: int) -> int:
    """The shell's `$?` for a waitpid status."""
    if os.WIFSIGNALED(wait_status):
        return 128 + os.WTERMSIG(wait_status)
    return os.waitstatus_to_exitcode(wait_status)


# -- the log under .errfix -------------------------------------------------------------------------


class RunLog:
    """`.errfix/last-run.log`, written as the output streams, without following symlinks."""

    def __init__(self, workdir: Path) -> None:
        self.problem: str | None = None
        self._dir_fd: int | None = None
        self._fd: int | None = None
        self._tmp = ""
        try:
            self._open(workdir)
        except OSError as exc:
            self.problem = f"could not write {RUN_LOG_DIR}/{RUN_LOG_NAME}: {exc.strerror or exc}"
            self._close_all(remove=True)

    def _open(self, workdir: Path) -> None:
        folder = workdir / RUN_LOG_DIR
        if folder.is_symlink():
            target = folder.resolve()
            if not target.is_relative_to(workdir.resolve()):
                raise OSError(errno.ELOOP, f"{RUN_LOG_DIR} is a symlink out of {workdir} ({target})")
        with contextlib.suppress(FileExistsError):
            os.mkdir(folder, 0o755)
        self._dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:  # only created when absent: a .gitignore the repository ships is left alone
            fd = os.open(
                ".gitignore",
                os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW,
                0o644,
                dir_fd=self._dir_fd,
            )
        except FileExistsError:
            pass
        else:
            try:
                os.write(fd, b"*\n")
            finally:
                os.close(fd)
        self._tmp = f".{RUN_LOG_NAME}.{os.getpid()}.{secrets.token_hex(4)}.tmp"
        self._fd = os.open(
            self._tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o644, dir_fd=self._dir_fd
        )

    def write(self, data: bytes) -> None:
        if self._fd is None:
            return
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(self._fd, view) :]
        except OSError as exc:
            self.problem = f"could not write {RUN_LOG_DIR}/{RUN_LOG_NAME}: {exc.strerror or exc}"
            self._close_all(remove=True)

    def commit(self) -> None:
        """Put the finished log in place (atomically; a symlink named last-run.log is replaced)."""
        if self._fd is None or self._dir_fd is None:
            self._close_all(remove=True)
            return
        try:
            os.fsync(self._fd)
            os.close(self._fd)
            self._fd = None
            os.replace(self._tmp, RUN_LOG_NAME, src_dir_fd=self._dir_fd, dst_dir_fd=self._dir_fd)
            self._tmp = ""
        except OSError as exc:
            self.problem = f"could not write {RUN_LOG_DIR}/{RUN_LOG_NAME}: {exc.strerror or exc}"
        self._close_all(remove=True)

    def _close_all(self, remove: bool) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
        if remove and self._tmp and self._dir_fd is not None:
            with contextlib.suppress(OSError):
                os.unlink(self._tmp, dir_fd=self._dir_fd)
            self._tmp = ""
        if self._dir_fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._dir_fd)
            self._dir_fd = None


# -- the terminal ------------------------------------------------------------------------------------


def _controlling_tty() -> int | None:
    """The controlling terminal when errfix is its foreground job (else job control is not ours)."""
    try:
        fd = os.open("/dev/tty", os.O_RDWR | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        if os.tcgetpgrp(fd) == os.getpgrp():
            return fd
    except OSError:
        pass
    os.close(fd)
    return None


def _give_terminal(tty: int | None, pgrp: int) -> None:
    if tty is None:
        return
    previous = signal.signal(signal.SIGTTOU, signal.SIG_IGN)  # a background group may set it
    try:
        os.tcsetpgrp(tty, pgrp)
    except OSError:
        pass
    finally:
        signal.signal(signal.SIGTTOU, previous)


def _copy_window_size(source: int, target: int) -> None:
    with contextlib.suppress(OSError):
        size = fcntl.ioctl(source, termios.TIOCGWINSZ, struct.pack("HHHH", 0, 0, 0, 0))
        fcntl.ioctl(target, termios.TIOCSWINSZ, size)


def _open_pty(like: int) -> tuple[int, int]:
    """A pseudo-terminal whose output bytes pass unchanged (the real terminal adds its own \\r)."""
    master, slave = pty.openpty()
    with contextlib.suppress(termios.error):
        attrs = termios.tcgetattr(slave)
        attrs[1] &= ~termios.ONLCR
        termios.tcsetattr(slave, termios.TCSANOW, attrs)
    _copy_window_size(like, slave)
    return master, slave


# -- running -----------------------------------------------------------------------------------------


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        try:
            view = view[os.write(fd, view) :]
        except BlockingIOError:  # someone made the shared terminal non-blocking
            time.sleep(0.001)


def run(
    command: Sequence[str],
    *,
    workdir: Path | None = None,
    write_log: bool = True,
    stdout_fd: int = 1,
    stderr_fd: int = 2,
    on_started: Callable[[], None] | None = None,
) -> RunResult:
    """Run `command` transparently; return its shell status and the error events it printed.

    Raises OSError when the command cannot be started.
    """
    workdir = workdir or Path.cwd()
    use_pty = os.isatty(stdout_fd)
    share_pty = use_pty and os.isatty(stderr_fd)
    tty = _controlling_tty()
    parent_fds: dict[int, int] = {}  # read end -> where its bytes go
    child_out: int | None = None
    child_err: int | None = None
    if use_pty:
        master, slave = _open_pty(stdout_fd)
        parent_fds[master] = stdout_fd
        child_out = slave
        child_err = slave if share_pty else subprocess.PIPE
    else:
        child_out = child_err = subprocess.PIPE

    def enter_group() -> None:  # in the child, before exec: its own job, in the foreground
        os.setpgid(0, 0)
        if tty is not None:
            signal.signal(signal.SIGTTOU, signal.SIG_IGN)
            with contextlib.suppress(OSError):
                os.tcsetpgrp(tty, os.getpid())
            signal.signal(signal.SIGTTOU, signal.SIG_DFL)

    keep = (tty,) if tty is not None else ()
    try:
        process = subprocess.Popen(
            list(command), stdout=child_out, stderr=child_err, preexec_fn=enter_group, pass_fds=keep
        )
    except BaseException:
        _give_terminal(tty, os.getpgrp())
        if use_pty:
            os.close(master)
            os.close(slave)
        if tty is not None:
            os.close(tty)
        raise
    if use_pty:
        os.close(slave)
    if process.stdout is not None:
        parent_fds[process.stdout.fileno()] = stdout_fd
    if process.stderr is not None:
        parent_fds[process.stderr.fileno()] = stderr_fd
    _give_terminal(tty, process.pid)  # also here: whichever runs first, the child gets it

    own_group = os.getpgrp()
    pending: list[int] = []

    def forward(signum: int, _frame) -> None:
        pending.append(signum)
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signum)

    def window_changed(_signum: int, _frame) -> None:
        if use_pty:
            _copy_window_size(stdout_fd, master)

    previous = {sig: signal.signal(sig, forward) for sig in FORWARDED}
    previous[signal.SIGWINCH] = signal.signal(signal.SIGWINCH, window_changed)
    if on_started is not None:
        on_started()

    log = RunLog(workdir) if write_log else None
    stream = TerminalStream()
    events: list[ErrorEvent] = []
    reader_closed = False
    status: int | None = None
    exited_at: float | None = None

    def keep_events(found: list[ErrorEvent]) -> None:
        room = MAX_EVENTS - len(events)
        if room > 0:
            events.extend(found[:room])

    selector = selectors.DefaultSelector()
    for fd in parent_fds:
        os.set_blocking(fd, False)
        selector.register(fd, selectors.EVENT_READ)
    try:
        while selector.get_map():
            if (
                status is not None
                and exited_at is not None
                and time.monotonic() - exited_at > DRAIN_AFTER_EXIT
            ):
                break  # a background grandchild keeps the output open: the shell would not wait
            for key, _ in selector.select(timeout=0.05):
                fd = key.fd
                try:
                    data = os.read(fd, CHUNK)
                except BlockingIOError:
                    continue
                except OSError as exc:  # EIO: the pty's last writer is gone
                    if exc.errno != errno.EIO:
                        raise
                    data = b""
                if not data:
                    selector.unregister(fd)
                    continue
                if exited_at is not None:
                    exited_at = time.monotonic()
                sink = parent_fds[fd]
                if not (reader_closed and sink == stdout_fd):
                    try:
                        _write_all(sink, data)
                    except BrokenPipeError:
                        if sink != stdout_fd:
                            raise
                        reader_closed = True
                        # as in `cmd | head -1`: the child's next write gets SIGPIPE
                        for other, target in list(parent_fds.items()):
                            if target == stdout_fd and other in selector.get_map():
                                selector.unregister(other)
                                if not use_pty:
                                    os.close(other)
                                    parent_fds.pop(other)
                        continue
                if log is not None:
                    log.write(data)
                keep_events(stream.feed(data))
            if status is None:
                status = _poll_child(process, tty, own_group)
                if status is not None:
                    exited_at = time.monotonic()
        if status is None:
            status = _wait_child(process, tty, own_group)
    finally:
        selector.close()
        for fd in list(parent_fds):
            with contextlib.suppress(OSError):
                os.close(fd)
        if process.stdout is not None:
            process.stdout = None
        if process.stderr is not None:
            process.stderr = None
        _give_terminal(tty, own_group)
        if tty is not None:
            os.close(tty)
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    keep_events(stream.end())
    if log is not None:
        log.commit()
    return RunResult(status, events, reader_closed, log.problem if log is not None else None)


def _poll_child(process: subprocess.Popen, tty: int | None, own_group: int) -> int | None:
    """The shell status once the child ended; a stopped child (Ctrl-Z) stops errfix's job too."""
    while True:
        try:
            pid, wait_status = os.waitpid(process.pid, os.WNOHANG | os.WUNTRACED)
        except ChildProcessError:
            return process.returncode if process.returncode is not None else 0
        if pid == 0:
            return None
        if os.WIFSTOPPED(wait_status):
            if tty is not None:  # Ctrl-Z at the terminal; a SIGSTOP from elsewhere: keep waiting
                _stop_with_child(process, tty, own_group)
            continue
        process.returncode = os.waitstatus_to_exitcode(wait_status)
        return shell_status(wait_status)


def _wait_child(process: subprocess.Popen, tty: int | None, own_group: int) -> int:
    while True:
        status = _poll_child(process, tty, own_group)
        if status is not None:
            return status
        time.sleep(0.02)


def _stop_with_child(process: subprocess.Popen, tty: int | None, own_group: int) -> None:
    """Ctrl-Z stopped the child: stop our job as the shell expects, resume both on `fg`."""
    _give_terminal(tty, own_group)
    os.killpg(own_group, signal.SIGSTOP)
    # continued: when the shell gave us the terminal again (fg), hand it back to the child
    if tty is not None:
        with contextlib.suppress(OSError):
            if os.tcgetpgrp(tty) == own_group:
                _give_terminal(tty, process.pid)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGCONT)


def exit_like(result: RunResult) -> int:
    """errfix's own exit: SIGPIPE when the reader went away (as the shell's pipeline sees it)."""
    if result.reader_closed:
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGPIPE)
    return result.status
