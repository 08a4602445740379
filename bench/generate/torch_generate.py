"""PyTorch side of bench/generate: the same checkpoint, greedy and beam search with and
without a decoder key/value cache (T5 only), tokens per second. The search code is the
parity tests' (tests/seq2seq/reference.py); the cache is added here by wrapping decode().
Usage: python3 torch_generate.py '{"dir", "ids", "maxNewTokens", "numBeams": [1, 4], "threads", "repeats"}'
"""
import json
import os
import sys
import time

import torch


def _parity_reference():
    import importlib.util
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "seq2seq", "reference.py")
    spec = importlib.util.spec_from_file_location("seq2seq_reference", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


ref = _parity_reference()
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "hf"))
from blas_info import blas  # noqa: E402


def split(t, att):
    return t.view(t.shape[0], -1, att.n, att.dk).transpose(1, 2)


def merge(t):
    return t.transpose(1, 2).reshape(t.shape[0], t.shape[2], -1)


class CachedT5:
    """decode(enc, mask_bias, seqs) with a key/value cache: one new position per call.
    Beam search reorders rows within each input's block of beams; a row's parent is the row
    of its block with its prefix (rows with equal prefixes in a block hold equal caches)."""

    def __init__(self, model, batch):
        self.m = model
        self.batch = batch
        self.reset()

    def reset(self):
        self.past, self.cross, self.prefixes = None, None, None

    def decode(self, enc, mask_bias, seqs):
        dec = self.m.decoder
        if self.past is None or seqs.shape[1] == 1:
            self.cross = [(split(b.layer[1].EncDecAttention.k(enc), b.layer[1].EncDecAttention), split(b.layer[1].EncDecAttention.v(enc), b.layer[1].EncDecAttention)) for b in dec.block]
            self.past = [None] * len(dec.block)
        else:
            block = seqs.shape[0] // self.batch
            index = {(i // block, p): i for i, p in enumerate(self.prefixes)}
            rows = torch.tensor([index[(r // block, tuple(p))] for r, p in enumerate(seqs[:, :-1].tolist())])
            self.past = [(k[rows], v[rows]) for k, v in self.past]
        self.prefixes = [tuple(r) for r in seqs.tolist()]
        pos = seqs.shape[1] - 1
        x = dec._shared[0](seqs[:, -1:])
        sa0 = dec.block[0].layer[0].SelfAttention
        buckets = ref.relative_position_bucket(torch.arange(pos + 1)[None, :] - pos, False, sa0.buckets, sa0.max_distance)
        bias = sa0.relative_attention_bias(buckets).permute(2, 0, 1).unsqueeze(0)
        for i, blk in enumerate(dec.block):
            att = blk.layer[0].SelfAttention
            n = blk.layer[0].layer_norm(x)
            k, v = split(att.k(n), att), split(att.v(n), att)
            if self.past[i] is not None:
                k, v = torch.cat([self.past[i][0], k], 2), torch.cat([self.past[i][1], v], 2)
            self.past[i] = (k, v)
            q = split(att.q(n), att)
            x = x + att.o(merge(torch.matmul((torch.matmul(q, k.transpose(3, 2)) + bias).softmax(-1), v)))
            cross = blk.layer[1].EncDecAttention
            n = blk.layer[1].layer_norm(x)
            ck, cv = self.cross[i]
            x = x + cross.o(merge(torch.matmul((torch.matmul(split(cross.q(n), cross), ck.transpose(3, 2)) + mask_bias).softmax(-1), cv)))
            x = blk.layer[2](x)
        y = dec.final_layer_norm(x)
        logits = torch.nn.functional.linear(y * self.m.c["d_model"] ** -0.5, self.m.shared.weight) if self.m.tied else self.m.lm_head(y)
        return logits


def main():
    cfg = json.loads(sys.argv[1])
    torch.set_num_threads(cfg["threads"])
    c, model = ref.load(cfg["dir"])
    cached = CachedT5(model, len(cfg["ids"]))
    ids = torch.tensor(cfg["ids"])
    out = {"torch": torch.__version__, "threads": torch.get_num_threads(), "blas": blas(), "runs": []}
    with torch.no_grad():
        for beams in cfg["numBeams"]:
            o = {"maxNewTokens": cfg["maxNewTokens"], "numBeams": beams}
            for use_cache in (True, False):
                times, tokens = [], None
                for _ in range(cfg["repeats"]):
                    cached.reset()
                    start = time.perf_counter()
                    enc, mask_bias = model.encode(ids)
                    target = cached if use_cache else model
                    tokens = ref.beam(c, target, enc, mask_bias, o) if beams > 1 else ref.greedy(c, target, enc, mask_bias, o)
                    times.append(time.perf_counter() - start)
                n = sum(len(t) for t in tokens)
                out["runs"].append({"numBeams": beams, "cache": use_cache, "seconds": sorted(times)[len(times) // 2], "tokens": n, "ids": tokens})
    print(json.dumps(out))


if __name__ == "__main__":
    main()
