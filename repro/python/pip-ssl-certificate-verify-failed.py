# errfix-repro: expects=python/ssl-certificate-verify-failed
# errfix-repro: requires=pip
# errfix-repro: matrix=py3.11 pip==23.2.1
"""pip downloads over HTTPS from a host whose certificate no CA in pip's bundle signed: a corporate
TLS-inspecting proxy, a private index with an internal CA, antivirus HTTPS scanning.

Everything is local: a self-signed certificate from the openssl CLI and an HTTPS server on 127.0.0.1.
"""

import http.server
import os
import ssl
import subprocess
import sys
import threading

subprocess.run(
    ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem"]
    + ["-out", "cert.pem", "-days", "1", "-subj", "/CN=localhost"],
    check=True,
    capture_output=True,
)
server = http.server.HTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain("cert.pem", "key.pem")
server.socket = context.wrap_socket(server.socket, server_side=True)
threading.Thread(target=server.serve_forever, daemon=True).start()
env = {
    name: value
    for name, value in os.environ.items()
    if not name.startswith("PIP_")
    and "proxy" not in name.lower()
    and name not in ("SSL_CERT_FILE", "REQUESTS_CA_BUNDLE")
}
url = f"https://localhost:{server.server_address[1]}/tinypkg-1.0-py3-none-any.whl"
command = [
    sys.executable,
    "-m",
    "pip",
    "install",
    "--isolated",
    "--disable-pip-version-check",
    "--retries",
    "0",
]
sys.exit(subprocess.call([*command, url], env=env))
