# source: gistable/gistable/all-gists/7618531/snippet.py (via the search tool)
from collections import Iterable  # fails here


def flatten(iterable):
    for item in iterable:
        if isinstance(item, Iterable):
            yield from flatten(item)
        else:
            yield item


result = list(flatten([1, [2, [3, (4,)]], 5]))
