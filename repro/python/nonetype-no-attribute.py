# errfix-repro: expects=python/nonetype-no-attribute
# errfix-repro: requires=re
"""Calling a method on the None that re.match returns when nothing matched."""
import re

line = "epoch=3 loss=0.25"
step = re.match(r"step=(\d+)", line).group(1)
