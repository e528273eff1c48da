# errfix-repro: expects=jax/tracer-unhashable
# errfix-repro: requires=jax
"""A traced value used as a dict key (a cache keyed by the input) inside jit."""

import jax

cache = {}


@jax.jit
def f(x):
    if x not in cache:
        cache[x] = x * 2
    return cache[x]


f(1.0)
