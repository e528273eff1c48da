# errfix-repro: expects=transformers/datasets-save-to-disk-load-mismatch
# errfix-repro: requires=datasets
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""load_dataset() on a folder written by save_to_disk() (or load_from_disk on raw files)."""

from datasets import Dataset, load_dataset

Dataset.from_dict({"text": ["hello", "world"], "label": [0, 1]}).save_to_disk("processed")
load_dataset("processed", cache_dir="hf-cache")  # save_to_disk output is read with load_from_disk
