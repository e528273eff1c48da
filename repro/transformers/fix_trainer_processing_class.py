# errfix-repro: expects=transformers/trainer-tokenizer-argument-removed
# errfix-repro: requires=transformers,tokenizers,accelerate,torch
# errfix-repro: env=USE_TF=0
# errfix-repro: env=HF_HUB_OFFLINE=1
"""Trainer(tokenizer=...) in transformers 5, where the argument is processing_class.

A tiny word-level tokenizer (ids: <unk>=0 ... hello=3 world=4 how=5 are=6 you=7, pad = <unk>) and a
config-built BERT. The HF fix test applies `hf-trainer-processing-class` through the language server
and runs this file again: the trainer must keep that very tokenizer and, as before the rename, pad
batches with it through its default collator: [[3, 4, 0], [5, 6, 7]].
"""

import tempfile

from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import (
    BertConfig,
    BertForSequenceClassification,
    PreTrainedTokenizerFast,
    Trainer,
    TrainingArguments,
)

TINY = BertConfig(
    vocab_size=32,
    hidden_size=16,
    num_hidden_layers=1,
    num_attention_heads=2,
    intermediate_size=32,
    max_position_embeddings=64,
)
WORDS = ["<unk>", "<s>", "</s>", "hello", "world", "how", "are", "you"]
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(WORDS)}, unk_token="<unk>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()
tokenizer = PreTrainedTokenizerFast(tokenizer_object=backend, unk_token="<unk>", pad_token="<unk>")

trainer = Trainer(
    model=BertForSequenceClassification(TINY),
    args=TrainingArguments(tempfile.mkdtemp(), report_to="none", use_cpu=True),
    tokenizer=tokenizer,
)
batch = trainer.data_collator([tokenizer("hello world"), tokenizer("how are you")])
print("fixed:", trainer.processing_class is tokenizer, batch["input_ids"].tolist())
