"""Qt's SVG made plain, so that every renderer draws it as a browser does.

QSvgGenerator writes a plot's curves in the plot's own data coordinates,
inside a group whose transform scales them to pixels (×227 across, ×−52 up
for the loss curve), and keeps their lines 1–3 px wide with
``vector-effect="non-scaling-stroke"``.  Browsers honour that; librsvg
(before 2.56, e.g. Debian 12's 2.54, the renderer of GNOME, ImageMagick and
many converters), LibreOffice and older Inkscape ignore it and stroke
227 times as thick: the curves become blobs that cover the plot.

Here every such shape has its group's transform applied to its points
instead (a path's, a polyline's; a rect or a circle first becomes a path),
so it sits in pixels with no transform and its stroke width means pixels for
every renderer; ``vector-effect`` is then dropped.  The size is written in
pixels (Qt writes millimetres at 72 dpi, which a browser shows a third
larger than the picture was drawn), and Qt's font name "Sans Serif", which
only Qt knows, gets the generic ``sans-serif`` as a fallback (a monospaced
family ``monospace``).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_MATRIX = re.compile(r"^\s*matrix\(([^)]*)\)\s*$")
#: Path commands whose arguments are all absolute x,y pairs: what Qt writes.
_PAIRS_ONLY = re.compile(r"^[\sMLCQZ0-9eE.,+-]*$")
#: A quarter circle drawn by a cubic Bézier: the control points' distance, in radii.
_KAPPA = 0.5522847498307936
_NON_SCALING = "non-scaling-stroke"

Matrix = tuple[float, float, float, float, float, float]


def plain_svg(text: str) -> str:
    """QSvgGenerator's document, rewritten as described above."""
    ET.register_namespace("", SVG)
    ET.register_namespace("xlink", XLINK)
    root = ET.fromstring(text)
    _size_in_pixels(root)
    for parent in list(root.iter()):
        _bake_groups(parent)
    for element in root.iter():
        if element.get("vector-effect") == _NON_SCALING:
            del element.attrib["vector-effect"]
        family = element.get("font-family")
        if family and "," not in family:
            element.set("font-family", f"{family}, {'monospace' if 'Mono' in family else 'sans-serif'}")
    return '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' + ET.tostring(root, encoding="unicode")


def _size_in_pixels(root: ET.Element) -> None:
    box = root.get("viewBox", "").split()
    if len(box) == 4:
        root.set("width", f"{float(box[2]):g}")
        root.set("height", f"{float(box[3]):g}")


def _bake_groups(parent: ET.Element) -> None:
    """Each scaled group's non-scaling shapes taken out into groups of their
    own, without the transform, where it is applied to their points; in
    the same order, so what is drawn over what stays as it was."""
    children = list(parent)
    if not any(child.tag == f"{{{SVG}}}g" and _bakes(child) for child in children):
        return
    for child in children:
        parent.remove(child)
    for child in children:
        if child.tag == f"{{{SVG}}}g" and _bakes(child):
            parent.extend(_split(child))
        else:
            parent.append(child)


def _scaled_matrix(group: ET.Element) -> Matrix | None:
    match = _MATRIX.match(group.get("transform", ""))
    if not match:
        return None
    values = [float(v) for v in _NUMBER.findall(match.group(1))]
    if len(values) != 6:
        return None
    a, b, c, d, _, _ = values
    return None if (a, b, c, d) == (1, 0, 0, 1) else tuple(values)


def _bakes(group: ET.Element) -> bool:
    return _scaled_matrix(group) is not None and any(_bakeable(child) for child in group)


def _bakeable(element: ET.Element) -> bool:
    if element.get("vector-effect") != _NON_SCALING or len(element):
        return False
    kind = element.tag.rpartition("}")[2]
    if kind == "path":
        return bool(_PAIRS_ONLY.match(element.get("d", "")))
    return kind in ("polyline", "polygon", "rect", "circle", "ellipse")


def _split(group: ET.Element) -> list[ET.Element]:
    """The group as consecutive runs: shapes baked into pixels in a copy
    without the transform, everything else in a copy that keeps it."""
    matrix = _scaled_matrix(group)
    runs: list[ET.Element] = []
    for child in list(group):
        baked = _bakeable(child)
        if not runs or (runs[-1].get("transform") is None) != baked:
            run = ET.Element(group.tag, dict(group.attrib))
            if baked:
                del run.attrib["transform"]
            run.text, run.tail = group.text, "\n"
            runs.append(run)
        runs[-1].append(_baked(child, matrix) if baked else child)
    if runs:
        runs[-1].tail = group.tail
    return runs


def _baked(element: ET.Element, m: Matrix) -> ET.Element:
    kind = element.tag.rpartition("}")[2]
    attributes = {k: v for k, v in element.attrib.items() if k not in ("x", "y", "width", "height", "cx", "cy", "r", "rx", "ry")}
    if kind in ("polyline", "polygon"):
        numbers = [float(v) for v in _NUMBER.findall(element.get("points", ""))]
        attributes["points"] = " ".join(_pair(m, x, y) for x, y in zip(numbers[0::2], numbers[1::2]))
        baked = ET.Element(element.tag, attributes)
    else:
        attributes["d"] = _transformed_path(_path_of(element, kind), m)
        baked = ET.Element(f"{{{SVG}}}path", attributes)
    baked.tail = element.tail
    return baked


def _path_of(element: ET.Element, kind: str) -> str:
    get = lambda name: float(element.get(name, "0"))  # noqa: E731
    if kind == "path":
        return element.get("d", "")
    if kind == "rect":
        x, y, w, h = get("x"), get("y"), get("width"), get("height")
        return f"M{x},{y} L{x + w},{y} L{x + w},{y + h} L{x},{y + h} Z"
    cx, cy = get("cx"), get("cy")
    rx, ry = (get("r"), get("r")) if kind == "circle" else (get("rx"), get("ry"))
    kx, ky = rx * _KAPPA, ry * _KAPPA
    return (f"M{cx + rx},{cy} C{cx + rx},{cy + ky} {cx + kx},{cy + ry} {cx},{cy + ry} "
            f"C{cx - kx},{cy + ry} {cx - rx},{cy + ky} {cx - rx},{cy} "
            f"C{cx - rx},{cy - ky} {cx - kx},{cy - ry} {cx},{cy - ry} "
            f"C{cx + kx},{cy - ry} {cx + rx},{cy - ky} {cx + rx},{cy} Z")


def _transformed_path(d: str, m: Matrix) -> str:
    """Every coordinate pair of an absolute M/L/C/Q/Z path through ``m``."""
    out = []
    for command, arguments in re.findall(r"([MLCQZ])([^MLCQZ]*)", d):
        numbers = [float(v) for v in _NUMBER.findall(arguments)]
        pairs = " ".join(_pair(m, x, y) for x, y in zip(numbers[0::2], numbers[1::2]))
        out.append(f"{command}{pairs}")
    return " ".join(out)


def _pair(m: Matrix, x: float, y: float) -> str:
    a, b, c, d, e, f = m
    return f"{a * x + c * y + e:.6g},{b * x + d * y + f:.6g}"
