"""PyTorch reference for bench/train-transformer: the same encoder (pre-norm,
ReLU feed-forward, no dropout), mean pooling, a 2-class head, cross-entropy,
Adam. Prints one JSON line: median seconds per training step and per inference
batch. Usage: /usr/bin/python3 reference.py '{"layers":2,"dim":512,...}'"""
import json
import statistics
import sys
import time

import torch

cfg = json.loads(sys.argv[1])
torch.set_num_threads(cfg["threads"])
torch.manual_seed(0)


class Model(torch.nn.Module):
    def __init__(self):
        super().__init__()
        layer = torch.nn.TransformerEncoderLayer(
            d_model=cfg["dim"], nhead=cfg["heads"], dim_feedforward=cfg["ffn"],
            dropout=0.0, activation="relu", batch_first=True, norm_first=True)
        self.encoder = torch.nn.TransformerEncoder(layer, num_layers=cfg["layers"], enable_nested_tensor=False)
        self.head = torch.nn.Linear(cfg["dim"], 2)

    def forward(self, x):
        return self.head(self.encoder(x).mean(dim=1))


model = Model()
optimizer = torch.optim.Adam(model.parameters(), lr=1e-4)
x = torch.randn(cfg["batch"], cfg["length"], cfg["dim"])
y = torch.randint(0, 2, (cfg["batch"],))


def train_step():
    optimizer.zero_grad()
    loss = torch.nn.functional.cross_entropy(model(x), y)
    loss.backward()
    optimizer.step()


def infer():
    with torch.no_grad():
        model(x)


def median_seconds(fn, steps):
    fn()  # warm-up: allocations, thread pool
    times = []
    for _ in range(steps):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


model.train()
train = median_seconds(train_step, cfg["trainSteps"])
model.eval()
inference = median_seconds(infer, cfg["inferSteps"])
print(json.dumps({"trainSeconds": train, "inferSeconds": inference, "torch": torch.__version__}))
