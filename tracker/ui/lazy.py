"""Modules imported on first use.

The main window paints before SQLAlchemy and the store are loaded (see ``tracker.app``):
UI modules that the frame needs refer to services through :func:`lazy`, which imports the
real module the first time one of its attributes is read.
"""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class LazyModule:
    """Stands for the module ``name``; imports it on the first attribute access."""

    __slots__ = ("_module", "_name")

    def __init__(self, name: str) -> None:
        self._name = name
        self._module: ModuleType | None = None

    def __getattr__(self, attr: str) -> Any:
        module = self._module
        if module is None:
            module = self._module = importlib.import_module(self._name)
        return getattr(module, attr)

    def __repr__(self) -> str:
        return f"<lazy module {self._name!r}>"


def lazy(name: str) -> Any:
    """``lazy("tracker.services.items")``: the module, imported when first used."""
    return LazyModule(name)
