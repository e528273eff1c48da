# errfix-repro: expects=transformers/peft-adapter-config-missing
# errfix-repro: requires=peft,transformers
# errfix-repro: env=USE_TF=0
# errfix-repro: env=HF_HUB_OFFLINE=1
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""PeftModel.from_pretrained on a folder that has no adapter_config.json."""

import os

from peft import PeftModel
from transformers import GPT2Config, GPT2LMHeadModel

WORDS = ["<unk>", "<s>", "</s>", "hello", "world", "how", "are", "you"]
model = GPT2LMHeadModel(
    GPT2Config(
        vocab_size=len(WORDS), n_embd=16, n_layer=1, n_head=2, n_positions=64, bos_token_id=1, eos_token_id=2
    )
).eval()

os.makedirs("lora-out/checkpoint-100")  # e.g. the run's output dir instead of the saved adapter dir
PeftModel.from_pretrained(model, "lora-out/checkpoint-100")
