# errfix-repro: expects=transformers/offline-model-not-cached
# errfix-repro: requires=huggingface_hub
# errfix-repro: env=HF_HUB_OFFLINE=1
"""hf_hub_download/snapshot_download offline or without network, file not cached."""

import tempfile

from huggingface_hub import hf_hub_download

hf_hub_download("sentence-transformers/all-MiniLM-L6-v2", "config.json", cache_dir=tempfile.mkdtemp())
