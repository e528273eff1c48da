# errfix-repro: expects=jax/prng-key-invalid
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""An integer seed passed where jax.random expects a key."""

import jax

noise = jax.random.normal(42, (3,))
