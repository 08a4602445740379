"""PyTorch reference for the BERT-family parity tests (torch.nn only; no transformers).

Modules and attribute names follow Hugging Face's modeling_{bert,roberta,electra,distilbert}.py,
so state_dict() keys are HF's tensor names. A long-lived process: one JSON request per line on
stdin, one JSON answer per line on stdout.
  {"op": "make", "dir", "model_type", "head", "config", "seed", "dtype"?, "shards"?}
      random weights -> dir/config.json + model.safetensors (or an index and shards)
  {"op": "run", "dir", "ids", "typeIds"?, "pooling"?}  load dir strictly (token_type_ids: typeIds or zeros); -> {"hidden", "logits", "embeddings"?}
"""
import json
import math
import os
import struct
import sys

import torch
from torch import nn
import torch.nn.functional as F

PREFIX = {"bert": "bert", "roberta": "roberta", "xlm-roberta": "roberta", "electra": "electra", "distilbert": "distilbert"}
CLASS = {"bert": "Bert", "roberta": "Roberta", "xlm-roberta": "XLMRoberta", "electra": "Electra", "distilbert": "DistilBert"}
SUFFIX = {"base": "Model", "sequence-classification": "ForSequenceClassification", "token-classification": "ForTokenClassification", "question-answering": "ForQuestionAnswering"}


def act(name, x):
    if name == "gelu":
        return F.gelu(x)
    if name in ("gelu_new", "gelu_pytorch_tanh"):
        return 0.5 * x * (1.0 + torch.tanh(math.sqrt(2.0 / math.pi) * (x + 0.044715 * torch.pow(x, 3.0))))
    if name == "relu":
        return F.relu(x)
    raise ValueError(name)


def attention_bias(mask, dtype):
    return (1.0 - mask[:, None, None, :].to(dtype)) * torch.finfo(dtype).min


# ---- BERT / RoBERTa / ELECTRA ------------------------------------------------------------

class BertEmbeddings(nn.Module):
    def __init__(self, c, roberta):
        super().__init__()
        e = c.get("embedding_size", c["hidden_size"])
        self.roberta = roberta
        self.pad = c.get("pad_token_id", 0)
        self.word_embeddings = nn.Embedding(c["vocab_size"], e)
        self.position_embeddings = nn.Embedding(c["max_position_embeddings"], e)
        self.token_type_embeddings = nn.Embedding(c.get("type_vocab_size", 2), e)
        self.LayerNorm = nn.LayerNorm(e, eps=c["layer_norm_eps"])

    def forward(self, ids, types=None):
        if self.roberta:
            mask = ids.ne(self.pad).int()
            pos = (torch.cumsum(mask, dim=1).type_as(mask) * mask).long() + self.pad
        else:
            pos = torch.arange(ids.shape[1])[None, :].expand_as(ids)
        x = self.word_embeddings(ids) + self.position_embeddings(pos) + self.token_type_embeddings(torch.zeros_like(ids) if types is None else types)
        return self.LayerNorm(x)


class BertSelfAttention(nn.Module):
    def __init__(self, c):
        super().__init__()
        h = c["hidden_size"]
        self.n = c["num_attention_heads"]
        self.query, self.key, self.value = nn.Linear(h, h), nn.Linear(h, h), nn.Linear(h, h)

    def forward(self, x, bias):
        b, l, h = x.shape
        d = h // self.n
        split = lambda t: t.view(b, l, self.n, d).permute(0, 2, 1, 3)
        q, k, v = split(self.query(x)), split(self.key(x)), split(self.value(x))
        scores = torch.matmul(q, k.transpose(-1, -2)) / math.sqrt(d) + bias
        return torch.matmul(scores.softmax(-1), v).permute(0, 2, 1, 3).reshape(b, l, h)


class BertSelfOutput(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.dense = nn.Linear(c["hidden_size"], c["hidden_size"])
        self.LayerNorm = nn.LayerNorm(c["hidden_size"], eps=c["layer_norm_eps"])

    def forward(self, h, x):
        return self.LayerNorm(self.dense(h) + x)


class BertAttention(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.self = BertSelfAttention(c)
        self.output = BertSelfOutput(c)

    def forward(self, x, bias):
        return self.output(self.self(x, bias), x)


class BertIntermediate(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.dense = nn.Linear(c["hidden_size"], c["intermediate_size"])
        self.act = c.get("hidden_act", "gelu")

    def forward(self, x):
        return act(self.act, self.dense(x))


class BertOutput(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.dense = nn.Linear(c["intermediate_size"], c["hidden_size"])
        self.LayerNorm = nn.LayerNorm(c["hidden_size"], eps=c["layer_norm_eps"])

    def forward(self, h, x):
        return self.LayerNorm(self.dense(h) + x)


class BertLayer(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.attention = BertAttention(c)
        self.intermediate = BertIntermediate(c)
        self.output = BertOutput(c)

    def forward(self, x, bias):
        a = self.attention(x, bias)
        return self.output(self.intermediate(a), a)


class BertEncoder(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.layer = nn.ModuleList([BertLayer(c) for _ in range(c["num_hidden_layers"])])

    def forward(self, x, bias):
        for layer in self.layer:
            x = layer(x, bias)
        return x


class BertPooler(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.dense = nn.Linear(c["hidden_size"], c["hidden_size"])

    def forward(self, x):
        return torch.tanh(self.dense(x[:, 0]))


class BertModel(nn.Module):
    """BertModel / RobertaModel / ElectraModel (ELECTRA: embeddings_project, no pooler)."""

    def __init__(self, c, model_type, pooler):
        super().__init__()
        self.pad = c.get("pad_token_id", 0)
        self.embeddings = BertEmbeddings(c, model_type in ("roberta", "xlm-roberta"))
        e = c.get("embedding_size", c["hidden_size"])
        if model_type == "electra" and e != c["hidden_size"]:
            self.embeddings_project = nn.Linear(e, c["hidden_size"])
        self.encoder = BertEncoder(c)
        self.pooler = BertPooler(c) if pooler else None

    def forward(self, ids, types=None):
        x = self.embeddings(ids, types)
        if hasattr(self, "embeddings_project"):
            x = self.embeddings_project(x)
        h = self.encoder(x, attention_bias(ids.ne(self.pad), x.dtype))
        return h, (self.pooler(h) if self.pooler is not None else None)


# ---- DistilBERT ------------------------------------------------------------------------

class DistilEmbeddings(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.word_embeddings = nn.Embedding(c["vocab_size"], c["dim"])
        self.position_embeddings = nn.Embedding(c["max_position_embeddings"], c["dim"])
        self.LayerNorm = nn.LayerNorm(c["dim"], eps=1e-12)

    def forward(self, ids):
        pos = torch.arange(ids.shape[1])[None, :].expand_as(ids)
        return self.LayerNorm(self.word_embeddings(ids) + self.position_embeddings(pos))


class MultiHeadSelfAttention(nn.Module):
    def __init__(self, c):
        super().__init__()
        d = c["dim"]
        self.n = c["n_heads"]
        self.q_lin, self.k_lin, self.v_lin, self.out_lin = (nn.Linear(d, d) for _ in range(4))

    def forward(self, x, mask):
        b, l, h = x.shape
        d = h // self.n
        split = lambda t: t.view(b, l, self.n, d).transpose(1, 2)
        q = split(self.q_lin(x)) / math.sqrt(d)
        scores = torch.matmul(q, split(self.k_lin(x)).transpose(2, 3))
        scores = scores.masked_fill((mask == 0).view(b, 1, 1, l), torch.finfo(scores.dtype).min)
        ctx = torch.matmul(scores.softmax(-1), split(self.v_lin(x))).transpose(1, 2).reshape(b, l, h)
        return self.out_lin(ctx)


class FFN(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.lin1 = nn.Linear(c["dim"], c["hidden_dim"])
        self.lin2 = nn.Linear(c["hidden_dim"], c["dim"])
        self.act = c.get("activation", "gelu")

    def forward(self, x):
        return self.lin2(act(self.act, self.lin1(x)))


class TransformerBlock(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.attention = MultiHeadSelfAttention(c)
        self.sa_layer_norm = nn.LayerNorm(c["dim"], eps=1e-12)
        self.ffn = FFN(c)
        self.output_layer_norm = nn.LayerNorm(c["dim"], eps=1e-12)

    def forward(self, x, mask):
        a = self.sa_layer_norm(self.attention(x, mask) + x)
        return self.output_layer_norm(self.ffn(a) + a)


class Transformer(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.layer = nn.ModuleList([TransformerBlock(c) for _ in range(c["n_layers"])])


class DistilBertModel(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.pad = c.get("pad_token_id", 0)
        self.embeddings = DistilEmbeddings(c)
        self.transformer = Transformer(c)

    def forward(self, ids, types=None):  # DistilBERT has no token types
        x = self.embeddings(ids)
        mask = ids.ne(self.pad)
        for layer in self.transformer.layer:
            x = layer(x, mask)
        return x, None


# ---- Heads -----------------------------------------------------------------------------

class ClassificationHead(nn.Module):
    """RobertaClassificationHead (tanh) / ElectraClassificationHead (gelu)."""

    def __init__(self, c, n, fn):
        super().__init__()
        self.dense = nn.Linear(c["hidden_size"], c["hidden_size"])
        self.out_proj = nn.Linear(c["hidden_size"], n)
        self.fn = fn

    def forward(self, h):
        return self.out_proj(self.fn(self.dense(h[:, 0])))


class Headed(nn.Module):
    def __init__(self, c, model_type, head):
        super().__init__()
        self.model_type, self.head = model_type, head
        n = len(c.get("id2label", {})) or c.get("num_labels", 2)
        width = c["dim"] if model_type == "distilbert" else c["hidden_size"]
        bert_pooler = model_type == "bert" and head == "sequence-classification"
        body = DistilBertModel(c) if model_type == "distilbert" else BertModel(c, model_type, bert_pooler)
        setattr(self, PREFIX[model_type], body)
        if head == "sequence-classification":
            if model_type == "bert":
                self.classifier = nn.Linear(width, n)
            elif model_type == "distilbert":
                self.pre_classifier = nn.Linear(width, width)
                self.classifier = nn.Linear(width, n)
            else:
                self.classifier = ClassificationHead(c, n, torch.tanh if model_type != "electra" else F.gelu)
        elif head == "token-classification":
            self.classifier = nn.Linear(width, n)
        elif head == "question-answering":
            self.qa_outputs = nn.Linear(width, 2)

    def forward(self, ids, types=None):
        h, pooled = getattr(self, PREFIX[self.model_type])(ids, types)
        if self.head == "sequence-classification":
            if self.model_type == "bert":
                return h, self.classifier(pooled)
            if self.model_type == "distilbert":
                return h, self.classifier(F.relu(self.pre_classifier(h[:, 0])))
            return h, self.classifier(h)
        if self.head == "token-classification":
            return h, self.classifier(h)
        if self.head == "question-answering":
            return h, self.qa_outputs(h)
        return h, pooled


def build(config):
    model_type = config["model_type"]
    arch = (config.get("architectures") or [CLASS[model_type] + "Model"])[0]
    head = next((k for k, v in SUFFIX.items() if arch.endswith(v)), "base")
    if head == "base":
        if model_type == "distilbert":
            return DistilBertModel(config)
        return BertModel(config, model_type, model_type in ("bert", "roberta", "xlm-roberta"))
    return Headed(config, model_type, head)


# ---- safetensors (json header + raw little-endian bytes) -------------------------------

DTYPES = {"F32": (torch.float32, 4), "F16": (torch.float16, 2), "BF16": (torch.bfloat16, 2), "I64": (torch.int64, 8), "I32": (torch.int32, 4)}


def write_safetensors(path, tensors, dtype="F32"):
    header, blobs, offset = {"__metadata__": {"format": "pt"}}, [], 0
    for name in sorted(tensors):
        t = tensors[name].detach().to(DTYPES[dtype][0]).contiguous()
        data = t.view(torch.uint8).numpy().tobytes() if dtype == "BF16" else t.numpy().tobytes()
        header[name] = {"dtype": dtype, "shape": list(t.shape), "data_offsets": [offset, offset + len(data)]}
        blobs.append(data)
        offset += len(data)
    text = json.dumps(header).encode()
    text += b" " * ((8 - (8 + len(text)) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for b in blobs:
            f.write(b)


def read_safetensors(path):
    with open(path, "rb") as f:
        buf = f.read()
    n = struct.unpack("<Q", buf[:8])[0]
    header = json.loads(buf[8:8 + n])
    out = {}
    for name, e in header.items():
        if name == "__metadata__":
            continue
        dtype, width = DTYPES[e["dtype"]]
        a, b = e["data_offsets"]
        raw = bytearray(buf[8 + n + a:8 + n + b])
        t = torch.frombuffer(raw, dtype=torch.uint8).view(dtype) if raw else torch.empty(0, dtype=dtype)
        out[name] = t.reshape(e["shape"]).float()
    return out


def load_dir(d):
    if os.path.exists(os.path.join(d, "model.safetensors")):
        return read_safetensors(os.path.join(d, "model.safetensors"))
    with open(os.path.join(d, "model.safetensors.index.json")) as f:
        index = json.load(f)
    out = {}
    for shard in sorted(set(index["weight_map"].values())):
        out.update(read_safetensors(os.path.join(d, shard)))
    return out


# ---- requests --------------------------------------------------------------------------

def make(req):
    torch.manual_seed(req.get("seed", 0))
    config = dict(req["config"])
    head = req["head"]
    model_type = config["model_type"]
    if head != "base" or req.get("architectures_base", True):
        config["architectures"] = [CLASS[model_type] + SUFFIX[head]]
    model = build(config)
    with torch.no_grad():
        for name, p in model.named_parameters():
            # Random everywhere (LayerNorm too) so that a misplaced tensor shows.
            p.copy_(torch.randn_like(p) * 0.3 + (1.0 if name.endswith("LayerNorm.weight") or name.endswith("layer_norm.weight") else 0.0))
    os.makedirs(req["dir"], exist_ok=True)
    with open(os.path.join(req["dir"], "config.json"), "w") as f:
        json.dump(config, f, indent=2)
    state = model.state_dict()
    dtype = req.get("dtype", "F32")
    shards = req.get("shards", 1)
    if shards == 1:
        write_safetensors(os.path.join(req["dir"], "model.safetensors"), state, dtype)
    else:
        names = sorted(state)
        weight_map = {}
        for i in range(shards):
            file = "model-%05d-of-%05d.safetensors" % (i + 1, shards)
            part = {n: state[n] for n in names[i::shards]}
            write_safetensors(os.path.join(req["dir"], file), part, dtype)
            weight_map.update({n: file for n in part})
        with open(os.path.join(req["dir"], "model.safetensors.index.json"), "w") as f:
            json.dump({"metadata": {}, "weight_map": weight_map}, f)
    return {"keys": sorted(state)}


def run(req):
    with open(os.path.join(req["dir"], "config.json")) as f:
        config = json.load(f)
    model = build(config)
    # strict: no missing and no unexpected keys, as from_pretrained demands for a clean load
    model.load_state_dict(load_dir(req["dir"]), strict=True)
    model.eval()
    with torch.no_grad():
        types = torch.tensor(req["typeIds"], dtype=torch.long) if "typeIds" in req else None
        hidden, logits = model(torch.tensor(req["ids"], dtype=torch.long), types)
    out = {"hidden": hidden.tolist(), "logits": None if logits is None else logits.tolist(), "architecture": (config.get("architectures") or [None])[0]}
    if "pooling" in req:  # sentence-transformers' Pooling (+ Normalize)
        ids = torch.tensor(req["ids"])
        mask = ids.ne(config.get("pad_token_id", 0)).unsqueeze(-1).float()
        if req["pooling"]["mode"] == "mean":
            pooled = (hidden * mask).sum(1) / torch.clamp(mask.sum(1), min=1e-9)
        else:
            pooled = hidden[:, 0]
        if req["pooling"]["normalize"]:
            pooled = F.normalize(pooled, p=2, dim=1)
        out["embeddings"] = pooled.tolist()
    return out


def serve(ops):
    """Answers one JSON request per stdin line with ops[req["op"]](req) (bench/hf serves its own ops)."""
    for line in sys.stdin:
        req = json.loads(line)
        try:
            out = {"ok": True, **ops[req["op"]](req)}
        except Exception as e:  # reported to the caller, which fails with the message
            out = {"ok": False, "error": "%s: %s" % (type(e).__name__, e)}
        sys.stdout.write(json.dumps(out) + "\n")
        sys.stdout.flush()


if __name__ == "__main__":
    torch.set_num_threads(1)
    serve({"make": make, "run": run})
