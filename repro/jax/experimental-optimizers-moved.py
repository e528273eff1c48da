# errfix-repro: expects=jax/experimental-optimizers-moved
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""jax.experimental.optimizers moved to jax.example_libraries.optimizers in JAX 0.2.25."""

from jax.experimental import optimizers

opt_init, opt_update, get_params = optimizers.adam(1e-3)
