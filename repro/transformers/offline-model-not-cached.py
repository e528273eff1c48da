# errfix-repro: expects=transformers/offline-model-not-cached
# errfix-repro: requires=transformers
# errfix-repro: env=HF_HUB_OFFLINE=1
# errfix-repro: env=USE_TF=0
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""HF_HUB_OFFLINE=1 (or no network) and the model was never downloaded into this cache."""

import os
import tempfile

os.environ["HF_HOME"] = tempfile.mkdtemp()  # an empty cache, as on a fresh offline machine
from transformers import AutoConfig

AutoConfig.from_pretrained("bert-base-uncased")
