# errfix-repro: expects=transformers/trust-remote-code-required
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""The checkpoint's config.json maps the Auto classes to custom code shipped in the repo."""

import json
import os

from transformers import AutoConfig

os.makedirs("custom-model")
with open("custom-model/config.json", "w") as f:
    json.dump({"model_type": "mymodel", "auto_map": {"AutoConfig": "configuration_my.MyConfig"}}, f)
with open("custom-model/configuration_my.py", "w") as f:
    f.write(
        "from transformers import PretrainedConfig\n\nclass MyConfig(PretrainedConfig):\n    model_type = 'mymodel'\n"
    )
AutoConfig.from_pretrained("custom-model")  # no trust_remote_code=True; stdin is not a terminal
