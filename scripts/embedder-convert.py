#!/usr/bin/env python3
"""Convert the sentence-transformers all-MiniLM-L6-v2 files (config.json, model.safetensors, vocab.txt,
tokenizer.json) into a GGUF file that llama.cpp (node-llama-cpp) runs as a BERT embedding model with mean pooling.

    python3 scripts/embedder-convert.py <model dir> <out.gguf>      (scripts/embedder-install.sh runs it)

Written for this project from the GGUF format and gguf-py's BERT tensor map; deterministic (the same inputs
give the same bytes: the installer checks the sha256 it pins). Weights stay float32, nothing is quantized.
"""
import json
import struct
import sys

import numpy as np
import gguf

src, out = sys.argv[1], sys.argv[2]
cfg = json.load(open(f"{src}/config.json", encoding="utf-8"))

# safetensors: an 8-byte little-endian header length, a JSON header, then the raw tensor bytes.
with open(f"{src}/model.safetensors", "rb") as f:
    n = struct.unpack("<Q", f.read(8))[0]
    header = json.loads(f.read(n))
    raw = f.read()
tensors = {}
for name, meta in header.items():
    if name == "__metadata__" or meta["dtype"] not in ("F32", "F16"):
        continue  # embeddings.position_ids (I64) is not a weight
    a, b = meta["data_offsets"]
    dtype = np.float32 if meta["dtype"] == "F32" else np.float16
    tensors[name] = np.frombuffer(raw[a:b], dtype=dtype).reshape(meta["shape"]).astype(np.float32)

arch = gguf.MODEL_ARCH.BERT
w = gguf.GGUFWriter(out, gguf.MODEL_ARCH_NAMES[arch])
w.add_name("all-MiniLM-L6-v2")
w.add_context_length(cfg["max_position_embeddings"])
w.add_embedding_length(cfg["hidden_size"])
w.add_feed_forward_length(cfg["intermediate_size"])
w.add_block_count(cfg["num_hidden_layers"])
w.add_head_count(cfg["num_attention_heads"])
w.add_layer_norm_eps(cfg["layer_norm_eps"])
w.add_causal_attention(False)
w.add_pooling_type(gguf.PoolingType.MEAN)  # sentence-transformers' pooling for this model (1_Pooling/config.json)
w.add_file_type(gguf.LlamaFileType.ALL_F32)

# WordPiece vocabulary in llama.cpp's "phantom space" form: a word start gets U+2581, a "##" piece loses it.
vocab = [line.rstrip("\n") for line in open(f"{src}/vocab.txt", encoding="utf-8")]
tok = json.load(open(f"{src}/tokenizer.json", encoding="utf-8"))
special = {t["content"] for t in tok.get("added_tokens", []) if t.get("special")}
tokens, types = [], []
for t in vocab:
    if t in special:
        tokens.append(t)
        types.append(gguf.TokenType.CONTROL)
    else:
        tokens.append(t[2:] if t.startswith("##") else "\u2581" + t)
        types.append(gguf.TokenType.NORMAL)
w.add_token_type_count(cfg["type_vocab_size"])
w.add_tokenizer_model("bert")
w.add_tokenizer_pre("default")
w.add_token_list(tokens)
w.add_token_types(types)
gguf.SpecialVocab(src, n_vocab=len(tokens)).add_to_gguf(w)

names = gguf.get_tensor_name_map(arch, cfg["num_hidden_layers"])
for name, data in tensors.items():
    if name.startswith("pooler."):
        continue  # mean pooling does not use the pooler
    mapped = names.get_name(name[5:] if name.startswith("bert.") else name, try_suffixes=(".weight", ".bias"))
    if mapped is None:
        raise SystemExit(f"embedder-convert: no GGUF name for tensor {name}")
    w.add_tensor(mapped, data)
w.write_header_to_file()
w.write_kv_data_to_file()
w.write_tensors_to_file()
w.close()
print(f"embedder-convert: wrote {out}")
