# errfix-repro: expects=jax/xla-resource-exhausted
# errfix-repro: requires=jax
# errfix-repro: matrix=py3.11 jax==0.4.30 jaxlib==0.4.30
"""An array larger than the device's memory (here the CPU's: 4 TiB under an 8 GiB address-space cap,
so the allocation fails at once on any machine instead of swapping)."""

import resource

import jax.numpy as jnp

resource.setrlimit(resource.RLIMIT_AS, (8 << 30, 8 << 30))
activations = jnp.ones((2**20, 2**20), dtype=jnp.float32)
