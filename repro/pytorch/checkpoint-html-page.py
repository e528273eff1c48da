# errfix-repro: expects=pytorch/checkpoint-html-page
# errfix-repro: requires=torch
"""A download link that returned an HTML page (login/redirect/viewer) saved as model.pt."""

import os
import tempfile

import torch

path = os.path.join(tempfile.mkdtemp(), "model.pt")
with open(path, "w") as f:
    f.write("<!DOCTYPE html>\n<html><head><title>Sign in - Google Accounts</title></head>\n")
    f.write("<body></body></html>\n")
with open(path, "rb") as f:
    print(f.read(15))  # the check that tells: b'<!DOCTYPE html>'
torch.load(path, map_location="cpu")
