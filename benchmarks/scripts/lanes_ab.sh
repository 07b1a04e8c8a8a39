#!/usr/bin/env bash
# In-process A/B of the hh_psc_alpha_gap lanes of two builds (two class loaders in one JVM, measured
# alternately: on a shared host whose speed drifts, only such ratios hold). A benchmark, not a test.
#
#   benchmarks/scripts/lanes_ab.sh A_ROOT B_ROOT [ROUNDS] [PASSES] [NEURONS]
#
# A_ROOT, B_ROOT: checkouts built with `mvn -B -q package -DskipTests` (e.g. a git worktree of the
# older commit). Prints each side's best CPU ns per neuron-step and the median per-round ratio B/A.
# A/A (the same root twice) shows the spread to expect: ±4 % on a host with load 9 on 2 cores within
# one launch, but each launch compiles both sides anew and a side sometimes gets a slow compilation
# (2026-12-02: 115-135 against 85-95 ns in about one launch of four, either side), so compare builds
# over several launches: LAUNCHES=N (default 1) repeats the launch N times, swapping which build
# loads first, and prints each launch's B/A and their median. (With -XX:-UseOnStackReplacement in
# JAVA_OPTS no launch of six had one slow side, which suggests the harness's own loops, compiled on
# stack with the lanes inlined into them, as the cause; not established.)
# JAVA (default: the newest Temurin under /usr/lib/jvm, else java) and JAVA_OPTS (e.g.
# -Da.groups=2 -Db.groups=4; -Dprobe.steps=1 -Dprobe.order=0 for slices of one step, as without WFR)
# are honoured. GC_OPTS replaces the collector's settings (default -XX:+UseSerialGC -Xmn32m); e.g.
# "-XX:+UnlockExperimentalVMOptions -XX:+UseEpsilonGC -Xms12g -Xmx12g", a heap that never moves an
# object, keeps where arrays landed for the whole launch (the alignment probe in docs/performance.md).
# Writes only under $TMPDIR.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
a="$(cd "$1" && pwd)"; b="$(cd "$2" && pwd)"
rounds="${3:-40}"; passes="${4:-30}"; neurons="${5:-250}"
java="${JAVA:-$(ls -d /usr/lib/jvm/temurin-*/bin/java 2>/dev/null | sort -V | tail -1)}"
java="${java:-java}"
javac="$(dirname "$java")/javac"
math="$(find "${HOME}/.m2/repository/org/apache/commons/commons-math3" -name 'commons-math3-*.jar' | sort -V | tail -1)"
work="$(mktemp -d)"; trap 'rm -rf "$work"' EXIT
classpath() { # the modules a population needs, plus the probe compiled against them
    local root="$1" out="$work/$2"
    local cp="$root/api/target/classes:$root/plugins/plugin-support/target/classes:$root/plugins/hh-psc-alpha-gap/target/classes:$root/benchmarks/target/classes:$math"
    mkdir -p "$out"
    "$javac" -nowarn -d "$out" --add-modules jdk.incubator.vector -cp "$cp" "$here/lanes_ab/ProbeTask.java" 2>&1 | grep -v -i warning || true
    echo "$out:$cp"
}
cpa="$(classpath "$a" a)"; cpb="$(classpath "$b" b)"
"$javac" -nowarn -d "$work" "$here/lanes_ab/LanesAB.java"
launch() { # launch FIRST_CP SECOND_CP: one JVM, both builds
    "$java" ${JAVA_OPTS:-} --add-modules jdk.incubator.vector ${GC_OPTS:--XX:+UseSerialGC -Xmn32m} -cp "$work" LanesAB "$1" "$2" \
        "$rounds" "$passes" "$neurons" 2>&1 | grep -v '^WARNING: Using incubator'
}
launches="${LAUNCHES:-1}"
if ((launches <= 1)); then
    launch "$cpa" "$cpb"
    exit 0
fi
ratios=""
for ((k = 1; k <= launches; k++)); do
    if ((k % 2)); then out="$(launch "$cpa" "$cpb")"; else out="$(launch "$cpb" "$cpa")"; fi
    median="$(sed -n 's/.*median \([0-9.]*\),.*/\1/p' <<<"$out")"
    ((k % 2)) || median="$(awk -v m="$median" 'BEGIN {printf "%.3f", 1 / m}')"
    bestA="$(sed -n 's/^A: best \([0-9.]*\).*/\1/p' <<<"$out")"; bestB="$(sed -n 's/^B: best \([0-9.]*\).*/\1/p' <<<"$out")"
    ((k % 2)) || { t="$bestA"; bestA="$bestB"; bestB="$t"; }
    echo "launch $k: A best $bestA, B best $bestB ns per neuron-step; B/A median $median"
    ratios+="$median "
done
echo "B/A over $launches launches: median $(tr ' ' '\n' <<<"$ratios" | grep . | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
