"""Render resources/icons/lossviz.svg to the bitmaps installers need, with Qt.

    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py --hicolor DIR [--name NAME]
    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py --ico lossviz.ico
    QT_QPA_PLATFORM=offscreen python packaging/render_icons.py --icns lossviz.icns

--hicolor writes DIR/<N>x<N>/apps/NAME.png for every size a freedesktop icon
theme (hicolor) lists, and DIR/scalable/apps/NAME.svg.  --ico and --icns write
Windows' and macOS' multi-size icons (the icns one with Qt's icns plugin).
Needs only PySide6 (QtSvg), no display.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "lossviz.svg"
HICOLOR_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)
APP_ID = "io.github.lossviz.LossViz"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def write_png(image: QImage, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        raise SystemExit(f"render_icons: could not write {path}")


def write_multi(renderer: QSvgRenderer, sizes, path: Path, fmt: str) -> None:
    """One file holding the icon at every size (ico), or at the largest (icns:
    Qt's icns writer makes the smaller sizes from it)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "ico":
        # Qt's ico writer stores a single image: the file is put together here
        # instead, one PNG-compressed entry a size (Windows Vista and later).
        entries = []
        for size in sizes:
            data = QByteArray()
            buffer = QBuffer(data)
            buffer.open(QIODevice.OpenModeFlag.WriteOnly)
            render(renderer, size).save(buffer, "PNG")
            buffer.close()
            entries.append((size, bytes(data)))
        header = (0).to_bytes(2, "little") + (1).to_bytes(2, "little") + len(entries).to_bytes(2, "little")
        offset = 6 + 16 * len(entries)
        directory, blobs = b"", b""
        for size, blob in entries:
            side = 0 if size >= 256 else size  # 0 means 256 in an ico directory
            directory += bytes([side, side, 0, 0]) + (1).to_bytes(2, "little") + (32).to_bytes(2, "little")
            directory += len(blob).to_bytes(4, "little") + offset.to_bytes(4, "little")
            offset += len(blob)
            blobs += blob
        path.write_bytes(header + directory + blobs)
        return
    if fmt.encode() not in [bytes(f) for f in QImageWriter.supportedImageFormats()]:
        raise SystemExit(f"render_icons: this Qt cannot write {fmt} (its imageformats plugin is missing)")
    writer = QImageWriter(str(path), fmt.encode())
    if not writer.write(render(renderer, max(sizes))):
        raise SystemExit(f"render_icons: could not write {path}: {writer.errorString()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE)
    parser.add_argument("--hicolor", type=Path, metavar="DIR", help="write DIR/<N>x<N>/apps/NAME.png and scalable/apps/NAME.svg")
    parser.add_argument("--name", default=APP_ID, help=f"icon name in the theme (default {APP_ID})")
    parser.add_argument("--ico", type=Path, metavar="PATH")
    parser.add_argument("--icns", type=Path, metavar="PATH")
    args = parser.parse_args(argv)
    if not (args.hicolor or args.ico or args.icns):
        parser.error("say what to write: --hicolor, --ico or --icns")
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841  (QPainter on a QImage needs it for fonts)
    renderer = QSvgRenderer(str(args.source))
    if not renderer.isValid():
        raise SystemExit(f"render_icons: Qt cannot read {args.source}")
    if args.hicolor:
        for size in HICOLOR_SIZES:
            image = render(renderer, size)
            write_png(image, args.hicolor / f"{size}x{size}" / "apps" / f"{args.name}.png")
        scalable = args.hicolor / "scalable" / "apps" / f"{args.name}.svg"
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(args.source, scalable)
        print(f"render_icons: {len(HICOLOR_SIZES)} sizes and the svg under {args.hicolor}")
    if args.ico:
        write_multi(renderer, ICO_SIZES, args.ico, "ico")
        print(f"render_icons: {args.ico}")
    if args.icns:
        write_multi(renderer, ICNS_SIZES, args.icns, "icns")
        print(f"render_icons: {args.icns}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
