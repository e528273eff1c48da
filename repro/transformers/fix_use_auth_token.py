# errfix-repro: expects=transformers/use-auth-token-removed
# errfix-repro: requires=transformers,torch
# errfix-repro: env=USE_TF=0
# errfix-repro: env=HF_HUB_OFFLINE=1
"""from_pretrained(..., use_auth_token=...) under transformers 5, offline, from a local folder.

transformers 5 forwards the removed keyword to BertModel.__init__, which rejects it. The HF fix test
applies `hf-use-auth-token` through the language server and runs this file again: the model must load
with exactly the weights that were saved (every tensor equal) and the tiny config's embedding shape.
"""

import os
import tempfile

import torch
from transformers import BertConfig, BertModel

TINY = BertConfig(
    vocab_size=32,
    hidden_size=16,
    num_hidden_layers=1,
    num_attention_heads=2,
    intermediate_size=32,
    max_position_embeddings=64,
)
torch.manual_seed(0)
saved = BertModel(TINY)
path = os.path.join(tempfile.mkdtemp(), "tiny-bert")
saved.save_pretrained(path)

model = BertModel.from_pretrained(path, use_auth_token=os.environ.get("HF_TOKEN"))
same = all(torch.equal(value, model.state_dict()[key]) for key, value in saved.state_dict().items())
print("fixed:", type(model).__name__, same, list(model.embeddings.word_embeddings.weight.shape))
