# errfix-repro: expects=pytorch/dataloader-cant-pickle-local
# errfix-repro: requires=torch
"""A lambda collate_fn with two 'spawn' workers (the Windows/macOS default start method).

The torch fix test applies `torch-dataloader-lambda` through the language server and runs this
file again: the workers must then produce the batches the lambda described (each batch stacked,
times 10).
"""
import torch
from torch.utils.data import DataLoader


def main():
    samples = [torch.full((2,), float(i)) for i in range(4)]
    loader = DataLoader(samples, batch_size=2, num_workers=2,
                        collate_fn=lambda batch: torch.stack(batch) * 10,
                        multiprocessing_context="spawn")
    batches = [batch.tolist() for batch in loader]
    print("fixed:", batches)


if __name__ == "__main__":
    main()
