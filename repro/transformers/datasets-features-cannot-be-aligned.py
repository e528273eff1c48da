# errfix-repro: expects=transformers/datasets-features-cannot-be-aligned
# errfix-repro: requires=datasets
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""concatenate_datasets on datasets whose column types differ."""

from datasets import Dataset, concatenate_datasets

a = Dataset.from_dict({"text": ["hello"], "label": [0]})
b = Dataset.from_dict({"text": ["world"], "label": ["positive"]})  # labels as strings here
concatenate_datasets([a, b])
