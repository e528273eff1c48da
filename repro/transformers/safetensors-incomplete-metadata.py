# errfix-repro: expects=transformers/safetensors-incomplete-metadata
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""A truncated model.safetensors (interrupted download or copy, disk full)."""

from pathlib import Path

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
weights = Path("my-model/model.safetensors")
weights.write_bytes(weights.read_bytes()[: weights.stat().st_size // 2])  # the download stopped halfway
BertModel.from_pretrained("my-model")
