# errfix-repro: expects=transformers/datasets-column-not-in-dataset
# errfix-repro: requires=datasets
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""remove_columns/select_columns with a column name the dataset does not have."""

from datasets import Dataset

ds = Dataset.from_dict({"text": ["hello", "world"], "label": [0, 1]})
ds.remove_columns(["sentence"])  # the column is called "text" in this dataset
