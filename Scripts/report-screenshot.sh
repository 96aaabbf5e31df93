#!/bin/sh
# Screenshot of a `docstruct report --html` page (default docs/report-screenshot.png), after the
# checks of Scripts/check-html.sh (headless Chromium: images, console, sorting, filter).
# usage: Scripts/report-screenshot.sh REPORT.html [SCREENSHOT.png] [WIDTHxHEIGHT]
set -eu
html=${1:?usage: $0 REPORT.html [SCREENSHOT.png] [WIDTHxHEIGHT]}
exec "$(dirname "$0")/check-html.sh" "$html" "${2:-docs/report-screenshot.png}" "${3:-1280x1400}"
