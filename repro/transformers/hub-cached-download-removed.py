# errfix-repro: expects=transformers/hub-cached-download-removed
# errfix-repro: requires=huggingface_hub
"""Old code (diffusers<0.26, sentence-transformers<2.3) imports cached_download, removed in huggingface_hub 0.26."""

from huggingface_hub import cached_download  # noqa: F401
