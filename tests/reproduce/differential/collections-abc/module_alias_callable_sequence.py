# source: synthetic: the module under another name, several ABCs
import collections as col


def kinds(values):
    return [(isinstance(v, col.Callable), isinstance(v, col.Sequence), isinstance(v, col.MutableMapping)) for v in values]  # fails here


result = kinds([len, "ab", [1], {}, 3])
