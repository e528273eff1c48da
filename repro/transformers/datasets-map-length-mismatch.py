# errfix-repro: expects=transformers/datasets-map-length-mismatch
# errfix-repro: requires=datasets
"""A batched map() that returns more rows than it got while keeping the old columns."""

from datasets import Dataset

ds = Dataset.from_dict({"text": ["hello world how are you", "fine thanks"], "label": [0, 1]})


def chunk(batch):  # splits each text into several rows: the output batch is longer than the input
    return {"chunk": [w for text in batch["text"] for w in text.split()]}


ds.map(chunk, batched=True)  # the original 2-row columns are kept next to a 7-row column
