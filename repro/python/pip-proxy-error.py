# errfix-repro: expects=python/pip-proxy-error
# errfix-repro: requires=pip
# errfix-repro: matrix=py3.11 pip==23.2.1
"""pip is told to use a proxy (--proxy, HTTP(S)_PROXY, pip.conf) that does not accept connections:
a stale corporate proxy setting, a VPN/Clash/V2Ray client that is switched off, a wrong port."""

import os
import socket
import subprocess
import sys

probe = socket.socket()
probe.bind(("127.0.0.1", 0))
port = probe.getsockname()[1]
probe.close()
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
    "--proxy",
    f"http://127.0.0.1:{port}",
    "http://files.example.invalid/tinypkg-1.0-py3-none-any.whl",
]
sys.exit(subprocess.call(command, env=env))
