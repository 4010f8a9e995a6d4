"""Build Facilitator's installable bundle: `python3 scripts/build_bundle.py`.

Renders the icon set from resources/icons/facilitator.svg (PNG 16-256 px, .ico, .icns) into
build/icons/, runs PyInstaller on packaging/facilitator.spec (dist/facilitator/, a one-folder
app holding `facilitator` and `facilitator-cli`, with the translation catalogues compiled into
resources/ first), and on Linux makes dist/facilitator_<version>_
<arch>.deb with dpkg-deb: the folder under /opt/facilitator, /usr/bin/facilitator, the desktop
entry, the icons and the AppStream metainfo, which appstreamcli validates where it is installed.
Needs PyInstaller (`python3 -m pip install pyinstaller`); `--no-deb` stops after the folder.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.facilitator.Facilitator"
SVG = ROOT / "resources" / "icons" / "facilitator.svg"
LINUX = ROOT / "packaging" / "linux"
SPEC = ROOT / "packaging" / "facilitator.spec"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
DEB_DEPENDS = "libc6 (>= 2.31), libegl1, libgl1, libfontconfig1"
"""What the folder does not carry: the C library and the system's OpenGL and font setup."""


def version() -> str:
    text = (ROOT / "facilitator" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if found is None:
        raise SystemExit("no __version__ in facilitator/__init__.py")
    return found.group(1)


def compile_catalogues() -> None:
    """scripts/translations.py's compile, loaded by its path: a plain `import translations`
    would find the repository's translations/ folder first when the root is on the path."""
    script = ROOT / "scripts" / "translations.py"
    spec = importlib.util.spec_from_file_location("catalogues", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.compile_catalogues()


def render_icons(out: Path) -> dict[int, Path]:
    """The SVG drawn at each size by QSvgRenderer, as hicolor/NxN/apps/APP_ID.png, plus the
    .ico and .icns PyInstaller gives the Windows and macOS programs."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {SVG}")
    made = {}
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(path)):
            raise SystemExit(f"cannot write {path}")
        made[size] = path
    largest = QImage(str(made[max(ICON_SIZES)]))
    for name in ("facilitator.ico", "facilitator.icns"):
        if not largest.save(str(out / name)):
            print(f"note: this Qt cannot write {name}; the program keeps the default icon")
    return made


def run_pyinstaller(dist: Path, work: Path, icons: Path) -> Path:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            f"--distpath={dist}",
            f"--workpath={work}",
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
        env={**os.environ, "FACILITATOR_BUNDLE_ICONS": str(icons)},
    )
    return dist / "facilitator"


def validate_metainfo(path: Path) -> None:
    """appstreamcli's verdict where it is installed (Debian's appstream package); the
    metainfo's newest release must be this version."""
    text = path.read_text(encoding="utf-8")
    if f'<release version="{version()}"' not in text:
        raise SystemExit(f"{path.name} has no <release> for version {version()}")
    if shutil.which("appstreamcli") is None:
        print("note: appstreamcli not installed; the metainfo was not validated")
        return
    subprocess.run(["appstreamcli", "validate", "--no-net", str(path)], check=True)


def deb_architecture() -> str:
    if shutil.which("dpkg") is not None:
        done = subprocess.run(
            ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
        )
        return done.stdout.strip()
    return {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())


def build_deb(folder: Path, icons: dict[int, Path], dist: Path, work: Path) -> Path:
    """The one-folder app as a Debian package, laid out under a staging root."""
    arch = deb_architecture()
    stage = work / "deb"
    shutil.rmtree(stage, ignore_errors=True)
    shutil.copytree(folder, stage / "opt" / "facilitator", symlinks=True)
    bin_dir = stage / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for program in ("facilitator", "facilitator-cli"):
        (bin_dir / program).symlink_to(f"/opt/facilitator/{program}")
    share = stage / "usr" / "share"
    for source, target in (
        (LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop"),
        (LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml"),
        (SVG, share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"),
        *((png, share / "icons" / png.relative_to(png.parents[3])) for png in icons.values()),
    ):
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    size_kb = sum(f.stat().st_size for f in stage.rglob("*") if f.is_file()) // 1024
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: facilitator\n"
        f"Version: {version()}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: The Facilitator developers <facilitator@localhost>\n"
        f"Installed-Size: {size_kb}\n"
        f"Depends: {DEB_DEPENDS}\n"
        f"Section: office\n"
        f"Priority: optional\n"
        f"Description: run sales-and-marketing meetings on time\n"
        f" The neutral moderator's desktop app for smarketing meetings: a timed agenda,\n"
        f" a presenter clock, notes, disputes, action items and PDF minutes.\n",
        encoding="utf-8",
    )
    deb = dist / f"facilitator_{version()}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--build", "--root-owner-group", "-Zgzip", str(stage), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="where the bundle goes")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="scratch folder")
    parser.add_argument("--no-deb", action="store_true", help="stop after the one-folder app")
    args = parser.parse_args(argv)
    icons = render_icons(args.work / "icons")
    compile_catalogues()
    folder = run_pyinstaller(args.dist, args.work / "pyinstaller", args.work / "icons")
    print(f"{folder}/")
    if sys.platform.startswith("linux") and not args.no_deb:
        validate_metainfo(LINUX / f"{APP_ID}.metainfo.xml")
        if shutil.which("desktop-file-validate") is not None:
            subprocess.run(["desktop-file-validate", str(LINUX / f"{APP_ID}.desktop")], check=True)
        print(build_deb(folder, icons, args.dist, args.work))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
