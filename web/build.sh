#!/usr/bin/env bash
# Install the dashboard's front-end libraries from npm and copy them into the package.
# The copied files are committed, so users need neither npm nor a network.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
dest=../geowire/web/static/vendor
rm -rf "$dest"
mkdir -p "$dest"
cp node_modules/uplot/dist/uPlot.iife.min.js "$dest/uPlot.iife.min.js"
cp node_modules/uplot/dist/uPlot.min.css "$dest/uPlot.min.css"
cp node_modules/uplot/LICENSE "$dest/uPlot.LICENSE"
cp node_modules/topojson-client/dist/topojson-client.min.js "$dest/topojson-client.min.js"
cp node_modules/topojson-client/LICENSE "$dest/topojson-client.LICENSE"
cp node_modules/world-atlas/countries-110m.json "$dest/countries-110m.json"
cp node_modules/world-atlas/LICENSE "$dest/world-atlas.LICENSE"
{
  echo "Vendored by web/build.sh from npm (see web/package-lock.json):"
  for p in uplot topojson-client world-atlas; do
    node -e "const p=require('./node_modules/$p/package.json');console.log(p.name+' '+p.version+' '+(p.license||''))"
  done
} > "$dest/VERSIONS.txt"
echo "vendored into $dest"
