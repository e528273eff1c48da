"""Import name -> PyPI distribution, for the names where they differ or where the obvious guess
is wrong (`pip install sklearn` installs a deprecated stub that fails; `pip install cv2` finds
nothing). Every distribution here is checked against the PyPI name list by a unit test.

`None` means: not installable from PyPI by that name (built from source or another index).
"""

from __future__ import annotations

import re
from functools import lru_cache

DISTRIBUTIONS: dict[str, str | None] = {
    "cv2": "opencv-python",
    "sklearn": "scikit-learn",
    "PIL": "Pillow",
    "yaml": "PyYAML",
    "bs4": "beautifulsoup4",
    "skimage": "scikit-image",
    "dotenv": "python-dotenv",
    "Crypto": "pycryptodome",
    "Cryptodome": "pycryptodomex",
    "attr": "attrs",
    "jwt": "PyJWT",
    "serial": "pyserial",
    "usb": "pyusb",
    "magic": "python-magic",
    "docx": "python-docx",
    "pptx": "python-pptx",
    "dateutil": "python-dateutil",
    "OpenSSL": "pyOpenSSL",
    "MySQLdb": "mysqlclient",
    "psycopg2": "psycopg2-binary",
    "win32api": "pywin32",
    "win32con": "pywin32",
    "win32com": "pywin32",
    "pythoncom": "pywin32",
    "fitz": "PyMuPDF",
    "faiss": "faiss-cpu",
    "umap": "umap-learn",
    "Bio": "biopython",
    "jose": "python-jose",
    "slugify": "python-slugify",
    "git": "GitPython",
    "zmq": "pyzmq",
    "gi": "PyGObject",
    "wx": "wxPython",
    "tf_keras": "tf-keras",
    "keras_tuner": "keras-tuner",
    "kerastuner": "keras-tuner",
    "tensorflow_hub": "tensorflow-hub",
    "tensorflow_datasets": "tensorflow-datasets",
    "tensorflow_addons": "tensorflow-addons",
    "tflite_runtime": "tflite-runtime",
    "sentence_transformers": "sentence-transformers",
    "huggingface_hub": "huggingface-hub",
    "pytorch_lightning": "pytorch-lightning",
    "segment_anything": "segment-anything",
    "whisper": "openai-whisper",
    "Levenshtein": "Levenshtein",
    "pycocotools": "pycocotools",
    "multipart": "python-multipart",
    "pydantic_settings": "pydantic-settings",
    "google.protobuf": "protobuf",
    "google.cloud.storage": "google-cloud-storage",
    "ruamel": "ruamel.yaml",
    "ruamel.yaml": "ruamel.yaml",
    "mpl_toolkits": "matplotlib",
    "pkg_resources": "setuptools",
    "distutils": "setuptools",
    "detectron2": None,
}

# Import name == distribution name, and the name is the well-known project (no typo-squat risk).
_WELL_KNOWN_TEXT = """
    numpy pandas scipy matplotlib seaborn plotly torch torchvision torchaudio tensorflow keras
    jax jaxlib flax optax transformers datasets tokenizers accelerate diffusers peft timm einops
    xgboost lightgbm catboost statsmodels nltk spacy gensim h5py joblib numba onnx onnxruntime
    optuna wandb mlflow tensorboard tensorboardX albumentations librosa soundfile requests tqdm
    pytest sympy networkx pyarrow polars openpyxl xlrd lxml sqlalchemy fastapi flask django
    pydantic uvicorn httpx aiohttp boto3 redis pymongo rich click typer tabulate imageio
    sentencepiece safetensors bitsandbytes triton pyspark dask ray evaluate gradio streamlit
    shap lime mediapipe torchmetrics lightning tiktoken openai anthropic langchain
"""
WELL_KNOWN = frozenset(_WELL_KNOWN_TEXT.split())

# "No module named 'pkg.sub'" means pkg IS installed: only these known cases have a pip answer.
SUBMODULE_UPGRADES: dict[str, tuple[str, str]] = {
    "numpy._core": (
        "numpy>=2",
        "The file was pickled with NumPy 2 and is being loaded with NumPy 1.x: upgrade NumPy "
        "(or re-save the file with NumPy 1.x).",
    ),
}

# Names that were malicious on PyPI (typosquats, dependency confusion, hijacked projects). Never
# suggested, whatever the traceback or the environment says. Keys are normalized names.
KNOWN_MALICIOUS: dict[str, str] = {
    "torchtriton": "dependency confusion against PyTorch nightly, December 2022",
    "colourama": "typosquat of colorama that hijacked the clipboard, 2018",
    "jeilyfish": "typosquat of jellyfish that stole SSH and GPG keys, 2019",
    "python3-dateutil": "typosquat of python-dateutil that stole SSH and GPG keys, 2019",
    "ctx": "hijacked project whose new releases stole environment variables, 2022",
    "ssh-decorate": "backdoored release that stole SSH credentials, 2018",
    "pymafka": "typosquat of pykafka that dropped a remote-access tool, 2022",
    "acqusition": "typosquat reported by SK-CSIRT, 2017",
    "apidev-coop": "typosquat reported by SK-CSIRT, 2017",
    "bzip": "typosquat reported by SK-CSIRT, 2017",
    "crypt": "typosquat reported by SK-CSIRT, 2017",
    "django-server": "typosquat reported by SK-CSIRT, 2017",
    "pwd": "typosquat reported by SK-CSIRT, 2017",
    "setup-tools": "typosquat of setuptools reported by SK-CSIRT, 2017",
    "telnet": "typosquat reported by SK-CSIRT, 2017",
    "urlib3": "typosquat of urllib3 reported by SK-CSIRT, 2017",
    "urllib": "typosquat reported by SK-CSIRT, 2017",
}

# Import names that are almost always the project's own code, not a package to install.
NEVER_INSTALL: dict[str, str] = {
    name: (
        f"'{name}' is not a package to install: it is almost always a module of your own project "
        "(run from the project root or fix PYTHONPATH); the PyPI project of that name is unrelated"
    )
    for name in ("setup", "src", "test", "tests", "utils", "util", "config", "common", "helpers", "main")
}

# Popular projects besides the tables above: typosquats aim at these too.
_MORE_POPULAR = """
    urllib3 colorama setuptools pip wheel six certifi idna charset-normalizer python-dateutil
    jellyfish pyyaml pillow cryptography packaging pytz attrs pykafka paramiko beautifulsoup4
    scikit-learn opencv-python protobuf grpcio google-cloud-storage botocore s3transfer
"""


def normalize(name: str) -> str:
    """PEP 503 normalized form: case and runs of `-_.` do not tell projects apart."""
    return re.sub(r"[-_.]+", "-", name).lower()


@lru_cache(maxsize=1)
def popular_names() -> frozenset[str]:
    names = set(WELL_KNOWN) | set(DISTRIBUTIONS) | {d for d in DISTRIBUTIONS.values() if d}
    names |= set(_MORE_POPULAR.split())
    return frozenset(normalize(n) for n in names)
