#!/usr/bin/env bash
# Memory and speed of the command line at province scale, for docs/perf.md ("Province scale").
#
#   cargo build --release --no-default-features
#   bash scripts/measure-scale.sh [OUT_DIR]
#
# Writes documents of real tables (the sample documents of tests/fixtures and
# tests/fixtures/other-forms, concatenated and repeated, each copy's project names numbered so
# no two tables share a name) of about 18 MB and 100 MB, a 10 MB line of 5 M tab-separated
# cells and a 10 MB line of one cell; then runs `inspect`, `import` and `check` of each under
# `/usr/bin/time -v` and `wc -w` of the same files, side by side in one run. Times are the best
# of three runs; peak memory is the maximum resident set size.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${JIXIAO:-target/release/jixiao}
out=${1:-$(mktemp -d)}
mkdir -p "$out"
runs=${RUNS:-3}

# One copy of the samples, then copies of it with every 项目名称 cell numbered.
samples="$out/samples.txt"
for f in tests/fixtures/*.txt tests/fixtures/other-forms/*.txt; do
  cat "$f"
  printf '\n'
done >"$samples"

real_tables() { # MEGABYTES FILE
  local bytes=$(($1 * 1000 * 1000))
  LC_ALL=C awk -v want="$bytes" '
    { lines[NR] = $0; size += length($0) + 1 }
    END {
      for (copy = 1; written < want; copy++)
        for (i = 1; i <= NR; i++) {
          line = lines[i]
          if (line ~ /^项目名称\t/ && line !~ /^项目名称\t项目单位/)
            sub(/^项目名称\t/, "项目名称\t" copy "号", line)
          print line
          written += length(line) + 1
        }
    }' "$samples" >"$2"
}

real_tables 18 "$out/tables-18mb.txt"
real_tables 100 "$out/tables-100mb.txt"
# 5,000,000 cells of one digit: 10 MB on one line.
awk 'BEGIN { for (i = 0; i < 5000000; i++) printf "1\t"; print "" }' >"$out/line-5m-cells.txt"
# One cell of 3,333,333 ideographs: 10 MB on one line.
awk 'BEGIN { for (i = 0; i < 3333333; i++) printf "甲"; print "" }' >"$out/line-one-cell.txt"

# Best wall time of $runs runs, the CPU time (user + system) of that run and the largest peak
# RSS: "SECONDS CPU_SECONDS MIB".
measure() {
  local best="" cpu="" peak=0 t u s rss
  for _ in $(seq $runs); do
    /usr/bin/time -f '%e %U %S %M' -o "$out/time.txt" "$@" >/dev/null 2>"$out/stderr.txt" || true
    read -r t u s rss < <(tail -n 1 "$out/time.txt")
    if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then
      best=$t
      cpu=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u + s }')
    fi
    if [ "$rss" -gt "$peak" ]; then peak=$rss; fi
  done
  echo "$best $cpu $((peak / 1024))"
}

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-22s %9s %-8s %9s %8s %9s %7s\n' file "size MB" command "wall (s)" "CPU (s)" "peak MiB" "× input"
for f in tables-18mb tables-100mb line-5m-cells line-one-cell; do
  file="$out/$f.txt"
  size=$(stat -c %s "$file")
  mb=$(awk -v s="$size" 'BEGIN { printf "%.1f", s / 1e6 }')
  for cmd in "wc -w" inspect import check; do
    case $cmd in
      "wc -w") read -r t c m < <(measure wc -w "$file") ;;
      inspect) read -r t c m < <(measure "$bin" inspect --json "$file") ;;
      # A new file each run: saving over an old one would time its backup copy too.
      import) read -r t c m < <(measure sh -c 'rm -f "$2" "$2.bak"; exec "$0" import "$1" -o "$2"' \
        "$bin" "$file" "$out/$f.ron") ;;
      check) read -r t c m < <(measure "$bin" check "$file") ;;
    esac
    ratio=$(awk -v m="$m" -v s="$size" 'BEGIN { printf "%.1f", m * 1048576 / s }')
    printf '%-22s %9s %-8s %9s %8s %9s %7s\n' "$f" "$mb" "$cmd" "$t" "$c" "$m" "$ratio"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
