# errfix-differential: main
# errfix-differential: captures={"module": "__main__", "class_name": "Vocab"}
# errfix-differential: before-env=TORCH_FORCE_NO_WEIGHTS_ONLY_LOAD=1
# A class with its own __getstate__/__setstate__ (rebuilds a lookup table on load).
import os
import tempfile

import torch


class Vocab:
    def __init__(self, words):
        self.words = list(words)
        self.index = {w: i for i, w in enumerate(self.words)}

    def __getstate__(self):
        return {"words": self.words}

    def __setstate__(self, state):
        self.__init__(state["words"])


path = os.path.join(tempfile.mkdtemp(), "vocab.pt")
torch.save({"vocab": Vocab(["<pad>", "a", "b"]), "emb": torch.ones(3, 2)}, path)
loaded = torch.load(path)  # fails here
result = [loaded["vocab"].index, loaded["emb"]]
