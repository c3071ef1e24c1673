"""Render installer/icons/nmrf-desk.svg to the PNG sizes of the Linux icon
theme and to the Windows .ico (run again after changing the SVG; the results
are kept in the repository so that builds need neither step):

    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/icons/make_icons.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
PNG_SIZES = (48, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> None:
    app = QGuiApplication([])
    renderer = QSvgRenderer(str(HERE / "nmrf-desk.svg"))
    for size in PNG_SIZES:
        render(renderer, size).save(str(HERE / f"nmrf-desk-{size}.png"))
    largest = Image.open(HERE / "nmrf-desk-256.png")
    largest.save(HERE / "nmrf-desk.ico", sizes=[(s, s) for s in ICO_SIZES])
    del app


if __name__ == "__main__":
    main()
