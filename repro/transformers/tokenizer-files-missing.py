# errfix-repro: expects=transformers/tokenizer-files-missing
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""AutoTokenizer on a checkpoint folder where only the model was saved."""

from transformers import AutoTokenizer, LlamaConfig

# A fine-tuned checkpoint saved with model.save_pretrained() only (Trainer without processing_class):
LlamaConfig(
    vocab_size=32, hidden_size=16, intermediate_size=32, num_hidden_layers=1, num_attention_heads=2
).save_pretrained("checkpoint-500")
AutoTokenizer.from_pretrained("checkpoint-500")
