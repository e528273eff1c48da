# errfix-repro: expects=python/file-not-found
# errfix-repro: requires=json
"""Opening a data file by a relative path from another working directory."""
with open("data/train.csv", encoding="utf-8") as handle:
    rows = handle.readlines()
