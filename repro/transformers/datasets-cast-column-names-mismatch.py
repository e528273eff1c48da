# errfix-repro: expects=transformers/datasets-cast-column-names-mismatch
# errfix-repro: requires=datasets
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""load_dataset('json') over files whose columns differ."""

import json

from datasets import load_dataset

with open("part-1.jsonl", "w") as f:
    f.write(json.dumps({"text": "hello", "label": 1}) + "\n")
with open("part-2.jsonl", "w") as f:
    f.write(json.dumps({"text": "world", "score": 0.5}) + "\n")  # a different schema
load_dataset("json", data_files=["part-1.jsonl", "part-2.jsonl"], cache_dir="hf-cache")
