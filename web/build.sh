#!/usr/bin/env bash
# Builds gaza-zones for the browser into a folder any static host can serve:
#   bash web/build.sh [OUT]          (default OUT: target/site)
#   python3 -m http.server 8000 --bind 127.0.0.1 --directory target/site
# The site is index.html, the JS glue, the wasm module (with the map, data and bundled
# scenarios inside), a service worker for offline use and the data attribution; nothing is
# fetched from elsewhere at run time.
#
# It uses Debian's Rust toolchain for the web (rustc-web, cargo-web, rust-web-src: rustup's
# wasm32 target cannot be fetched on our machines) and wasm-bindgen-cli at the version in
# Cargo.lock, installing what is missing when run as root (see ../shared/TOOLS.md).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=${1:-target/site}
target_dir=${GZ_WEB_TARGET_DIR:-$root/target/web}
tools=$target_dir/tools

say() { printf '== %s\n' "$*"; }

# gcc links the build scripts and wasm-bindgen's command line, which run on this machine.
if ! [ -x /usr/bin/cargo ] || ! [ -d /usr/lib/rustlib/src/rust ] || ! command -v wasm-ld-22 >/dev/null \
    || ! command -v cc >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        say "installing Debian's Rust toolchain for the web"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends rustc-web cargo-web rust-web-src lld-22 \
            gcc libc6-dev ca-certificates >/dev/null
    else
        echo "web/build.sh needs Debian's rustc-web, cargo-web, rust-web-src and lld-22 (and gcc):" >&2
        echo "  sudo apt-get install rustc-web cargo-web rust-web-src lld-22 gcc libc6-dev" >&2
        exit 1
    fi
fi

# wasm-bindgen's command line must be the exact version of the crate the module was built with.
bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print }' Cargo.lock)
bindgen=$tools/bin/wasm-bindgen
if command -v wasm-bindgen >/dev/null && [ "$(wasm-bindgen --version | awk '{print $2}')" = "$bindgen_version" ]; then
    bindgen=$(command -v wasm-bindgen)
fi
if ! [ -x "$bindgen" ] || [ "$("$bindgen" --version | awk '{print $2}')" != "$bindgen_version" ]; then
    say "installing wasm-bindgen-cli $bindgen_version into $tools"
    # Not --locked: its lock file pins a crate version the registry no longer has.
    cargo install --quiet --root "$tools" wasm-bindgen-cli --version "$bindgen_version"
fi

say "building the wasm module (Debian's cargo $(/usr/bin/cargo --version | awk '{print $2}'))"
# build-std compiles the standard library for wasm32 from Debian's rust-web-src;
# RUSTC_BOOTSTRAP lets the stable compiler take that flag. getrandom (pulled in by tempfile)
# draws from the browser's crypto.getRandomValues.
# The release profile as it is: link-time optimisation made the module 12 % smaller but no
# faster, for two more minutes of every build (docs/PERFORMANCE.md).
PATH=/usr/bin:$PATH RUSTC=/usr/bin/rustc RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR=$target_dir \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER=wasm-ld-22 \
RUSTFLAGS='--cfg getrandom_backend="wasm_js"' \
    /usr/bin/cargo build --release --locked -p gz-web --target wasm32-unknown-unknown \
    -Zbuild-std=std,panic_abort

say "binding it for the page into $out"
rm -rf "$out"
mkdir -p "$out"
# Without the function names (2 MB): a panic's message and place are kept, and are what the
# page shows.
"$bindgen" --target web --no-typescript --remove-name-section --remove-producers-section \
    --out-dir "$out" \
    "$target_dir/wasm32-unknown-unknown/release/gz_web.wasm"
cp web/index.html "$out/"
build=$(sha256sum "$out/gz_web_bg.wasm" | cut -c1-16)
sed "s/@BUILD@/$build/" web/sw.js > "$out/sw.js"
# The data's licences travel with the data: the module carries the derived map assets.
{
    cat assets/ATTRIBUTION.md
    printf '\n\n---\n\n'
    cat assets/derived/unosat/NOTICE.md
} > "$out/ATTRIBUTION.txt"

wasm_bytes=$(stat -c %s "$out/gz_web_bg.wasm")
gzip_bytes=$(gzip -9 -c "$out/gz_web_bg.wasm" | wc -c)
say "done: $out ($((wasm_bytes / 1024)) KiB wasm, $((gzip_bytes / 1024)) KiB gzipped)"
echo "serve it with: python3 -m http.server 8000 --bind 127.0.0.1 --directory $out"
