# errfix-repro: expects=python/address-already-in-use
# errfix-repro: requires=socket
"""A second server (a rerun while the old one still runs, two torchrun jobs with the same
MASTER_PORT, a second Gradio/TensorBoard/Jupyter) binds a port that is already taken.
"""

import socket

first = socket.socket()
first.bind(("127.0.0.1", 0))
first.listen()
port = first.getsockname()[1]
second = socket.socket()
second.bind(("127.0.0.1", port))
