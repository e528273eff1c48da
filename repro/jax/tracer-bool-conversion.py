# errfix-repro: expects=jax/tracer-bool-conversion
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""Python `if` on a traced value inside a jitted function."""

import jax


@jax.jit
def relu(x):
    if x > 0:
        return x
    return 0.0 * x


relu(1.0)
