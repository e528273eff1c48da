"""Run the real server under a Python audit hook that records what errfix must never do.

Started as `python -m tests.reliability.audited_server LOG WORKSPACE`. Each forbidden event is
written to LOG as one line at the moment it happens (with `os.write` on a descriptor opened
before the hook, so recording never raises an audit event itself):

- network: an AF_INET/AF_INET6 socket, `connect`, `bind`, a DNS lookup;
- running programs: `subprocess.Popen`, `os.system`, `os.exec*`, `os.posix_spawn`, `os.fork`;
- running user code: importing a module, or executing code compiled from a file, in WORKSPACE.

asyncio's self-pipe is an AF_UNIX socketpair; local sockets are allowed.
"""

from __future__ import annotations

import os
import socket
import sys

NETWORK = {"socket.connect", "socket.bind", "socket.getaddrinfo", "socket.gethostbyname",
           "socket.gethostbyaddr", "socket.sendto", "urllib.Request"}
PROGRAMS = {"subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork",
            "os.forkpty", "pty.spawn"}


def install(log_path: str, workspace: str) -> None:
    fd = os.open(log_path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    workspace = os.path.realpath(workspace)

    def inside(path: object) -> bool:
        return isinstance(path, str) and os.path.realpath(path).startswith(workspace + os.sep)

    def record(event: str, detail: object) -> None:
        os.write(fd, f"{event} {detail!r:.300}\n".encode("utf-8", "replace"))

    def hook(event: str, args: tuple) -> None:
        if event == "socket.__new__":
            if args[1] not in (socket.AF_UNIX, -1):
                record(event, args[1:])
        elif event in NETWORK or event in PROGRAMS:
            record(event, args)
        elif event == "exec" and inside(getattr(args[0], "co_filename", None)):
            record(event, args[0].co_filename)
        elif event == "import" and (inside(args[1]) or args[0] in ("train", "layers")):
            record(event, args[:2])

    sys.addaudithook(hook)


if __name__ == "__main__":
    install(sys.argv[1], sys.argv[2])
    from errfix_lsp.server import main

    sys.exit(main([]))
