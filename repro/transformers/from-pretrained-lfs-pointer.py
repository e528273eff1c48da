# errfix-repro: expects=pytorch/checkpoint-git-lfs-pointer
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
"""from_pretrained after git clone without git-lfs: pytorch_model.bin is the LFS pointer text."""

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
    f.write(
        "version https://git-lfs.github.com/spec/v1\n"
        "oid sha256:5b2d9a7c3f1e4a6b8c0d2e4f6a8b0c2d4e6f8a0b2c4d6e8f0a2b4c6d8e0f2a4b\n"
        "size 440473133\n"
    )
BertModel.from_pretrained("my-model")
