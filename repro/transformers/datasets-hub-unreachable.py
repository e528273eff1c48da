# errfix-repro: expects=transformers/datasets-hub-unreachable
# errfix-repro: requires=datasets
# errfix-repro: env=HF_HUB_OFFLINE=1
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""load_dataset of a Hub dataset while offline / without network, not in the cache."""

from datasets import load_dataset

load_dataset("imdb", cache_dir="hf-cache")
