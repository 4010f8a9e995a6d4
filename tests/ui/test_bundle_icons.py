"""The bundle's icon set: scripts/build_bundle.py draws the app's SVG icon at every size a
desktop asks for, with QSvgRenderer, and the .ico and .icns the Windows and macOS programs
carry."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    path = ROOT / "scripts" / "build_bundle.py"
    spec = importlib.util.spec_from_file_location("build_bundle", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_icon_is_drawn_at_each_size_with_the_svgs_colours(qapp, tmp_path: Path):
    build_bundle = _script()
    made = build_bundle.render_icons(tmp_path)
    assert sorted(made) == [16, 24, 32, 48, 64, 128, 256]
    for size, path in made.items():
        folder = tmp_path / "hicolor" / f"{size}x{size}" / "apps"
        assert path == folder / f"{build_bundle.APP_ID}.png"
        image = QImage(str(path))
        assert (image.width(), image.height()) == (size, size)
    largest = QImage(str(made[256]))
    assert largest.pixelColor(0, 0).alpha() == 0  # the rounded corner is transparent
    assert largest.pixelColor(128, 20).name() == "#1f5f8b"  # the stopwatch's blue frame
    assert QImage(str(tmp_path / "facilitator.ico")).width() == 256
