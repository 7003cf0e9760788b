"""The package's shape: no import cycle between quotekit's modules, no module importing another's private name."""

from __future__ import annotations

import ast
from pathlib import Path

import quotekit

PACKAGE = Path(quotekit.__file__).parent


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports() -> dict[str, list[tuple[str, str | None, bool]]]:
    """Module → (imported module, imported name or None, at module level?) for every quotekit import."""
    out: dict[str, list[tuple[str, str | None, bool]]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = _module_name(path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        top = {id(n) for n in tree.body}
        # imports under ``if TYPE_CHECKING:`` do not run, so they cannot make a cycle
        guarded = {
            id(n)
            for node in tree.body
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
            for n in ast.walk(node)
        }
        found: list[tuple[str, str | None, bool]] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("quotekit"):
                for alias in node.names:
                    found.append((node.module, alias.name, id(node) in top and id(node) not in guarded))
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("quotekit"):
                        found.append((alias.name, None, id(node) in top and id(node) not in guarded))
        out[name] = found
    return out


def test_no_module_imports_a_private_name_of_another() -> None:
    offenders = [
        f"{mod} imports {target}.{name}"
        for mod, found in _imports().items()
        for target, name, _ in found
        if name is not None and name.startswith("_") and not name.endswith("__") and target != mod
    ]
    assert offenders == []


def test_module_level_imports_have_no_cycle() -> None:
    imports = _imports()
    graph = {
        mod: {target for target, name, top in found if top and target != mod and target in imports}
        | {
            f"{target}.{name}"
            for target, name, top in found
            if top and name is not None and f"{target}.{name}" in imports and f"{target}.{name}" != mod
        }
        for mod, found in imports.items()
    }
    # A package's __init__ importing its own submodules is how packages work, not a cycle to flag.
    for mod in graph:
        graph[mod] = {t for t in graph[mod] if not (mod == "quotekit" or t.startswith(mod + "."))}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*stack[stack.index(nxt) :], nxt]
            if nxt not in state and (cycle := visit(nxt)) is not None:
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for mod in sorted(graph):
        if mod not in state:
            cycle = visit(mod)
            assert cycle is None, " → ".join(cycle)


def test_the_walk_sees_the_attribution_modules() -> None:
    imports = _imports()
    assert {"quotekit.attribution.context", "quotekit.attribution.chain", "quotekit.extractor"} <= set(imports)
    assert ("quotekit.attribution.context", "Context", True) in imports["quotekit.attribution.chain"]


def test_the_language_type_names_the_registered_profiles() -> None:
    from typing import get_args

    from quotekit.lang import LANGUAGES, PROFILES, Language

    assert set(get_args(Language)) == set(PROFILES) == set(LANGUAGES)


def test_no_language_code_branch_outside_the_profiles() -> None:
    import re

    branch = re.compile(r"""(?:==|!=)\s*["'](?:en|de)["']|in \(["']en["'], ["']de["']\)""")
    offenders = [
        f"{path.relative_to(PACKAGE)}:{n}"
        for path in sorted(PACKAGE.rglob("*.py"))
        if "lang" not in path.relative_to(PACKAGE).parts[:1]
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if branch.search(line)
    ]
    assert offenders == []


# Modules that may spell quotation-mark characters: the scanner reads them from data/quote_marks.json; language
# detection weighs single marks as evidence of a language (``„`` German, an opening ``“`` English), no set of marks;
# parser_input rewrites every mark Unicode has (``‟``, ``‛`` too, which no convention reads) into the ones the parser
# was trained on.
_MARK_SPELLERS = {"scanner.py", "language.py", "parser_input.py"}


def _mark_literals(path: Path, marks: frozenset[str]) -> list[str]:
    """String literals of ``path`` (docstrings aside) that spell two or more typographic quotation marks."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    # attribute docstrings (a string statement after an assignment) are documentation too
    docstrings |= {
        id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }
    return [
        f"{path.relative_to(PACKAGE)}:{node.lineno} {node.value!r}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and len(set(node.value) & marks) >= 2
    ]


def test_quote_marks_are_spelled_only_in_the_scanner_and_its_data() -> None:
    """A module that needs the quotation marks takes them from :func:`quotekit.scanner.quote_marks` (opening,
    closing, all, the two-character ``''``/`````` `` ``````), so a convention added to the data reaches every module."""
    from quotekit.scanner import quote_marks

    # the typographic marks, and the double-high-reversed ones no convention uses; ASCII ' " ` are everyday code
    marks = frozenset(ch for ch in quote_marks().all if not ch.isascii()) | frozenset("‟‛")
    offenders = [
        hit
        for path in sorted(PACKAGE.rglob("*.py"))
        if str(path.relative_to(PACKAGE)) not in _MARK_SPELLERS
        for hit in _mark_literals(path, marks)
    ]
    assert offenders == []
