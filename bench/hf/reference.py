"""PyTorch side of bench/hf: the parity tests' torch.nn BertForSequenceClassification
(tests/huggingface/reference.py, imported, not copied) at BERT-base shape, random weights, no
dropout; Adam, cross-entropy. A long-lived process (the same JSON-line protocol as the tests'),
so that bench/hf can interleave PyTorch's steps with its own and both see the same load:
  {"op": "setup", "config", "batch", "length", "threads"} -> torch version, threads, BLAS, GFLOPS
  {"op": "train"} / {"op": "infer"} -> one step's wall and CPU seconds, peak RSS so far
"""
import os
import resource
import sys
import time

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "huggingface"))
from reference import build, serve  # noqa: E402
from blas_info import blas  # noqa: E402

STATE = {}


def gflops():
    """One BERT-base FFN product ([1024, 768] x [768, 3072]), the shape that dominates the model."""
    a, b = torch.randn(1024, 768), torch.randn(768, 3072)
    for _ in range(2):
        a @ b
    n, start = 5, time.perf_counter()
    for _ in range(n):
        a @ b
    return 2 * 1024 * 768 * 3072 * n / (time.perf_counter() - start) / 1e9


def setup(req):
    torch.set_num_threads(req["threads"])
    torch.manual_seed(0)
    model = build({**req["config"], "architectures": ["BertForSequenceClassification"]})
    STATE.update(
        model=model,
        ids=torch.randint(5, req["config"]["vocab_size"], (req["batch"], req["length"])),
        labels=torch.randint(0, 2, (req["batch"],)),
        opt=torch.optim.Adam(model.parameters(), lr=1e-5),
    )
    return {
        "torch": torch.__version__,
        "threads": torch.get_num_threads(),
        "blas": blas(),
        "env": {k: os.environ.get(k) for k in ("OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "OMP_NUM_THREADS")},
        "gflops": gflops(),
    }


def timed(step):
    wall, cpu = time.perf_counter(), time.process_time()
    step()
    return {
        "seconds": time.perf_counter() - wall,
        "cpuSeconds": time.process_time() - cpu,
        "peakBytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
    }


def train(_req):
    model, opt = STATE["model"], STATE["opt"]

    def step():
        model.train()
        opt.zero_grad()
        _, logits = model(STATE["ids"])
        torch.nn.functional.cross_entropy(logits, STATE["labels"]).backward()
        opt.step()

    return timed(step)


def infer(_req):
    model = STATE["model"]

    def step():
        model.eval()
        with torch.no_grad():
            model(STATE["ids"])

    return timed(step)


if __name__ == "__main__":
    serve({"setup": setup, "train": train, "infer": infer})
