# errfix-repro: expects=transformers/repo-id-path-not-found
# errfix-repro: requires=transformers
# errfix-repro: env=HF_HUB_OFFLINE=1
# errfix-repro: env=USE_TF=0
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""A local model path that does not exist is taken for a Hub repo id."""

from transformers import AutoTokenizer

# The fine-tuned model was saved elsewhere: this relative path does not exist from the cwd.
AutoTokenizer.from_pretrained("./outputs/checkpoint-500")
