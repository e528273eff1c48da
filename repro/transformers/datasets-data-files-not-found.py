# errfix-repro: expects=transformers/datasets-data-files-not-found
# errfix-repro: requires=datasets
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""data_files points to a file that does not exist (relative to the cwd)."""

from datasets import load_dataset

load_dataset("csv", data_files="data/train.csv", cache_dir="hf-cache")
