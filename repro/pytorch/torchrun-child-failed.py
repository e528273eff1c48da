# errfix-repro: expects=pytorch/torchrun-child-failed
# errfix-repro: requires=torch
"""torchrun reports a worker that raised: the real error is printed above the summary."""

import os
import subprocess
import sys
import tempfile

script = os.path.join(tempfile.mkdtemp(), "train.py")
with open(script, "w") as f:
    f.write("import os\nraise ValueError('batch_size must be set, got None on rank ' + os.environ['RANK'])\n")
done = subprocess.run(
    [sys.executable, "-m", "torch.distributed.run", "--nproc-per-node=1", "--master-port=29565", script],
    capture_output=True,
    text=True,
)
sys.stderr.write(done.stderr)
sys.exit(done.returncode)
