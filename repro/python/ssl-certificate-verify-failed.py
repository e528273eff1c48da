# errfix-repro: expects=python/ssl-certificate-verify-failed
# errfix-repro: requires=ssl,urllib
"""HTTPS to a server whose certificate no trusted CA signed (like a corporate TLS proxy).

Everything is local: a self-signed certificate from the openssl CLI and a server on 127.0.0.1.
"""
import http.server
import ssl
import subprocess
import threading
import urllib.request

subprocess.run(
    ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem",
     "-out", "cert.pem", "-days", "1", "-subj", "/CN=localhost"],
    check=True,
    capture_output=True,
)
server = http.server.HTTPServer(("127.0.0.1", 0), http.server.SimpleHTTPRequestHandler)
context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
context.load_cert_chain("cert.pem", "key.pem")
server.socket = context.wrap_socket(server.socket, server_side=True)
threading.Thread(target=server.serve_forever, daemon=True).start()
urllib.request.urlopen(f"https://localhost:{server.server_address[1]}/weights.bin", timeout=10)
