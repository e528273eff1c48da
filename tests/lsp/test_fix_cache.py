"""A fix computed for a file on disk is never reused after the file changed outside the editor."""

from errfix_lsp.server.actions import Document, FixCache, run_fix

SEED = "tensorflow/keras-model-save-custom-layer"
LAYER = (
    "import keras\n\n\nclass MyDense(keras.layers.Layer):\n"
    "    def __init__(self, units, **kwargs):\n"
    "        super().__init__(**kwargs)\n"
    "        self.units = units\n"
)


def test_disk_document_fix_follows_its_content():
    cache = FixCache()
    first = Document(uri="file:///w/layers.py", path="/w/layers.py", source=LAYER, version=None, in_workspace=True)
    fix = run_fix(first, "keras-add-get-config", SEED, {"class_name": "MyDense"}, 4, cache)
    assert fix is not None and "self.units" in fix.new_source
    edited = LAYER.replace("self.units = units", "self.units = units\n        self.extra = 1  # added on disk")
    second = Document(uri=first.uri, path=first.path, source=edited, version=None, in_workspace=True)
    again = run_fix(second, "keras-add-get-config", SEED, {"class_name": "MyDense"}, 4, cache)
    assert again is not None and "# added on disk" in again.new_source
