"""Fixer `hf-use-auth-token`: `use_auth_token=` -> `token=` in Hugging Face loading calls.

transformers 4.34 / huggingface_hub 0.14 / datasets 2.14 renamed `use_auth_token` to `token`
and later removed the old name. In transformers 5, `from_pretrained(..., use_auth_token=...)`
forwards the unknown keyword to the model's `__init__` ("BertModel.__init__() got an unexpected
keyword argument 'use_auth_token'"); hub and datasets functions reject it directly. `token=` takes
the same values (a token string, True for the saved login, None), so the rename keeps behaviour.

Renamed in: `*.from_pretrained(...)`, `pipeline(...)`, huggingface_hub downloads and API calls
(`hf_hub_download`, `snapshot_download`, `HfApi`, `create_repo`, `upload_file`, ...),
`load_dataset`, `push_to_hub`, `SentenceTransformer(...)`.

Declines: the file does not parse; a call passes both `use_auth_token=` and `token=`; the only
`use_auth_token=` calls are not Hugging Face calls (a function of your own keeps its parameter).

Safety: safe (same value, new name; `token=` exists since the releases above).

Example: `AutoModel.from_pretrained(name, use_auth_token=True)` ->
`AutoModel.from_pretrained(name, token=True)`.
"""

from __future__ import annotations

import ast

from ._hf_common import call_name, rename_keyword_fix
from .base import Fixer, FixRequest, FixResult

HF_CALLS = frozenset(
    {
        "from_pretrained",
        "pipeline",
        "hf_hub_download",
        "snapshot_download",
        "cached_download",
        "hf_hub_url",
        "cached_file",
        "HfApi",
        "HfFileSystem",
        "create_repo",
        "upload_file",
        "upload_folder",
        "list_repo_files",
        "model_info",
        "dataset_info",
        "whoami",
        "push_to_hub",
        "load_dataset",
        "load_dataset_builder",
        "get_dataset_config_names",
        "get_dataset_split_names",
        "load_metric",
        "SentenceTransformer",
        "CrossEncoder",
    }
)


def _is_hf_call(call: ast.Call) -> bool:
    return call_name(call.func) in HF_CALLS


def fix(request: FixRequest) -> FixResult:
    return rename_keyword_fix(
        request,
        "use_auth_token",
        "token",
        _is_hf_call,
        "Hugging Face",
        note="token= takes the same values (a token, True for the saved login); exists since "
        "transformers 4.34 / huggingface_hub 0.14.",
    )


FIXER = Fixer(
    id="hf-use-auth-token",
    title="Rename use_auth_token= to token=",
    fix=fix,
    entries=("transformers/use-auth-token-removed",),
    safety="safe",
)
