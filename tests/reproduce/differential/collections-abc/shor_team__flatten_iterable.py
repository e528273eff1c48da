# source: shor-team/shor/shor/utils/collections.py (via the search tool)
import collections


def flatten(x):
    if isinstance(x, collections.Iterable):  # fails here
        return [a for i in x for a in flatten(i)]
    else:
        return [x]


result = flatten([1, [2, (3, 4)], [[5]], range(6, 8)])
