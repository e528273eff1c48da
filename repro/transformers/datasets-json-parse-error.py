# errfix-repro: expects=transformers/datasets-json-parse-error
# errfix-repro: requires=datasets
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""load_dataset('json') on a file that is not valid JSON Lines."""

from datasets import load_dataset

with open("train.json", "w") as f:
    f.write('{"text": "hello", "label": 1}\n{"text": "world", "label": 0\n')  # a missing brace
load_dataset("json", data_files="train.json", cache_dir="hf-cache")
