"""The Hugging Face fixers on small sources: what they rename or insert, and when they decline."""

from __future__ import annotations

from errfix_lsp.fixers import get_fixer
from errfix_lsp.fixers.base import Fix
from tests.unit.fixers._helpers import declined, fix, fixed

# --- hf-use-auth-token -------------------------------------------------------------------------


def test_use_auth_token_renamed_in_every_hf_call():
    source = (
        "from transformers import AutoModel, AutoTokenizer, pipeline\n"
        "from huggingface_hub import hf_hub_download\n"
        "model = AutoModel.from_pretrained(name, use_auth_token=True)  # private\n"
        "tok = AutoTokenizer.from_pretrained(\n    name,\n    use_auth_token=os.environ['HF_TOKEN'],\n)\n"
        "p = pipeline('fill-mask', model=name, use_auth_token=tok_value)\n"
        "f = hf_hub_download(repo_id=name, filename='x', use_auth_token=None)\n"
    )
    assert fixed("hf-use-auth-token", source) == source.replace("use_auth_token=", "token=")


def test_use_auth_token_title_counts_places():
    result = fix("hf-use-auth-token", "m = AutoModel.from_pretrained(n, use_auth_token=True)\n")
    assert isinstance(result, Fix)
    assert result.title == "Rename use_auth_token= to token= (1 place)"
    assert result.safety == "safe" and result.preferred


def test_use_auth_token_keeps_non_hf_calls_and_strings():
    source = (
        "def fetch(url, use_auth_token=False):\n    return url\n"
        "fetch('x', use_auth_token=True)\n"
        "AutoModel.from_pretrained(n, use_auth_token=True)\n"
        "print('use_auth_token=1')\n"
    )
    out = fixed("hf-use-auth-token", source)
    assert "fetch('x', use_auth_token=True)" in out
    assert "AutoModel.from_pretrained(n, token=True)" in out
    assert "print('use_auth_token=1')" in out


def test_use_auth_token_declines():
    assert "not Hugging Face" in declined("hf-use-auth-token", "fetch('x', use_auth_token=True)\n")
    both = "AutoModel.from_pretrained(n, use_auth_token=True, token='t')\n"
    assert "both" in declined("hf-use-auth-token", both)
    assert "does not parse" in declined("hf-use-auth-token", "AutoModel.from_pretrained(use_auth_token=\n")
    assert "no Hugging Face call" in declined("hf-use-auth-token", "x = 1\n")


def test_use_auth_token_crlf_kept():
    source = "import transformers\r\nm = transformers.BertModel.from_pretrained('d', use_auth_token=1)\r\n"
    assert fixed("hf-use-auth-token", source) == source.replace("use_auth_token", "token")


# --- hf-eval-strategy ---------------------------------------------------------------------------


def test_eval_strategy_renamed_in_training_arguments_and_subclasses():
    source = (
        "from transformers import TrainingArguments, Seq2SeqTrainingArguments\n"
        "from trl import SFTConfig\n"
        "a = TrainingArguments('out', evaluation_strategy='epoch', save_strategy='epoch')\n"
        "b = Seq2SeqTrainingArguments(output_dir='o', evaluation_strategy=IntervalStrategy.STEPS)\n"
        "c = SFTConfig(output_dir='o', evaluation_strategy='steps')\n"
        "d = transformers.TrainingArguments(\n    'o',\n    evaluation_strategy = 'no',\n)\n"
    )
    assert fixed("hf-eval-strategy", source) == source.replace("evaluation_strategy", "eval_strategy")


def test_eval_strategy_uses_the_class_the_error_names():
    source = "args = MyArgs('out', evaluation_strategy='epoch')\n"
    assert "not TrainingArguments" in declined("hf-eval-strategy", source)
    assert fixed("hf-eval-strategy", source, class_name="MyArgs") == source.replace(
        "evaluation_strategy", "eval_strategy"
    )


def test_eval_strategy_declines():
    both = "TrainingArguments('o', evaluation_strategy='epoch', eval_strategy='steps')\n"
    assert "both" in declined("hf-eval-strategy", both)
    settings = "cfg = dict(evaluation_strategy='epoch')\nTrainingArguments('o', **cfg)\n"
    assert "not TrainingArguments" in declined("hf-eval-strategy", settings)
    assert "no TrainingArguments call" in declined("hf-eval-strategy", "TrainingArguments('o')\n")


# --- hf-trainer-processing-class ----------------------------------------------------------------


def test_trainer_tokenizer_renamed_in_trainers_only():
    source = (
        "collator = DataCollatorWithPadding(tokenizer=tok)\n"
        "trainer = Trainer(model=m, args=a, data_collator=collator, tokenizer=tok)\n"
        "s2s = Seq2SeqTrainer(model=m, tokenizer=tok)\n"
        "pipe = pipeline('text-generation', model=m, tokenizer=tok)\n"
    )
    out = fixed("hf-trainer-processing-class", source)
    assert "DataCollatorWithPadding(tokenizer=tok)" in out
    assert "Trainer(model=m, args=a, data_collator=collator, processing_class=tok)" in out
    assert "Seq2SeqTrainer(model=m, processing_class=tok)" in out
    assert "pipeline('text-generation', model=m, tokenizer=tok)" in out


def test_trainer_subclass_with_its_own_tokenizer_parameter_is_left_alone():
    source = (
        "class MyTrainer(Trainer):\n"
        "    def __init__(self, *args, tokenizer=None, **kwargs):\n"
        "        super().__init__(*args, processing_class=tokenizer, **kwargs)\n"
        "t = MyTrainer(model=m, tokenizer=tok)\n"
    )
    assert "not Trainer" in declined("hf-trainer-processing-class", source)
    passes_through = "class MyTrainer(Trainer):\n    pass\nt = MyTrainer(model=m, tokenizer=tok)\n"
    assert "processing_class=tok" in fixed("hf-trainer-processing-class", passes_through)


def test_trainer_declines():
    both = "Trainer(model=m, tokenizer=tok, processing_class=tok)\n"
    assert "both" in declined("hf-trainer-processing-class", both)
    assert "no Trainer call" in declined("hf-trainer-processing-class", "Trainer(model=m)\n")


# --- hf-pad-token -------------------------------------------------------------------------------


def test_pad_token_inserted_after_the_tokenizer_is_created():
    source = (
        "from transformers import AutoTokenizer\n"
        "tokenizer = AutoTokenizer.from_pretrained(\n    'gpt2',\n)  # base tokenizer\n"
        "batch = tokenizer(texts, padding=True)\n"
    )
    assert fixed("hf-pad-token", source) == (
        "from transformers import AutoTokenizer\n"
        "tokenizer = AutoTokenizer.from_pretrained(\n    'gpt2',\n)  # base tokenizer\n"
        "if tokenizer.pad_token is None:\n    tokenizer.pad_token = tokenizer.eos_token\n"
        "batch = tokenizer(texts, padding=True)\n"
    )


def test_pad_token_indented_attribute_target_crlf_and_no_final_newline():
    source = (
        "class Model:\r\n    def __init__(self):\r\n"
        "        self.tok = transformers.AutoTokenizer.from_pretrained(NAME)"
    )
    assert fixed("hf-pad-token", source) == source + (
        "\r\n        if self.tok.pad_token is None:\r\n"
        "            self.tok.pad_token = self.tok.eos_token\r\n"
    )


def test_pad_token_is_unsafe_and_never_preferred():
    result = fix("hf-pad-token", "tok = AutoTokenizer.from_pretrained('gpt2')\n")
    assert isinstance(result, Fix)
    assert result.safety == "unsafe" and not result.preferred
    assert (
        result.unsafe_because == "changes what padding the model sees; check the model's expected pad token"
    )
    assert get_fixer("hf-pad-token").safety == "unsafe"


def test_pad_token_declines():
    assert "no tokenizer" in declined(
        "hf-pad-token", "tok = GPT2TokenizerFast(vocab)\ntok(x, padding=True)\n"
    )
    assert "no tokenizer" in declined("hf-pad-token", "tok = load(AutoTokenizer)\n")
    already = "tok = AutoTokenizer.from_pretrained('gpt2')\ntok.pad_token = '<pad>'\n"
    assert "already set" in declined("hf-pad-token", already)
    added = "tok = AutoTokenizer.from_pretrained('g')\ntok.add_special_tokens({'pad_token': '[PAD]'})\n"
    assert "already set" in declined("hf-pad-token", added)
    one_line = "if True: tok = AutoTokenizer.from_pretrained('gpt2')\n"
    assert "shares its line" in declined("hf-pad-token", one_line)
    assert "does not parse" in declined("hf-pad-token", "tok = AutoTokenizer.from_pretrained(\n")


# --- hf-use-cpu ---------------------------------------------------------------------------------


def test_no_cuda_renamed_in_training_arguments_only():
    source = (
        "args = TrainingArguments('out', no_cuda=True, report_to='none')\n"
        "sft = SFTConfig(output_dir='o', no_cuda=not gpu)\n"
        "run(no_cuda=True)\n"
    )
    out = fixed("hf-use-cpu", source)
    assert "TrainingArguments('out', use_cpu=True, report_to='none')" in out
    assert "SFTConfig(output_dir='o', use_cpu=not gpu)" in out
    assert "run(no_cuda=True)" in out


def test_no_cuda_declines():
    both = "TrainingArguments('o', no_cuda=True, use_cpu=True)\n"
    assert "both" in declined("hf-use-cpu", both)
    assert "not TrainingArguments" in declined("hf-use-cpu", "run(no_cuda=True)\n")
