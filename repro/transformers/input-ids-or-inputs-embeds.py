# errfix-repro: expects=transformers/input-ids-or-inputs-embeds
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""The model is called without input_ids (e.g. a batch whose keys did not reach it)."""

import torch
from transformers import GPT2Config, GPT2LMHeadModel

WORDS = ["<unk>", "<s>", "</s>", "hello", "world", "how", "are", "you"]
model = GPT2LMHeadModel(
    GPT2Config(
        vocab_size=len(WORDS), n_embd=16, n_layer=1, n_head=2, n_positions=64, bos_token_id=1, eos_token_id=2
    )
).eval()

batch = {"attention_mask": torch.ones(1, 2, dtype=torch.long)}  # input_ids dropped/renamed upstream
model(**batch)
