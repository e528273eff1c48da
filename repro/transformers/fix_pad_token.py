# errfix-repro: expects=transformers/pad-token-missing
# errfix-repro: requires=transformers,tokenizers,torch
# errfix-repro: env=USE_TF=0
# errfix-repro: env=HF_HUB_OFFLINE=1
"""Padding a batch with a tokenizer that has no pad token, loaded offline with AutoTokenizer.

A tiny word-level tokenizer like GPT-2's has an EOS token but no pad token (ids: <unk>=0 <s>=1
</s>=2 hello=3 world=4 how=5 are=6 you=7) is saved to a temporary folder and loaded back. The HF fix
test applies `hf-pad-token` (unsafe) through the language server and runs this file again: the short
row is padded on the right with the EOS id 2 and masked out: [[3, 4, 2], [5, 6, 7]].
"""

import os
import tempfile

from tokenizers import Tokenizer, models, pre_tokenizers
from transformers import AutoTokenizer, PreTrainedTokenizerFast

WORDS = ["<unk>", "<s>", "</s>", "hello", "world", "how", "are", "you"]
backend = Tokenizer(models.WordLevel({w: i for i, w in enumerate(WORDS)}, unk_token="<unk>"))
backend.pre_tokenizer = pre_tokenizers.Whitespace()
path = os.path.join(tempfile.mkdtemp(), "tiny-tokenizer")
PreTrainedTokenizerFast(
    tokenizer_object=backend, unk_token="<unk>", bos_token="<s>", eos_token="</s>"
).save_pretrained(path)

tokenizer = AutoTokenizer.from_pretrained(path)
batch = tokenizer(["hello world", "how are you"], padding=True, return_tensors="pt")
print("fixed:", batch["input_ids"].tolist(), batch["attention_mask"].tolist())
