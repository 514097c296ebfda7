"""Shrink the ICU data library in a frozen LossViz to what it can use.

Qt's core library needs ICU, and ICU's data library (libicudata.so.NN,
32 MB in PySide6 6.11) carries locale data for some 800 locales, legacy
character-set converters and transliterators.  LossViz speaks English,
Japanese and Korean, reads and writes only UTF-8 and binary files, and Qt
takes its own locale data (QLocale) from its own tables: ICU serves it for
case mapping, normalisation and collation (QCollator, which sorts a file
dialog's names).  So this keeps every item that is not locale data
(properties, normalisation, break rules, time zones, the root collation),
the root locale and the English, Japanese and Korean locales in every
category, and drops the other locales, the converters and the
transliterators.  A locale that is gone falls back to root, as ICU does for
any locale it lacks.

The data is an ICU "common data" package (a table of contents, then the
items) inside the library as the symbol ``icudtNN_dat``.  It is read from
the library, filtered, and linked into a new library of the same soname
with the C compiler (``cc``); readelf (binutils, which PyInstaller needs
anyway) finds it.

    python packaging/linux/trim_icu_data.py dist/lossviz
"""

from __future__ import annotations

import argparse
import glob
import os
import re
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

KEEP_LANGUAGES = ("en", "ja", "ko")
#: A locale's data item: af.res, en_GB.res, zh_Hant_TW.res.
LOCALE_ITEM = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]+)*\.res$")
ALIGN = 16


def keep(item: str) -> bool:
    """Whether the package item ``item`` (e.g. "coll/de.res") stays."""
    base = item.rsplit("/", 1)[-1]
    if base in ("root.res", "pool.res", "res_index.res"):
        return True
    if item.endswith(".cnv") or item.startswith("translit/"):
        return False
    if LOCALE_ITEM.match(base):
        return base.split(".")[0].split("_")[0] in KEEP_LANGUAGES
    return True


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(name, item bytes)]) of an ICU common-data package."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD" or data[8] != 0:  # UDataInfo.isBigEndian: little-endian only
        raise ValueError("not a little-endian ICU common-data package")
    count = struct.unpack_from("<I", data, header_size)[0]
    toc = [struct.unpack_from("<II", data, header_size + 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_offset, data_offset) in enumerate(toc):
        start = header_size + name_offset
        name = data[start : data.index(b"\0", start)].decode("ascii")
        end = header_size + toc[i + 1][1] if i + 1 < count else len(data)
        items.append((name, data[header_size + data_offset : end]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """The package of ``items``, in the layout ICU's own icupkg writes."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    data_start = -(-(toc_size + len(names)) // ALIGN) * ALIGN
    toc, body, name_offset = [struct.pack("<I", len(items))], bytearray(), toc_size
    for name, item in items:
        toc.append(struct.pack("<II", name_offset, data_start + len(body)))
        name_offset += len(name) + 1
        body += item + b"\0" * (-len(item) % ALIGN)
    table = b"".join(toc) + names
    return header + table + b"\0" * (data_start - len(table)) + bytes(body)


def _symbol(library: Path) -> tuple[str, int, int]:
    """(name, file offset, size) of the library's icudtNN_dat."""
    symbols = subprocess.run(["readelf", "--dyn-syms", "-W", str(library)], check=True, capture_output=True, text=True).stdout
    # readelf prints a large size in hex (0x1e8bb80), a small one in decimal.
    match = re.search(r"^\s*\d+:\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+\d+\s+(icudt\d+_dat)\s*$", symbols, re.M)
    if not match:
        raise SystemExit(f"trim_icu_data: no icudtNN_dat symbol in {library}")
    address, size, name = int(match.group(1), 16), int(match.group(2), 0), match.group(3)
    sections = subprocess.run(["readelf", "-S", "-W", str(library)], check=True, capture_output=True, text=True).stdout
    for line in sections.splitlines():
        fields = re.match(r"^\s*\[\s*\d+\]\s+(\S+)\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if fields:
            section_address, offset, section_size = (int(fields.group(k), 16) for k in (2, 3, 4))
            if section_address <= address < section_address + section_size:
                return name, offset + address - section_address, size
    raise SystemExit(f"trim_icu_data: {name} is in no section of {library}")


def trim(library: Path) -> tuple[int, int]:
    """Replace ``library`` by one holding the trimmed data; (old, new) sizes in bytes."""
    symbol, offset, size = _symbol(library)
    raw = library.read_bytes()
    header, items = read_package(raw[offset : offset + size])
    kept = [(name, item) for name, item in items if keep(name.split("/", 1)[1])]
    package = write_package(header, kept)
    if [name for name, _ in read_package(package)[1]] != [name for name, _ in kept]:
        raise SystemExit("trim_icu_data: the rewritten package does not read back")
    soname = re.search(r"SONAME\)\s+Library soname: \[(.+?)\]",
                       subprocess.run(["readelf", "-d", str(library)], check=True, capture_output=True, text=True).stdout).group(1)
    with tempfile.TemporaryDirectory() as work:
        dat, source, built = Path(work, "data.dat"), Path(work, "data.S"), Path(work, soname)
        dat.write_bytes(package)
        source.write_text(f"""\t.section .rodata
\t.globl {symbol}
\t.type {symbol}, @object
\t.balign {ALIGN}
{symbol}:
\t.incbin "{dat}"
\t.size {symbol}, . - {symbol}
\t.section .note.GNU-stack,"",@progbits
""")
        subprocess.run([os.environ.get("CC", "cc"), "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(built), str(source)], check=True)
        mode = library.stat().st_mode
        os.replace(built, library)
        os.chmod(library, mode)
    return len(raw), library.stat().st_size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", help="the frozen app's folder (dist/lossviz)")
    args = parser.parse_args(argv)
    found = glob.glob(os.path.join(args.bundle, "_internal", "PySide6", "Qt", "lib", "libicudata.so.*"))
    if len(found) != 1:
        print(f"trim_icu_data: expected one libicudata.so.* in {args.bundle}, found {found or 'none'}", file=sys.stderr)
        return 1
    before, after = trim(Path(found[0]))
    print(f"{Path(found[0]).name}: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB (locales kept: root, {', '.join(KEEP_LANGUAGES)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
