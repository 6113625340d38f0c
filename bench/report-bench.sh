#!/bin/sh
# Appraisal PDF benchmark (issue 6): the median time to write a full report in a warm JVM, then the wall
# time of one cold `report` command. Run from the project folder: bench/report-bench.sh
# JVM options for the warm benchmark in BENCH_JAVA_OPTIONS, e.g. BENCH_JAVA_OPTIONS=-XX:TieredStopAtLevel=1
# to see what the command-line launcher's C1-only setting would cost a long-running app (issue 15).
set -eu
cd "$(dirname "$0")/.."
./mvnw -B -o -q test-compile
./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt -Dmdep.includeScope=test >/dev/null
CP="target/classes:target/test-classes:$(cat target/bench-cp.txt)"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# shellcheck disable=SC2086 # options are meant to be split
java ${BENCH_JAVA_OPTIONS:-} -cp "$CP" uk.gov.gcs.digitalskills.io.pdf.ReportBenchmark "$@"

# A result file for the cold run, written by the same fixture.
java -cp "$CP" uk.gov.gcs.digitalskills.io.pdf.WriteSampleReport "$OUT" 2>/dev/null
RUNTIME_CP="target/classes:$(./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=runtime)"
start=$(date +%s%N)
java -cp "$RUNTIME_CP" uk.gov.gcs.digitalskills.Main --data-dir "$OUT/data" report "$OUT/full.dsa.json" -o "$OUT/cold.pdf" >/dev/null
end=$(date +%s%N)
echo "cold report command: $(( (end - start) / 1000000 )) ms wall (new JVM, includes start-up and reading the content)"
