#!/usr/bin/env bash
# Regenerates every icon under assets/ from the two SVG sources (needs ImageMagick with SVG support and
# python3). The generated files are committed, so builds never need this script.
#   slotwise.svg        the icon, drawn for 48 px and up
#   slotwise-small.svg  the same icon simplified for 16-32 px
# Outputs: png/slotwise-<size>.png (16...1024), slotwise.png (256, the Linux launcher/menu icon),
#          slotwise.ico (Windows, 16...256), slotwise.icns (macOS, 16...1024).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
convert=/usr/bin/convert; [ -x "$convert" ] || convert=convert

render() { # render SIZE -> png/slotwise-SIZE.png
  local size=$1 src=slotwise.svg base=1024
  if ((size <= 32)); then src=slotwise-small.svg base=32; fi
  local density=$((72 * size / base)); ((density > 0)) || density=1
  "$convert" -background none -density "$density" "$src" -resize "${size}x${size}!" \
    -strip -define png:compression-level=9 -define png:exclude-chunks=date,time "PNG32:png/slotwise-$size.png"
}

mkdir -p png
for size in 16 24 32 48 64 128 256 512 1024; do render "$size"; done
cp png/slotwise-256.png slotwise.png
"$convert" png/slotwise-{16,24,32,48,64,128,256}.png slotwise.ico

# ICNS: the 'icns' container holding PNG entries (macOS 10.7+), written directly.
python3 - <<'PY'
import struct
entries = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
           ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512)]
body = b""
for kind, size in entries:
    data = open(f"png/slotwise-{size}.png", "rb").read()
    body += kind.encode() + struct.pack(">I", len(data) + 8) + data
open("slotwise.icns", "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
ls -l png slotwise.png slotwise.ico slotwise.icns
