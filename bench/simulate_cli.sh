#!/usr/bin/env bash
# The simulator as a user runs it: `lionk simulate` (release build) against numpy doing the
# same Lion steps (bench/sim_cli_numpy.py), side by side in one run, at d = 10^6 and 10^7.
# Reports set-up, time per step, wall time and peak RSS of each command, and checks that
# numpy and lionk end at the same point (‖x‖∞ equal, f to 1e-9 relative).
#
#   bench/simulate_cli.sh                 # d = 1e6 and 1e7, 100 steps
#   DIMS="1000000" STEPS=50 bench/simulate_cli.sh
#   LIONK=.build/release/lionk bench/simulate_cli.sh   # skip the build
#
# Peak RSS from /usr/bin/time -v when it exists, else from VmHWM in /proc/PID/status.
set -euo pipefail
cd "$(dirname "$0")/.."
DIMS=${DIMS:-"1000000 10000000"}
STEPS=${STEPS:-100}
PY=${PYTHON:-python3}
if [[ -z "${LIONK:-}" ]]; then
  swift build -c release --product lionk >&2
  LIONK=.build/release/lionk
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# measure NAME CMD... : runs CMD, leaves stdout in $tmp/NAME.out, stderr in $tmp/NAME.err,
# wall seconds in $tmp/NAME.wall and peak RSS (kB) in $tmp/NAME.rss.
measure() {
  local name=$1; shift
  local t0 t1
  t0=$(date +%s.%N)
  if [[ -x /usr/bin/time ]]; then
    /usr/bin/time -v -o "$tmp/$name.time" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
    awk -F': ' '/Maximum resident set size/ {print $2}' "$tmp/$name.time" >"$tmp/$name.rss"
  else
    "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" &
    local pid=$! hwm=0 v
    while kill -0 "$pid" 2>/dev/null; do
      v=$(awk '/VmHWM/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)
      [[ -n "$v" && "$v" -gt "$hwm" ]] && hwm=$v
      sleep 0.05
    done
    wait "$pid"
    echo "$hwm" >"$tmp/$name.rss"
  fi
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l >"$tmp/$name.wall"
}

printf '# %s, %s, %s cores, load %s\n' "$(date -u +%Y-%m-%dT%H:%MZ)" "$(uname -m)" "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
printf '# lionk simulate --kappa l1 --precision float --dim D --steps %s [--record-every R]; numpy: %s bench/sim_cli_numpy.py --dim D --steps %s --variant V\n' "$STEPS" "$PY" "$STEPS"
printf '%-9s %-34s %10s %12s %9s %9s %22s %20s\n' d command "set-up s" "ms/step" "wall s" "RSS MB" "final f" "final ‖x‖∞"
status=0
for d in $DIMS; do
  for rec in 1 "$STEPS"; do
    name="lionk-$d-$rec"
    measure "$name" "$LIONK" simulate --kappa l1 --precision float --dim "$d" --steps "$STEPS" --record-every "$rec" --timings
    line=$(grep 'lionk: timings' "$tmp/$name.err")
    setup=$(sed -E 's/.*set-up ([0-9.]+) s.*/\1/' <<<"$line")
    per=$(sed -E 's/.*\(([0-9.]+) ms a step.*/\1/' <<<"$line")
    f=$(sed -nE 's/^  f: .* → (.*)$/\1/p' "$tmp/$name.out")
    xi=$(sed -nE 's/^  ‖x‖∞: .* → ([^ ]*).*$/\1/p' "$tmp/$name.out")
    printf '%-9s %-34s %10.3f %12.2f %9.2f %9.0f %22s %20s\n' "$d" "lionk (records every $rec)" "$setup" "$per" \
      "$(cat "$tmp/$name.wall")" "$(echo "$(cat "$tmp/$name.rss") / 1000" | bc -l)" "$f" "$xi"
    echo "$f $xi" >"$tmp/lionk-$d.final"
  done
  for v in inplace naive; do
    name="numpy-$d-$v"
    measure "$name" "$PY" bench/sim_cli_numpy.py --dim "$d" --steps "$STEPS" --variant "$v"
    read -r setup per f xi < <("$PY" -c 'import json,sys; o=json.load(open(sys.argv[1])); print(o["setup_seconds"], o["step_seconds"]*1000, repr(o["f"]), repr(o["x_inf"]))' "$tmp/$name.out")
    printf '%-9s %-34s %10.3f %12.2f %9.2f %9.0f %22s %20s\n' "$d" "numpy ($v)" "$setup" "$per" \
      "$(cat "$tmp/$name.wall")" "$(echo "$(cat "$tmp/$name.rss") / 1000" | bc -l)" "$f" "$xi"
    read -r lf lx <"$tmp/lionk-$d.final"
    if ! "$PY" -c 'import sys; lf,lx,nf,nx=map(float,sys.argv[1:]); sys.exit(0 if lx==nx and abs(lf-nf)<=1e-9*max(1,abs(nf)) else 1)' "$lf" "$lx" "$f" "$xi"; then
      echo "MISMATCH at d = $d: lionk f = $lf, ‖x‖∞ = $lx; numpy ($v) f = $f, ‖x‖∞ = $xi" >&2
      status=1
    fi
  done
done
[[ $status == 0 ]] && echo "# numpy and lionk agree: the same ‖x‖∞ and f to 1e-9 at every d"
exit $status
