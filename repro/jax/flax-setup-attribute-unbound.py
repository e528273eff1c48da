# errfix-repro: expects=jax/flax-setup-attribute-unbound
# errfix-repro: requires=jax,flax
"""Reading a submodule defined in setup() from outside init/apply."""

from flax import linen as nn


class Encoder(nn.Module):
    def setup(self):
        self.proj = nn.Dense(4)

    def __call__(self, x):
        return self.proj(x)


encoder = Encoder()
print(encoder.proj)
