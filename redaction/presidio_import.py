"""Import Presidio without the torch and transformers it never uses here.

``import presidio_analyzer`` loads, whenever they are installed, its Hugging Face NER pipe
(transformers, which loads torch) and its GPU detector (torch). They are installed beside
coqui-tts (the ``cloning`` extra), yet this project's analyzer runs spaCy models only: the
two cost every process that redacts (each worker, ``interpret``, ``redact``) seconds of
imports, ~5 s on a quiet 2-core machine and ~10 s on a busy one, and memory, for nothing.

Importing this module first imports Presidio with those two hidden, so that Presidio takes
its own "not installed" paths (CPU; no transformers pipe). Nothing else changes: a failed
import leaves nothing in ``sys.modules``, so a later ``import torch`` (voice cloning) works
as usual. One lasting effect: thinc, if first imported here, records torch as absent; only
thinc's torch layers care, and no model here uses them.
"""

from __future__ import annotations

import importlib.abc
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from types import ModuleType

HIDDEN = ("torch", "transformers")


class _Hide(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: Sequence[str] | None = None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if name.split(".")[0] in HIDDEN:
            raise ImportError(f"{name} is not used by the redactor")
        return None


def _import_presidio() -> None:
    if "presidio_analyzer" in sys.modules:
        return
    hide = _Hide()
    sys.meta_path.insert(0, hide)
    try:
        import presidio_analyzer  # noqa: F401  (the import is the point)
    finally:
        sys.meta_path.remove(hide)


_import_presidio()
