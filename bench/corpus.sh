#!/usr/bin/env bash
# Analyze every thread of a labelled corpus folder and score it with the dev set's score.py.
#
# usage (from the project root, `itinerary` on PATH):
#   bash bench/corpus.sh corpus/threads/tune          one line per thread, then the MEAN
#   bash bench/corpus.sh corpus/threads               both parts (tune/, measure/): a MEAN per part and overall
#   bash bench/corpus.sh -v FOLDER                    also the full score.py block of every thread
#   bash bench/corpus.sh -k DIR FOLDER                keep the JSON reports in DIR
# Threads in a folder named measure/ are scored but never shown one by one (no line, no -v block):
# that part is read only through its MEAN.
# A folder holds NN_slug.<ext> threads beside NN_slug.score.json gold files (see corpus/threads/README.md).
# The scorer is ../shared/dev/score.py (or $SCORE_PY); it is called, never copied. Extra options for
# `itinerary analyze` go in ITINERARY_ARGS. A thread the tool cannot read is scored as an empty report
# and flagged "(analyze failed: …)".
set -u

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-python3}"
SCORE="${SCORE_PY:-$ROOT/../shared/dev/score.py}"
VERBOSE=0
KEEP=""
FOLDER=""
while [ $# -gt 0 ]; do
  case "$1" in
    -v) VERBOSE=1 ;;
    -k) KEEP="${2:?-k needs a folder}"; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    -*) echo "corpus.sh: unknown option $1" >&2; exit 2 ;;
    *) [ -z "$FOLDER" ] || { echo "corpus.sh: one corpus folder only" >&2; exit 2; }; FOLDER="$1" ;;
  esac
  shift
done

[ -n "$FOLDER" ] || { echo "corpus.sh: name a corpus folder (e.g. corpus/threads/measure)" >&2; exit 2; }
[ -d "$FOLDER" ] || { echo "corpus.sh: $FOLDER: no such folder" >&2; exit 2; }
[ -f "$SCORE" ] || { echo "corpus.sh: scorer not found at $SCORE (needs ../shared/dev/score.py or SCORE_PY)" >&2; exit 2; }
shopt -s nullglob
golds=("$FOLDER"/[0-9]*_*.score.json "$FOLDER"/*/[0-9]*_*.score.json)
[ ${#golds[@]} -gt 0 ] || { echo "corpus.sh: $FOLDER: no NN_*.score.json gold files here or one folder down" >&2; exit 2; }
command -v itinerary >/dev/null 2>&1 || { echo "corpus.sh: 'itinerary' is not on PATH" >&2; exit 2; }

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
OUTDIR="${KEEP:-$TMP}"
mkdir -p "$OUTDIR"
: > "$TMP/lines"
withheld=0

for gold in "${golds[@]}"; do
  dir="$(dirname "$gold")"
  name="$(basename "$gold" .score.json)"
  part=""
  [ "$dir" -ef "$FOLDER" ] || part="$(basename "$dir")/"
  input="$("$PY" -c 'import json, sys; print(json.load(open(sys.argv[1], encoding="utf-8"))["input"])' "$gold")"
  report="$OUTDIR/${part//\//_}$name.report.json"
  note=""
  # shellcheck disable=SC2086
  if ! itinerary analyze "$dir/$input" --format json ${ITINERARY_ARGS:-} > "$report" 2> "$TMP/$name.err"; then
    echo '{"places": [], "mentions": [], "itineraries": [], "day_trips": [], "readers_also_went_to": []}' > "$report"
    msg="$(grep -v '^[[:space:]]*$' "$TMP/$name.err" | tail -n 1)"
    msg="${msg//"$dir/"/}"
    note="  (analyze failed: ${msg:0:120})"
  fi
  line="$("$PY" "$SCORE" "$report" "$gold" --quiet | tail -n 1)"
  if [ "$(basename "$dir")" = measure ]; then
    withheld=$((withheld + 1))  # a measured thread is read only through its part's MEAN
  else
    if [ "$VERBOSE" = 1 ]; then
      echo "== $part$name"
      "$PY" "$SCORE" "$report" "$gold"
      echo
    fi
    printf '%-40s %s%s\n' "$part$name" "$line" "$note"
  fi
  printf '%s\t%s\n' "${part%/}" "$line" >> "$TMP/lines"
done

[ "$withheld" = 0 ] || echo "measure/: $withheld threads scored; their own lines are withheld, only the MEAN is shown"
"$PY" - "$TMP/lines" <<'PYEOF'
import re, sys
rows = [l.rstrip("\n").split("\t", 1) for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
def num(key, line):
    return float(re.search(rf"\b{key}=([0-9.]+)", line).group(1))
def frac(key, line):
    a, b = re.search(rf"\b{key}=(\d+)/(\d+)", line).groups()
    return int(a), int(b)
def mean(label, lines):
    n = len(lines)
    m = {k: sum(num(k, r) for r in lines) / n for k in ("F1", "resolved", "relation", "readers_F1")}
    it = [sum(x) for x in zip(*(frac("itin", r) for r in lines))]
    dt = [sum(x) for x in zip(*(frac("daytrips", r) for r in lines))]
    fp = sum(int(num("author_fp", r)) for r in lines)
    head = f"MEAN {label}({n} threads)"
    print(f"{head:40s} F1={m['F1']:.3f} resolved={m['resolved']:.3f} relation={m['relation']:.3f} "
          f"itin={it[0]}/{it[1]} daytrips={dt[0]}/{dt[1]} readers_F1={m['readers_F1']:.3f} author_fp={fp}")
parts = list(dict.fromkeys(p for p, _ in rows))
if len(parts) > 1:
    for p in parts:
        mean(f"{p} ", [l for q, l in rows if q == p])
mean("", [l for _, l in rows])
PYEOF
