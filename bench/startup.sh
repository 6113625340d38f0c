#!/usr/bin/env bash
# Start-up benchmark (issues 4, 8 and 15), every figure a ratio against a yardstick measured in the same run:
#  - first window: the app's median time to first window and max RSS against a hello-world JavaFX window's,
#    packaged the same way (jlink + AppCDS + jpackage), and not packaged (java -jar);
#  - cold report: the median wall time of `digital-skills-cli report` against a bare 2-page iText PDF/UA
#    writer (bench/itext) run cold as a plain Java program on this JDK (`java -cp`, the issue's yardstick),
#    and against the same writer packaged like the app (jlink, its own AppCDS archive, the same launcher script);
#    `digital-skills report` (the window's launcher) for comparison;
#  - cold import: `digital-skills-cli import` of 2,000 result files into a new data folder, in files per
#    second with start-up taken off (the median of the same command on an empty folder).
# Prints all of it with the targets; writes it to target/bench/startup.txt.
#
#   bench/startup.sh [--runs N] [--no-build]
#
#   --runs N      measured runs of each program (default 11), after one warm-up run each; runs alternate
#   --no-build    use what target/ already holds (target/app, target/jpackage/installed, target/bench/...)
#
# Time to first window: a timestamp taken in this shell just before exec, and the line
# "FIRST_WINDOW_SHOWN <epoch millis>" that the program prints when its window is first shown
# (-Ddsa.startupProbe; app/StartupProbe.java and bench/hello/HelloFx.java); it then exits.
# Wall time of a command: timestamps in this shell before and after it. Max RSS: /usr/bin/time's
# "Maximum resident set size" of the same runs.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=11 build=yes
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) runs=$2; shift 2 ;;
    --no-build) build=no; shift ;;
    *) echo "usage: bench/startup.sh [--runs N] [--no-build]" >&2; exit 2 ;;
  esac
done

# Tools: Xvfb and GNU time (installed here when missing and allowed).
missing=()
command -v xvfb-run > /dev/null || missing+=(xvfb xauth)
[[ -x /usr/bin/time ]] || missing+=(time)
if [[ ${#missing[@]} -gt 0 ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get > /dev/null; then
    apt-get install -y "${missing[@]}" > /dev/null
  else
    echo "bench/startup.sh needs: ${missing[*]} (sudo apt-get install -y ${missing[*]})" >&2
    exit 1
  fi
fi

bench=target/bench
if [[ $build == yes ]]; then
  echo "Building the app-image and .deb (./mvnw -Ppackage -DskipTests package) ..."
  ./mvnw -B -q -Ppackage -DskipTests package
  echo "Building the hello-world the same way ..."
  rm -rf "$bench/hello"
  mkdir -p "$bench/hello/classes" "$bench/hello/input"
  fx_jars=$(ls target/app/lib/javafx-*-linux.jar | paste -sd: -)
  javac -d "$bench/hello/classes" --release 17 --module-path "$fx_jars" --add-modules javafx.controls \
    bench/hello/Hello.java bench/hello/HelloFx.java
  jar --create --file "$bench/hello/input/hello.jar" --main-class Hello -C "$bench/hello/classes" .
  packaging/linux/make-app-image.sh --input "$bench/hello/input" --javafx target/app/lib \
    --work "$bench/hello" --name hello-fx -- @bench/hello/app-image.options
  echo "Building the bare iText PDF/UA writer the same way ..."
  rm -rf "$bench/itext"
  mkdir -p "$bench/itext/classes" "$bench/itext/input/lib"
  itext_jars=(target/app/lib/{commons,io,kernel,layout,pdfua,forms,bouncy-castle-connector}-*.jar target/app/lib/slf4j-*.jar)
  cp "${itext_jars[@]}" "$bench/itext/input/lib/"
  javac -d "$bench/itext/classes" --release 17 -cp "$(IFS=:; echo "${itext_jars[*]}")" bench/itext/BareItext.java
  # The app's own regular font: PDF/UA needs an embedded font, and this keeps the font work comparable.
  cp src/main/resources/uk/gov/gcs/digitalskills/io/pdf/fonts/DSASans-Regular.ttf "$bench/itext/classes/"
  jar --create --file "$bench/itext/input/bare-itext.jar" --main-class BareItext -C "$bench/itext/classes" .
  packaging/linux/make-app-image.sh --input "$bench/itext/input" --javafx target/app/lib \
    --work "$bench/itext" --name bare-itext --train "$PWD/$bench/itext/training.pdf" -- @bench/itext/app-image.options
  echo "Writing 2,000 result files for the import ..."
  ./mvnw -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench-test-cp.txt -Dmdep.includeScope=test > /dev/null
  rm -rf "$bench/import"
  java -cp "target/test-classes:target/classes:$(cat target/bench-test-cp.txt)" \
    uk.gov.gcs.digitalskills.bench.GenerateResults 2000 "$bench/import/results"
  mkdir -p "$bench/import/empty"
fi
# Each program as installed: the app-image with its archives made in place (make-app-image.sh, step 7).
app_image=target/jpackage/installed/digital-skills
hello_image=$bench/hello/installed/hello-fx
itext_image=$bench/itext/installed/bare-itext
for f in "$app_image/bin/digital-skills" "$app_image/bin/digital-skills-cli" "$hello_image/bin/hello-fx" \
    "$itext_image/bin/bare-itext" target/app/digital-skills.jar "$bench/hello/input/hello.jar" "$bench/import/results"; do
  [[ -e $f ]] || { echo "missing $f: run without --no-build" >&2; exit 1; }
done

# Everything below runs on one Xvfb display, started once.
if [[ -z ${BENCH_IN_XVFB:-} ]]; then
  BENCH_IN_XVFB=1 exec xvfb-run -a -s "-screen 0 1280x900x24" "$0" --runs "$runs" --no-build
fi

export DIGITAL_SKILLS_HOME=$PWD/$bench/home   # a data folder of its own, kept between runs like a user's
mkdir -p "$DIGITAL_SKILLS_HOME"
fx_cp=$(ls target/app/lib/javafx-*-linux.jar | paste -sd: -)
declare -A command=(
  [app]="$app_image/bin/digital-skills"
  [hello]="$hello_image/bin/hello-fx"
  [app-jar]="java -Ddsa.startupProbe -jar target/app/digital-skills.jar"
  [hello-jar]="java -Ddsa.startupProbe -cp $bench/hello/input/hello.jar:$fx_cp Hello"
)
# The packaged launchers ignore JDK_JAVA_OPTIONS, but the JVM reads JAVA_TOOL_OPTIONS.
declare -A environment=([app]="JAVA_TOOL_OPTIONS=-Ddsa.startupProbe" [hello]="JAVA_TOOL_OPTIONS=-Ddsa.startupProbe"
  [app-jar]="BENCH=1" [hello-jar]="BENCH=1")
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# One run: prints "<ms to first window> <max RSS in KB>".
measure() {
  local name=$1 start shown
  # shellcheck disable=SC2086 # the command's words are meant to be split
  start=${EPOCHREALTIME/./}
  env ${environment[$name]} timeout 60 /usr/bin/time -f '%M' -o "$tmp/rss" ${command[$name]} > "$tmp/out" 2> "$tmp/err" || true
  shown=$(awk '/^FIRST_WINDOW_SHOWN/ {print $2}' "$tmp/out")
  if [[ -z $shown ]]; then
    echo "$name did not report a first window:" >&2
    cat "$tmp/out" "$tmp/err" >&2
    exit 1
  fi
  echo "$(( shown - start / 1000 )) $(tail -n 1 "$tmp/rss")"
}

# One cold command: prints "<wall ms> <max RSS in KB>". Its data folder is made anew first (not timed), so
# that import always starts with an empty store. A command that fails stops the benchmark.
sample=docs/samples/complete-press-office.dsa.json
declare -A cold=(
  [report-cli]="$app_image/bin/digital-skills-cli report $sample -o $tmp/report.pdf"
  [report-main]="$app_image/bin/digital-skills report $sample -o $tmp/report.pdf"
  [bare-itext]="$itext_image/bin/bare-itext $tmp/bare.pdf"
  [bare-itext-java]="java -cp $bench/itext/input/bare-itext.jar:$(ls "$bench"/itext/input/lib/*.jar | paste -sd: -) BareItext $tmp/bare.pdf"
  [import-2000]="$app_image/bin/digital-skills-cli import $bench/import/results"
  [import-empty]="$app_image/bin/digital-skills-cli import $bench/import/empty"
)
time_cold() {
  local name=$1 start end
  rm -rf "$tmp/home" && mkdir -p "$tmp/home"
  start=${EPOCHREALTIME/./}
  # shellcheck disable=SC2086 # the command's words are meant to be split
  DIGITAL_SKILLS_HOME=$tmp/home /usr/bin/time -f '%M' -o "$tmp/rss" ${cold[$name]} > "$tmp/out" 2> "$tmp/err" \
    || { echo "$name failed:" >&2; cat "$tmp/out" "$tmp/err" >&2; exit 1; }
  end=${EPOCHREALTIME/./}
  echo "$(( (end - start) / 1000 )) $(tail -n 1 "$tmp/rss")"
}

names=(app hello app-jar hello-jar)
cold_names=(report-cli report-main bare-itext-java bare-itext import-2000 import-empty)
for name in "${names[@]}"; do measure "$name" > /dev/null; done   # warm-up: file cache, first database
for name in "${cold_names[@]}"; do time_cold "$name" > /dev/null; done
# Every other round runs the programs in the opposite order, so that no program always follows the same one
# (a program started right after a heavy one, such as the import, tends to start slower).
reversed() { local a=("$@") i; for ((i = ${#a[@]} - 1; i >= 0; i--)); do printf '%s\n' "${a[$i]}"; done; }
for ((i = 1; i <= runs; i++)); do
  if ((i % 2)); then
    order=("${names[@]}") cold_order=("${cold_names[@]}")
  else
    mapfile -t order < <(reversed "${names[@]}")
    mapfile -t cold_order < <(reversed "${cold_names[@]}")
  fi
  for name in "${order[@]}"; do measure "$name" >> "$tmp/$name"; done
  for name in "${cold_order[@]}"; do time_cold "$name" >> "$tmp/$name"; done
  printf '.' >&2
done
echo >&2
# The import must really have imported every file (the last run's output is the empty folder's, so check
# the store's own count through a last run).
time_cold import-2000 > /dev/null
grep -qE '(^|[^0-9,])2,?000 imported' "$tmp/out" || { echo "the import did not import all 2,000 files:" >&2; tail -n 3 "$tmp/out" >&2; exit 1; }

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
for name in "${names[@]}" "${cold_names[@]}"; do
  declare "ms_${name//-/_}=$(cut -d' ' -f1 "$tmp/$name" | median)"
  declare "rss_${name//-/_}=$(cut -d' ' -f2 "$tmp/$name" | median)"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
verdict() { awk -v r="$1" -v t="$2" 'BEGIN {print (r <= t) ? "meets" : "MISSES"}'; }
mb() { awk -v b="$1" 'BEGIN {printf "%.1f MB (%.1f MiB)", b / 1e6, b / 1048576}'; }

t_packaged=$(ratio "$ms_app" "$ms_hello") r_packaged=$(ratio "$rss_app" "$rss_hello")
t_plain=$(ratio "$ms_app_jar" "$ms_hello_jar") r_plain=$(ratio "$rss_app_jar" "$rss_hello_jar")
t_report=$(ratio "$ms_report_cli" "$ms_bare_itext_java") t_report_packaged=$(ratio "$ms_report_cli" "$ms_bare_itext")
t_report_main=$(ratio "$ms_report_main" "$ms_bare_itext_java")
import_ms=$(awk -v a="$ms_import_2000" -v b="$ms_import_empty" 'BEGIN {print a - b}')
import_rate=$(awk -v ms="$import_ms" 'BEGIN {printf "%.0f", (ms > 0) ? 2000 / (ms / 1000) : 0}')
import_whole=$(awk -v ms="$ms_import_2000" 'BEGIN {printf "%.0f", 2000 / (ms / 1000)}')
image_bytes=$(du -sb target/jpackage/image/digital-skills | cut -f1) installed_bytes=$(du -sb "$app_image" | cut -f1)
deb=$(ls target/jpackage/deb/*.deb 2> /dev/null | head -n 1 || true)
{
  echo "Start-up benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "median of $runs runs under Xvfb"
  echo
  printf '%-42s %10s %12s\n' "" "1st window" "max RSS"
  printf '%-42s %7s ms %9s MB\n' "packaged app (bin/digital-skills)" "$ms_app" "$((rss_app / 1024))"
  printf '%-42s %7s ms %9s MB\n' "packaged hello-world (same way)" "$ms_hello" "$((rss_hello / 1024))"
  printf '%-42s %10s %12s\n' "ratio" "$t_packaged" "$r_packaged"
  echo "  targets: window <= 1.2 ($(verdict "$t_packaged" 1.2)), RSS <= 1.3 ($(verdict "$r_packaged" 1.3))"
  echo
  printf '%-42s %7s ms %9s MB\n' "app, java -jar (not packaged)" "$ms_app_jar" "$((rss_app_jar / 1024))"
  printf '%-42s %7s ms %9s MB\n' "hello-world, java -cp (not packaged)" "$ms_hello_jar" "$((rss_hello_jar / 1024))"
  printf '%-42s %10s %12s\n' "ratio" "$t_plain" "$r_plain"
  echo "  target: window <= 1.5 ($(verdict "$t_plain" 1.5))"
  echo
  printf '%-42s %10s %12s\n' "" "wall" "max RSS"
  printf '%-42s %7s ms %9s MB\n' "report, bin/digital-skills-cli (C1)" "$ms_report_cli" "$((rss_report_cli / 1024))"
  printf '%-42s %7s ms %9s MB\n' "report, bin/digital-skills (C2)" "$ms_report_main" "$((rss_report_main / 1024))"
  printf '%-42s %7s ms %9s MB\n' "bare 2-page iText PDF/UA, java -cp" "$ms_bare_itext_java" "$((rss_bare_itext_java / 1024))"
  printf '%-42s %7s ms %9s MB\n' "bare iText packaged like the app" "$ms_bare_itext" "$((rss_bare_itext / 1024))"
  printf '%-42s %10s\n' "ratio, digital-skills-cli / java -cp" "$t_report"
  printf '%-42s %10s\n' "ratio, digital-skills / java -cp" "$t_report_main"
  printf '%-42s %10s\n' "ratio, digital-skills-cli / packaged" "$t_report_packaged"
  echo "  target: report <= 0.9 x bare iText written cold, java -cp ($(verdict "$t_report" 0.9))"
  echo
  printf '%-42s %7s ms\n' "import 2,000 result files (cli)" "$ms_import_2000"
  printf '%-42s %7s ms\n' "import, empty folder (start-up)" "$ms_import_empty"
  printf '%-42s %7s files/s (whole command: %s files/s)\n' "import rate, start-up taken off" "$import_rate" "$import_whole"
  echo "  target: >= 2,000 files/s ($(awk -v r="$import_rate" 'BEGIN {print (r >= 2000) ? "meets" : "MISSES"}'))"
  echo
  echo "app-image: $(mb "$image_bytes"), target <= 90 MB ($(verdict "$image_bytes" 90000000)); installed, with its archives: $(mb "$installed_bytes")"
  if [[ -n $deb ]]; then echo ".deb: $(mb "$(stat -c %s "$deb")"), target <= 45 MB ($deb)"; fi
} | tee "$bench/startup.txt"
for name in "${names[@]}" "${cold_names[@]}"; do cp "$tmp/$name" "$bench/runs-$name.txt"; done
