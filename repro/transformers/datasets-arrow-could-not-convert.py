# errfix-repro: expects=transformers/datasets-arrow-could-not-convert
# errfix-repro: requires=datasets
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""A column with mixed types (ints and strings) turned into an Arrow table."""

from datasets import Dataset

Dataset.from_dict({"text": ["a", "b", "c"], "label": [1, 0, "positive"]})
