"""Pictures and text for slides and worksheets.

A plot or the whole window goes to PNG, at twice its size on screen by
default (sharp on a projected slide), or to SVG, as vectors: the plots'
curves, bars and text stay lines and glyphs that scale without blurring.
Files are written to a temporary name beside the target and renamed into
place, so a failed export never leaves half a picture where a good one was.

``state_as_text`` gives what the explorer shows as plain text: the output
vector, the target and every loss, for pasting into a worksheet.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, QRect, QSize
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsItem, QGraphicsView, QMenuBar, QProxyStyle, QStyle, QWidget

from lossviz import __version__
from lossviz.atomic import atomic_path
from lossviz.explorer import Mode, Readout, format_value
from lossviz.ui.common.i18n import fill
from lossviz.ui.common.svg_plain import plain_svg

FORMATS = ("png", "svg")
#: PNG exports are drawn at this many pixels per screen pixel.
PNG_SCALE = 2.0


class ExportError(OSError):
    """An export that could not be written, with the reason."""


def export_widget(widget: QWidget, path: str | os.PathLike, scale: float = PNG_SCALE) -> Path:
    """Write ``widget`` as it looks now to ``path``; the format follows its suffix."""
    path = Path(path)
    kind = path.suffix.lower().lstrip(".")
    if kind not in FORMATS:
        raise ExportError(fill(QCoreApplication.translate("export", "Choose a file name ending in .png or .svg, not “%1”."), path.name))
    if not path.parent.is_dir():
        raise ExportError(fill(QCoreApplication.translate("export", "The folder %1 does not exist."), str(path.parent)))
    with atomic_path(path) as temporary:
        if kind == "png":
            _write_png(widget, str(temporary), scale)
        else:
            _write_svg(widget, str(temporary))
    return path


def _background(widget: QWidget) -> QColor:
    return widget.palette().color(widget.backgroundRole())


def _write_png(widget: QWidget, path: str, scale: float) -> None:
    size = widget.size()
    pixmap = QPixmap(QSize(round(size.width() * scale), round(size.height() * scale)))
    pixmap.setDevicePixelRatio(scale)  # the widget paints in its own coordinates, at scale× resolution
    pixmap.fill(_background(widget))
    _render(widget, pixmap)
    if not pixmap.save(path, "PNG"):
        raise ExportError(fill(QCoreApplication.translate("export", "Could not write %1."), path))


def _write_svg(widget: QWidget, path: str) -> None:
    generator = QSvgGenerator()
    generator.setFileName(path)
    generator.setSize(widget.size())
    generator.setResolution(widget.logicalDpiY())
    generator.setViewBox(QRect(0, 0, widget.width(), widget.height()))
    generator.setTitle(widget.accessibleName() or widget.windowTitle() or "LossViz")
    generator.setDescription(f"LossViz {__version__}")
    painter = QPainter()
    if not painter.begin(generator):
        raise ExportError(fill(QCoreApplication.translate("export", "Could not write %1."), path))
    try:
        painter.fillRect(QRect(0, 0, widget.width(), widget.height()), _background(widget))
        with _uncached(widget), _menu_bars_without_empty_area(widget):
            _render(widget, painter)
    finally:
        painter.end()
    if os.path.getsize(path) == 0:
        raise ExportError(fill(QCoreApplication.translate("export", "Could not write %1."), path))
    # Plain SVG for every renderer, not only browsers (lossviz.ui.common.svg_plain).
    svg = Path(path)
    svg.write_text(plain_svg(svg.read_text(encoding="utf-8")), encoding="utf-8")


def _render(widget: QWidget, target) -> None:
    # QWidget's render, the widget as it looks: a pyqtgraph plot overrides
    # render() with QGraphicsView's, which draws its scene only.
    if isinstance(target, QPainter):
        QWidget.render(widget, target, QPoint(0, 0))
    else:
        QWidget.render(widget, target)


class _NoEmptyArea(QProxyStyle):
    """Fusion, less the menu bar's "empty area": Qt paints it over the whole
    bar clipped to the gaps between the menus, and an SVG keeps no clip, so
    it would cover File, View... (the window's background is there already)."""

    def drawControl(self, element, option, painter, widget=None) -> None:
        if element != QStyle.ControlElement.CE_MenuBarEmptyArea:
            super().drawControl(element, option, painter, widget)

    def styleHint(self, hint, option=None, widget=None, returnData=None) -> int:
        # Mnemonics underlined as on screen, where the application's style decides.
        return QApplication.style().styleHint(hint, option, widget, returnData)


@contextmanager
def _menu_bars_without_empty_area(widget: QWidget):
    bars = widget.findChildren(QMenuBar)
    if not bars:
        yield
        return
    style = _NoEmptyArea("Fusion")  # a base of its own: a proxy owns, and deletes, its base style
    for bar in bars:
        bar.setStyle(style)
    try:
        yield
    finally:
        for bar in bars:
            bar.setStyle(None)  # back to the application's style


@contextmanager
def _uncached(widget: QWidget):
    """The plots keep axes, legends and fixed curves as cached pixmaps (for
    speed on screen); an SVG must get them as lines and text instead."""
    views = [widget] if isinstance(widget, QGraphicsView) else []
    views += widget.findChildren(QGraphicsView)
    items = [item for view in views if view.scene() for item in view.scene().items()]
    cached = [(item, item.cacheMode()) for item in items]
    # pyqtgraph's export mode: scatter symbols drawn as paths, not stamped
    # from its pixmap atlas (what its own SVG exporter does).
    exporting = [item for item in items if hasattr(item, "setExportMode")]
    backgrounds = [(view, view.cacheMode(), view.optimizationFlags()) for view in views]
    for view, _, _ in backgrounds:
        view.setCacheMode(QGraphicsView.CacheModeFlag.CacheNone)
        # Uncached, an item could inherit the brush of the one drawn before it.
        view.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, False)
    for item, _ in cached:
        item.setCacheMode(QGraphicsItem.CacheMode.NoCache)
    for item in exporting:
        item.setExportMode(True, {"antialias": True})
    try:
        yield
    finally:
        for item in exporting:
            item.setExportMode(False)
        for item, mode in cached:
            item.setCacheMode(mode)
        for view, mode, flags in backgrounds:
            view.setCacheMode(mode)
            view.setOptimizationFlags(flags)


def state_as_text(readout: Readout, loss_names: dict[str, str]) -> str:
    """The explorer's state and every loss, one fact a line, numbers as shown.

    ``loss_names`` maps each loss key to the name the window shows for it
    (so the text is in the window's language)."""
    translate = QCoreApplication.translate
    state = readout.state
    lines = []
    if state.mode is Mode.BINARY:
        lines.append(fill(translate("export", "Binary (sigmoid): label t = %1, output p = %2"), str(state.target), _number(readout.y[1])))
        lines.append(fill(translate("export", "logit z = %1"), _number(state.logits[0])))
    else:
        lines.append(fill(translate("export", "Softmax over %1 classes, correct class %2"), str(state.n_classes), str(state.target)))
        lines.append("y = [" + ", ".join(_number(v) for v in readout.y) + "]")
        lines.append("t = [" + ", ".join(str(int(v)) for v in readout.t) + "]")
        if state.entered is None:
            lines.append("z = [" + ", ".join(_number(v) for v in state.logits) + "]")
        lines.append(fill(translate("export", "Σ y = %1"), _number(readout.total)))
    for key, name in loss_names.items():
        value = readout.loss(key)
        if value is not None:
            lines.append(f"{name} = {format_value(value)}")
    return "\n".join(lines) + "\n"


def _number(value: float) -> str:
    return f"{float(value):.6g}"
