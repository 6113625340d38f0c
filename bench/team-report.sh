#!/usr/bin/env bash
# Team report benchmark (docs/benchmarks.md, "Team report"). Not part of ./mvnw verify.
#   bench/team-report.sh [N]   query + PDF time over N stored results (default 100000)
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -o -q test-compile
./mvnw -B -o -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    uk.gov.gcs.digitalskills.bench.TeamReportBenchmark "$@"
