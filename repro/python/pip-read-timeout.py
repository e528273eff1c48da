# errfix-repro: expects=python/pip-read-timeout
# errfix-repro: requires=pip
# errfix-repro: matrix=py3.11 pip==23.2.1
"""The server accepts pip's connection but sends nothing within the timeout (slow or throttled
mirror, a large wheel over a bad link). Offline: a local socket that accepts and never answers."""

import os
import socket
import subprocess
import sys
import threading

server = socket.socket()
server.bind(("127.0.0.1", 0))
server.listen(8)
port = server.getsockname()[1]
held = []


def accept() -> None:
    while True:
        connection, _ = server.accept()
        held.append(connection)  # keep it open, say nothing


threading.Thread(target=accept, daemon=True).start()
env = {
    name: value
    for name, value in os.environ.items()
    if not name.startswith("PIP_") and "proxy" not in name.lower()
}
command = [
    sys.executable,
    "-m",
    "pip",
    "install",
    "--isolated",
    "--disable-pip-version-check",
    "--retries",
    "0",
    "--timeout",
    "1",
    f"http://127.0.0.1:{port}/tinypkg-1.0-py3-none-any.whl",
]
sys.exit(subprocess.call(command, env=env))
