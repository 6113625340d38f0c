#!/usr/bin/env bash
# Start-up benchmark: the app's median time to first window and max RSS against a hello-world JavaFX window's,
# measured in the same run under Xvfb, packaged (jlink + AppCDS + jpackage, issue 8) and not packaged
# (java -jar, issue 4). Prints both, the ratios and the targets; writes them to target/bench/startup.txt.
#
#   bench/startup.sh [--runs N] [--no-build]
#
#   --runs N      measured runs of each program (default 11), after one warm-up run each; runs alternate
#   --no-build    use what target/ already holds (target/app, target/jpackage/image, target/bench/hello)
#
# Time to first window: a timestamp taken in this shell just before exec, and the line
# "FIRST_WINDOW_SHOWN <epoch millis>" that the program prints when its window is first shown
# (-Ddsa.startupProbe; app/StartupProbe.java and bench/hello/HelloFx.java); it then exits.
# Max RSS: /usr/bin/time's "Maximum resident set size" of the same runs.
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
fi
app_image=target/jpackage/image/digital-skills
hello_image=$bench/hello/image/hello-fx
for f in "$app_image/bin/digital-skills" "$hello_image/bin/hello-fx" target/app/digital-skills.jar "$bench/hello/input/hello.jar"; do
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

names=(app hello app-jar hello-jar)
for name in "${names[@]}"; do measure "$name" > /dev/null; done   # warm-up: file cache, first database
for ((i = 1; i <= runs; i++)); do
  for name in "${names[@]}"; do measure "$name" >> "$tmp/$name"; done
  printf '.' >&2
done
echo >&2

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
for name in "${names[@]}"; do
  declare "ms_${name//-/_}=$(cut -d' ' -f1 "$tmp/$name" | median)"
  declare "rss_${name//-/_}=$(cut -d' ' -f2 "$tmp/$name" | median)"
done
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
verdict() { awk -v r="$1" -v t="$2" 'BEGIN {print (r <= t) ? "meets" : "MISSES"}'; }
mb() { awk -v b="$1" 'BEGIN {printf "%.1f MB (%.1f MiB)", b / 1e6, b / 1048576}'; }

t_packaged=$(ratio "$ms_app" "$ms_hello") r_packaged=$(ratio "$rss_app" "$rss_hello")
t_plain=$(ratio "$ms_app_jar" "$ms_hello_jar") r_plain=$(ratio "$rss_app_jar" "$rss_hello_jar")
image_bytes=$(du -sb "$app_image" | cut -f1)
deb=$(ls target/jpackage/deb/*.deb 2> /dev/null | head -n 1 || true)
{
  echo "Start-up benchmark, $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, median of $runs runs under Xvfb"
  echo
  printf '%-38s %10s %12s\n' "" "1st window" "max RSS"
  printf '%-38s %7s ms %9s MB\n' "packaged app (bin/digital-skills)" "$ms_app" "$((rss_app / 1024))"
  printf '%-38s %7s ms %9s MB\n' "packaged hello-world (same way)" "$ms_hello" "$((rss_hello / 1024))"
  printf '%-38s %10s %12s\n' "ratio" "$t_packaged" "$r_packaged"
  echo "  targets: window <= 1.2 ($(verdict "$t_packaged" 1.2)), RSS <= 1.3 ($(verdict "$r_packaged" 1.3))"
  echo
  printf '%-38s %7s ms %9s MB\n' "app, java -jar (not packaged)" "$ms_app_jar" "$((rss_app_jar / 1024))"
  printf '%-38s %7s ms %9s MB\n' "hello-world, java -cp (not packaged)" "$ms_hello_jar" "$((rss_hello_jar / 1024))"
  printf '%-38s %10s %12s\n' "ratio" "$t_plain" "$r_plain"
  echo "  target: window <= 1.5 ($(verdict "$t_plain" 1.5))"
  echo
  echo "app-image: $(mb "$image_bytes"), target <= 90 MB"
  if [[ -n $deb ]]; then echo ".deb: $(mb "$(stat -c %s "$deb")"), target <= 45 MB ($deb)"; fi
} | tee "$bench/startup.txt"
for name in "${names[@]}"; do cp "$tmp/$name" "$bench/runs-$name.txt"; done
