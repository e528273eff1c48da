# errfix-repro: expects=transformers/ignore-mismatched-sizes
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""Loading a 2-label classifier checkpoint with num_labels=5."""

from transformers import BertConfig, BertForSequenceClassification

TINY = BertConfig(
    vocab_size=32,
    hidden_size=16,
    num_hidden_layers=1,
    num_attention_heads=2,
    intermediate_size=32,
    max_position_embeddings=64,
)

TINY.num_labels = 2
BertForSequenceClassification(TINY).save_pretrained("sentiment-2-labels")
BertForSequenceClassification.from_pretrained("sentiment-2-labels", num_labels=5)
