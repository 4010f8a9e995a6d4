"""The installable bundle's own files: the desktop entry, the AppStream metainfo and the spec
say the same app, at this version, and pass their validators where these are installed.

The bundle itself is built and started by .ci/run (scripts/build_bundle.py); that takes
minutes, so the suite checks only what the build reads.
"""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from facilitator import __version__

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.facilitator.Facilitator"
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_the_desktop_entry_starts_the_app_with_its_icon():
    entry = _entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "facilitator"
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")


def test_the_metainfo_names_the_desktop_entry_and_this_version():
    root = ElementTree.parse(METAINFO).getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "facilitator"
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__


@pytest.mark.skipif(shutil.which("appstreamcli") is None, reason="appstream not installed")
def test_appstreamcli_validates_the_metainfo():
    done = subprocess.run(
        ["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None, reason="desktop-file-utils not installed"
)
def test_desktop_file_validate_accepts_the_entry():
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and done.stdout == "", done.stdout + done.stderr


def test_the_spec_carries_the_resources_and_the_migrations():
    spec = (ROOT / "packaging" / "facilitator.spec").read_text(encoding="utf-8")
    assert '(str(ROOT / "resources"), "facilitator/resources")' in spec
    assert '"facilitator/storage/migrations")' in spec
    for name in ("facilitator", "facilitator-cli"):
        assert f'program("{name}"' in spec
