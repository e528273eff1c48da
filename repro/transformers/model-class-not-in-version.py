# errfix-repro: expects=transformers/model-class-not-in-version
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""Importing a model class the installed transformers release does not have yet."""

from transformers import Qwen9ForCausalLM  # noqa: F401  (a model added after this release)
