# errfix-repro: expects=python/pip-network-unreachable
# errfix-repro: requires=pip
# errfix-repro: matrix=py3.11 pip==23.2.1
"""pip cannot open a connection to the host it downloads from (offline machine, firewall, a mirror
that is down, DNS failure). Offline: a file URL on a local port nothing listens on."""

import os
import socket
import subprocess
import sys

probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()  # the port is now closed: connections are refused
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
    "2",
    f"http://127.0.0.1:{port}/tinypkg-1.0-py3-none-any.whl",
]
sys.exit(subprocess.call(command, env=env))
