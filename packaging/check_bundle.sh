#!/usr/bin/env bash
# Run the built folder the way a duty-room PC does: copied away from the source tree, with an empty environment and
# no Python on PATH, on a fresh data folder. Usage: bash packaging/check_bundle.sh [dist/HaimenSmogConsole]
# (Linux; on Windows run the same steps by hand, see README "Windows 安装包 / building for Windows").
set -euo pipefail
cd "$(dirname "$0")/.."
SRC="${1:-dist/HaimenSmogConsole}"
[ -x "$SRC/HaimenSmogConsole" ] && [ -x "$SRC/haimen-console" ] || { echo "no bundle in $SRC: run python scripts/build_app.py" >&2; exit 1; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
cp -a "$SRC" "$TMP/app"
mkdir "$TMP/nobin" "$TMP/home"
# Empty PATH: on this machine /usr/bin holds the system's python3, so PATH=/usr/bin:/bin would not prove anything.
RUN=(env -i "PATH=$TMP/nobin" "HOME=$TMP/home" "HAIMEN_CONSOLE_HOME=$TMP/home" "LANG=C.UTF-8" "QT_QPA_PLATFORM=offscreen")
if "${RUN[@]}" /bin/sh -c 'command -v python || command -v python3' >/dev/null; then
  echo "bundle check: python is still on PATH" >&2; exit 1
fi
APP="$TMP/app"
step() { echo "+ $*"; }

step "GUI --smoke (offscreen), fresh database"
out="$("${RUN[@]}" "$APP/HaimenSmogConsole" --smoke --no-crash-dialog)"; echo "$out"
grep -q "first paint after" <<<"$out"
[ -f "$TMP/home/console.sqlite3" ] || { echo "the GUI made no database" >&2; exit 1; }
step "GUI --smoke --lang en"
out="$("${RUN[@]}" "$APP/HaimenSmogConsole" --smoke --no-crash-dialog --lang en)"; echo "$out"
if grep -q "English translation not found" "$TMP/home/logs/console.log"; then
  echo "the bundle's English translation did not load" >&2; exit 1
fi

if command -v xvfb-run >/dev/null; then
  step "GUI --smoke on a virtual X screen (Qt's xcb platform plugin from the bundle)"
  # xvfb-run sets DISPLAY and XAUTHORITY for its child; keep only those two, then the same empty environment.
  xvfb-run -a /bin/sh -c 'exec env -i PATH="$1" HOME="$2" HAIMEN_CONSOLE_HOME="$2" LANG=C.UTF-8 \
      DISPLAY="$DISPLAY" XAUTHORITY="$XAUTHORITY" "$0" --smoke --no-crash-dialog' \
    "$APP/HaimenSmogConsole" "$TMP/nobin" "$TMP/home"
fi
step "GUI --render-pdf: a long PDF laid out in a child process of the frozen executable"
printf '{"kind": "board", "html": "<h1>措施看板</h1><table><tr><td>住建局</td></tr></table>", "out": "%s", "options": {}, "result": "%s"}' \
    "$TMP/board.pdf" "$TMP/board.result" >"$TMP/board.json"
"${RUN[@]}" "$APP/HaimenSmogConsole" --render-pdf "$TMP/board.json"
grep -q '"pages"' "$TMP/board.result" && head -c 4 "$TMP/board.pdf" | grep -q "%PDF" \
  || { echo "the frozen executable wrote no PDF for --render-pdf" >&2; exit 1; }
step "CLI --help names the executable"
"${RUN[@]}" "$APP/haimen-console" --help | head -1 | grep -q "^usage: haimen-console"
step "CLI audit verify on the fresh database"
out="$("${RUN[@]}" "$APP/haimen-console" audit verify)"; echo "$out"
grep -q "^OK" <<<"$out"
step "CLI first administrator, import of the bundled demo data as that administrator, then audit verify"
# imports need an authenticated duty officer or administrator (--as with the password), as in the GUI
printf 'bundle-check-1\n' | "${RUN[@]}" "$APP/haimen-console" user add boss --name 管理员 --roles admin --password-stdin
printf 'bundle-check-1\n' | "${RUN[@]}" "$APP/haimen-console" import "$APP/_internal/data/demo/beijing_winters_2015_2016.csv.gz" \
    --as boss --password-stdin
out="$("${RUN[@]}" "$APP/haimen-console" audit verify)"; echo "$out"
grep -q "^OK.*(3 records)" <<<"$out"
step "CLI drill full_cycle --speed max --json"
out="$("${RUN[@]}" "$APP/haimen-console" drill full_cycle --speed max --json)"
grep -q '"drill": true' <<<"$out"
grep -E '"total": [0-9.]+' <<<"$out" | head -1
step "CLI bad input exits 2 with a message"
set +e
err="$("${RUN[@]}" "$APP/haimen-console" audit verify --db "$TMP/missing.sqlite3" 2>&1)"; rc=$?
set -e
echo "$err"
[ "$rc" -eq 2 ] || { echo "expected exit 2, got $rc" >&2; exit 1; }
echo "bundle check OK: $SRC runs without Python (GUI smoke, CLI audit verify, import, drill)"
