#!/usr/bin/env bash
# Installs what the integration tests need beyond Java and Maven, when it is missing: Debian's
# headless Chromium and its WebDriver (DashboardBrowserIT drives /usr/bin/chromium through
# /usr/bin/chromedriver and downloads nothing) and a font for Java's chart drawing (the PDF
# reports). The build runs it before the integration tests (app/pom.xml, skipped with
# -Dks1.chromium.skip=true); it prints nothing when everything is there.
#
#   scripts/ensure-chromium.sh             install what is missing (as root, or through sudo)
#   scripts/ensure-chromium.sh --dry-run   only say what would be installed, and how
#
# KS1_CHROMIUM, KS1_CHROMEDRIVER and KS1_FONT_PACKAGE name other binaries or another package to
# look for; they exist to try this script's logic, the tests use the defaults.
set -euo pipefail

dry_run=false
case "${1:-}" in
  "") ;;
  --dry-run) dry_run=true ;;
  *) echo "usage: $0 [--dry-run]" >&2; exit 2 ;;
esac

chromium="${KS1_CHROMIUM:-/usr/bin/chromium}"
chromedriver="${KS1_CHROMEDRIVER:-/usr/bin/chromedriver}"
font="${KS1_FONT_PACKAGE:-fonts-dejavu-core}"

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

missing=()
[ -x "$chromium" ] || missing+=(chromium)
[ -x "$chromedriver" ] || missing+=(chromium-driver)
if ! command -v dpkg-query >/dev/null 2>&1 || ! installed "$font"; then
  missing+=("$font")
fi
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

need="the integration tests need the Debian packages ${missing[*]} (for $chromium, $chromedriver and a font)"
if ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: $need, and this machine has no apt-get: install them, or build with" \
    "-Dks1.chromium.skip=true (the browser test then fails)" >&2
  exit 1
fi
sudo=()
if [ "$(id -u)" != 0 ]; then
  if ! command -v sudo >/dev/null 2>&1; then
    echo "ensure-chromium: $need; run as root, or install sudo, or install them yourself:" \
      "apt-get install ${missing[*]} fontconfig" >&2
    exit 1
  fi
  sudo=(sudo)
fi
install=("${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" fontconfig)
update=("${sudo[@]}" apt-get update -qq)

echo "ensure-chromium: installing ${missing[*]} (Debian packages), for the integration tests" >&2
if $dry_run; then
  echo "would run: ${update[*]}" >&2
  echo "would run: ${install[*]}" >&2
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
"${update[@]}"
"${install[@]}"
[ -x "$chromium" ] && [ -x "$chromedriver" ] || {
  echo "ensure-chromium: installed ${missing[*]}, but $chromium or $chromedriver is still missing" >&2
  exit 1
}
