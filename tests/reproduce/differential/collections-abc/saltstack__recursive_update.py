# source: saltstack/salt/salt/utils/dictupdate.py (via the search tool)
import collections


def update(dest, upd):
    for key, val in upd.items():
        if isinstance(val, collections.Mapping):  # fails here
            ret = update(dest.get(key, {}), val)
            dest[key] = ret
        else:
            dest[key] = upd[key]
    return dest


result = update({"a": {"x": 1, "y": 2}, "b": 3}, {"a": {"y": 20, "z": 30}, "c": [4]})
