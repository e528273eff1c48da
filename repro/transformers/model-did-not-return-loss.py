# errfix-repro: expects=transformers/model-did-not-return-loss
# errfix-repro: requires=transformers,datasets
# errfix-repro: env=USE_TF=0
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""Trainer with a base model (no head) or a batch without labels."""

from datasets import Dataset
from transformers import BertConfig, BertModel, Trainer, TrainingArguments

TINY = BertConfig(
    vocab_size=32,
    hidden_size=16,
    num_hidden_layers=1,
    num_attention_heads=2,
    intermediate_size=32,
    max_position_embeddings=64,
)

train = Dataset.from_dict({"input_ids": [[2, 3, 4], [2, 5, 6]], "labels": [0, 1]})
args = TrainingArguments("out", max_steps=1, per_device_train_batch_size=2, report_to="none")
Trainer(model=BertModel(TINY), args=args, train_dataset=train).train()  # BertModel has no head: no loss
