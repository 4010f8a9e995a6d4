"""PDF minutes: a meeting frozen into a snapshot, then laid out as an A4 document."""

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from reportlab import rl_config

# ReportLab's graphics validate every attribute set on a shape unless this is off when
# reportlab.graphics is first imported (by the funnel's first chart, after this): the chart is
# drawn with them, and the checks were a tenth of an export when the metric charts were too.
# The charts are built by this code, not from user input, so nothing is lost.
rl_config.shapeChecking = 0


class _CompiledOnFirstUse:
    """A regular expression compiled when first used rather than when its module is imported."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            self._compiled = re.compile(*self._source)
        return getattr(self._compiled, name)


@contextmanager
def _costly_patterns_deferred() -> Iterator[None]:
    """While ReportLab's layout is first imported, compile its patterns with a character range
    reaching U+FFFF on first use: Python builds the set of such a range one character at a time,
    and folds the case of each when the pattern ignores case. ReportLab's web address pattern
    (used only to hyphenate addresses) took 46 ms and its CJK line-wrap recipe's 6 ms of every
    `facilitator minutes` process; the minutes use neither."""
    compile_now = re.compile

    def compile_costly_later(pattern: Any, flags: int = 0) -> Any:
        costly = isinstance(pattern, str) and "\uffff" in pattern
        return _CompiledOnFirstUse(pattern, flags) if costly else compile_now(pattern, flags)

    re.compile = compile_costly_later  # type: ignore[assignment]
    try:
        yield
    finally:
        re.compile = compile_now


with _costly_patterns_deferred():
    from facilitator.minutes.pdf import render_minutes, write_minutes
from facilitator.minutes.snapshot import MinutesSnapshot, snapshot_meeting  # noqa: E402

__all__ = ["MinutesSnapshot", "render_minutes", "snapshot_meeting", "write_minutes"]
