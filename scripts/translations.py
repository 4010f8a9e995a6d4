"""The translation catalogues: made from the code, filled, checked and compiled.

    python3 scripts/translations.py update [AREA ...]     # pyside6-lupdate / Babel extraction
    python3 scripts/translations.py fill AREA LANG FILE.json
    python3 scripts/translations.py missing [AREA ...]    # what is not translated yet
    python3 scripts/translations.py compile               # .qm and .mo into resources/

The windows' strings (self.tr, QCoreApplication.translate, QT_TRANSLATE_NOOP) go to one .ts
file per area of facilitator/ui and language: translations/ui_<area>_<lang>.ts, so the areas are
translated apart. The core's strings (_, N_, ngettext, pgettext from facilitator.language) go to
translations/core_<lang>.po (the minutes and the words they print: CORE below) and
translations/messages_<lang>.po (every other core package's refusals and messages).
`compile` runs at build time (hatch_build.py, build_bundle.py): every ui_*_<lang>.ts into
resources/translations/facilitator_<lang>.qm with lrelease, and the two .po of a language into
resources/locale/<lang>/LC_MESSAGES/facilitator.mo with Babel.

A fill file is JSON: {"source text": "translation"}, or a list of forms for a plural message;
"context|source text" gives one context its own translation where the same words differ.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "facilitator" / "ui"
CATALOGUES = ROOT / "translations"
LANGUAGES = ("de", "es")
OUTPUT = ROOT / "resources"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2), "pgettext": ((1, "c"), 2)}


def areas() -> dict[str, list[Path]]:
    """Each package of facilitator/ui is an area; the modules directly in it make 'app'."""
    found = {"app": sorted(UI.glob("*.py"))}
    for package in sorted(p for p in UI.iterdir() if (p / "__init__.py").exists()):
        found[package.name] = sorted(package.rglob("*.py"))
    return found


def _qt_tool(tool: str, *args: str) -> None:
    code = f"import sys; from PySide6.scripts.pyside_tool import {tool}; {tool}()"
    subprocess.run([sys.executable, "-c", code, *args], check=True, stdout=subprocess.DEVNULL)


def ts_path(area: str, language: str) -> Path:
    return CATALOGUES / f"ui_{area}_{language}.ts"


GETTEXT_AREAS = ("core", "messages")


def po_path(language: str, area: str = "core") -> Path:
    return CATALOGUES / f"{area}_{language}.po"


def update(names: list[str]) -> None:
    known = areas()
    for name in names or [*known, *GETTEXT_AREAS]:
        if name in GETTEXT_AREAS:
            _update_core(name)
            continue
        targets = [str(ts_path(name, language)) for language in LANGUAGES]
        sources = [str(path) for path in known[name]]
        _qt_tool("lupdate", *sources, "-no-obsolete", "-locations", "none", "-ts", *targets)
        for language, target in zip(LANGUAGES, targets, strict=True):
            _set_language(Path(target), language)


def _set_language(path: Path, language: str) -> None:
    text = path.read_text(encoding="utf-8")
    for old in ('language="de_DE"', 'language="en_US"', 'language="es_ES"'):
        text = text.replace(old, f'language="{language}"')
    path.write_text(text, encoding="utf-8")


CORE = ("minutes", "vocabulary.py", "mailing", "funnel", "cli.py", "language.py")
"""What the 'core' catalogue covers (the minutes and the words they print); the rest of the
core — the refusals and messages of rules, record and the other packages — is 'messages'."""


def _core_sources(area: str = "core") -> list[Path]:
    package = ROOT / "facilitator"
    every = sorted(p for p in package.rglob("*.py") if UI not in p.parents)
    inside = {p for p in every if p.relative_to(package).parts[0] in CORE}
    return sorted(inside if area == "core" else set(every) - inside)


def _update_core(area: str = "core") -> None:
    from babel.messages.catalog import Catalog
    from babel.messages.extract import extract_from_file
    from babel.messages.pofile import read_po

    template = Catalog(project="Facilitator", charset="utf-8")
    for path in _core_sources(area):
        for _line, message, comments, context in extract_from_file(
            "python", str(path), keywords=KEYWORDS
        ):
            template.add(message, context=context, auto_comments=comments)
    for language in LANGUAGES:
        path = po_path(language, area)
        if path.exists():
            with path.open("rb") as file:
                catalog = read_po(file, locale=language)
            catalog.update(template, no_fuzzy_matching=True)
        else:
            catalog = Catalog(locale=language, project="Facilitator", charset="utf-8")
            catalog.update(template, no_fuzzy_matching=True)
        _write_po(path, catalog)


def _write_po(path: Path, catalog) -> None:
    from babel.messages.pofile import write_po

    CATALOGUES.mkdir(exist_ok=True)
    with path.open("wb") as file:
        write_po(file, catalog, no_location=True, omit_header=False, ignore_obsolete=True)


def fill(area: str, language: str, source: Path) -> None:
    table = json.loads(source.read_text(encoding="utf-8"))
    if area in GETTEXT_AREAS:
        _fill_po(language, table, area)
    else:
        _fill_ts(ts_path(area, language), table)


def _pick(table: dict, context: str | None, source: str):
    if context and f"{context}|{source}" in table:
        return table[f"{context}|{source}"]
    return table.get(source)


def _fill_ts(path: Path, table: dict) -> None:
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found = _pick(table, name, message.findtext("source") or "")
            if found is None:
                continue
            translation = message.find("translation")
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = found if isinstance(found, list) else [found, found]
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = found if isinstance(found, str) else found[0]
    _write_ts(path, tree)


def _write_ts(path: Path, tree: ET.ElementTree) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )


def _fill_po(language: str, table: dict, area: str) -> None:
    from babel.messages.pofile import read_po

    path = po_path(language, area)
    with path.open("rb") as file:
        catalog = read_po(file, locale=language)
    for message in catalog:
        if not message.id:
            continue
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        found = _pick(table, message.context, key)
        if found is None:
            continue
        if isinstance(message.id, tuple):
            message.string = tuple(found) if isinstance(found, list) else (found, found)
        else:
            message.string = found if isinstance(found, str) else found[0]
        message.flags.discard("fuzzy")
    _write_po(path, catalog)


def missing(names: list[str]) -> dict[str, list[str]]:
    """Per catalogue, the source texts with no finished translation."""
    from babel.messages.pofile import read_po

    result: dict[str, list[str]] = {}
    for name in names or [*areas(), *GETTEXT_AREAS]:
        for language in LANGUAGES:
            if name in GETTEXT_AREAS:
                path = po_path(language, name)
                if not path.exists():
                    result[path.name] = []
                    continue
                with path.open("rb") as file:
                    catalog = read_po(file, locale=language)
                gaps = [
                    str(m.id)
                    for m in catalog
                    if m.id and (not m.string or not all(m.string) or m.fuzzy)
                ]
                result[path.name] = gaps
                continue
            path = ts_path(name, language)
            if not path.exists():
                result[path.name] = ["(no catalogue: run update)"]
                continue
            gaps = []
            for message in ET.parse(path).getroot().iter("message"):
                translation = message.find("translation")
                forms = [f.text for f in translation.iter("numerusform")] or [translation.text]
                kind = translation.get("type")
                done = kind != "unfinished" and all(forms)
                if kind not in ("vanished", "obsolete") and not done:
                    gaps.append(message.findtext("source") or "")
            result[path.name] = gaps
    return result


def compile_catalogues(output: Path = OUTPUT) -> list[Path]:
    """The .qm and .mo files the app loads, from the catalogues; returns what was written."""
    written = []
    for language in LANGUAGES:
        sources = sorted(CATALOGUES.glob(f"ui_*_{language}.ts"))
        qm = output / "translations" / f"facilitator_{language}.qm"
        qm.parent.mkdir(parents=True, exist_ok=True)
        if sources:
            _qt_tool("lrelease", "-silent", *map(str, sources), "-qm", str(qm))
            written.append(qm)
        mo = write_mo_file(output / "locale", language)
        if mo is not None:
            written.append(mo)
    return written


def write_mo_file(locale_folder: Path, language: str) -> Path | None:
    """The core's .po files of one language merged into the .mo gettext reads under
    locale_folder (the tests compile into a folder of their own this way)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    merged = None
    for area in GETTEXT_AREAS:
        if not po_path(language, area).exists():
            continue
        with po_path(language, area).open("rb") as file:
            catalog = read_po(file, locale=language)
        if merged is None:
            merged = catalog
        else:
            for message in catalog:
                if message.id and (message.id, message.context) not in merged:
                    merged[message.id] = message
    if merged is None:
        return None
    mo = locale_folder / language / "LC_MESSAGES" / "facilitator.mo"
    mo.parent.mkdir(parents=True, exist_ok=True)
    with mo.open("wb") as file:
        write_mo(file, merged)
    return mo


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    command, rest = argv[0], argv[1:]
    if command == "update":
        update(rest)
    elif command == "fill":
        fill(rest[0], rest[1], Path(rest[2]))
    elif command == "missing":
        gaps = missing(rest)
        for name, texts in gaps.items():
            print(f"{name}: {len(texts)} untranslated")
            for text in texts:
                print(f"    {text!r}")
        return 1 if any(gaps.values()) else 0
    elif command == "compile":
        for path in compile_catalogues():
            print(path.relative_to(ROOT))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
