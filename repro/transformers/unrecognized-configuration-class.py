# errfix-repro: expects=transformers/unrecognized-configuration-class
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""An encoder-decoder config handed to AutoModelForCausalLM."""

from transformers import AutoModelForCausalLM, T5Config

config = T5Config(vocab_size=32, d_model=16, d_kv=8, d_ff=32, num_layers=1, num_heads=2)
AutoModelForCausalLM.from_config(config)  # T5 is seq2seq: AutoModelForSeq2SeqLM
