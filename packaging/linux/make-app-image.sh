#!/usr/bin/env bash
# Makes a jpackage app-image with a small jlinked runtime and AppCDS class lists, on Linux, and a copy of it
# with its AppCDS archives made in place, as an installation makes them.
# Used for the app (packaging/linux/build.sh) and for the benchmark's hello-world (bench/startup.sh),
# so that both are packaged the same way.
#
#   make-app-image.sh --input DIR --javafx DIR --work DIR --name NAME [--train-window] [--train "ARGS"]...
#                     [--command-launcher NAME] -- JPACKAGE-OPTIONS...
#
#   --input DIR          the jars for the class path (main jar, and libraries in DIR/lib; no JavaFX)
#   --javafx DIR         a folder holding the modular javafx-*-linux.jar files
#   --work DIR           where to build; the image ends up in DIR/image/NAME, the copy with its archives
#                        in DIR/installed/NAME
#   --name NAME          the launcher's name (also passed to jpackage)
#   --train-window       a training run opens the window (run with no arguments, up to the first window)
#   --train "ARGS"       a training run with these arguments (split at spaces), e.g. "score FILE"; repeatable
#                        (the default, when neither is given, is --train-window)
#   With both, the window's classes go into the runtime's default archive and the commands' into a second
#   archive, lib/app/cli.jsa, for a command-line launcher that names it (-XX:SharedArchiveFile=$APPDIR/cli.jsa):
#   one archive of both made the window's RSS about 25 MB larger, since the JVM maps the whole archive.
#   --command-launcher NAME  also writes bin/NAME, the command line's launcher: the main launcher's class path,
#                        C1 only and lib/app/cli.jsa.
#   Every launcher is a shell script (step 6), not jpackage's: that one asks rpm and then dpkg which package
#   owns it, twice, before the JVM starts (100-160 ms on Debian, at every start).
#
# Steps:
#  1. jdeps lists the JDK modules the jars use.
#  2. jlink builds a runtime with those modules and the JavaFX modules (compressed, without the JDK's tools),
#     with a default CDS archive for the runtime's own classes (--generate-cds-archive).
#  3. The JavaFX natives go into the runtime's lib/, where JavaFX looks first; otherwise it unpacks them
#     into ~/.openjfx/cache at first start.
#  4. jpackage makes the app-image.
#  5. Training runs (the window and/or commands) list the classes they load, into lib/app/*.classlist.
#  6. The launchers become shell scripts that start the runtime's java as jpackage's launcher would.
#  7. lib/app/make-archives turns the class lists into AppCDS archives where the app is (the window's replaces
#     the runtime's default one, so every start maps it without any option); it runs in the copy.
set -euo pipefail

input="" javafx="" work="" name="" train_window=no command_launcher=""
trainings=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --input) input=$2; shift 2 ;;
    --javafx) javafx=$2; shift 2 ;;
    --work) work=$2; shift 2 ;;
    --name) name=$2; shift 2 ;;
    --train-window) train_window=yes; shift ;;
    --train) trainings+=("$2"); shift 2 ;;
    --command-launcher) command_launcher=$2; shift 2 ;;
    --) shift; break ;;
    *) echo "make-app-image.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
[[ -n $input && -n $javafx && -n $work && -n $name ]] \
  || { echo "make-app-image.sh: --input, --javafx, --work and --name are required" >&2; exit 2; }
[[ $train_window == yes || ${#trainings[@]} -gt 0 ]] || train_window=yes
input=$(realpath "$input") javafx=$(realpath "$javafx")
mkdir -p "$work" && work=$(realpath "$work")
log() { echo "[make-app-image] $*"; }
rm -rf "$work/runtime" "$work/image" "$work/training"
mkdir -p "$work/training"

# 1. JDK modules. jdeps sees only static references; jdk.localedata (English and Welsh only) is added for
# en-GB dates and numbers.
fx_jars=$(ls "$javafx"/javafx-*-linux.jar | paste -sd: -)
class_path=$(find "$input" -name '*.jar' | sort | paste -sd: -)
jdk_modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
  --module-path "$fx_jars" --class-path "$class_path" ${class_path//:/ } | tail -n 1)
fx_modules=$(for jar in "$javafx"/javafx-*-linux.jar; do
  jar --describe-module --file "$jar" | head -n 1 | sed 's/@.*//'; done | paste -sd, -)
modules="$jdk_modules,$fx_modules,jdk.localedata"
log "modules: $modules"
echo "$modules" > "$work/modules.txt"

# 2. The runtime. --generate-cds-archive runs the new runtime's bin/java, so the commands go only after.
# Left out to keep the image small: the tools (bin/; only java stays, for the command launcher), the symbol tables of the native libraries (they only
# name frames in crash reports) and the "nocoops" CDS archive, which serves only heaps over 32 GB.
jlink --module-path "$fx_jars" --add-modules "$modules" --include-locales en,cy \
  --compress=2 --strip-java-debug-attributes --no-header-files --no-man-pages \
  --generate-cds-archive --output "$work/runtime" > "$work/jlink.log" 2>&1 \
  || { cat "$work/jlink.log" >&2; exit 1; }
find "$work/runtime/bin" -type f ! -name java -delete
rm -f "$work/runtime/lib/server/classes_nocoops.jsa"
chmod -R u+w "$work/runtime/lib"
strip --strip-unneeded "$work/runtime/lib/server/libjvm.so" "$work/runtime/lib"/*.so

# 3. JavaFX natives (already stripped).
(cd "$work/runtime/lib" && unzip -q -o -j "$(ls "$javafx"/javafx-graphics-*-linux.jar)" '*.so')

# 4. The app-image.
jpackage --type app-image --dest "$work/image" --name "$name" --input "$input" \
  --runtime-image "$work/runtime" "$@"
image="$work/image/$name"
launcher="$image/bin/$name"

# 5. AppCDS training. Each training run lists the classes it loaded (-XX:DumpLoadedClassList); the lists are
# merged into lib/app/cds.classlist (the window's, or everything when there is no command launcher) and
# lib/app/cli.classlist (the commands'). The window's run goes up to the first window (-Ddsa.startupProbe makes
# the app exit there); what the app loads in the background after it is left out. Command runs (--train) go
# through the whole command, so a cold command finds its classes (picocli, Jackson, the schema validator,
# iText, H2) in the archive too. The archives themselves are not made here (step 7).
export DIGITAL_SKILLS_HOME="$work/training/home"   # never the real data folder
classlist="$image/lib/app/cds.classlist"
lists=()
if [[ $train_window == yes ]]; then
  if [[ -n ${DISPLAY:-} ]]; then
    gui=(env)
  elif command -v xvfb-run > /dev/null; then
    gui=(xvfb-run -a -s "-screen 0 1280x900x24")
  else
    echo "make-app-image.sh: no DISPLAY and no xvfb-run (apt-get install xvfb xauth): cannot train AppCDS" >&2
    exit 1
  fi
  log "training run: $name (the window)"
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/training/window.classlist -Ddsa.startupProbe" \
    timeout 120 "${gui[@]}" "$launcher" > "$work/training/window.log" 2>&1 || true
  if ! grep -q FIRST_WINDOW_SHOWN "$work/training/window.log" || [[ ! -s $work/training/window.classlist ]]; then
    echo "make-app-image.sh: the training run did not open the window:" >&2
    cat "$work/training/window.log" >&2
    exit 1
  fi
  lists+=("$work/training/window.classlist")
fi
n=0
for training in "${trainings[@]}"; do
  n=$((n + 1))
  log "training run: $name $training"
  # shellcheck disable=SC2086 # the training's words are meant to be split
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$work/training/command-$n.classlist" \
    timeout 120 "$launcher" $training > "$work/training/command-$n.log" 2>&1 || true
  if [[ ! -s $work/training/command-$n.classlist ]]; then
    echo "make-app-image.sh: the training run '$training' listed no classes:" >&2
    cat "$work/training/command-$n.log" >&2
    exit 1
  fi
  lists+=("$work/training/command-$n.classlist")
done
# merge LIST... : comment lines once, then every other line in first-seen order, as many times as the list
# that has it most often. A class is listed once, but a lambda line (@lambda-proxy) comes once per call site:
# the archive holds one proxy class per line, so two sites of `Area::id` in one class need the line twice, or
# the second site's class is made at run time (with ASM, on the critical thread).
merge() {
  grep -h '^#' "$1"
  awk '!/^#/ { n = ++inlist[FILENAME, $0]; if (n > kept[$0]) { kept[$0] = n; print } }' "$@"
}
if [[ $train_window == yes && ${#lists[@]} -gt 1 ]]; then
  merge "${lists[0]}" > "$classlist"
  merge "${lists[@]:1}" > "$image/lib/app/cli.classlist"
else
  merge "${lists[@]}" > "$classlist"
fi
# 6. The launchers: shell scripts that start the runtime's own java with what jpackage's launcher would pass
# (its .cfg), in place of jpackage's Linux launcher, which asks rpm and then dpkg which package owns it, twice,
# before the JVM starts (100-160 ms of every start on Debian; more once installed, as it then lists the
# package's files too). Training used jpackage's launcher: same class path, same order.
cfg="$image/lib/app/$name.cfg"
main_class=$(sed -n 's/^app.mainclass=//p' "$cfg")
# $APPDIR stays as written, to be expanded by the script; the class path keeps the .cfg's order, which the
# archives are dumped with (the JVM refuses an archive whose class path does not match).
cp_words=$(sed -n 's/^app.classpath=\$APPDIR/$APPDIR/p' "$cfg" | paste -sd: -)
cfg_options=$(sed -n 's/^java-options=//p' "$cfg" | sed 's/\$APPDIR/"$APPDIR"/g' | paste -sd' ' -)
# write_launcher FILE WHAT OPTIONS [ARCHIVE]: a launcher script; WHAT is its comment line. ARCHIVE, a file in
# lib/app, is named only when it exists: given a missing archive, the JVM would start with no archive at all.
write_launcher() {
  local java="exec \"\$APPDIR/../runtime/bin/java\" $3" run="-cp \"$cp_words\" $main_class \"\$@\""
  {
    cat <<SCRIPT
#!/bin/sh
# $2
# Written by make-app-image.sh (packaging/README.md): a script rather than jpackage's launcher, which asks rpm
# and dpkg which package owns it at every start. A symbolic link to it works.
self=\$0
[ -L "\$self" ] && self=\$(readlink -f -- "\$self")
case \$self in */*) bin=\${self%/*} ;; *) bin=. ;; esac
APPDIR=\$(cd -P -- "\$bin/../lib/app" && pwd) || exit 1
SCRIPT
    [[ -n ${4:-} ]] && echo "[ -f \"\$APPDIR/$4\" ] && $java -XX:SharedArchiveFile=\"\$APPDIR/$4\" $run"
    echo "$java $run"
  } > "$1"
  chmod 755 "$1"
}
write_launcher "$launcher" "$name: the launcher, with the JVM options of its .cfg" "$cfg_options"
if [[ -n $command_launcher ]]; then
  # The main launcher's system properties (-D...), not its JVM tuning, which is the window's. C1 only: a
  # command is over before C2 pays for itself. The serial collector: on two cores a command spends less CPU in
  # it than in G1 (G1's write barriers in C1 code, its concurrent and parallel threads): about a fifth less CPU
  # for a cold import of 2,000 files, and no slower for report. (JDK 17 maps an archive's heap objects for G1
  # only, so they go unused here.) Its own class-data archive once made (step 7).
  properties=$(tr ' ' '\n' <<< "$cfg_options" | grep '^-D' | paste -sd' ' -)
  write_launcher "$image/bin/$command_launcher" \
    "$command_launcher: the command line of $name, for scripts and the terminal (C1 only, its own archive)" \
    "$properties -XX:TieredStopAtLevel=1 -XX:+UseSerialGC" cli.jsa
fi
log "launchers: $(cd "$image/bin" && ls | paste -sd' ' -) (scripts)"
# 7. The archives. A JDK 17 archive holds the absolute paths of the class path and is refused anywhere else,
# so the app-image ships the class lists and lib/app/make-archives, which makes the archives where the app is
# installed (the .deb's postinst runs it). Until then the runtime's default archive (step 2) serves, wherever
# the image is put. The build makes them in a copy, installed/NAME, which it checks and the benchmark measures.
cat > "$image/lib/app/make-archives" <<SCRIPT
#!/bin/sh
# Makes $name's class-data archives (AppCDS) where it is, from the class lists of its build's training runs:
# the window's over the runtime's default archive, from cds.classlist, and the command line's cli.jsa from
# cli.classlist where there is one. Written by make-app-image.sh (packaging/README.md). An archive holds the
# absolute paths of the class path and is refused anywhere else, so it is made after installing: the .deb's
# postinst runs this. Without the archives the app works, only starts slower. Exit status 1 if one failed.
app=\$(cd -P -- "\$(dirname -- "\$0")" && pwd) || exit 1
log=\$(mktemp) || exit 1
status=0
# dump LIST ARCHIVE: a static archive of the listed classes, in place of the old one once it is whole.
dump() {
  rm -f "\$2.new"
  JAVA_TOOL_OPTIONS="-Xshare:dump -XX:SharedClassListFile=\$1 -XX:SharedArchiveFile=\$2.new" \\
    "\$app/../../bin/$name" > "\$log" 2>&1
  if [ -s "\$2.new" ]; then
    mv -f "\$2.new" "\$2"
  else
    echo "make-archives: could not make \$2:" >&2
    cat "\$log" >&2
    rm -f "\$2.new"
    status=1
  fi
}
dump "\$app/cds.classlist" "\$app/../runtime/lib/server/classes.jsa"
[ -f "\$app/cli.classlist" ] && dump "\$app/cli.classlist" "\$app/cli.jsa"
rm -f "\$log"
exit \$status
SCRIPT
chmod 755 "$image/lib/app/make-archives"
installed="$work/installed/$name"
rm -rf "$work/installed" && mkdir -p "$work/installed"
cp -a "$image" "$installed"
"$installed/lib/app/make-archives" || { echo "make-app-image.sh: the archives could not be made" >&2; exit 1; }
archive="$installed/lib/runtime/lib/server/classes.jsa"
log "archive: $(du -h "$archive" | cut -f1), $(grep -vc '^#' "$classlist") classes"
[[ -s $installed/lib/app/cli.jsa ]] && log "command-line archive: $(du -h "$installed/lib/app/cli.jsa" | cut -f1), $(grep -vc '^#' "$image/lib/app/cli.classlist") classes"
log "done: $image ($(du -sh "$image" | cut -f1)); with its archives made, $installed ($(du -sh "$installed" | cut -f1))"
