"""Work out the .deb's Depends and Recommends from the frozen app itself.

    python packaging/linux/deb_depends.py dist/lossviz          # prints two control-file lines

Every ELF file in the bundle is read (its DT_NEEDED entries and the glibc and
libstdc++ symbol versions it asks for); each library it needs that the bundle
does not hold must come from the system, and is looked up in PACKAGES, which
says which Debian/Ubuntu package has it and whether the app needs it to start
(Depends) or only for an optional plugin (Recommends: GTK 3's look and file
dialogs, Wayland instead of XWayland).  A library not in PACKAGES stops the
build: add it there, so the control file never silently misses one.

Pure Python (no readelf), so it runs wherever the build does.
"""

from __future__ import annotations

import re
import struct
import sys
from pathlib import Path

GTK = "libgtk-3-0t64 | libgtk-3-0"
GLIB = "libglib2.0-0t64 | libglib2.0-0"
#: soname -> (package, "depends" | "recommends").  "a | b": Ubuntu 24.04 and
#: Debian 13 renamed some packages with a t64 suffix (64-bit time_t).
PACKAGES: dict[str, tuple[str, str]] = {
    **{name: ("libc6", "depends") for name in (
        "libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1", "libutil.so.1", "ld-linux-x86-64.so.2",
        "libresolv.so.2", "libcrypt.so.1")},
    "libstdc++.so.6": ("libstdc++6", "depends"),
    "libgcc_s.so.1": ("libgcc-s1", "depends"),
    "libz.so.1": ("zlib1g", "depends"),
    "libzstd.so.1": ("libzstd1", "depends"),
    "libssl.so.3": ("libssl3t64 | libssl3", "depends"),
    "libcrypto.so.3": ("libssl3t64 | libssl3", "depends"),
    **{name: (GLIB, "depends") for name in (
        "libglib-2.0.so.0", "libgthread-2.0.so.0", "libgobject-2.0.so.0", "libgio-2.0.so.0", "libgmodule-2.0.so.0")},
    "libGL.so.1": ("libgl1", "depends"),
    "libEGL.so.1": ("libegl1", "depends"),
    "libOpenGL.so.0": ("libopengl0", "depends"),
    "libfontconfig.so.1": ("libfontconfig1", "depends"),
    "libfreetype.so.6": ("libfreetype6", "depends"),
    "libdbus-1.so.3": ("libdbus-1-3", "depends"),
    "libxkbcommon.so.0": ("libxkbcommon0", "depends"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "depends"),
    "libX11.so.6": ("libx11-6", "depends"),
    "libX11-xcb.so.1": ("libx11-xcb1", "depends"),
    "libxcb.so.1": ("libxcb1", "depends"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "depends"),
    "libxcb-glx.so.0": ("libxcb-glx0", "depends"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "depends"),
    "libxcb-image.so.0": ("libxcb-image0", "depends"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "depends"),
    "libxcb-randr.so.0": ("libxcb-randr0", "depends"),
    "libxcb-render.so.0": ("libxcb-render0", "depends"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "depends"),
    "libxcb-shape.so.0": ("libxcb-shape0", "depends"),
    "libxcb-shm.so.0": ("libxcb-shm0", "depends"),
    "libxcb-sync.so.1": ("libxcb-sync1", "depends"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "depends"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "depends"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "depends"),
    "libxcb-util.so.1": ("libxcb-util1", "depends"),
    # Others among packaging/lossviz.spec's SYSTEM_LIBRARIES, should a build's
    # Python or a wheel link them directly.
    "libXext.so.6": ("libxext6", "depends"),
    "libXrender.so.1": ("libxrender1", "depends"),
    "libXau.so.6": ("libxau6", "depends"),
    "libXdmcp.so.6": ("libxdmcp6", "depends"),
    "libexpat.so.1": ("libexpat1", "depends"),
    "libpng16.so.16": ("libpng16-16t64 | libpng16-16", "depends"),
    "libbrotlicommon.so.1": ("libbrotli1", "depends"),
    "libbrotlidec.so.1": ("libbrotli1", "depends"),
    "libpcre2-8.so.0": ("libpcre2-8-0", "depends"),
    "libsystemd.so.0": ("libsystemd0", "depends"),
    "libgcrypt.so.20": ("libgcrypt20", "depends"),
    "libgpg-error.so.0": ("libgpg-error0", "depends"),
    "liblz4.so.1": ("liblz4-1", "depends"),
    "libcap.so.2": ("libcap2", "depends"),
    "libbsd.so.0": ("libbsd0", "depends"),
    "libmd.so.0": ("libmd0", "depends"),
    "libmount.so.1": ("libmount1", "depends"),
    "libblkid.so.1": ("libblkid1", "depends"),
    "libselinux.so.1": ("libselinux1", "depends"),
    "libgssapi_krb5.so.2": ("libgssapi-krb5-2", "depends"),
    "libkrb5.so.3": ("libkrb5-3", "depends"),
    "libk5crypto.so.3": ("libk5crypto3", "depends"),
    "libkrb5support.so.0": ("libkrb5support0", "depends"),
    "libcom_err.so.2": ("libcom-err2", "depends"),
    "libkeyutils.so.1": ("libkeyutils1", "depends"),
    "libGLX.so.0": ("libglx0", "depends"),
    "libGLdispatch.so.0": ("libglvnd0", "depends"),
    "libdrm.so.2": ("libdrm2", "depends"),
    "libgbm.so.1": ("libgbm1", "depends"),
    # The Wayland platform plugin: without it Qt uses XWayland.
    "libwayland-client.so.0": ("libwayland-client0", "recommends"),
    "libwayland-cursor.so.0": ("libwayland-cursor0", "recommends"),
    "libwayland-egl.so.1": ("libwayland-egl1", "recommends"),
    # The GTK 3 platform theme (GNOME's dialogs and colours); everything it
    # links comes with GTK 3 itself.
    **{name: (GTK, "recommends") for name in (
        "libgtk-3.so.0", "libgdk-3.so.0", "libpangocairo-1.0.so.0", "libpango-1.0.so.0", "libharfbuzz.so.0",
        "libatk-1.0.so.0", "libatk-bridge-2.0.so.0", "libcairo-gobject.so.2", "libcairo.so.2", "libgdk_pixbuf-2.0.so.0",
        "libpangoft2-1.0.so.0", "libthai.so.0", "libdatrie.so.1", "libfribidi.so.0", "libgraphite2.so.3", "libpixman-1.so.0")},
}

_GLIBC = re.compile(rb"GLIBC_2\.(\d+)(?![\d.])")
_GLIBCXX = re.compile(rb"GLIBCXX_3\.4\.(\d+)(?![\d.])")
#: libstdc++'s newest symbol version -> the GCC release (the libstdc++6 package version) that has it.
_GLIBCXX_TO_GCC = {26: "9", 27: "10", 28: "10", 29: "11", 30: "12", 31: "13", 32: "14", 33: "15"}


def needed(path: Path) -> list[str] | None:
    """The DT_NEEDED sonames of an ELF64 little-endian file, or None if it is not one."""
    data = path.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return None
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    names = []
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strtab_offset = sections[link][4]
        for start in range(offset, offset + size, entsize or 16):
            tag, value = struct.unpack_from("<qQ", data, start)
            if tag == 0:
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strtab_offset + value)
                names.append(data[strtab_offset + value : end].decode())
    return names


def scan(bundle: Path) -> tuple[dict[str, set[str]], int, int]:
    """({external soname: the bundle's files needing it}, newest GLIBC_2.N, newest GLIBCXX_3.4.N)."""
    files = [p for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()]
    present = {p.name for p in bundle.rglob("*")}
    external: dict[str, set[str]] = {}
    glibc = glibcxx = 0
    for path in files:
        sonames = needed(path)
        if sonames is None:
            continue
        for soname in sonames:
            if soname not in present:
                external.setdefault(soname, set()).add(str(path.relative_to(bundle)))
        data = path.read_bytes()
        glibc = max([glibc, *(int(m) for m in _GLIBC.findall(data))])
        glibcxx = max([glibcxx, *(int(m) for m in _GLIBCXX.findall(data))])
    return external, glibc, glibcxx


def control_fields(bundle: Path) -> dict[str, str]:
    external, glibc, glibcxx = scan(bundle)
    unknown = sorted(set(external) - set(PACKAGES))
    if unknown:
        lines = [f"  {name} (needed by {', '.join(sorted(external[name])[:3])})" for name in unknown]
        raise SystemExit("deb_depends: libraries from outside the bundle that PACKAGES in "
                         f"{Path(__file__).name} does not know; add their Debian packages:\n" + "\n".join(lines))
    versions = {"libc6": f" (>= 2.{glibc})" if glibc else ""}
    if glibcxx:
        gcc = _GLIBCXX_TO_GCC.get(glibcxx)
        if gcc is None:
            raise SystemExit(f"deb_depends: GLIBCXX_3.4.{glibcxx} is newer than _GLIBCXX_TO_GCC knows")
        versions["libstdc++6"] = f" (>= {gcc})"
    fields: dict[str, list[str]] = {"depends": [], "recommends": []}
    for soname in sorted(external):
        package, kind = PACKAGES[soname]
        entry = package + versions.get(package, "")
        if entry not in fields[kind]:
            fields[kind].append(entry)
    # A package both needed and recommended is needed.
    fields["recommends"] = [entry for entry in fields["recommends"] if entry not in fields["depends"]]
    return {"Depends": ", ".join(sorted(fields["depends"])), "Recommends": ", ".join(sorted(fields["recommends"]))}


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: deb_depends.py BUNDLE_DIR", file=sys.stderr)
        return 2
    for field, value in control_fields(Path(argv[0])).items():
        if value:
            print(f"{field}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
