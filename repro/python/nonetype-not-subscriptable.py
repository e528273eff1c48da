# errfix-repro: expects=python/nonetype-not-subscriptable
# errfix-repro: requires=json
"""Subscripting the result of an in-place method (list.sort returns None)."""
scores = [0.3, 0.9, 0.5]
top = scores.sort(reverse=True)
print(top[0])
