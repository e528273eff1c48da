# errfix-repro: expects=pytorch/compile-invalid-backend
# errfix-repro: requires=torch
"""torch.compile(backend=...) with a name no installed package registers."""

import torch
import torch._dynamo

print(torch._dynamo.list_backends())
torch.compile(lambda x: x + 1, backend="tensorrt")(torch.ones(2))
