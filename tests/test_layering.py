"""The layout's import rules (issue 13), read from the source so that they hold without
importing anything: a walk of every module's syntax tree, imports inside functions and
``if TYPE_CHECKING:`` blocks included (a lazy import still runs, a type-only one still couples).

- ``audit`` is a leaf that knows ids: it imports no other project app.
- ``redaction`` reads text: it imports no Django model and nothing from ``interpretation``.
- ``interpretation/engines/*`` wrap weights: they import no Django.
- The domain (``telehealth/models``, ``telehealth/services``) never imports an engine.
- Web pages never import the cascade (its loader, the pipeline, the redactor): a page view
  asks ``interpretation.capabilities``, which reads disk and settings only.
- The live path's bookkeeping (wire messages, what a listener sees, utterances in flight,
  frame limits) imports no Django, channels or Redis: plain code, unit-tested alone.

Each rule is followed through the project's own modules (an engine that imports a helper
that reads Django settings breaks it too). Edges that break a rule today and are being moved
are in ``ALLOWED``, each with its reason: the walk does not follow them, a new edge fails,
and an entry that no longer matches an import fails too, so the list only shrinks.
"""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS = ("audit", "interpretation", "redaction", "telehealth")


@dataclass(frozen=True)
class Import:
    importer: str
    imported: str
    line: int


@dataclass(frozen=True)
class Rule:
    name: str
    applies_to: Callable[[str], bool]
    forbidden: Callable[[str], bool]


def _under(*prefixes: str) -> Callable[[str], bool]:
    return lambda module: any(module == p or module.startswith(p + ".") for p in prefixes)


def _is_model_module(module: str) -> bool:
    """``django.db`` or an app's ``models`` (``telehealth.models``, ``audit.models.x``)."""
    first, *rest = module.split(".")
    return module.startswith("django.db") or (first in APPS and "models" in rest)


# Plain classes and types of the live path, unit-tested without a database or a socket:
# the domain and the pages import the messages, so they must stay this light.
BOOKKEEPING = ("interpretation.messages", "interpretation.protocol", "interpretation.fanout",
               "interpretation.inflight", "interpretation.limits")

RULES = (
    Rule("audit imports no other project app", _under("audit"),
         _under("interpretation", "redaction", "telehealth")),
    Rule("redaction imports no Django model", _under("redaction"), _is_model_module),
    Rule("redaction imports nothing from interpretation", _under("redaction"),
         _under("interpretation")),
    Rule("engines import no Django", _under("interpretation.engines"), _under("django")),
    Rule("the domain never imports an engine", _under("telehealth.models", "telehealth.services"),
         _under("interpretation.engines")),
    Rule("web pages never import the cascade", _under("telehealth.web"),
         _under("interpretation.builder", "interpretation.pipeline", "redaction.engine")),
    Rule("the live path's bookkeeping does no I/O", _under(*BOOKKEEPING),
         _under("django", "channels", "asgiref", "redis")),
)

# (importer, imported): why it is still here. Remove an entry with the import it excuses.
ALLOWED: dict[tuple[str, str], str] = {
}
# What the cascade's engines load when they run; asking what is installed loads none of it.
ENGINE_LIBRARIES = ("faster_whisper", "ctranslate2", "sentencepiece", "onnxruntime",
                    "presidio_analyzer", "spacy", "torch", "TTS", "tokenizers")


def project_modules(root: Path) -> dict[str, Path]:
    modules = {}
    for app in APPS:
        for path in sorted((root / app).rglob("*.py")):
            parts = path.relative_to(root).with_suffix("").parts
            name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
            modules[name] = path
    return modules


def _imports_of(name: str, path: Path, modules: dict[str, Path]) -> Iterator[Import]:
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield Import(name, alias.name, node.lineno)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                candidate = f"{base}.{alias.name}"  # `from pkg import module` names the module
                yield Import(name, candidate if candidate in modules else base, node.lineno)


def import_graph(root: Path) -> dict[str, list[Import]]:
    modules = project_modules(root)
    return {name: list(_imports_of(name, path, modules)) for name, path in modules.items()}


def violations(graph: dict[str, list[Import]], rule: Rule,
               allowed: dict[tuple[str, str], str]) -> list[str]:
    """Every import that breaks ``rule``, reached from a module the rule applies to through
    project modules, with the chain that reaches it."""
    found: dict[tuple[str, str], str] = {}
    for start in sorted(m for m in graph if rule.applies_to(m)):
        chain: dict[str, list[str]] = {start: [start]}
        todo = [start]
        while todo:
            module = todo.pop()
            for edge in graph.get(module, []):
                if (edge.importer, edge.imported) in allowed:
                    continue
                if rule.forbidden(edge.imported):
                    found.setdefault((edge.importer, edge.imported),
                                     f"{' -> '.join(chain[module])} -> {edge.imported} "
                                     f"(line {edge.line})")
                elif edge.imported in graph and edge.imported not in chain:
                    chain[edge.imported] = [*chain[module], edge.imported]
                    todo.append(edge.imported)
    return sorted(found.values())


@pytest.fixture(scope="module")
def graph() -> dict[str, list[Import]]:
    return import_graph(ROOT)


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_the_layout_keeps_its_import_rules(graph: dict[str, list[Import]], rule: Rule) -> None:
    assert violations(graph, rule, ALLOWED) == [], (
        f"{rule.name}: move the code to where the rule lets it live (see tests/test_layering.py)")


def test_every_allowed_exception_is_still_needed(graph: dict[str, list[Import]]) -> None:
    edges = {(edge.importer, edge.imported) for imports in graph.values() for edge in imports}
    stale = [f"{importer} -> {imported}" for importer, imported in ALLOWED
             if (importer, imported) not in edges]
    assert stale == [], "these imports are gone: remove their ALLOWED entries"


def test_the_walk_sees_lazy_type_only_and_indirect_imports(tmp_path: Path) -> None:
    """The checker itself: a made-up project whose engine reaches Django in three ways."""
    engines = tmp_path / "interpretation" / "engines"
    engines.mkdir(parents=True)
    for package in (tmp_path / "interpretation", engines):
        (package / "__init__.py").write_text("")
    (tmp_path / "interpretation" / "helpers.py").write_text("from django.conf import settings\n")
    (engines / "indirect.py").write_text("from interpretation import helpers\n")
    (engines / "lazy.py").write_text("def load():\n    import django.db\n")
    (engines / "typed.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from ..models import X\n")
    (tmp_path / "interpretation" / "models.py").write_text("import django.db.models\n")
    engines_rule = next(rule for rule in RULES if rule.name == "engines import no Django")

    found = violations(import_graph(tmp_path), engines_rule, {})

    assert found == [
        "interpretation.engines.indirect -> interpretation.helpers -> django.conf (line 1)",
        "interpretation.engines.lazy -> django.db (line 2)",
        "interpretation.engines.typed -> interpretation.models -> django.db.models (line 1)",
    ]
    allowed = {("interpretation.helpers", "django.conf"): "a reason"}
    assert len(violations(import_graph(tmp_path), engines_rule, allowed)) == 2


def libraries_loaded_by(code: str, libraries: tuple[str, ...] = ENGINE_LIBRARIES) -> list[str]:
    """The ``libraries`` a fresh interpreter has imported after running ``code``."""
    probe = ("import json, sys, django\ndjango.setup()\n" + code +
             f"\nprint(json.dumps([m for m in {libraries!r} if m in sys.modules]))")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, timeout=120,
                          env={**os.environ, "DJANGO_SETTINGS_MODULE": "telehealth.settings"})
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout.splitlines()[-1]))


def test_asking_what_is_installed_loads_no_engine_library() -> None:
    asked = ("from interpretation import capabilities\n"
             "capabilities.mt_summary(), capabilities.cloning_available()")
    assert libraries_loaded_by(asked) == []
    # The probe does see a library when one is loaded (a light one: importing the redactor,
    # Presidio and spaCy, to prove the same took ~10 s of the suite).
    assert libraries_loaded_by("import sentencepiece") == ["sentencepiece"]


def test_the_redactor_loads_neither_torch_nor_transformers() -> None:
    """Presidio imports both whenever they are installed (beside coqui-tts), and the
    redactor, on spaCy models only, never calls them: they cost each worker and each
    ``interpret`` ~5-10 s of its start (``redaction/presidio_import.py``). Hidden only
    while Presidio loads: torch still imports afterwards, for voice cloning."""
    code = ("from redaction.engine import Redactor\n"
            "import importlib.util\n"
            "assert importlib.util.find_spec('torch') is not None, 'torch stays importable'")
    assert [name for name in libraries_loaded_by(code, ("torch", "transformers"))] == []


def test_what_is_installed_follows_the_engine_and_the_models_folder(
        settings: Any, tmp_path: Path) -> None:
    from interpretation import capabilities

    settings.MT_ENGINE, settings.MT_QUALITY_ENGINE = "apertium", "none"
    assert {(info["engine"], info["tier"], info["quality"])
            for info in capabilities.mt_summary().values()} == {("apertium", "basic", "")}
    settings.MT_ENGINE, settings.MODELS_DIR = "ct2", str(tmp_path)  # nothing installed there
    assert {(info["engine"], info["tier"])
            for info in capabilities.mt_summary().values()} == {("test-model", "test")}
    assert capabilities.cloning_available() is False


def test_the_web_process_loads_no_engine_library() -> None:
    """Daphne serves ``telehealth.asgi``; where workers do the inference it never needs
    Whisper, Presidio or torch, and loading them cost every server start ~10 s. The
    consumer reaches the cascade only when it runs inference itself (``handoff``)."""
    assert libraries_loaded_by("import telehealth.asgi") == []
