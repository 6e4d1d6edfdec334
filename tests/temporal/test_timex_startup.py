"""``dateline timex`` starts fast: tagging dates alone imports neither spaCy nor Textual."""

from __future__ import annotations

import json
import subprocess
import sys

_PROBE = """
import sys
from tui.cli import main
try:
    main(["timex"])
except SystemExit as exit_:
    code = exit_.code
heavy = sorted(m for m in ("spacy", "textual", "sqlite_utils", "core.pipeline")
               if m in sys.modules)
print("LOADED", ",".join(heavy), "EXIT", code, file=sys.stderr)
"""


def test_timex_without_ner_loads_no_model_library() -> None:
    doc = {"id": "a", "text": "Talks resumed on Friday, a week after they broke down.",
           "dct": "2024-05-17"}
    proc = subprocess.run([sys.executable, "-c", _PROBE], input=json.dumps(doc) + "\n",
                          capture_output=True, text=True, check=False, timeout=120)
    out = json.loads(proc.stdout)
    assert out["id"] == "a" and [t["value"] for t in out["timexes"]] == ["2024-05-17", "P1W"]
    assert "LOADED  EXIT 0" in proc.stderr, proc.stderr
