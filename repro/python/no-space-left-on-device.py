# errfix-repro: expects=python/no-space-left-on-device
# errfix-repro: requires=os
"""Writing to a full disk (checkpoints, pip's cache or /tmp, a dataset cache). /dev/full answers
every write with ENOSPC, exactly as a full filesystem does.
"""

with open("/dev/full", "wb") as sink:
    sink.write(b"\0" * 1024)
