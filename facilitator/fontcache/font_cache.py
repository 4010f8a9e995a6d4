"""Parsed TrueType fonts and the characters they cover, kept in the user cache folder.

Parsing a font file is most of a short PDF's time (Droid Sans Fallback alone about 0.2 s), and
every `facilitator minutes` process paid it again. Two kinds of entry, both tied to the
ReportLab version that made them:

- a file's coverage (the characters it has a glyph for), looked up by the file's path, size and
  modification time, with the file's content hash inside: asking whether a face has a character
  reads only this, so a face is loaded only when a character of the document needs it;
- a parsed face (ReportLab's TTFontFace without the file's bytes), looked up by the content hash:
  loading a font reads the file anyway (its subset is cut from the bytes), hashes it, and takes
  the entry made from exactly those bytes, so a changed file never meets another file's metrics;
  a coverage entry whose hash the loaded bytes contradict is made again. (Only a file rewritten
  with the same size and the same modification time to the nanosecond could have its old
  coverage asked before its load in that one process; its glyphs still come from its bytes.)

Each entry starts with a SHA-256 of the rest; an entry that fails it or fails to unpickle is
ignored, and a folder that can't be written is ignored too: the font is parsed as without a
cache, so the cache can make a PDF sooner but never different.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
from array import array
from collections.abc import Sequence
from contextlib import suppress
from fnmatch import fnmatch
from pathlib import Path
from typing import Any
from weakref import WeakKeyDictionary

from reportlab import Version as REPORTLAB_VERSION
from reportlab import rl_config
from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTEncoding, TTFont, TTFontFace

from facilitator.paths import app_cache_folder

FORMAT = 2
"""Bumped when what an entry holds changes, so older entries are passed over."""
_NOT_KEPT = ("_ttf_data", "_pdfScale", "glyphToChar", "_pos")
"""The file's bytes (read again on load), a lambda, and what only the parse itself uses."""


def cache_folder() -> Path:
    """Where font entries go."""
    return app_cache_folder() / "fonts"


def _digest(*parts: object) -> str:
    text = "|".join(str(part) for part in (FORMAT, REPORTLAB_VERSION, *parts))
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:40]


def _read(entry: Path) -> Any:
    """An entry's value, or None when it is missing, damaged or unreadable."""
    try:
        blob = entry.read_bytes()
    except OSError:
        return None
    check, payload = blob[:32], blob[32:]
    if hashlib.sha256(payload).digest() != check:
        return None
    collecting = gc.isenabled()
    gc.disable()  # a face's tables are tens of thousands of small objects: no collection midway
    try:
        return pickle.loads(payload)
    except Exception:  # a damaged entry is any unpickling error: parse the font instead
        return None
    finally:
        if collecting:
            gc.enable()


def _write(entry: Path, value: object) -> None:
    """Keep value under entry, whole or not at all; a folder that can't be written is ignored."""
    payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    partial = entry.with_name(f"{entry.name}.{os.getpid()}.partial")
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(hashlib.sha256(payload).digest() + payload)
        os.replace(partial, entry)
    except OSError:
        with suppress(OSError):
            partial.unlink(missing_ok=True)


def _coverage_entry(path: Path) -> Path | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    key = _digest("coverage", path.resolve(), stat.st_size, stat.st_mtime_ns)
    return cache_folder() / f"{key}.coverage"


def _covered(face: TTFontFace) -> frozenset[int]:
    return frozenset(code for code, glyph in face.charToGlyph.items() if glyph)


_coverage_seen: dict[Path, str] = {}
"""The content hash each coverage entry held when this process read or wrote it, so loading the
face after asking its coverage does not read the entry again to check it."""


def coverage(path: Path) -> frozenset[int]:
    """The characters the font file has a glyph for (other than .notdef)."""
    entry = _coverage_entry(path)
    found = _read(entry) if entry else None
    if isinstance(found, tuple) and len(found) == 2 and isinstance(found[1], frozenset):
        if entry is not None:
            _coverage_seen[entry] = found[0]
        return found[1]
    if entry is not None:
        _coverage_seen.pop(entry, None)  # missing or damaged now: loading the face writes it
    return _covered(_load_face(path))


class _Metrics(Sequence[tuple[float, float]]):
    """A face's horizontal metrics, (advance, left side bearing) by glyph, as two arrays.

    ReportLab keeps a list of tuples, read back only to cut a subset (int() of each): as arrays
    an entry loads without making a tuple per glyph, 49,000 of them in Droid Sans Fallback.
    """

    def __init__(self, pairs: Sequence[tuple[float, float]]) -> None:
        self.advances = array("d", (advance for advance, _ in pairs))
        self.bearings = array("d", (bearing for _, bearing in pairs))

    def __len__(self) -> int:
        return len(self.advances)

    def __getitem__(self, glyph: int) -> tuple[float, float]:  # type: ignore[override]
        return self.advances[glyph], self.bearings[glyph]


def _packed(state: dict[str, Any]) -> dict[str, Any]:
    """A parsed face's state with its per-character and per-glyph tables as arrays, which load
    several times sooner than the dicts and lists of numbers ReportLab builds; the widths are
    packed only where they are all floats, as ReportLab computes them, so nothing reads back
    as another type."""
    chars, widths = state["charToGlyph"], state["charWidths"]
    packed = {**state, "hmetrics": _Metrics(state["hmetrics"]), "glyphPos": array("I")}
    packed["glyphPos"].extend(state["glyphPos"])
    if chars.keys() == widths.keys() and all(type(w) is float for w in widths.values()):
        del packed["charToGlyph"], packed["charWidths"]
        packed["_chars"] = array("I", chars.keys())
        packed["_glyphs"] = array("I", chars.values())
        packed["_widths"] = array("d", widths.values())
    return packed


def _unpacked(state: dict[str, Any]) -> dict[str, Any]:
    """The state _packed made, with the dicts ReportLab looks characters up in made again."""
    if "_chars" in state:
        chars = state.pop("_chars")
        state["charToGlyph"] = dict(zip(chars, state.pop("_glyphs"), strict=True))
        state["charWidths"] = dict(zip(chars, state.pop("_widths"), strict=True))
    return state


class _Scale:
    """ReportLab's font units to PDF units, as its parser computes them (a lambda it can't keep)."""

    def __init__(self, units_per_em: int) -> None:
        self.factor = None if units_per_em == 1000 else 1000 / units_per_em

    def __call__(self, value: float) -> float:
        return value if self.factor is None else value * self.factor


def _parsed(filename: str, data: bytes, state: dict[str, Any]) -> TTFontFace:
    face: TTFontFace = TTFontFace.__new__(TTFontFace)
    face.__dict__.update(_unpacked(state))
    face.__dict__.update(filename=filename, _ttf_data=data, _pos=0)
    face._pdfScale = _Scale(face.unitsPerEm)
    return face


def _load_face(path: Path) -> TTFontFace:
    """The parsed face of a font file, from the cache when an entry was made from these bytes."""
    filename, handle = ttfonts.TTFOpenFile(str(path))
    with handle:
        data = handle.read()
    content = hashlib.sha256(data).hexdigest()
    face_entry = cache_folder() / f"{_digest('face', content)}.face"
    state = _read(face_entry)
    if isinstance(state, dict) and state.get("filename") == "" and "hmetrics" in state:
        face = _parsed(filename, data, state)
    else:
        face = TTFontFace(filename)
        kept = {k: v for k, v in face.__dict__.items() if k not in _NOT_KEPT}
        _write(face_entry, _packed({**kept, "filename": ""}))
    entry = _coverage_entry(path)
    if entry is not None and _coverage_seen.get(entry) != content:
        known = _read(entry)
        if not (isinstance(known, tuple) and known[0] == content):
            _write(entry, (content, _covered(face)))
        _coverage_seen[entry] = content
    return face


class _Unassigned(Exception):
    """A character not yet given a code in the document's first subset (not a LookupError, so
    str.translate stops at it rather than keeping the character)."""


class _SubsetCodes(dict[int, str]):
    """The document's first subset as a str.translate table: character -> its one-byte code."""

    def __missing__(self, code: int) -> str:
        raise _Unassigned


_WIDTHS_KEPT = 50_000
"""Measured words a font keeps before it starts afresh (a few MB at most)."""


class _Font(TTFont):
    """ReportLab's TTFont, with widths kept and the usual case of splitString done quicker.

    Line breaking measures every word, and each measure costs about a microsecond whatever its
    length: 1,800 of them an export, over half of them words measured before (names, labels,
    dates), in that export or an earlier one. A width is kept per word and size, as measured.
    Every text drawn is split into subsets a character at a time in Python; once its characters
    have their codes (most text repeats the same letters), a text all in the first subset is one
    run of their codes. Anything else goes the original way, which gives new characters their
    codes, so the PDF is the same either way.
    """

    _widths: dict[tuple[str | bytes, float, str], float]

    def stringWidth(  # noqa: N802 (ReportLab's name)
        self, text: str | bytes, size: float, encoding: str = "utf8"
    ) -> float:
        key = (text, size, encoding)
        width = self._widths.get(key)
        if width is None:
            if len(self._widths) >= _WIDTHS_KEPT:
                self._widths.clear()
            width = self._widths[key] = super().stringWidth(text, size, encoding)
        return width

    def splitString(  # noqa: N802 (ReportLab's name)
        self, text: str | bytes, doc: Any, encoding: str = "utf-8"
    ) -> list[tuple[int, bytes]]:
        state = self.state.get(doc)
        codes: _SubsetCodes | None = getattr(state, "subset_codes", None)
        if codes is not None and text and isinstance(text, str):
            try:
                return [(0, text.translate(codes).encode("latin-1"))]
            except _Unassigned:
                pass
        runs: list[tuple[int, bytes]] = super().splitString(text, doc, encoding)
        state = self.state[doc]
        if codes is None:
            codes = state.subset_codes = _SubsetCodes()
        if isinstance(text, str):
            assigned = state.assignments
            for code in map(ord, set(text)):
                n = assigned.get(32 if code == 0xA0 else code)  # ReportLab's no-break space
                if n is not None and n < 256:
                    codes[code] = chr(n)
        return runs


def load_font(name: str, path: Path) -> TTFont:
    """ReportLab's TTFont(name, path), its parse taken from the cache when it can be."""
    font = _Font.__new__(_Font)
    font.fontName = name
    font._widths = {}
    font.face = _load_face(path)
    font.encoding = TTEncoding()
    font.state = WeakKeyDictionary()
    font._asciiReadable = rl_config.ttfAsciiReadable
    font.shapable = not any(fnmatch(name, pattern) for pattern in ttfonts.unShapedFontGlob)
    return font
