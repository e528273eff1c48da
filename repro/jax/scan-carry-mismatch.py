# errfix-repro: expects=jax/scan-carry-mismatch
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""lax.scan body returns a carry of another shape than it received (scalar init, vector carry)."""

import jax
import jax.numpy as jnp


def body(total, x):
    return total + x, None


jax.lax.scan(body, 0.0, jnp.ones((4, 3)))
