"""Which BLAS a PyTorch process really runs (bench/hf and bench/generate print it beside their figures)."""
import ctypes
import re

import torch


def blas():
    """Which BLAS this process really runs: torch's build info, the library loaded, OpenBLAS's kernel."""
    built = re.search(r"BLAS_INFO=([^,\s]+)", torch.__config__.show())
    with open("/proc/self/maps") as f:
        libs = sorted({line.split()[-1] for line in f if re.search(r"lib(open)?blas", line)})
    out = {"built": built.group(1) if built else "?", "loaded": libs}
    openblas = next((lib for lib in libs if "openblas" in lib), None)
    if openblas:
        lib = ctypes.CDLL(openblas)
        for name in ("openblas_get_corename", "openblas_get_config"):
            getattr(lib, name).restype = ctypes.c_char_p
        out["core"] = lib.openblas_get_corename().decode()
        out["config"] = lib.openblas_get_config().decode().strip()
    return out
