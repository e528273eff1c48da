# errfix-repro: expects=transformers/bitsandbytes-not-installed
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""4-bit loading requested on a machine without bitsandbytes."""

from transformers import BertConfig, BertModel, BitsAndBytesConfig

TINY = BertConfig(
    vocab_size=32,
    hidden_size=16,
    num_hidden_layers=1,
    num_attention_heads=2,
    intermediate_size=32,
    max_position_embeddings=64,
)

BertModel(TINY).save_pretrained("my-model")
BertModel.from_pretrained("my-model", quantization_config=BitsAndBytesConfig(load_in_8bit=True))
