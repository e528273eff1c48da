# errfix-repro: expects=transformers/config-missing-model-type
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""config.json has no model_type (a hand-written or non-transformers config)."""

import json
import os

from transformers import AutoConfig

os.makedirs("my-model")
with open("my-model/config.json", "w") as f:
    json.dump({"hidden_size": 16, "num_layers": 2}, f)
AutoConfig.from_pretrained("my-model")
