# errfix-repro: expects=jax/flax-nnx-missing-rngs
# errfix-repro: requires=jax,flax
"""flax.nnx layers need an explicit rngs=nnx.Rngs(...) argument."""

from flax import nnx

layer = nnx.Linear(3, 4)
