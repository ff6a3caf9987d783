#!/usr/bin/env python3
"""The baseline `lionk bench` compares against: Lion claims written in z3py the way a
researcher would write them by hand — the whole claim as one formula for one dimension,
sign and |.| as nested If, the parameters' constraints asserted directly, and none of
lionk's reductions (no case splits, no worst-case elimination, no separability, no
cleared denominators). Written for lionk from shared/design/theory.md §3 and §5.

    naive_z3py.py box-invariant D [--timeout S]
    naive_z3py.py lyapunov D [--fixed] [--doubled-c] [--timeout S]

Prints one JSON line {"claim", "dim", "fixed", "verdict", "seconds", "z3"}; the verdict is
"proved" (the negated claim is unsat), "refuted" (sat) or "unknown". `make bench` runs it
in bench/.venv with z3-solver 4.8.12.0, the same Z3 as Debian's libz3-dev that lionk links.
"""
import argparse
import json
import os
import sys
import threading
import time

import z3


def sgn(t):
    """sign with sign(0) = 0, as an If term."""
    return z3.If(t > 0, z3.RealVal(1), z3.If(t < 0, z3.RealVal(-1), z3.RealVal(0)))


def mag(t):
    return z3.If(t < 0, -t, t)


def vector(name, d):
    return [z3.Real(f"{name}_{i + 1}") for i in range(d)]


def dot(u, v):
    return z3.Sum([a * b for a, b in zip(u, v)])


def lion_defaults():
    """beta1, beta2, eps, lambda, L at Lion's defaults (exact rationals)."""
    return z3.Q(9, 10), z3.Q(99, 100), z3.Q(1, 100), z3.Q(1, 10), z3.RealVal(1)


def negated_box_invariant(d):
    """§3: with eps*lam <= 1, one explicit Lion step keeps ||lam x||_inf <= 1. Returns the
    constraints of a counterexample."""
    eps, lam, beta1 = z3.Reals("eps lam beta1")
    x, m, g = vector("x", d), vector("m", d), vector("g", d)
    facts = [eps > 0, lam > 0, eps * lam <= 1, 0 <= beta1, beta1 <= 1]
    facts += [z3.And(-1 <= lam * xi, lam * xi <= 1) for xi in x]
    leaves = []
    for xi, mi, gi in zip(x, m, g):
        step = sgn(beta1 * mi - (1 - beta1) * gi)
        after = xi + eps * (step - lam * xi)
        leaves.append(z3.Or(lam * after > 1, lam * after < -1))
    return facts + [z3.Or(leaves)]


def negated_lyapunov(d, fixed, doubled_c=False):
    """§5, Theorem 4.1 for K = ||.||_1 (implicit scheme, x~ = 0): the decrease bound fails."""
    if fixed:
        beta1, beta2, eps, lam, L = lion_defaults()
        facts = []
    else:
        beta1, beta2, eps, lam, L = z3.Reals("beta1 beta2 eps lam L")
        facts = [0 <= beta1, beta1 <= beta2, beta2 < 1, eps > 0, lam > 0, L > 0]
    x, m, g = vector("x", d), vector("m", d), vector("g", d)
    f_now, f_next = z3.Reals("f_now f_next")
    facts += [z3.And(-1 <= lam * xi, lam * xi <= 1) for xi in x]

    look = [beta1 * mi - (1 - beta1) * gi for mi, gi in zip(m, g)]   # m~_{t+1}
    m_next = [beta2 * mi - (1 - beta2) * gi for mi, gi in zip(m, g)]
    s = [sgn(t) for t in look]                                       # grad K(m~)
    x_next = [(xi + eps * si) / (1 + eps * lam) for xi, si in zip(x, s)]
    step = [a - b for a, b in zip(x_next, x)]
    # f is L-smooth: its value at x_{t+1} is at most the quadratic upper bound.
    facts.append(f_next <= f_now + dot(g, step) + L / 2 * dot(step, step))

    c = eps * beta1 / (eps * lam * (1 - beta1) + (1 - beta2))
    if doubled_c:
        c = 2 * c   # the mutation: the bound must then fail (a counterexample exists)
    # In the box K*(lam x) = 0, so H = f + c (||m||_1 - lam m.x).
    def lyap(f, mm, xx):
        return f + c * (z3.Sum([mag(t) for t in mm]) - lam * dot(mm, xx))

    A = (1 - beta2 + eps * lam) / (1 - beta2 + eps * lam * (1 - beta1))
    B = beta1 * (1 - beta2) / ((1 - beta1) * (eps * lam * (1 - beta1) + 1 - beta2))
    gap = [si - lam * xn for si, xn in zip(s, x_next)]
    bregman = z3.Sum([mag(mi) - si * mi for mi, si in zip(m, s)])    # D_K(m, m~) for l1
    delta = A * dot(gap, look) + B * bregman
    bound = -eps * delta + L * eps * eps / 2 * dot(gap, gap)
    return facts + [lyap(f_next, m_next, x_next) - lyap(f_now, m, x) > bound]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("claim", choices=["box-invariant", "lyapunov"])
    parser.add_argument("dim", type=int)
    parser.add_argument("--fixed", action="store_true", help="Lion's default parameters")
    parser.add_argument("--doubled-c", action="store_true", help="the mutation with c doubled (refuted)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds (default 60)")
    args = parser.parse_args()
    if args.dim < 1:
        parser.error("the dimension must be at least 1")
    solver = z3.Solver()
    # Not Z3's `timeout` parameter: in 4.8.12 it can deadlock (docs/solver.md); an
    # interrupt from a timer thread always stops the check.
    began = time.perf_counter()

    def give_up():
        # 4.8.12's default strategy ends in the SMT core with nlsat nested in it, which does
        # not see interrupts: answer unknown ourselves 5 s after the interrupt.
        print(json.dumps({"claim": args.claim, "dim": args.dim, "fixed": args.fixed, "verdict": "unknown",
                          "seconds": round(time.perf_counter() - began, 3), "z3": z3.get_version_string(),
                          "note": "Z3 ignored the interrupt; the process ended itself"}), flush=True)
        os._exit(0)

    def stop():
        z3.main_ctx().interrupt()
        last = threading.Timer(5.0, give_up)
        last.daemon = True
        last.start()

    timer = threading.Timer(args.timeout, stop)
    timer.daemon = True
    if args.claim == "box-invariant":
        solver.add(negated_box_invariant(args.dim))
    else:
        solver.add(negated_lyapunov(args.dim, args.fixed, args.doubled_c))
    began = time.perf_counter()
    timer.start()
    answer = solver.check()
    timer.cancel()
    seconds = time.perf_counter() - began
    verdict = "proved" if answer == z3.unsat else "refuted" if answer == z3.sat else "unknown"
    print(json.dumps({"claim": args.claim, "dim": args.dim, "fixed": args.fixed, "verdict": verdict,
                      "seconds": round(seconds, 3), "z3": z3.get_version_string()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
