# errfix-repro: expects=transformers/pipeline-unknown-task
# errfix-repro: requires=transformers
# errfix-repro: env=USE_TF=0
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""pipeline() with a task name that does not exist."""

from transformers import pipeline

pipeline("sentiment")  # the task is "sentiment-analysis" / "text-classification"
