"""The installed app: a wheel built from this tree, installed into a fresh virtual environment,
loads the demo and makes its minutes with the templates, fonts and demo data it carries.

Slow (a build, a venv and two runs of the app: about half a minute); it runs with the suite
because it is the one test that sees what a user's install holds, not what the checkout holds.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]


def _call(*command: str | Path, cwd: Path) -> str:
    """Run a command away from the checkout, so nothing is imported from the source tree."""
    environment = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    environment.pop("PYTHONPATH", None)
    done = subprocess.run(
        [str(part) for part in command],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"
    return done.stdout


def _build_wheel(into: Path) -> Path:
    """pip builds the wheel as `pip install .` would; with hatchling at hand it needs no index."""
    isolation = [] if importlib.util.find_spec("hatchling") is None else ["--no-build-isolation"]
    _call(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", *isolation, "-w", into, ROOT,
        cwd=into,
    )
    (wheel,) = into.glob("facilitator-*.whl")
    return wheel


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bin folder of a fresh venv holding the wheel; its dependencies are the system's."""
    folder = tmp_path_factory.mktemp("wheel")
    wheel = _build_wheel(folder)
    venv = folder / "venv"
    _call(sys.executable, "-m", "venv", "--system-site-packages", venv, cwd=folder)
    bin_folder = venv / ("Scripts" if sys.platform == "win32" else "bin")
    _call(
        bin_folder / "python", "-m", "pip", "install", "-q", "--no-deps", "--no-index",
        "--force-reinstall", wheel,
        cwd=folder,
    )
    return bin_folder


def test_a_source_checkout_reads_the_top_level_resources() -> None:
    """The checkout has no copy under the package: the one function finds resources/ itself."""
    from facilitator.resource_folder import resource_folder

    assert not (ROOT / "facilitator" / "resources").exists()
    assert resource_folder() == ROOT / "resources"
    for shipped in ("templates", "fonts", "icons", "demo"):
        assert (resource_folder() / shipped).is_dir()


def test_the_installed_app_reads_its_own_copy_of_the_resources(installed: Path) -> None:
    found = _call(
        installed / "python",
        "-c",
        "from facilitator.resource_folder import resource_folder; print(resource_folder())",
        cwd=installed,
    )
    folder = Path(found.strip())
    assert folder.is_relative_to(installed.parent)
    assert folder.parts[-2:] == ("facilitator", "resources")
    for shipped in ("templates/weekly.json", "fonts/LICENSE-DejaVu.txt", "demo/notes.toml"):
        assert (folder / shipped).read_bytes() == (ROOT / "resources" / shipped).read_bytes()
    assert (folder / "icons" / "facilitator.svg").is_file()


def test_the_installed_app_makes_minutes_of_the_demo(installed: Path, tmp_path: Path) -> None:
    database, minutes = tmp_path / "demo.sqlite", tmp_path / "minutes.pdf"
    app = installed / "facilitator"

    said = _call(app, "demo", "--db", database, cwd=tmp_path)
    listed = json.loads(_call(app, "list", "--json", "--db", database, cwd=tmp_path))
    # how many management meetings and check-ins fall in its weeks depends on today
    assert f"{len(listed)} meetings, 13 people" in said
    held = [m for m in listed if m["status"] == "ended" and m["kind"] == "weekly"]
    assert len(held) == 10
    latest = max(held, key=lambda m: m["scheduled_at"])
    _call(app, "minutes", str(latest["id"]), "--db", database, "-o", minutes, cwd=tmp_path)

    pdf = PdfReader(minutes)
    assert len(pdf.pages) >= 1
    first = pdf.pages[0].extract_text()
    assert "Weekly smarketing meeting" in first
    assert "Sofia Marchetti" in first
    fonts = {
        str(font.get_object()["/BaseFont"])
        for page in pdf.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any(name.endswith("+DejaVuSans") for name in fonts)
