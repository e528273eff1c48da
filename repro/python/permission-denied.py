# errfix-repro: expects=python/permission-denied
# errfix-repro: requires=json
"""Writing a checkpoint into a directory the process may not write to."""
import os
from pathlib import Path

target = Path("checkpoints")
target.mkdir()
target.chmod(0o500)  # read + traverse only
if os.geteuid() == 0:  # root ignores permission bits: become 'nobody' (the 0700 temp dir is then closed too)
    os.setgid(65534)
    os.setuid(65534)
with open(target / "model.pt", "wb") as handle:
    handle.write(b"\0")
