# errfix-repro: expects=transformers/load-in-8bit-argument-removed
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
"""transformers 5 removed from_pretrained(load_in_8bit=/load_in_4bit=)."""

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
BertModel.from_pretrained(
    "my-model", load_in_8bit=True
)  # v4 code: use quantization_config=BitsAndBytesConfig(...)
