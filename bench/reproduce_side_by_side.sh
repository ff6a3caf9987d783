#!/usr/bin/env bash
# Times `lionk reproduce --all -v` for two binaries, one after the other in one run, and
# prints a Markdown table of per-claim times (both columns from the same run).
#   bench/reproduce_side_by_side.sh OLD_LIONK NEW_LIONK [extra reproduce options]
# Example (the previous commit's binary built in a worktree):
#   git worktree add /tmp/prev HEAD~1 && (cd /tmp/prev && swift build -c release)
#   bench/reproduce_side_by_side.sh /tmp/prev/.build/release/lionk .build/release/lionk
set -u
old=${1:?usage: $0 OLD_LIONK NEW_LIONK [options]}
new=${2:?usage: $0 OLD_LIONK NEW_LIONK [options]}
shift 2
out=$(mktemp -d)
for which in new old; do
    bin=$([ "$which" = new ] && echo "$new" || echo "$old")
    start=$(date +%s.%N)
    "$bin" reproduce --all -v "$@" > "$out/$which.out" 2> "$out/$which.err"
    echo "$?" > "$out/$which.rc"
    end=$(date +%s.%N)
    python3 -c "import sys; print(float(sys.argv[2]) - float(sys.argv[1]))" "$start" "$end" > "$out/$which.wall"
done
python3 - "$out" <<'PY'
import re, sys, pathlib
d = pathlib.Path(sys.argv[1])
def times(which):
    t = {}
    for line in (d / f"{which}.err").read_text().splitlines():
        m = re.match(r"\[\s*([0-9.]+) s\] (\S+) (\S+): (\S+)", line)
        if m: t[(m.group(2), m.group(3))] = (float(m.group(1)), m.group(4))
    return t
old, new = times("old"), times("new")
wall = {w: float((d / f"{w}.wall").read_text()) for w in ("old", "new")}
rc = {w: (d / f"{w}.rc").read_text().strip() for w in ("old", "new")}
mism = {w: sum(1 for l in (d / f"{w}.out").read_text().splitlines() if "✗" in l) for w in ("old", "new")}
print(f"wall: old {wall['old']:.1f} s (exit {rc['old']}, {mism['old']} unexpected), new {wall['new']:.1f} s (exit {rc['new']}, {mism['new']} unexpected)")
print(f"sum of per-claim times: old {sum(v[0] for v in old.values()):.1f} s, new {sum(v[0] for v in new.values()):.1f} s\n")
print("| claim | subgradient | old s | old verdict | new s | new verdict | new/old |")
print("|---|---|---|---|---|---|---|")
slower = []
for k in sorted(set(old) | set(new), key=lambda k: -max(old.get(k, (0,))[0], new.get(k, (0,))[0])):
    o, n = old.get(k), new.get(k)
    ratio = f"{n[0]/o[0]:.2f}" if o and n and o[0] >= 0.05 else ""
    if o and n and o[0] >= 0.05 and n[0] > 1.2 * o[0]: slower.append(k[0])
    print(f"| {k[0]} | {k[1]} | {o[0] if o else '-'} | {o[1] if o else '-'} | {n[0] if n else '-'} | {n[1] if n else '-'} | {ratio} |")
print(f"\nclaims of ≥ 0.05 s more than 20 % slower: {', '.join(slower) or 'none'}")
PY
rm -rf "$out"
