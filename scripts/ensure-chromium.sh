#!/usr/bin/env bash
# Installs Debian's headless Chromium and its WebDriver for the dashboard's browser test, when
# missing. The test drives /usr/bin/chromium through /usr/bin/chromedriver and downloads nothing.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ]; then
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -q
$sudo apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-liberation
