# errfix-repro: expects=transformers/chat-template-roles-must-alternate
# errfix-repro: requires=transformers,tokenizers,jinja2
# errfix-repro: env=USE_TF=0
# errfix-repro: matrix=transformers==4.46.3 tokenizers==0.20.3 huggingface_hub==0.26.2 datasets==3.1.0 fsspec==2024.9.0 dill==0.3.8 multiprocess==0.70.16 peft==0.13.2 accelerate==1.1.1 inherit
"""A Llama-2/Mistral-style chat template rejects two user turns in a row."""

from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import PreTrainedTokenizerFast

WORDS = ["<unk>", "<s>", "</s>", "hello", "world", "how", "are", "you"]
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(WORDS)}, unk_token="<unk>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()

tokenizer = PreTrainedTokenizerFast(tokenizer_object=backend, unk_token="<unk>")
# The check Llama-2 / Mistral / Mixtral templates ship with:
tokenizer.chat_template = (
    "{% for m in messages %}{% if (m['role'] == 'user') != (loop.index0 % 2 == 0) %}"
    "{{ raise_exception('Conversation roles must alternate user/assistant/user/assistant/...') }}"
    "{% endif %}{{ m['content'] }}{% endfor %}"
)
messages = [{"role": "user", "content": "hello"}, {"role": "user", "content": "how are you"}]
tokenizer.apply_chat_template(messages, tokenize=False)
