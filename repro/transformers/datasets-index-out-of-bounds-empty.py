# errfix-repro: expects=transformers/datasets-index-out-of-bounds-empty
# errfix-repro: requires=datasets
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""Indexing a dataset that filter()/select() left empty."""

from datasets import Dataset

ds = Dataset.from_dict({"text": ["hello", "world"], "label": [0, 1]})
kept = ds.filter(lambda example: example["label"] == 2)  # nothing matches
kept[0]
