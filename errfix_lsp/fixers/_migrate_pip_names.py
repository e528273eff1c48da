"""Import name -> PyPI distribution, for the names where they differ or where the obvious guess
is wrong (`pip install sklearn` installs a deprecated stub that fails; `pip install cv2` finds
nothing). Every distribution here is checked against the PyPI name list by a unit test.

`None` means: not installable from PyPI by that name (built from source or another index).
"""

from __future__ import annotations

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
