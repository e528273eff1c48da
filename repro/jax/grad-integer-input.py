# errfix-repro: expects=jax/grad-integer-input
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""jax.grad with respect to an integer argument (a Python int literal)."""

import jax

jax.grad(lambda x: x**2)(3)
