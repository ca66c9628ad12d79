#!/usr/bin/env bash
# Builds the amd64 kernel of configs/amd64/kernel_defconfig (bzImage and modules) from a kernel
# tree, for the smoke-test boots in the test suite, and prints the folder that holds it:
#   bzImage  config  kernel.release  modules/lib/modules/<release>/...
# The folder is a cache entry under ${XDG_CACHE_HOME:-~/.cache}/buildroot-k8s-ci (outside the
# repository), named by a hash of what shapes the kernel (see RECIPE below); when it already
# exists nothing is built. A cold build takes 15 to 45 min on 2 cores (19 min measured here, with
# other work on the machine).
# Two runs for the same kernel never share a build folder: the second waits for the first
# (a lock beside the entry), then uses its kernel.
#   scripts/build-test-kernel.sh LINUX_SRC [CACHE_ROOT]
set -euo pipefail

# The cache key hashes kernel_defconfig, the tree's kernel version and RECIPE, which names the
# build commands below: only these shape the kernel. Not this file as a whole, so that a comment
# or the lock code can change without throwing a built kernel away. Change RECIPE (its version)
# whenever you change a command that goes into the kernel or the module tree.
RECIPE="recipe 1: olddefconfig; bzImage modules; modules_install INSTALL_MOD_STRIP=1; ARCH=x86_64"

linux_src="${1:?usage: build-test-kernel.sh LINUX_SRC [CACHE_ROOT]}"
cache_root="${2:-${XDG_CACHE_HOME:-$HOME/.cache}/buildroot-k8s-ci}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
defconfig="$repo/configs/amd64/kernel_defconfig"

if [ ! -f "$linux_src/Makefile" ]; then
	echo "build-test-kernel.sh: $linux_src is not a kernel tree (no Makefile)" >&2
	exit 2
fi
version="$(make -s -C "$linux_src" kernelversion)"
key="$(
	{
		sha256sum <"$defconfig"
		echo "$version"
		echo "$RECIPE"
	} | sha256sum | cut -c1-16
)"
out="$cache_root/kernel-$key"
built() { [ -f "$out/bzImage" ] && [ -f "$out/kernel.release" ]; }
if built; then
	echo "$out"
	exit 0
fi

mkdir -p "$cache_root"
# Held until this process ends, however it ends (the kernel drops the lock with the file).
exec 9>"$cache_root/kernel-$key.lock"
if ! flock -n 9; then
	echo "build-test-kernel.sh: another run is building this kernel ($cache_root/kernel-$key.lock): waiting for it" >&2
	flock 9
fi
if built; then
	echo "$out"
	exit 0
fi

# The O= folder is kept when a build stops half-way (a CI run or a session that ends): the next
# run resumes it instead of starting over. It goes once the kernel is in place.
build="$cache_root/kernel-$key.build"
mkdir -p "$build"
stage="$(mktemp -d "$cache_root/kernel-$key.stage.XXXXXX")"
trap 'rm -rf "$stage"' EXIT
trap 'exit 143' TERM INT
cp "$defconfig" "$build/.config"
started=$SECONDS
kmake() { make -s -C "$linux_src" O="$build" ARCH=x86_64 "$@"; }
kmake olddefconfig >&2
kmake -j"$(nproc)" bzImage modules >&2
kmake INSTALL_MOD_PATH="$stage/modules" INSTALL_MOD_STRIP=1 modules_install >&2
cp "$build/arch/x86/boot/bzImage" "$stage/bzImage"
cp "$build/.config" "$stage/config"
cp "$build/include/config/kernel.release" "$stage/kernel.release"
# The module tree's build link points into the deleted build folder.
rm -f "$stage/modules/lib/modules/"*/build
echo "build-test-kernel.sh: Linux $version built in $((SECONDS - started)) s" >&2
rm -rf "$out"
mv "$stage" "$out"
rm -rf "$build"
echo "$out"
