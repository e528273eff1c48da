# errfix-repro: expects=transformers/no-cuda-argument-removed
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
"""TrainingArguments(no_cuda=True) in transformers 5: the argument is use_cpu."""

from transformers import TrainingArguments

TrainingArguments("out", no_cuda=True, report_to="none")
