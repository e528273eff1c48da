# errfix-repro: expects=python/too-many-open-files
# errfix-repro: requires=resource
"""Files (or sockets, or DataLoader worker pipes) are opened in a loop and never closed until the
per-process descriptor limit (`ulimit -n`, often 1024) is reached. A low limit keeps this fast.
"""

import resource
import tempfile

resource.setrlimit(resource.RLIMIT_NOFILE, (32, 32))
handles = []
for _index in range(100):
    handles.append(tempfile.TemporaryFile())  # noqa: SIM115  (leaking them is the point)
