# errfix-repro: expects=python/collections-abc-moved
"""Pre-3.10 code using the ABC aliases in `collections` (removed in Python 3.10).

The migration-fix test applies `collections-abc` through the language server and runs this file
again: it must then print the `fixed:` line.
"""
import collections


def flatten(config, prefix=""):
    items = {}
    for key, value in config.items():
        if isinstance(value, collections.Mapping):
            items.update(flatten(value, prefix + key + "."))
        else:
            items[prefix + key] = value
    return items


print("fixed:", flatten({"optim": {"lr": 0.1, "name": "sgd"}, "epochs": 3}), collections.OrderedDict)
