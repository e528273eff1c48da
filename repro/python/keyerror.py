# errfix-repro: expects=python/keyerror
# errfix-repro: requires=json
"""A dict lookup of a key the config file does not have."""
import json

config = json.loads('{"lr": 0.001, "epochs": 10}')
batch_size = config["batch_size"]
