#!/usr/bin/env bash
# Benchmark on the BBC News set (2,225 articles): full index build, nothing-changed update, update
# after changing 10 articles, ask --json latency over 250 questions, heap and RSS. Needs ../shared/eval/bbc and a built jar
# (mvn -B package -DskipTests). Prints a Markdown table; nothing here is a test.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=bot/target/coverage-bot.jar
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp -r ../shared/eval/bbc "$WORK/bbc" && chmod -R u+w "$WORK/bbc"   # a copy: 10 articles get edited below
BBC=$WORK/bbc
HEAP=${HEAP:-512m}

measure() { # label, command...: wall seconds and peak RSS (MiB)
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$WORK/time" "$@" > "$WORK/$label.out" 2> "$WORK/$label.err"
  read -r secs kib < "$WORK/time"
  echo "$label $secs $((kib / 1024))"
}

# 250 questions: the headlines of every 9th article, asked as questions
python3 - "$BBC" > "$WORK/questions.jsonl" <<'PY'
import json, os, sys
root = sys.argv[1]
files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) for f in fs if f.endswith(".txt"))
for i, path in enumerate(files[::9][:250]):
    with open(path, encoding="utf-8", errors="replace") as f:
        headline = f.readline().strip()
    print(json.dumps({"chat": f"b{i}", "question": f"What happened: {headline}?"}))
PY

build=$(measure build java -Xmx$HEAP -jar $JAR index --articles $BBC --index "$WORK/index")
again=$(measure update java -Xmx$HEAP -jar $JAR index --articles $BBC --index "$WORK/index")
for f in $(find "$BBC" -name '*.txt' | sort | head -10); do echo "An editor added this sentence for the benchmark." >> "$f"; done
ten=$(measure ten java -Xmx$HEAP -jar $JAR index --articles $BBC --index "$WORK/index")
ask=$(measure ask java -Xmx$HEAP -Xlog:gc:file="$WORK/gc.log" -jar $JAR ask --articles $BBC --index "$WORK/index" --json < "$WORK/questions.jsonl")

python3 - "$WORK" "$build" "$again" "$ask" "$HEAP" "$ten" <<'PY'
import re, sys, statistics, json
work, build, again, ask, heap, ten = sys.argv[1:7]
ms = [int(m) for m in re.findall(r"ms=(\d+)", open(f"{work}/ask.err").read())]
ms.sort()
pct = lambda p: ms[min(len(ms) - 1, int(round(p / 100 * (len(ms) - 1))))]
after = [int(x) for x in re.findall(r"->(\d+)M\(", open(f"{work}/gc.log").read())]
answers = [json.loads(l) for l in open(f"{work}/ask.out")]
statuses = {s: sum(a["status"] == s for a in answers) for s in ("answered", "not_found", "rejected")}
report = open(f"{work}/build.out").read().strip()
b, a, q, t = build.split(), again.split(), ask.split(), ten.split()
print("| measure | value |")
print("|---|---|")
print(f"| full index build (2,225 articles), wall | {b[1]} s, peak RSS {b[2]} MiB |")
print(f"| build report | {report} |")
print(f"| nothing-changed update (start-up included), wall | {a[1]} s |")
print(f"| update after changing 10 articles (start-up included), wall | {t[1]} s: {open(f'{work}/ten.out').read().strip()} |")
print(f"| ask --json, {len(ms)} questions | p50 {pct(50)} ms, p99 {pct(99)} ms, max {ms[-1]} ms |")
print(f"| answers | {statuses} |")
print(f"| heap after GC, max (-Xmx{heap}) | {max(after) if after else 'n/a'} MiB |")
print(f"| ask process peak RSS | {q[2]} MiB, wall {q[1]} s |")
PY
