#!/usr/bin/env bash
# Reading speeds of issue 16: a 40-page text PDF with a 300-row task table, and a 10-page scan read by OCR.
# Needs LibreOffice, Tesseract with chi_sim and fonts-noto-cjk (bin/test installs them). Measures, asserts nothing;
# the table is printed and written to target/reading-speed.md. On a shared machine run it under nice and say so.
set -euo pipefail
cd "$(dirname "$0")/.."
nice -n 10 mvn -B -o -q test -Dtest=ReadingSpeedBench -Dsurefire.failIfNoSpecifiedTests=false
cat target/reading-speed.md
