"""PySide6 reads the source of every module imported after it: its `__feature__` import hook
asks each new module whether its text mentions PySide6 (inspect.getsource), so that a module
could choose `from __feature__ import snake_case` for itself. Facilitator chooses no feature, so
the answer never changes how Qt behaves; reading the sources of SQLAlchemy, ReportLab and the
app's own modules on every start cost about a tenth of a second and kept them all in memory
(linecache). Every module is told apart as one that selects no feature, without reading it.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401 - installs the hook (shibokensupport.feature) this changes


def _selects_no_feature(module: ModuleType) -> bool:
    """PySide6's question, answered without reading the module: it uses no feature."""
    return False


def skip_source_reading() -> bool:
    """Answer the hook's question without reading sources; False where this PySide6 has no
    such hook (nothing to skip)."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = _selects_no_feature  # type: ignore[attr-defined]
    return True
