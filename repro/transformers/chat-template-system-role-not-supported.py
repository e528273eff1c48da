# errfix-repro: expects=transformers/chat-template-system-role-not-supported
# errfix-repro: requires=transformers,tokenizers,jinja2
# errfix-repro: env=USE_TF=0
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""A Gemma/Mistral-style template rejects a system message."""

from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import PreTrainedTokenizerFast

WORDS = ["<unk>", "<s>", "</s>", "hello", "world", "how", "are", "you"]
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(WORDS)}, unk_token="<unk>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()

tokenizer = PreTrainedTokenizerFast(tokenizer_object=backend, unk_token="<unk>")
# The check Gemma's template ships with:
tokenizer.chat_template = (
    "{% if messages[0]['role'] == 'system' %}{{ raise_exception('System role not supported') }}{% endif %}"
    "{% for m in messages %}{{ m['content'] }}{% endfor %}"
)
messages = [{"role": "system", "content": "you are helpful"}, {"role": "user", "content": "hello"}]
tokenizer.apply_chat_template(messages, tokenize=False)
