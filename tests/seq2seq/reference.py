"""PyTorch reference for the seq2seq parity tests (torch.nn only; no transformers).

Modules and attribute names follow Hugging Face's modeling_t5.py and modeling_bart.py, so
state_dict() keys are HF's tensor names; tied embeddings are left out of the state dict as
save_pretrained() leaves them out. Generation is written independently of ours: no key/value
cache, the whole decoder prefix runs again each step. One JSON request per line on stdin.
  {"op": "make", "dir", "config", "seed"}  random weights -> dir/config.json + model.safetensors
  {"op": "run", "dir", "ids", "decoder_ids"}  strict load; -> {"encoder", "logits"}
  {"op": "generate", "dir", "ids", "options"}  -> {"tokens"} (greedy or beam search)
  {"op": "loss", "dir", "ids", "labels", "label_smoothing"}  -> {"loss"} (teacher forcing, -100 ignored)
"""
import json
import math
import os
import sys

import torch
from torch import nn
import torch.nn.functional as F

def _encoder_reference():
    """The encoder reference's safetensors code, imported under its own name (this file may be imported as 'reference')."""
    import importlib.util
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "huggingface", "reference.py")
    spec = importlib.util.spec_from_file_location("hf_encoder_reference", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_hf = _encoder_reference()
read_safetensors, write_safetensors = _hf.read_safetensors, _hf.write_safetensors

NEG = torch.finfo(torch.float32).min


def act(name, x):
    if name == "relu":
        return F.relu(x)
    if name == "gelu":
        return F.gelu(x)
    if name in ("gelu_new", "gelu_pytorch_tanh"):
        return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * torch.pow(x, 3.0))))
    if name in ("silu", "swish"):
        return F.silu(x)
    raise ValueError(name)


# ---- T5 ----------------------------------------------------------------------------------

class T5LayerNorm(nn.Module):
    def __init__(self, d, eps):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(d))
        self.eps = eps

    def forward(self, x):
        variance = x.pow(2).mean(-1, keepdim=True)
        return self.weight * (x * torch.rsqrt(variance + self.eps))


def relative_position_bucket(relative_position, bidirectional, num_buckets, max_distance):
    relative_buckets = 0
    if bidirectional:
        num_buckets //= 2
        relative_buckets += (relative_position > 0).to(torch.long) * num_buckets
        relative_position = torch.abs(relative_position)
    else:
        relative_position = -torch.min(relative_position, torch.zeros_like(relative_position))
    max_exact = num_buckets // 2
    is_small = relative_position < max_exact
    large = max_exact + (torch.log(relative_position.float() / max_exact) / math.log(max_distance / max_exact) * (num_buckets - max_exact)).to(torch.long)
    large = torch.min(large, torch.full_like(large, num_buckets - 1))
    return relative_buckets + torch.where(is_small, relative_position, large)


class T5Attention(nn.Module):
    def __init__(self, c, has_bias, decoder):
        super().__init__()
        self.n, self.dk = c["num_heads"], c.get("d_kv", c["d_model"] // c["num_heads"])
        inner = self.n * self.dk
        self.q = nn.Linear(c["d_model"], inner, bias=False)
        self.k = nn.Linear(c["d_model"], inner, bias=False)
        self.v = nn.Linear(c["d_model"], inner, bias=False)
        self.o = nn.Linear(inner, c["d_model"], bias=False)
        self.bidirectional = not decoder
        self.buckets = c.get("relative_attention_num_buckets", 32)
        self.max_distance = c.get("relative_attention_max_distance", 128)
        if has_bias:
            self.relative_attention_bias = nn.Embedding(self.buckets, self.n)

    def compute_bias(self, qlen, klen):
        context = torch.arange(qlen)[:, None]
        memory = torch.arange(klen)[None, :]
        buckets = relative_position_bucket(memory - context, self.bidirectional, self.buckets, self.max_distance)
        return self.relative_attention_bias(buckets).permute(2, 0, 1).unsqueeze(0)

    def forward(self, x, kv, bias):
        b, l, _ = x.shape
        split = lambda t: t.view(b, -1, self.n, self.dk).transpose(1, 2)
        q, k, v = split(self.q(x)), split(self.k(kv)), split(self.v(kv))
        scores = torch.matmul(q, k.transpose(3, 2)) + bias
        return self.o(torch.matmul(scores.float().softmax(-1), v).transpose(1, 2).reshape(b, l, -1))


class T5LayerSelfAttention(nn.Module):
    def __init__(self, c, has_bias, decoder):
        super().__init__()
        self.SelfAttention = T5Attention(c, has_bias, decoder)
        self.layer_norm = T5LayerNorm(c["d_model"], c.get("layer_norm_epsilon", 1e-6))

    def forward(self, x, bias):
        n = self.layer_norm(x)
        return x + self.SelfAttention(n, n, bias)


class T5LayerCrossAttention(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.EncDecAttention = T5Attention(c, False, True)
        self.layer_norm = T5LayerNorm(c["d_model"], c.get("layer_norm_epsilon", 1e-6))

    def forward(self, x, enc, bias):
        return x + self.EncDecAttention(self.layer_norm(x), enc, bias)


class T5DenseActDense(nn.Module):
    def __init__(self, c, name):
        super().__init__()
        self.wi = nn.Linear(c["d_model"], c["d_ff"], bias=False)
        self.wo = nn.Linear(c["d_ff"], c["d_model"], bias=False)
        self.act = name

    def forward(self, x):
        return self.wo(act(self.act, self.wi(x)))


class T5DenseGatedActDense(nn.Module):
    def __init__(self, c, name):
        super().__init__()
        self.wi_0 = nn.Linear(c["d_model"], c["d_ff"], bias=False)
        self.wi_1 = nn.Linear(c["d_model"], c["d_ff"], bias=False)
        self.wo = nn.Linear(c["d_ff"], c["d_model"], bias=False)
        self.act = name

    def forward(self, x):
        return self.wo(act(self.act, self.wi_0(x)) * self.wi_1(x))


class T5LayerFF(nn.Module):
    def __init__(self, c):
        super().__init__()
        proj = c.get("feed_forward_proj", "relu")
        if proj.startswith("gated-"):
            name = proj[len("gated-"):]
            self.DenseReluDense = T5DenseGatedActDense(c, "gelu_new" if name == "gelu" else name)
        else:
            self.DenseReluDense = T5DenseActDense(c, proj)
        self.layer_norm = T5LayerNorm(c["d_model"], c.get("layer_norm_epsilon", 1e-6))

    def forward(self, x):
        return x + self.DenseReluDense(self.layer_norm(x))


class T5Block(nn.Module):
    def __init__(self, c, has_bias, decoder):
        super().__init__()
        self.layer = nn.ModuleList([T5LayerSelfAttention(c, has_bias, decoder)] + ([T5LayerCrossAttention(c)] if decoder else []) + [T5LayerFF(c)])
        self.decoder = decoder

    def forward(self, x, bias, enc=None, enc_bias=None):
        x = self.layer[0](x, bias)
        if self.decoder:
            x = self.layer[1](x, enc, enc_bias)
        return self.layer[-1](x)


class T5Stack(nn.Module):
    def __init__(self, c, shared, decoder):
        super().__init__()
        self._shared = [shared]  # not a submodule: the tied table stays out of the state dict
        n = c.get("num_decoder_layers", c["num_layers"]) if decoder else c["num_layers"]
        self.block = nn.ModuleList([T5Block(c, i == 0, decoder) for i in range(n)])
        self.final_layer_norm = T5LayerNorm(c["d_model"], c.get("layer_norm_epsilon", 1e-6))
        self.decoder = decoder

    def forward(self, ids, mask_bias, enc=None, enc_bias=None):
        x = self._shared[0](ids)
        l = ids.shape[1]
        bias = self.block[0].layer[0].SelfAttention.compute_bias(l, l)
        if self.decoder:
            bias = bias + torch.triu(torch.full((l, l), NEG), 1)[None, None]
        else:
            bias = bias + mask_bias
        for blk in self.block:
            x = blk(x, bias, enc, enc_bias)
        return self.final_layer_norm(x)


class T5ForConditionalGeneration(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.c = c
        self.shared = nn.Embedding(c["vocab_size"], c["d_model"])
        self.encoder = T5Stack(c, self.shared, False)
        self.decoder = T5Stack(c, self.shared, True)
        self.tied = c.get("tie_word_embeddings", True)
        if not self.tied:
            self.lm_head = nn.Linear(c["d_model"], c["vocab_size"], bias=False)
        self.pad = c.get("pad_token_id", 0)

    def encode(self, ids):
        mask_bias = (ids == self.pad).float()[:, None, None, :] * NEG
        return self.encoder(ids, mask_bias), mask_bias

    def decode(self, enc, mask_bias, dec_ids):
        y = self.decoder(dec_ids, None, enc, mask_bias)
        if self.tied:
            return F.linear(y * self.c["d_model"] ** -0.5, self.shared.weight)
        return self.lm_head(y)


# ---- BART --------------------------------------------------------------------------------

class BartAttention(nn.Module):
    def __init__(self, d, n):
        super().__init__()
        self.n, self.dh = n, d // n
        self.k_proj, self.v_proj, self.q_proj, self.out_proj = nn.Linear(d, d), nn.Linear(d, d), nn.Linear(d, d), nn.Linear(d, d)

    def forward(self, x, kv, bias):
        b, l, d = x.shape
        split = lambda t: t.view(b, -1, self.n, self.dh).transpose(1, 2)
        q = split(self.q_proj(x) * self.dh ** -0.5)
        k, v = split(self.k_proj(kv)), split(self.v_proj(kv))
        probs = (torch.matmul(q, k.transpose(-1, -2)) + bias).softmax(-1)
        return self.out_proj(torch.matmul(probs, v).transpose(1, 2).reshape(b, l, d))


class BartEncoderLayer(nn.Module):
    def __init__(self, c, decoder):
        super().__init__()
        d = c["d_model"]
        self.self_attn = BartAttention(d, c["encoder_attention_heads"])
        self.self_attn_layer_norm = nn.LayerNorm(d)
        if decoder:
            self.encoder_attn = BartAttention(d, c["encoder_attention_heads"])
            self.encoder_attn_layer_norm = nn.LayerNorm(d)
        self.fc1 = nn.Linear(d, c["encoder_ffn_dim"])
        self.fc2 = nn.Linear(c["encoder_ffn_dim"], d)
        self.final_layer_norm = nn.LayerNorm(d)
        self.act = c.get("activation_function", "gelu")
        self.decoder = decoder

    def forward(self, x, bias, enc=None, enc_bias=None):
        x = self.self_attn_layer_norm(x + self.self_attn(x, x, bias))
        if self.decoder:
            x = self.encoder_attn_layer_norm(x + self.encoder_attn(x, enc, enc_bias))
        return self.final_layer_norm(x + self.fc2(act(self.act, self.fc1(x))))


class BartStack(nn.Module):
    def __init__(self, c, shared, decoder):
        super().__init__()
        self._shared = [shared]
        d = c["d_model"]
        self.embed_positions = nn.Embedding(c["max_position_embeddings"] + 2, d)
        n = c["decoder_layers"] if decoder else c["encoder_layers"]
        self.layers = nn.ModuleList([BartEncoderLayer(c, decoder) for _ in range(n)])
        self.layernorm_embedding = nn.LayerNorm(d)
        self.scale = math.sqrt(d) if c.get("scale_embedding", False) else 1.0
        self.decoder = decoder

    def forward(self, ids, bias, enc=None, enc_bias=None):
        l = ids.shape[1]
        x = self._shared[0](ids) * self.scale + self.embed_positions(torch.arange(l) + 2)
        x = self.layernorm_embedding(x)
        if self.decoder:
            bias = torch.triu(torch.full((l, l), NEG), 1)[None, None]
        for layer in self.layers:
            x = layer(x, bias, enc, enc_bias)
        return x


class BartModel(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.shared = nn.Embedding(c["vocab_size"], c["d_model"])
        self.encoder = BartStack(c, self.shared, False)
        self.decoder = BartStack(c, self.shared, True)


class BartForConditionalGeneration(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.c = c
        self.model = BartModel(c)
        self.register_buffer("final_logits_bias", torch.zeros((1, c["vocab_size"])))
        self.pad = c.get("pad_token_id", 1)

    def encode(self, ids):
        mask_bias = (ids == self.pad).float()[:, None, None, :] * NEG
        return self.model.encoder(ids, mask_bias), mask_bias

    def decode(self, enc, mask_bias, dec_ids):
        y = self.model.decoder(dec_ids, None, enc, mask_bias)
        return F.linear(y, self.model.shared.weight) + self.final_logits_bias


def build(c):
    return BartForConditionalGeneration(c) if c["model_type"] == "bart" else T5ForConditionalGeneration(c)


def load(d):
    with open(os.path.join(d, "config.json")) as f:
        c = json.load(f)
    model = build(c)
    # strict: no missing and no unexpected keys (tied copies are not in either set)
    model.load_state_dict(read_safetensors(os.path.join(d, "model.safetensors")), strict=True)
    model.eval()
    return c, model


# ---- generation (no cache) -------------------------------------------------------------

def special(c):
    bart = c["model_type"] == "bart"
    eos = c.get("eos_token_id", 2 if bart else 1)
    pad = c.get("pad_token_id", 1 if bart else 0)
    start = c.get("decoder_start_token_id", eos if bart else pad)
    return start, eos, pad, c.get("forced_bos_token_id"), c.get("forced_eos_token_id")


def processors(scores, seqs, cur_len, max_length, o, forced_bos, forced_eos, eos):
    # transformers' MinNewTokensLengthLogitsProcessor (the decoder start token is the prompt),
    # applied before the forced-token processors as in its _get_logits_processor.
    if cur_len - 1 < o.get("minNewTokens", 0):
        scores[:, eos] = -float("inf")
    if forced_bos is not None and cur_len == 1:
        scores[:, :] = -float("inf")
        scores[:, forced_bos] = 0
    elif forced_eos is not None and cur_len == max_length - 1:
        scores[:, :] = -float("inf")
        scores[:, forced_eos] = 0
    n = o.get("noRepeatNgramSize", 0)
    if n > 0 and cur_len + 1 >= n:
        for r, seq in enumerate(seqs.tolist()):
            grams = {}
            for i in range(len(seq) - n + 1):
                grams.setdefault(tuple(seq[i:i + n - 1]), []).append(seq[i + n - 1])
            for tok in grams.get(tuple(seq[len(seq) - n + 1:]), []):
                scores[r, tok] = -float("inf")
    return scores


def greedy(c, model, enc, mask_bias, o):
    start, eos, pad, fbos, feos = special(c)
    max_length = o.get("maxNewTokens", 20) + 1
    seqs = torch.full((enc.shape[0], 1), start, dtype=torch.long)
    unfinished = torch.ones(enc.shape[0], dtype=torch.long)
    while seqs.shape[1] < max_length:
        scores = model.decode(enc, mask_bias, seqs)[:, -1, :].clone()
        scores = processors(scores, seqs, seqs.shape[1], max_length, o, fbos, feos, eos)
        nxt = scores.argmax(-1) * unfinished + pad * (1 - unfinished)
        seqs = torch.cat([seqs, nxt[:, None]], 1)
        unfinished = unfinished * (nxt != eos).long()
        if unfinished.max() == 0:
            break
    out = []
    for row in seqs[:, 1:].tolist():
        out.append(row[:row.index(eos) + 1] if eos in row else row)
    return out


class BeamHypotheses:
    def __init__(self, nb, lp, early):
        self.nb, self.lp, self.early, self.beams, self.worst = nb, lp, early, [], 1e9

    def add(self, hyp, s):
        score = s / (len(hyp) ** self.lp)
        if len(self.beams) < self.nb or score > self.worst:
            self.beams.append((score, hyp))
            if len(self.beams) > self.nb:
                ranked = sorted([(x, i) for i, (x, _) in enumerate(self.beams)])
                del self.beams[ranked[0][1]]
                self.worst = ranked[1][0]
            else:
                self.worst = min(score, self.worst)

    def is_done(self, best, cur_len):
        if len(self.beams) < self.nb:
            return False
        if self.early:
            return True
        return self.worst >= best / cur_len ** self.lp


def beam(c, model, enc, mask_bias, o):
    start, eos, pad, fbos, feos = special(c)
    nb = o["numBeams"]
    max_length = o.get("maxNewTokens", 20) + 1
    batch = enc.shape[0]
    enc = enc.repeat_interleave(nb, 0)
    mask_bias = mask_bias.repeat_interleave(nb, 0)
    seqs = torch.full((batch * nb, 1), start, dtype=torch.long)
    beam_scores = torch.zeros(batch, nb)
    beam_scores[:, 1:] = -1e9
    beam_scores = beam_scores.view(-1)
    hyps = [BeamHypotheses(nb, o.get("lengthPenalty", 1.0), o.get("earlyStopping", False)) for _ in range(batch)]
    done = [False] * batch
    while True:
        cur_len = seqs.shape[1]
        logits = model.decode(enc, mask_bias, seqs)[:, -1, :]
        scores = F.log_softmax(logits.double(), -1).float()
        scores = processors(scores, seqs, cur_len, max_length, o, fbos, feos, eos)
        scores = scores + beam_scores[:, None]
        vocab = scores.shape[-1]
        scores = scores.view(batch, nb * vocab)
        top, idx = torch.topk(scores, 2 * nb, dim=1, largest=True, sorted=True)
        next_scores, next_tokens, next_beams = [], [], []
        for b in range(batch):
            if done[b]:
                next_scores += [0.0] * nb
                next_tokens += [pad] * nb
                next_beams += [b * nb] * nb
                continue
            kept = 0
            for rank in range(2 * nb):
                s, i = top[b, rank].item(), idx[b, rank].item()
                tok, parent = i % vocab, b * nb + i // vocab
                if tok == eos:
                    if rank < nb:
                        hyps[b].add(seqs[parent].tolist(), s)
                else:
                    next_scores.append(s)
                    next_tokens.append(tok)
                    next_beams.append(parent)
                    kept += 1
                if kept == nb:
                    break
            while kept < nb:
                next_scores.append(-float("inf"))
                next_tokens.append(pad)
                next_beams.append(b * nb)
                kept += 1
            done[b] = done[b] or hyps[b].is_done(top[b].max().item(), cur_len)
        seqs = torch.cat([seqs[torch.tensor(next_beams)], torch.tensor(next_tokens)[:, None]], 1)
        beam_scores = torch.tensor(next_scores)
        if all(done) or cur_len + 1 >= max_length:
            break
    out = []
    for b in range(batch):
        if not done[b]:
            for k in range(nb):
                hyps[b].add(seqs[b * nb + k].tolist(), beam_scores[b * nb + k].item())
        best = max(hyps[b].beams, key=lambda t: t[0])[1][1:]
        out.append(best + [eos] if len(best) + 1 < max_length else best)
    return out


# ---- requests --------------------------------------------------------------------------

def make(req):
    torch.manual_seed(req.get("seed", 0))
    c = dict(req["config"])
    c["architectures"] = ["BartForConditionalGeneration" if c["model_type"] == "bart" else "T5ForConditionalGeneration"]
    model = build(c)
    with torch.no_grad():
        for name, p in model.named_parameters():
            norm = name.endswith("layer_norm.weight") or name.endswith("layernorm_embedding.weight")
            p.copy_(torch.randn_like(p) * req.get("scale", 0.3) + (1.0 if norm else 0.0))
        if c["model_type"] == "bart":
            model.final_logits_bias.copy_(torch.randn_like(model.final_logits_bias) * 0.3)
    os.makedirs(req["dir"], exist_ok=True)
    with open(os.path.join(req["dir"], "config.json"), "w") as f:
        json.dump(c, f, indent=2)
    state = model.state_dict()
    write_safetensors(os.path.join(req["dir"], "model.safetensors"), state)
    return {"keys": sorted(state)}


def run(req):
    c, model = load(req["dir"])
    with torch.no_grad():
        ids = torch.tensor(req["ids"])
        enc, mask_bias = model.encode(ids)
        logits = model.decode(enc, mask_bias, torch.tensor(req["decoder_ids"]))
    return {"encoder": enc.tolist(), "logits": logits.tolist()}


def generate(req):
    c, model = load(req["dir"])
    o = req.get("options", {})
    with torch.no_grad():
        enc, mask_bias = model.encode(torch.tensor(req["ids"]))
        tokens = beam(c, model, enc, mask_bias, o) if o.get("numBeams", 1) > 1 else greedy(c, model, enc, mask_bias, o)
    return {"tokens": tokens}


def loss(req):
    c, model = load(req["dir"])
    start, eos, pad, _, _ = special(c)
    labels = torch.tensor(req["labels"])
    dec = torch.cat([torch.full((labels.shape[0], 1), start), labels[:, :-1]], 1)
    dec = dec.masked_fill(dec == -100, pad)
    with torch.no_grad():
        enc, mask_bias = model.encode(torch.tensor(req["ids"]))
        logits = model.decode(enc, mask_bias, dec)
    value = F.cross_entropy(logits.reshape(-1, logits.shape[-1]), labels.reshape(-1), ignore_index=-100, label_smoothing=req.get("label_smoothing", 0.0))
    return {"loss": value.item()}


def main():
    torch.set_num_threads(1)
    ops = {"make": make, "run": run, "generate": generate, "loss": loss}
    for line in sys.stdin:
        req = json.loads(line)
        try:
            out = {"ok": True, **ops[req["op"]](req)}
        except Exception as e:  # reported to the test, which fails with the message
            out = {"ok": False, "error": "%s: %s" % (type(e).__name__, e)}
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
