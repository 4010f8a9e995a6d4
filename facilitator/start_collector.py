"""Python's cyclic garbage collector while the app or a command starts: off, then on and frozen.

Importing PySide6, SQLAlchemy, the models and the windows makes hundreds of thousands of young
objects, and the collector walks them again and again while module bodies run, though imports
make next to no cyclic garbage: with it off until the window is usable a start is about 60 ms
shorter (issue #20). Once the start is done (the window usable, or, where the ORM loads in
the background after that, the ORM in) the collector is back on, and what the start made is
frozen: moved out of every later collection, so the clock's tick and the typing of notes
never pay for walking the app's modules and widgets. A command's own work (an import of
60,000 notes) always runs with the collector on.
"""

from __future__ import annotations

import gc

_paused = False
"""Whether pause() turned the collector off: resume() turns on only what it turned off, so a
caller that had it off (a test, a profiler) keeps it off."""
_frozen = False
"""Whether a start's objects were frozen: only the process's first start is. A later pause in
the same process (a test calling main() again) would otherwise freeze whatever garbage the
process held then, never to be collected."""


def pause() -> None:
    """Turn the collector off for a start, unless someone had turned it off already."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """The start is done: the collector on again, the process's first start's objects frozen.
    Safe to call more than once, and when pause() did nothing."""
    global _paused, _frozen
    if _paused:
        _paused = False
        if not _frozen:
            _frozen = True
            gc.freeze()
        gc.enable()
