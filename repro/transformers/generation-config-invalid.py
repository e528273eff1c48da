# errfix-repro: expects=transformers/generation-config-invalid
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""Saving a model whose generation config sets temperature/top_p with do_sample=False."""

from transformers import GPT2Config, GPT2LMHeadModel

WORDS = ["<unk>", "<s>", "</s>", "hello", "world", "how", "are", "you"]
model = GPT2LMHeadModel(
    GPT2Config(
        vocab_size=len(WORDS), n_embd=16, n_layer=1, n_head=2, n_positions=64, bos_token_id=1, eos_token_id=2
    )
).eval()

model.generation_config.do_sample = False
model.generation_config.temperature = 0.3  # only used when sampling
model.save_pretrained("finetuned")
