# errfix-repro: expects=pytorch/checkpoint-html-page
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
"""from_pretrained on a pytorch_model.bin that is an HTML page (wget of a /blob/ URL, a login page)."""

from transformers import BertConfig, BertModel

TINY = BertConfig(
    vocab_size=32,
    hidden_size=16,
    num_hidden_layers=1,
    num_attention_heads=2,
    intermediate_size=32,
    max_position_embeddings=64,
)

TINY.save_pretrained("my-model")
with open("my-model/pytorch_model.bin", "w") as f:
    f.write("<!DOCTYPE html>\n<html><head><title>Hugging Face</title></head><body></body></html>\n")
BertModel.from_pretrained("my-model")
