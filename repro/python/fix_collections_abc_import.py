# errfix-repro: expects=python/collections-abc-moved
"""Pre-3.10 code importing an ABC from `collections` (removed in Python 3.10).

The migration-fix test applies `collections-abc` through the language server and runs this file
again: it must then print the `fixed:` line.
"""
from collections import Iterable, OrderedDict


def as_list(value):
    return list(value) if isinstance(value, Iterable) and not isinstance(value, str) else [value]


print("fixed:", as_list((1, 2)), as_list("ab"), list(OrderedDict(a=1).items()))
