# errfix-repro: expects=transformers/no-cuda-argument-removed
# errfix-repro: requires=transformers,accelerate,torch
# errfix-repro: env=USE_TF=0
# errfix-repro: env=HF_HUB_OFFLINE=1
"""TrainingArguments(no_cuda=True) in transformers 5, where the argument is use_cpu.

The HF fix test applies `hf-use-cpu` through the language server and runs this file again: the
arguments must ask for the CPU (use_cpu True, device cpu) and keep the other settings.
"""

import tempfile

from transformers import TrainingArguments

args = TrainingArguments(tempfile.mkdtemp(), no_cuda=True, per_device_train_batch_size=4, report_to="none")
print("fixed:", args.use_cpu, args.device.type, args.per_device_train_batch_size)
