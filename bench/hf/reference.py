"""PyTorch side of bench/hf: the parity tests' torch.nn BertForSequenceClassification
(tests/huggingface/reference.py) at BERT-base shape, random weights, no dropout; Adam,
cross-entropy. Prints one JSON line: median seconds per training step and per inference
batch, and peak resident memory. Usage: /usr/bin/python3 reference.py '{...}'"""
import json
import os
import resource
import statistics
import sys
import time

import torch

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "huggingface"))
from reference import build  # noqa: E402

cfg = json.loads(sys.argv[1])
torch.set_num_threads(cfg["threads"])
torch.manual_seed(0)
model = build({**cfg["config"], "architectures": ["BertForSequenceClassification"]})
ids = torch.randint(5, cfg["config"]["vocab_size"], (cfg["batch"], cfg["length"]))
labels = torch.randint(0, 2, (cfg["batch"],))
opt = torch.optim.Adam(model.parameters(), lr=1e-5)


def train_step():
    opt.zero_grad()
    _, logits = model(ids)
    torch.nn.functional.cross_entropy(logits, labels).backward()
    opt.step()


def timed(f, n):
    out = []
    for _ in range(n):
        start = time.perf_counter()
        f()
        out.append(time.perf_counter() - start)
    return statistics.median(out)


model.train()
train_step()  # warm-up: Adam's state
train = timed(train_step, cfg["trainSteps"])
model.eval()
with torch.no_grad():
    model(ids)
    infer = timed(lambda: model(ids), cfg["inferSteps"])
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(json.dumps({"trainSeconds": train, "inferSeconds": infer, "peakBytes": peak, "torch": torch.__version__}))
