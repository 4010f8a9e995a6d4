"""Draw docs/architecture.svg, the layers and packages of facilitator/, from the code's imports.

Run from the project root: python3 scripts/architecture_picture.py [OUTPUT]. The picture is
made from the source alone (ast, no import of the app, no new dependency), so it says what
the code does today; tests/test_architecture.py draws it again and compares it with the copy
in docs/, and checks the layer rules from the same import graph.

The picture is a dependency matrix: each package is a row, in its layer, and a cell in the
row holds how many of its modules import a module of the column's package. A cell below
the diagonal's band marks an import from a lower layer up into a higher one.
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "facilitator"
OUTPUT = ROOT / "docs" / "architecture.svg"

LAYERS = ("ui", "core", "storage", "base")
"""Top to bottom: each layer may import the ones below it."""
ENTRY_MODULES = frozenset({"__init__", "__main__", "cli"})
"""The root's command line, drawn as one box with the package's own __init__ and __main__.

Every other module at the root is the base every layer reads: now and today, the domain's
words, where files are."""


@dataclass
class Module:
    """One .py file under facilitator/: its dotted name, its file and what it imports."""

    name: str
    path: Path
    folder: tuple[str, ...]
    imports: list[ImportLine] = field(default_factory=list)


@dataclass(frozen=True)
class ImportLine:
    """One imported dotted name, where it stands, and whether it waits for a function's call."""

    target: str
    line: int
    in_function: bool


def module_name(path: Path, root: Path = PACKAGE) -> str:
    """The dotted name of a file: facilitator/rules/clock.py is facilitator.rules.clock."""
    parts = path.relative_to(root.parent).with_suffix("").parts
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _absolute(node: ast.ImportFrom, name: str, is_package: bool) -> str:
    """The dotted module a `from … import` names, with a relative one resolved against name."""
    if not node.level:
        return node.module or ""
    here = name.split(".") if is_package else name.split(".")[:-1]
    base = here[: len(here) - node.level + 1]
    return ".".join([*base, node.module] if node.module else base)


def _imports(tree: ast.Module, name: str, is_package: bool) -> list[ImportLine]:
    """Every name the module imports: `from a import b` gives a.b, which may be a module or a
    name defined in a; the reader finds the module that holds it."""
    in_function = {
        id(inner)
        for outer in ast.walk(tree)
        if isinstance(outer, ast.FunctionDef | ast.AsyncFunctionDef)
        for inner in ast.walk(outer)
    }
    found: list[ImportLine] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = _absolute(node, name, is_package)
            targets = [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        found.extend(ImportLine(t, node.lineno, id(node) in in_function) for t in targets)
    return found


def read_modules(root: Path = PACKAGE) -> dict[str, Module]:
    """Every module under root, parsed, by dotted name."""
    modules: dict[str, Module] = {}
    for path in sorted(root.rglob("*.py")):
        name = module_name(path, root)
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        imports = _imports(tree, name, path.name == "__init__.py")
        modules[name] = Module(name, path, path.relative_to(root).parent.parts, imports)
    return modules


def package_of(module: Module) -> str:
    """The box a module is drawn in: its folder, or a root module's own box.

    Migration scripts belong to storage/migrations, whatever their subfolder.
    """
    folder = module.folder
    if folder[:2] == ("storage", "migrations"):
        folder = folder[:2]
    if folder:
        return "/".join(folder) + "/"
    stem = module.path.stem
    return "cli.py" if stem in ENTRY_MODULES else f"{stem}.py"


def layer_of(package: str) -> str:
    if package.startswith("ui/"):
        return "ui"
    if package.startswith("storage/"):
        return "storage"
    if package.endswith(".py") and package != "cli.py":
        return "base"
    return "core"


def _owner(target: str, modules: dict[str, Module]) -> Module | None:
    """The module of ours an imported name lives in (facilitator.rules.clock.Clock → clock)."""
    while target:
        if target in modules:
            return modules[target]
        target = target.rpartition(".")[0]
    return None


def package_imports(modules: dict[str, Module]) -> dict[tuple[str, str], int]:
    """For each pair of packages (importer, imported): how many importer modules import it."""
    pairs: set[tuple[str, str, str]] = set()
    for module in modules.values():
        for line in module.imports:
            owner = _owner(line.target, modules)
            if owner is None:
                continue
            source, target = package_of(module), package_of(owner)
            if source != target:
                pairs.add((source, target, module.name))
    counts: dict[tuple[str, str], int] = {}
    for source, target, _ in pairs:
        counts[source, target] = counts.get((source, target), 0) + 1
    return counts


def _order(packages: set[str], edges: dict[tuple[str, str], int]) -> list[str]:
    """Packages top to bottom: by layer, then within it importers above what they import.

    An import that closes a cycle is passed over for the order (the cell still shows it).
    """
    placed: list[str] = []
    for layer in LAYERS:
        members = sorted(p for p in packages if layer_of(p) == layer)
        below = {p: sorted(t for (s, t) in edges if s == p and t in members) for p in members}
        depth: dict[str, int] = {}

        def visit(package: str, stack: tuple[str, ...], below=below, depth=depth) -> None:
            reach = len(stack)
            if depth.get(package, -1) >= reach:
                return
            depth[package] = reach
            for target in below[package]:
                if target not in stack:
                    visit(target, (*stack, package))

        for package in members:
            visit(package, ())
        placed.extend(sorted(members, key=lambda p: (depth[p], p)))
    return placed


ROW = 22
LABEL_WIDTH = 190
BAND_WIDTH = 84
TOP = 56
LAYER_FILL = {"ui": "#e8f0fb", "core": "#eef7e8", "storage": "#fbf1e4", "base": "#f2eefa"}
FONT = "font-family='DejaVu Sans, Arial, sans-serif'"


def _cell_colour(source: str, target: str) -> str:
    rank = {layer: i for i, layer in enumerate(LAYERS)}
    up = rank[layer_of(target)] - rank[layer_of(source)]
    if up < 0:
        return "#d9534f"
    return "#9aa5b1" if up == 0 else "#4a7bc8"


def draw(modules: dict[str, Module]) -> str:
    """The SVG text of the matrix: layer bands, one box per package, one cell per import pair."""
    edges = package_imports(modules)
    counts: dict[str, int] = {}
    for module in modules.values():
        if module.path.name != "__init__.py":
            package = package_of(module)
            counts[package] = counts.get(package, 0) + 1
    order = _order(set(counts) | {p for pair in edges for p in pair}, edges)
    index = {package: i for i, package in enumerate(order)}
    grid_x = BAND_WIDTH + LABEL_WIDTH
    width = grid_x + ROW * len(order) + 16
    height = TOP + ROW * len(order) + 64
    out = [
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' "
        f"viewBox='0 0 {width} {height}' {FONT} font-size='12'>",
        f"<rect width='{width}' height='{height}' fill='white'/>",
        "<text x='8' y='18' font-size='14' font-weight='bold'>"
        "facilitator/: who imports whom</text>",
        "<text x='8' y='33' font-size='11' fill='#444'>a row imports the numbered columns; "
        "the number: how many of its modules do</text>",
    ]
    for layer in LAYERS:
        rows = [index[p] for p in order if layer_of(p) == layer]
        if not rows:
            continue
        y, tall = TOP + ROW * rows[0], ROW * len(rows)
        out.append(
            f"<rect x='4' y='{y}' width='{width - 8}' height='{tall}' "
            f"fill='{LAYER_FILL[layer]}' stroke='#b8c0c8'/>"
        )
        out.append(
            f"<text x='10' y='{y + tall / 2 + 4:g}' font-weight='bold'>{escape(layer)}</text>"
        )
    for package, i in index.items():
        y = TOP + ROW * i
        shown = f"{i + 1:>2}  {package}"
        if package in counts and package.endswith("/"):
            shown += f" ({counts[package]})"
        out.append(
            f"<rect x='{BAND_WIDTH}' y='{y + 2}' width='{LABEL_WIDTH - 6}' height='{ROW - 4}' "
            f"rx='3' fill='white' stroke='#7a8691'/>"
        )
        out.append(
            f"<text x='{BAND_WIDTH + 6}' y='{y + 15}' xml:space='preserve'>{escape(shown)}</text>"
        )
        x = grid_x + ROW * i
        out.append(
            f"<text x='{x + ROW / 2:g}' y='{TOP - 4}' text-anchor='middle' font-size='10' "
            f"fill='#444'>{i + 1}</text>"
        )
        out.append(
            f"<rect x='{x + 1}' y='{y + 1}' width='{ROW - 2}' height='{ROW - 2}' fill='#cfd5db'/>"
        )
    for (source, target), count in sorted(edges.items()):
        x, y = grid_x + ROW * index[target], TOP + ROW * index[source]
        out.append(
            f"<rect x='{x + 1}' y='{y + 1}' width='{ROW - 2}' height='{ROW - 2}' "
            f"fill='{_cell_colour(source, target)}'/>"
        )
        out.append(
            f"<text x='{x + ROW / 2:g}' y='{y + 15}' text-anchor='middle' font-size='10' "
            f"fill='white'>{count}</text>"
        )
    key_y = TOP + ROW * len(order) + 20
    key = (
        ("#4a7bc8", "into a lower layer"),
        ("#9aa5b1", "within the layer"),
        ("#d9534f", "up into a higher layer"),
    )
    for n, (colour, words) in enumerate(key):
        x = 8 + 190 * n
        out.append(f"<rect x='{x}' y='{key_y}' width='14' height='14' fill='{colour}'/>")
        out.append(f"<text x='{x + 20}' y='{key_y + 12}'>{escape(words)}</text>")
    out.append(
        f"<text x='8' y='{key_y + 34}' font-size='11' fill='#444'>(n) after a package: its "
        f"modules. Drawn by scripts/architecture_picture.py</text>"
    )
    out.append("</svg>")
    return "\n".join(out) + "\n"


def write(path: Path = OUTPUT, root: Path = PACKAGE) -> Path:
    path.write_text(draw(read_modules(root)), encoding="utf-8")
    return path


if __name__ == "__main__":
    print(write(Path(sys.argv[1]) if len(sys.argv) > 1 else OUTPUT))
