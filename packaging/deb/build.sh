#!/usr/bin/env bash
# dist/kneecoach_<version>_<arch>.deb from the bundle `make package` leaves in
# dist/KneeCoach: the program under /opt/kneecoach, /usr/bin/kneecoach, the
# desktop entry, icons, AppStream metainfo; its translations travel inside the
# bundle. Needs dpkg-dev (dpkg-shlibdeps) and binutils (objdump).
set -euo pipefail
cd "$(dirname "$0")/../.."
here=packaging/deb
bundle=dist/KneeCoach
test -x "$bundle/KneeCoach" || { echo "no bundle in $bundle: run 'make package' first" >&2; exit 1; }
id=io.github.kneecoach.KneeCoach
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' kneecoach/__init__.py)
arch=$(dpkg --print-architecture)
root=build/deb/kneecoach
rm -rf build/deb
umask 022

# The program: the bundle as it is, plus the command on the PATH.
mkdir -p "$root/opt" "$root/usr/bin"
cp -r --preserve=mode "$bundle" "$root/opt/kneecoach"
ln -s /opt/kneecoach/KneeCoach "$root/usr/bin/kneecoach"  # absolute: across top-level folders

# What the desktop reads: the entry (Exec=kneecoach finds /usr/bin), metainfo, icons.
share=$root/usr/share
install -Dm644 "resources/desktop/$id.desktop" "$share/applications/$id.desktop"
install -Dm644 "resources/desktop/$id.metainfo.xml" "$share/metainfo/$id.metainfo.xml"
install -Dm644 resources/icons/kneecoach.svg "$share/icons/hicolor/scalable/apps/$id.svg"
for png in resources/icons/png/kneecoach-*.png; do
    size=$(basename "$png" .png); size=${size#kneecoach-}
    install -Dm644 "$png" "$share/icons/hicolor/${size}x${size}/apps/$id.png"
done
install -Dm644 "$here/copyright" "$share/doc/kneecoach/copyright"
install -Dm644 "$here/lintian-overrides" "$share/lintian/overrides/kneecoach"
stamp=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}
sed -e "s/@VERSION@/$version/" -e "s/@DATE@/$(LC_ALL=C date -u -R -d "@$stamp")/" \
    "$here/changelog.in" | gzip -9n > "$share/doc/kneecoach/changelog.gz"
chmod 644 "$share/doc/kneecoach/changelog.gz"
mkdir -p "$share/man/man1"
python3 "$here/manpage.py" | gzip -9n > "$share/man/man1/kneecoach.1.gz"
chmod 644 "$share/man/man1/kneecoach.1.gz"

# Files only executed or loaded need no execute bit unless they are programs.
find "$root" -type d -exec chmod 755 {} +
find "$root/opt" -type f -name '*.so*' -exec chmod 644 {} +

# The control file: the system libraries the bundle does not carry, and sizes.
mkdir -p "$root/DEBIAN"
relations=$(python3 "$here/depends.py" "$root/opt/kneecoach")
size=$(du -s --apparent-size -k "$root" --exclude=DEBIAN | cut -f1)
sed -e "s/@VERSION@/$version/" -e "s/@ARCH@/$arch/" -e "s/@INSTALLED_SIZE@/$size/" \
    "$here/control.in" | awk -v relations="$relations" \
    '/^@RELATIONS@$/ { print relations; next } { print }' > "$root/DEBIAN/control"
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z \
    | xargs -0 md5sum) > "$root/DEBIAN/md5sums"
chmod 644 "$root/DEBIAN/control" "$root/DEBIAN/md5sums"

deb=dist/kneecoach_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb"
du -h --apparent-size "$deb"
