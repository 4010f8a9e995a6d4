"""Compiles the translation catalogues when the package is built (wheel or editable install):
translations/*.ts into .qm with Qt's lrelease and translations/*.po into .mo with Babel, both
into resources/, which the wheel carries inside the package."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class TranslationsBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        script = Path(self.root) / "scripts" / "translations.py"
        spec = importlib.util.spec_from_file_location("facilitator_translations", script)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        # Written inside resources/, which the wheel's force-include carries whole.
        module.compile_catalogues()
