#!/bin/sh
# Installs textdig from this unpacked release archive under a prefix (~/.local by default):
#   bin/textdig, share/textdig/ (the jar), share/man/man1/textdig.1, and the bash, zsh and fish
#   completion scripts where those shells look. --uninstall removes what an install put there.
# Every file and folder an install makes is listed in PREFIX/share/textdig/installed, and an
# uninstall removes exactly those (a folder only when it is empty), so nothing else is touched.
# The install keeps a copy of this script as PREFIX/share/textdig/uninstall.sh, which uninstalls
# from the prefix it is in.
set -eu

die() { printf 'install.sh: %s\n' "$1" >&2; exit 2; }
usage() {
  cat <<'EOF'
Usage: ./install.sh [--prefix DIR] [--uninstall]
Install textdig under DIR (default: $PREFIX, else ~/.local), or remove it from there.
  --prefix DIR   where to install: DIR/bin, DIR/share/textdig, DIR/share/man/man1, ...
  --uninstall    remove what an install put under DIR
  -h, --help     this help
EOF
}

HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${PREFIX:-}"
UNINSTALL=""
case "$0" in
  *uninstall.sh) UNINSTALL=1; PREFIX="$(cd "$HERE/../.." && pwd)" ;;
esac
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) [ $# -ge 2 ] || die "--prefix needs a folder"; PREFIX="$2"; shift 2 ;;
    --prefix=*) PREFIX="${1#--prefix=}"; shift ;;
    --uninstall) UNINSTALL=1; shift ;;
    -h|--help) usage; exit 0 ;;
    *) die "unknown argument '$1' (see ./install.sh --help)" ;;
  esac
done
if [ -z "$PREFIX" ]; then
  [ -n "${HOME:-}" ] || die "HOME is not set: give --prefix DIR"
  PREFIX="$HOME/.local"
fi
case "$PREFIX" in /*) ;; *) PREFIX="$(pwd)/$PREFIX" ;; esac
PREFIX="${PREFIX%/}"

MANIFEST="$PREFIX/share/textdig/installed"
# What an install copies, relative to both this folder and the prefix.
FILES="bin/textdig
share/textdig/textdig.jar
share/textdig/jar.key
share/man/man1/textdig.1
share/bash-completion/completions/textdig
share/zsh/site-functions/_textdig
share/fish/vendor_completions.d/textdig.fish
share/doc/textdig/README.md"

# Removes the files, then the folders (deepest first, only when empty) that the manifest lists,
# and this version's start-up caches.
uninstall() {
  [ -f "$MANIFEST" ] || return 1
  key=""
  [ -f "$PREFIX/share/textdig/jar.key" ] && read -r key < "$PREFIX/share/textdig/jar.key" || true
  made="$(grep '^d ' "$MANIFEST" | cut -c3- | sort -r)"
  grep '^f ' "$MANIFEST" | cut -c3- | while IFS= read -r f; do rm -f "$PREFIX/$f"; done
  rm -f "$MANIFEST"
  # deepest first (a folder sorts after its parent), each only when empty
  printf '%s\n' "$made" | while IFS= read -r d; do
    [ -z "$d" ] || rmdir "$PREFIX/$d" 2>/dev/null || true
  done
  cache="${XDG_CACHE_HOME:-${HOME:+$HOME/.cache}}"
  if [ -n "$key" ] && [ -n "$cache" ] && [ -d "$cache/textdig" ]; then
    rm -f "$cache/textdig/textdig-$key-"*
    rmdir "$cache/textdig" 2>/dev/null || true
  fi
  return 0
}

if [ -n "$UNINSTALL" ]; then
  uninstall || die "no textdig installed under $PREFIX (no $MANIFEST)"
  printf 'textdig removed from %s\n' "$PREFIX"
  exit 0
fi

for f in $FILES; do
  [ -f "$HERE/$f" ] || die "$HERE/$f is missing: run install.sh from the unpacked release archive"
done
# An earlier install here goes first, so an upgrade leaves no file of the old version behind.
uninstall || true

dirs=""
mkdirs() { # the folders of $1 that do not exist yet, made and remembered, outermost first
  d="$1"; missing=""
  while [ "$d" != "." ] && [ ! -d "$PREFIX/$d" ]; do missing="$d
$missing"; d="$(dirname "$d")"; done
  for m in $missing; do
    mkdir "$PREFIX/$m" || die "cannot make $PREFIX/$m"
    dirs="$dirs
d $m"
  done
}
mkdir -p "$PREFIX" || die "cannot make $PREFIX"
mkdirs share/textdig
: > "$MANIFEST" || die "cannot write under $PREFIX"
for f in $FILES; do
  mkdirs "$(dirname "$f")"
  cp "$HERE/$f" "$PREFIX/$f" || die "cannot copy $f to $PREFIX"
  printf 'f %s\n' "$f" >> "$MANIFEST"
done
cp "$0" "$PREFIX/share/textdig/uninstall.sh" || die "cannot copy install.sh to $PREFIX"
chmod 755 "$PREFIX/bin/textdig" "$PREFIX/share/textdig/uninstall.sh"
printf 'f %s\n' share/textdig/uninstall.sh share/textdig/installed >> "$MANIFEST"
printf '%s\n' "$dirs" | grep '^d ' >> "$MANIFEST" || true

printf 'textdig installed under %s\n' "$PREFIX"
case ":${PATH:-}:" in
  *":$PREFIX/bin:"*) ;;
  *) printf '  add %s/bin to PATH to run textdig (and man textdig finds its page then)\n' "$PREFIX" ;;
esac
printf '  zsh: add  fpath=(%s/share/zsh/site-functions $fpath)  before compinit in ~/.zshrc, unless it is there\n' "$PREFIX"
printf '  uninstall: %s/share/textdig/uninstall.sh\n' "$PREFIX"
