#!/usr/bin/env python3
"""numpy baseline for the simulator benchmark (docs/benchmarks.md, "Simulator").

The same update as Sources/Simulation/Benchmark.swift: explicit Lion, K = l1, float32,
original sign convention (identical to the paper's with m -> -m):
    c = b1*m + (1-b1)*g ;  x <- x - eps*(sign(c) + lam*x) ;  m <- b2*m + (1-b2)*g
with a fixed gradient buffer g. Two variants: "naive" (the textbook expressions, which
allocate temporaries) and "inplace" (preallocated out= buffers, no allocation per step).
Elementwise numpy ufuncs do not call BLAS, so OPENBLAS_CORETYPE does not affect them.
Prints one JSON object.
"""
import argparse
import json
import time

import numpy as np

p = argparse.ArgumentParser()
p.add_argument("--dim", type=int, default=10_000_000)
p.add_argument("--steps", type=int, default=20)
p.add_argument("--repeats", type=int, default=3)
a = p.parse_args()

b1, b2, eps, lam = 0.9, 0.99, 1e-3, 0.1
rng = np.random.default_rng(0)
x0 = rng.uniform(-1, 1, a.dim).astype(np.float32)
g = rng.standard_normal(a.dim).astype(np.float32)


def naive(x, m, g):
    c = b1 * m + (1 - b1) * g
    x -= eps * (np.sign(c) + lam * x)
    m[:] = b2 * m + (1 - b2) * g


c_buf = np.empty(a.dim, np.float32)
t_buf = np.empty(a.dim, np.float32)
f_b1, f_1b1, f_b2, f_1b2 = (np.float32(v) for v in (b1, 1 - b1, b2, 1 - b2))
f_decay, f_eps = np.float32(1 - eps * lam), np.float32(eps)


def inplace(x, m, g):
    np.multiply(m, f_b1, out=c_buf)
    np.multiply(g, f_1b1, out=t_buf)
    np.add(c_buf, t_buf, out=c_buf)
    np.sign(c_buf, out=c_buf)
    np.multiply(x, f_decay, out=x)
    np.multiply(c_buf, f_eps, out=c_buf)
    np.subtract(x, c_buf, out=x)
    np.multiply(m, f_b2, out=m)
    np.multiply(g, f_1b2, out=t_buf)
    np.add(m, t_buf, out=m)


def measure(fn):
    best = 0.0
    for _ in range(a.repeats):
        x = x0.copy()
        m = np.zeros(a.dim, np.float32)
        fn(x, m, g)  # warm up (page faults)
        t = time.perf_counter()
        for _ in range(a.steps):
            fn(x, m, g)
        best = max(best, a.steps / (time.perf_counter() - t))
    return best


print(json.dumps({
    "numpy": np.__version__,
    "dim": a.dim,
    "steps": a.steps,
    "naive_steps_per_second": measure(naive),
    "inplace_steps_per_second": measure(inplace),
}))
