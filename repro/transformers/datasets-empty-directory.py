# errfix-repro: expects=transformers/datasets-empty-directory
# errfix-repro: requires=datasets
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""load_dataset on a folder with no data files the builders recognise."""

import os

from datasets import load_dataset

os.makedirs("my_data")  # the files were never copied in (or sit in a subfolder a pattern misses)
load_dataset("my_data", cache_dir="hf-cache")
