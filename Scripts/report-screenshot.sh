#!/bin/sh
# Opens a `docstruct report --html` page in headless Chromium (Debian package `chromium`),
# checks that every page image rendered (naturalWidth > 0) and that the console logged no
# error, and takes a screenshot.
#
# usage: Scripts/report-screenshot.sh REPORT.html [SCREENSHOT.png] [WIDTHxHEIGHT]
# Exit status: 0 all images rendered and no console error, 1 a check failed, 2 bad usage.
set -eu
html=${1:?usage: $0 REPORT.html [SCREENSHOT.png] [WIDTHxHEIGHT]}
png=${2:-docs/report-screenshot.png}
size=${3:-1280x1400}
[ -f "$html" ] || { echo "$html: no such file" >&2; exit 2; }
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "chromium not found (apt-get install -y chromium)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A copy of the page with a probe that writes the image check into the DOM after load.
cp "$html" "$work/page.html"
cat >> "$work/page.html" <<'PROBE'
<script>
window.addEventListener('load', function () {
  var imgs = document.images, broken = 0;
  for (var i = 0; i < imgs.length; i++) if (!imgs[i].complete || imgs[i].naturalWidth === 0) broken++;
  var p = document.createElement('p');
  p.id = 'probe';
  p.textContent = 'PROBE images=' + imgs.length + ' broken=' + broken;
  document.body.appendChild(p);
});
</script>
PROBE
flags="--headless --no-sandbox --disable-gpu --hide-scrollbars --allow-file-access-from-files --virtual-time-budget=10000"
# shellcheck disable=SC2086
"$browser" $flags --enable-logging=stderr --v=0 --dump-dom "file://$work/page.html" >"$work/dom.html" 2>"$work/console.log" || true
probe=$(grep -o 'PROBE images=[0-9]* broken=[0-9]*' "$work/dom.html" || true)
status=0
if [ -z "$probe" ]; then
  echo "the page did not finish loading (no probe result)" >&2; status=1
else
  echo "$probe"
  images=$(echo "$probe" | sed 's/.*images=\([0-9]*\).*/\1/')
  broken=$(echo "$probe" | sed 's/.*broken=\([0-9]*\)/\1/')
  [ "$broken" -eq 0 ] || { echo "$broken of $images image(s) did not render" >&2; status=1; }
fi
if grep -E 'Uncaught|CONSOLE\(|:ERROR:CONSOLE|console\.error' "$work/console.log" >"$work/errors.log"; then
  echo "console errors:" >&2; cat "$work/errors.log" >&2; status=1
else
  echo "console: no errors"
fi
# The screenshot, of the page as given (without the probe).
# shellcheck disable=SC2086
"$browser" $flags --window-size="$(echo "$size" | tr x ,)" --screenshot="$(realpath -m "$png")" "file://$(realpath "$html")" 2>/dev/null || status=1
[ -s "$png" ] && echo "screenshot: $png" || { echo "no screenshot written" >&2; status=1; }
exit $status
