# errfix-repro: expects=transformers/trainer-tokenizer-argument-removed
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
"""Trainer(tokenizer=...) in transformers 5: the argument is processing_class."""

from transformers import BertConfig, BertForSequenceClassification, Trainer, TrainingArguments

TINY = BertConfig(
    vocab_size=32,
    hidden_size=16,
    num_hidden_layers=1,
    num_attention_heads=2,
    intermediate_size=32,
    max_position_embeddings=64,
)
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import PreTrainedTokenizerFast

WORDS = ["<unk>", "<s>", "</s>", "hello", "world", "how", "are", "you"]
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(WORDS)}, unk_token="<unk>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()

tokenizer = PreTrainedTokenizerFast(tokenizer_object=backend, unk_token="<unk>", pad_token="<unk>")
Trainer(
    model=BertForSequenceClassification(TINY),
    args=TrainingArguments("out", report_to="none"),
    tokenizer=tokenizer,
)
