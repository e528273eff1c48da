# errfix-repro: expects=transformers/peft-specify-target-modules
# errfix-repro: requires=peft,torch
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""LoRA on a model type peft has no default target modules for."""

import torch
from peft import LoraConfig, get_peft_model


class Regressor(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.body = torch.nn.Linear(8, 8)
        self.head = torch.nn.Linear(8, 1)

    def forward(self, x):
        return self.head(self.body(x))


get_peft_model(Regressor(), LoraConfig(r=4))  # no target_modules and no known model_type
