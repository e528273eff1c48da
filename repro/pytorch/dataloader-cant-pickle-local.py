# errfix-repro: expects=pytorch/dataloader-cant-pickle-local
# errfix-repro: requires=torch
"""A lambda collate_fn with num_workers > 0 under the 'spawn' start method (Windows/macOS default)."""
import torch
from torch.utils.data import DataLoader


def main():
    samples = [torch.ones(2) for _ in range(4)]
    loader = DataLoader(samples, batch_size=2, num_workers=1,
                        collate_fn=lambda batch: torch.stack(batch),
                        multiprocessing_context="spawn")
    for batch in loader:
        pass


if __name__ == "__main__":
    main()
