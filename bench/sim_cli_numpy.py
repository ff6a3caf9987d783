#!/usr/bin/env python3
"""numpy doing what `lionk simulate` does (bench/simulate_cli.sh, docs/benchmarks.md).

The same run as
    lionk simulate --kappa l1 --precision float --objective quadratic --scheme explicit \
                   --convention paper --initial uniform:2 --seed 0 --eps 1/100 --lam 1/10 \
                   [--center C] --dim D --steps N
in float32: f(x) = 1/2 ||x - c||^2 with c = (1, -1, 1, ...) (or every coordinate C), the
start drawn from the same SplitMix64 stream and rounded to float32 as lionk rounds it, and
paper-convention explicit Lion-l1 with lionk's coefficients, operation for operation:
    g = x - c ;  mt = b1*m + q1*g ;  x = ax*x + ed*sign(mt) ;  m = b2*m + q2*g
(q1 = -(1-b1), q2 = -(1-b2), ax = 1 - eps*lam, ed = eps, each rounded once to float32).
The trajectory is therefore bit-identical to lionk's; the final f (summed in float64) and
||x||_inf are printed so that the bench script can compare them.

Two variants: "naive" (the textbook expressions, which allocate temporaries) and "inplace"
(preallocated out= buffers). Prints one JSON object: set-up and per-step seconds of each.
"""
import argparse
import json
import time
from fractions import Fraction

t_start = time.perf_counter()
import numpy as np  # noqa: E402  (the import is part of the set-up)

p = argparse.ArgumentParser()
p.add_argument("--dim", type=int, required=True)
p.add_argument("--steps", type=int, required=True)
p.add_argument("--center", default=None, help="one number for every coordinate (default 1, -1, 1, ...)")
p.add_argument("--variant", choices=["naive", "inplace"], default="inplace")
p.add_argument("--seed", type=int, default=0)
p.add_argument("--scale", type=float, default=2.0)
a = p.parse_args()

M64 = (1 << 64) - 1
GAMMA = np.uint64(0x9E3779B97F4A7C15)


def splitmix_uniform(seed, n, scale, chunk=1 << 20):
    """SplitMix64(seed): unit() = (z >> 11) * 2^-53, u = (2 unit - 1) * scale, float32(u)."""
    out = np.empty(n, np.float32)
    with np.errstate(over="ignore"):
        for lo in range(0, n, chunk):
            hi = min(n, lo + chunk)
            i = np.arange(lo + 1, hi + 1, dtype=np.uint64)
            z = np.uint64(seed & M64) + i * GAMMA
            z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
            z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
            z = z ^ (z >> np.uint64(31))
            unit = (z >> np.uint64(11)).astype(np.float64) * 2.0**-53
            out[lo:hi] = ((unit * 2 - 1) * scale).astype(np.float32)
    return out


eps, lam, b1, b2 = Fraction(1, 100), Fraction(1, 10), Fraction(9, 10), Fraction(99, 100)
f32 = lambda r: np.float32(float(r))  # noqa: E731  (lionk: Float(rational.doubleValue))
B1, Q1, B2, Q2 = f32(b1), f32(-(1 - b1)), f32(b2), f32(-(1 - b2))
AX, ED = f32(1 - eps * lam), f32(eps)

x = splitmix_uniform(a.seed, a.dim, a.scale)
m = np.zeros(a.dim, np.float32)
if a.center is None:
    c = np.ones(a.dim, np.float32)
    c[1::2] = -1
else:
    c = np.full(a.dim, np.float32(float(Fraction(a.center))), np.float32)


def naive(x, m):
    g = x - c
    mt = B1 * m + Q1 * g
    x = AX * x + ED * np.sign(mt)
    m = B2 * m + Q2 * g
    return x, m


g_buf = np.empty(a.dim, np.float32)
c_buf = np.empty(a.dim, np.float32)
t_buf = np.empty(a.dim, np.float32)


def inplace(x, m):
    np.subtract(x, c, out=g_buf)
    np.multiply(m, B1, out=c_buf)
    np.multiply(g_buf, Q1, out=t_buf)
    np.add(c_buf, t_buf, out=c_buf)
    np.sign(c_buf, out=c_buf)
    np.multiply(x, AX, out=x)
    np.multiply(c_buf, ED, out=c_buf)
    np.add(x, c_buf, out=x)
    np.multiply(m, B2, out=m)
    np.multiply(g_buf, Q2, out=t_buf)
    np.add(m, t_buf, out=m)
    return x, m


step = naive if a.variant == "naive" else inplace
t_setup = time.perf_counter()
for _ in range(a.steps):
    x, m = step(x, m)
t_steps = time.perf_counter()
u = x.astype(np.float64) - c.astype(np.float64)
print(json.dumps({
    "numpy": np.__version__,
    "variant": a.variant,
    "dim": a.dim,
    "steps": a.steps,
    "setup_seconds": t_setup - t_start,
    "step_seconds": (t_steps - t_setup) / a.steps,
    "f": 0.5 * float(np.dot(u, u)),
    "x_inf": float(np.max(np.abs(x))),
}))
