#!/usr/bin/env bash
# Insights benchmarks (docs/benchmarks.md). Not part of ./mvnw verify.
#   bench/insights.sh import [RESULTS [PDFS]]   import speed, files per second (defaults 10000 and 1000)
#   bench/insights.sh query [N]                 insights query time over N stored results (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -o -q test-compile
./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    uk.gov.gcs.digitalskills.bench.InsightsBenchmark "$@"
