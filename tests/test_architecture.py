"""The layers hold, read from the code's imports, and docs/architecture.svg shows them as they are.

The import graph is the one scripts/architecture_picture.py draws from: nothing below the ui
imports Qt or the ui (the command line's window opener alone imports the ui, inside the
function), the ui never reaches SQL, no package holds more than fifteen modules and no class
more than about three hundred lines.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
MAX_MODULES = 15
MAX_CLASS_LINES = 320
"""About three hundred lines: a class longer than that does more than one job."""
SQL_MODULES = ("sqlalchemy", "sqlite3", "alembic", "facilitator.storage.models")
SQL_CALLS = {"execute", "executemany", "executescript", "exec_driver_sql", "scalar", "scalars"}
WINDOW_OPENER = "facilitator.cli"
"""The one module below the ui that may import it, and only inside a function."""


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "architecture_picture", ROOT / "scripts" / "architecture_picture.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = script
    spec.loader.exec_module(script)
    return script


picture = _load_script()


def _is_under(target: str, package: str) -> bool:
    return target == package or target.startswith(package + ".")


def _in_ui(module) -> bool:
    return _is_under(module.name, "facilitator.ui")


def qt_below_ui(modules: dict) -> list[str]:
    """Where a module outside facilitator/ui imports PySide6, or the ui other than lazily."""
    found = []
    for module in modules.values():
        if _in_ui(module):
            continue
        for line in module.imports:
            lazy_window = module.name == WINDOW_OPENER and line.in_function
            if _is_under(line.target, "PySide6") or (
                _is_under(line.target, "facilitator.ui") and not lazy_window
            ):
                found.append(f"{module.path.name}:{line.line} imports {line.target}")
    return found


def sql_in_ui(modules: dict) -> list[str]:
    """Where a facilitator/ui module imports a database library or the models, or runs SQL."""
    found = []
    for module in modules.values():
        if not _in_ui(module):
            continue
        for line in module.imports:
            if any(_is_under(line.target, name) for name in SQL_MODULES):
                found.append(f"{module.path.name}:{line.line} imports {line.target}")
        tree = ast.parse(module.path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr in SQL_CALLS
            ):
                found.append(f"{module.path.name}:{node.lineno} calls {node.func.attr}()")
    return found


def crowded_packages(root: Path) -> dict[str, int]:
    """Folders under root holding more than MAX_MODULES modules (an __init__ is not counted)."""
    counts = Counter(
        str(path.parent.relative_to(root.parent))
        for path in root.rglob("*.py")
        if path.name != "__init__.py"
    )
    return {folder: count for folder, count in counts.items() if count > MAX_MODULES}


def long_classes(root: Path) -> dict[str, int]:
    """Classes under root longer than MAX_CLASS_LINES, by file and name, with their length."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_CLASS_LINES:
                    found[f"{path.relative_to(root.parent)}:{node.name}"] = length
    return found


def test_the_committed_picture_is_the_one_the_code_draws(tmp_path: Path) -> None:
    drawn = picture.write(tmp_path / "architecture.svg")
    committed = ROOT / "docs" / "architecture.svg"
    assert drawn.read_text(encoding="utf-8") == committed.read_text(encoding="utf-8"), (
        "docs/architecture.svg is stale: run python3 scripts/architecture_picture.py"
    )


def test_the_picture_shows_every_package_and_its_layer() -> None:
    svg = (ROOT / "docs" / "architecture.svg").read_text(encoding="utf-8")
    for layer in picture.LAYERS:
        assert f">{layer}</text>" in svg
    for package in ("ui/console/", "ui/common/", "record/", "rules/", "storage/", "cli.py"):
        assert f"  {package}" in svg


def test_nothing_below_the_ui_imports_qt_or_the_ui() -> None:
    assert qt_below_ui(picture.read_modules()) == []


def test_the_ui_never_imports_a_database_library_or_runs_sql() -> None:
    assert sql_in_ui(picture.read_modules()) == []


def test_no_package_holds_more_than_fifteen_modules() -> None:
    assert crowded_packages(ROOT / "facilitator") == {}


def test_no_class_is_longer_than_about_three_hundred_lines() -> None:
    assert long_classes(ROOT / "facilitator") == {}


def test_the_class_rule_names_the_long_class(tmp_path: Path) -> None:
    body = "".join(f"    x{n} = {n}\n" for n in range(MAX_CLASS_LINES))
    files = {"ui/big.py": f"class Big:\n{body}", "ui/small.py": "class S:\n    x = 1\n"}
    package = _tree(tmp_path, files)
    assert long_classes(package) == {"facilitator/ui/big.py:Big": MAX_CLASS_LINES + 1}


def _tree(root: Path, files: dict[str, str]) -> Path:
    package = root / "facilitator"
    for name, text in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return package


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"rules/clock.py": "from PySide6.QtCore import QTimer\n"}, ["clock.py:1 imports"]),
        (
            {"record/notes.py": "def f():\n    from facilitator.ui.app import run\n"},
            ["notes.py:2 imports"],
        ),
        ({"cli.py": "from facilitator.ui import app\n"}, ["cli.py:1 imports"]),
        ({"cli.py": "def gui():\n    from facilitator.ui.app import run\n"}, []),
    ],
)
def test_the_qt_rule_names_each_import_that_breaks_it(
    tmp_path: Path, files: dict[str, str], expected: list[str]
) -> None:
    _tree(tmp_path, {"__init__.py": "", "ui/__init__.py": "", "ui/app.py": "", **files})
    found = qt_below_ui(picture.read_modules(tmp_path / "facilitator"))
    assert [line.split(" facilitator")[0].split(" PySide6")[0] for line in found] == expected


def test_the_sql_rule_names_imports_and_statements(tmp_path: Path) -> None:
    package = _tree(
        tmp_path,
        {
            "__init__.py": "",
            "ui/__init__.py": "",
            "ui/grid.py": "from sqlalchemy import select\n\n\ndef f(s):\n    s.execute(select())\n",
        },
    )
    assert sql_in_ui(picture.read_modules(package)) == [
        "grid.py:1 imports sqlalchemy.select",
        "grid.py:5 calls execute()",
    ]


def test_the_module_count_ignores_init_files(tmp_path: Path) -> None:
    files = {f"record/m{n}.py": "" for n in range(MAX_MODULES)}
    package = _tree(tmp_path, {"__init__.py": "", "record/__init__.py": "", **files})
    assert crowded_packages(package) == {}
    (package / "record" / "one_more.py").write_text("", encoding="utf-8")
    assert crowded_packages(package) == {"facilitator/record": MAX_MODULES + 1}
