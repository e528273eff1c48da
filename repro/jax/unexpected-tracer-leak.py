# errfix-repro: expects=jax/unexpected-tracer-leak
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""A jitted function saves an intermediate to a global list; using it later leaks the tracer."""

import jax
import jax.numpy as jnp

history = []


@jax.jit
def step(x):
    y = x * 2
    history.append(y)  # side effect: keeps the tracer
    return y


step(1.0)
print(jnp.sum(history[0]))
