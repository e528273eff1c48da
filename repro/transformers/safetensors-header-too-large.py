# errfix-repro: expects=transformers/safetensors-header-too-large
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""model.safetensors is not a safetensors file (Git LFS pointer or HTML page)."""

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
with open("my-model/model.safetensors", "w") as f:  # what `git clone` without git-lfs leaves behind
    f.write(
        "version https://git-lfs.github.com/spec/v1\n"
        "oid sha256:5b2d9a7c3f1e4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4b\n"
        "size 440449768\n"
    )
BertModel.from_pretrained("my-model")
