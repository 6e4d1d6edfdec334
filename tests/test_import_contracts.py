"""The import-linter contracts in ``pyproject.toml`` catch what they are meant to catch.

``lint-imports`` runs over the real code in CI (``.ci/run``); here the screens contract runs
over a tiny stand-in ``tui`` package in ``tmp_path``, once clean and once with a screen that
imports ``sqlite3``, so the test is fast and does not depend on the real screens.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCREENS_CONTRACT = "Screens and widgets run no SQL"
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def _contract(name: str) -> dict[str, object]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    (found,) = [c for c in config["tool"]["importlinter"]["contracts"] if c["name"] == name]
    return found


def _lint(tmp_path: Path, modules: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run the screens contract (without its exemptions, which name real modules) over a
    ``tui`` package made of ``modules`` (dotted name -> source)."""
    for name in ("tui", "tui.screens", "tui.widgets", *modules):
        path = tmp_path.joinpath(*name.split("."))
        if name in modules:
            path.with_suffix(".py").write_text(modules[name], encoding="utf-8")
        else:
            path.mkdir(parents=True, exist_ok=True)
            (path / "__init__.py").write_text("", encoding="utf-8")
    contract = {k: v for k, v in _contract(SCREENS_CONTRACT).items() if k != "ignore_imports"}
    lines = ["[tool.importlinter]", 'root_packages = ["tui"]', "include_external_packages = true",
             "", "[[tool.importlinter.contracts]]"]
    lines += [f"{key} = {json.dumps(value)}" for key, value in contract.items()]
    config = tmp_path / "contracts.toml"
    config.write_text("\n".join(lines) + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(tmp_path)}
    return subprocess.run([str(LINT_IMPORTS), "--config", str(config), "--no-cache"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=60,
                          check=False)


def test_a_screen_without_sql_keeps_the_contract(tmp_path: Path) -> None:
    result = _lint(tmp_path, {"tui.screens.calm": "from pathlib import Path\n"})
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"{SCREENS_CONTRACT} KEPT" in result.stdout


def test_a_screen_importing_sqlite3_breaks_the_contract(tmp_path: Path) -> None:
    result = _lint(tmp_path, {"tui.screens.calm": "from pathlib import Path\n",
                              "tui.screens.rogue": "import sqlite3\n"})
    assert result.returncode != 0
    assert f"{SCREENS_CONTRACT} BROKEN" in result.stdout
    assert "tui.screens.rogue -> sqlite3" in result.stdout
