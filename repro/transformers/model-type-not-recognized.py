# errfix-repro: expects=transformers/model-type-not-recognized
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""A checkpoint of an architecture newer than the installed transformers."""

import json
import os

from transformers import AutoConfig

os.makedirs("new-model")
with open("new-model/config.json", "w") as f:
    json.dump({"model_type": "qwen9_omni", "hidden_size": 16}, f)  # an architecture this release lacks
AutoConfig.from_pretrained("new-model")
