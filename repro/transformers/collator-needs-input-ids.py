# errfix-repro: expects=transformers/collator-needs-input-ids
# errfix-repro: requires=transformers,datasets,tokenizers
# errfix-repro: env=USE_TF=0
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""DataCollatorWithPadding on a dataset that was never tokenized."""

from datasets import Dataset
from transformers import (
    BertConfig,
    BertForSequenceClassification,
    DataCollatorWithPadding,
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
from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import PreTrainedTokenizerFast

WORDS = ["<unk>", "<s>", "</s>", "hello", "world", "how", "are", "you"]
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(WORDS)}, unk_token="<unk>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()

tokenizer = PreTrainedTokenizerFast(tokenizer_object=backend, unk_token="<unk>", pad_token="<unk>")
train = Dataset.from_dict({"text": ["hello world", "how are you"], "label": [0, 1]})  # no .map(tokenize)
args = TrainingArguments("out", max_steps=1, per_device_train_batch_size=2, report_to="none")
Trainer(
    model=BertForSequenceClassification(TINY),
    args=args,
    train_dataset=train,
    data_collator=DataCollatorWithPadding(tokenizer),
).train()
