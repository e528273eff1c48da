# errfix-repro: expects=transformers/datasets-unknown-split
# errfix-repro: requires=datasets
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""Asking for split='test' from data files that only define train."""

import json

from datasets import load_dataset

with open("data.jsonl", "w") as f:
    f.write(json.dumps({"text": "hello", "label": 1}) + "\n")
load_dataset("json", data_files="data.jsonl", split="test", cache_dir="hf-cache")  # only "train" exists
