# errfix-repro: expects=python/multiprocessing-main-guard
# errfix-repro: requires=multiprocessing
"""Starting a process at module level with the spawn start method (the default on Windows/macOS)."""
import multiprocessing as mp
import sys


def work():
    return 1


mp.set_start_method("spawn", force=True)
worker = mp.Process(target=work)
worker.start()  # the child re-imports this module and reaches this line again
worker.join()
sys.exit(worker.exitcode)
