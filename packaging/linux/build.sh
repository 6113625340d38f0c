#!/usr/bin/env bash
# Builds the Linux app-image (target/jpackage/image/digital-skills), a copy of it with its AppCDS archives made
# in place as an installation makes them (target/jpackage/installed/digital-skills: what CI and the benchmark
# run), and the .deb (target/jpackage/deb/).
# Run by `./mvnw -Ppackage -DskipTests package` after the jar, the libraries (target/app/) and the
# Maven-filtered option files (target/packaging/) exist. See packaging/README.md.
#
#   build.sh [--deb=false]      --deb=false: the app-image only (needs neither fakeroot nor dpkg-deb)
set -euo pipefail
cd "$(dirname "$0")/../.."          # jpackage's option files use paths from the repository root

deb=true
[[ ${1:-} == --deb=false ]] && deb=false
work=target/jpackage
options=target/packaging

# The class path: the main jar and every library but JavaFX, which goes into the runtime as modules.
rm -rf "$work/input"
mkdir -p "$work/input/lib"
cp target/app/digital-skills.jar "$work/input/"
find target/app/lib -name '*.jar' ! -name 'javafx-*' -exec cp {} "$work/input/lib/" \;

# The window's stylesheet, compiled (packaging/linux/CompileCss.java): JavaFX reads app.bss in place of the
# app.css beside it, so the first window does not parse the CSS (about 30 ms of its start).
css=uk/gov/gcs/digitalskills/app/app
rm -rf "$work/css" && mkdir -p "$work/css/$(dirname "$css")"
unzip -p "$work/input/digital-skills.jar" "$css.css" > "$work/css/$css.css"
java --module-path "$(ls target/app/lib/javafx-*-linux.jar | paste -sd: -)" --add-modules javafx.graphics \
  packaging/linux/CompileCss.java "$work/css/$css.css" "$work/css/$css.bss"
jar --update --file "$work/input/digital-skills.jar" -C "$work/css" "$css.bss"

# AppCDS training (packaging/README.md): the first window, and each command: validate, score, report, import
# (a result file and the PDF just written), insights over what was imported, and response on that PDF (it has
# no manager's part, so it fails, after reading the PDF's form as a filled-in one would be read).
sample=docs/samples/complete-press-office.dsa.json
packaging/linux/make-app-image.sh --input "$work/input" --javafx target/app/lib --work "$work" \
  --name digital-skills --train-window --command-launcher digital-skills-cli \
  --train "validate $(echo questionnaires/*.json) $sample" \
  --train "score $sample" \
  --train "report $sample -o $work/training/report.pdf" \
  --train "import $sample $work/training/report.pdf" \
  --train "insights --format json" \
  --train "response $work/training/report.pdf" \
  -- @"$options/linux/app-image.options"

# A first check: with -Xshare:on the JVM refuses to start unless it can map the AppCDS archive.
installed="$work/installed/digital-skills"
JAVA_TOOL_OPTIONS=-Xshare:on DIGITAL_SKILLS_HOME="$work/training/home" \
  "$installed/bin/digital-skills" validate questionnaires/*.json > /dev/null 2>&1 \
  || { echo "[build] the app-image does not start with its AppCDS archive" >&2; exit 1; }
JAVA_TOOL_OPTIONS=-Xshare:on DIGITAL_SKILLS_HOME="$work/training/home" \
  "$installed/bin/digital-skills-cli" validate questionnaires/*.json > /dev/null 2>&1 \
  || { echo "[build] bin/digital-skills-cli does not start with its AppCDS archive (lib/app/cli.jsa)" >&2; exit 1; }
# A second: the archive holds a lambda class for every call site the training met (make-app-image.sh's merge),
# so `score` makes none of the app's lambdas at run time. (It runs on one thread: where two threads link one call
# site at the same moment, as report's preparation and import's readers can, the second makes its own class.)
made=$(JAVA_TOOL_OPTIONS=-Xlog:class+load=info DIGITAL_SKILLS_HOME="$work/training/home" \
  "$installed/bin/digital-skills-cli" score "$sample" \
  | grep '\$\$Lambda.* source: uk\.gov\.' || true)
[[ -z $made ]] || { echo "[build] lambdas missing from lib/app/cli.jsa, made at run time:" >&2; echo "$made" >&2; exit 1; }

if [[ $deb == true ]]; then
  # The .deb carries the app-image's class lists, and its postinst makes the archives in /opt/digital-skills
  # (lib/app/make-archives; packaging/linux/resources/postinst). The runtime's default archive goes: it is
  # jlink's, made for the compressed module image replaced below, and the JVM would refuse it.
  rm -rf "$work/deb" "$work/deb-image"
  mkdir -p "$work/deb-image"
  cp -a "$work/image/digital-skills" "$work/deb-image/"
  rm "$work/deb-image/digital-skills/lib/runtime/lib/server/classes.jsa"
  # jlink's zip compression keeps the app-image small, but xz packs an uncompressed module image far better:
  # the .deb's runtime gets the same modules linked without it (smaller download, no inflating at class load).
  rm -rf "$work/deb-runtime"
  jlink --module-path "$(ls target/app/lib/javafx-*-linux.jar | paste -sd: -)" \
    --add-modules "$(cat "$work/modules.txt")" --include-locales en,cy \
    --compress=0 --strip-java-debug-attributes --no-header-files --no-man-pages --output "$work/deb-runtime"
  cp "$work/deb-runtime/lib/modules" "$work/deb-image/digital-skills/lib/runtime/lib/modules"
  jpackage @"$options/linux/deb.options" --app-image "$work/deb-image/digital-skills" --dest "$work/deb"
  echo "[build] $(ls "$work"/deb/*.deb) ($(du -h "$work"/deb/*.deb | cut -f1))"
fi
