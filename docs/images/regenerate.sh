#!/usr/bin/env bash
# `npm run images`: the README's pictures of Almelo's workbook as it prints, regenerated: the
# Samenvatting (page 1) and the first page of the Aannames, printed to PDF by LibreOffice.
# Needs soffice and pdftoppm/pdftotext (poppler-utils); .ci/run installs them.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# a relative path, so that the sources on the sheets name the files as a user's run would
node bin/soweco-bc.js run scenarios/almelo.yaml --out "$work" > /dev/null
soffice "-env:UserInstallation=file://$work/profile" --headless --norestore --convert-to pdf --outdir "$work" "$work/almelo.xlsx" > /dev/null
test -s "$work/almelo.pdf"
# the page whose text starts with the Aannames' title
aannames=$(pdftotext -layout "$work/almelo.pdf" - | awk 'BEGIN { RS = "\f" } /^[[:space:]]*Aannames — / && !found { print NR; found = 1 }')
test -n "$aannames"
pdftoppm -png -r 100 -f 1 -l 1 -singlefile "$work/almelo.pdf" docs/images/samenvatting-almelo
pdftoppm -png -r 100 -f "$aannames" -l "$aannames" -singlefile "$work/almelo.pdf" docs/images/aannames-almelo
echo "docs/images/samenvatting-almelo.png, docs/images/aannames-almelo.png (page $aannames)"
