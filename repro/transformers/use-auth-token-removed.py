# errfix-repro: expects=transformers/use-auth-token-removed
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
"""transformers 5 removed use_auth_token= (renamed token= in v4.34)."""

from transformers import BertConfig, BertModel

TINY = BertConfig(
    vocab_size=32,
    hidden_size=16,
    num_hidden_layers=1,
    num_attention_heads=2,
    intermediate_size=32,
    max_position_embeddings=64,
)

BertModel(TINY).save_pretrained("my-model")
BertModel.from_pretrained("my-model", use_auth_token="hf_xxx")
