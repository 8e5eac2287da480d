#!/usr/bin/env python3
"""Compares int8 copies of bge-small-zh-v1.5 with the FP32 model: vector agreement and single-thread speed.

    python3 models/quantize.py --out /tmp/q --keep-fp32
    python3 models/measure.py /tmp/q/bge-small-zh-v1.5.onnx /tmp/q/bge-small-zh-v1.5-int8.onnx \
        /tmp/q/bge-small-zh-v1.5-int8-matmul.onnx --tokenizer /tmp/q/tokenizer.json

Texts: the corpus/ reports cut into passages of at most 300 characters at sentence ends (as the service does,
roughly), and the dev questions with the query instruction. Vectors are CLS-pooled and L2-normalised like the
service's. Speed: one intra-op thread, batch 1, median of repeated runs of a ~48-token and a ~256-token text.
"""
import argparse
import glob
import json
import os
import re
import statistics
import time

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

INSTRUCTION = "为这个句子生成表示以用于检索相关文章："


def passages(corpus_dir, limit=300):
    out = []
    for f in sorted(glob.glob(os.path.join(corpus_dir, "*.txt"))):
        for para in open(f, encoding="utf-8").read().split("\n"):
            para = para.strip()
            if len(para) < 20:
                continue
            piece = ""
            for sentence in re.findall(r"[^。！？；]*[。！？；]?", para):
                if piece and len(piece) + len(sentence) > limit:
                    out.append(piece)
                    piece = ""
                piece += sentence
            if piece:
                out.append(piece[:limit])
    return out


def questions(*files):
    out = []
    for file in files:
        for line in open(file, encoding="utf-8"):
            if line.strip():
                out.append(INSTRUCTION + json.loads(line)["question"])
    return out


class Model:
    def __init__(self, path, tokenizer):
        options = ort.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(path, options, providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}
        self.tokenizer = tokenizer

    def feed(self, text):
        ids = np.array([self.tokenizer.encode(text).ids], dtype=np.int64)
        feed = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        if "token_type_ids" in self.inputs:
            feed["token_type_ids"] = np.zeros_like(ids)
        return feed

    def embed(self, text):
        v = self.session.run(None, self.feed(text))[0][0, 0]
        return v / np.linalg.norm(v)

    def millis(self, text, runs):
        feed = self.feed(text)
        for _ in range(5):
            self.session.run(None, feed)
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            self.session.run(None, feed)
            times.append((time.perf_counter() - t0) * 1000)
        return statistics.median(times)


def text_of(tokenizer, source, tokens):
    """A prefix of the source text that tokenizes to about this many tokens, [CLS] and [SEP] included."""
    lo, hi = 1, len(source)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if len(tokenizer.encode(source[:mid]).ids) <= tokens:
            lo = mid
        else:
            hi = mid - 1
    return source[:lo]


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    p = argparse.ArgumentParser()
    p.add_argument("fp32")
    p.add_argument("candidates", nargs="+")
    p.add_argument("--tokenizer", required=True)
    p.add_argument("--corpus", default=os.path.join(root, "corpus"))
    p.add_argument("--questions", nargs="+", default=[os.path.join(root, "..", "shared", "eval", "dev.jsonl")])
    p.add_argument("--runs", type=int, default=200)
    args = p.parse_args()

    tokenizer = Tokenizer.from_file(args.tokenizer)
    tokenizer.enable_truncation(512)
    texts = {"passages": passages(args.corpus), "questions": questions(*args.questions)}
    source = "".join(texts["passages"][:40])
    lengths = {48: text_of(tokenizer, source, 48), 256: text_of(tokenizer, source, 256)}
    reference = Model(args.fp32, tokenizer)
    ref = {k: np.stack([reference.embed(t) for t in v]) for k, v in texts.items()}
    ref_ms = {n: reference.millis(t, args.runs) for n, t in lengths.items()}
    print(f"{os.path.basename(args.fp32)}: {os.path.getsize(args.fp32) / 1e6:.1f} MB; "
          + ", ".join(f"{n} tokens {ms:.2f} ms" for n, ms in ref_ms.items()))
    for path in args.candidates:
        model = Model(path, tokenizer)
        line = [f"{os.path.basename(path)}: {os.path.getsize(path) / 1e6:.1f} MB"]
        for kind, vs in texts.items():
            cos = np.einsum("ij,ij->i", ref[kind], np.stack([model.embed(t) for t in vs]))
            line.append(f"{kind} ({len(vs)}) cosine to FP32 mean {cos.mean():.4f} min {cos.min():.4f}")
        for n, text in lengths.items():
            ms = model.millis(text, args.runs)
            line.append(f"{n} tokens {ms:.2f} ms ({ref_ms[n] / ms:.2f}x FP32)")
        print("; ".join(line))


if __name__ == "__main__":
    main()
