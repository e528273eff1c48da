# source: agateblue/django-dynamic-preferences/dynamic_preferences/utils.py (via the search tool)
try:
    from collections.abc import Mapping
except ImportError:
    from collections import Mapping  # fails here


def update(d, u):
    for k, v in u.items():
        if isinstance(v, Mapping):
            r = update(d.get(k, {}), v)
            d[k] = r
        else:
            d[k] = u[k]
    return d


result = update({"general": {"title": "a"}}, {"general": {"maintenance": False}})
