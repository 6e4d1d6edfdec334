"""TempEval-3 benchmark: Dateline's `timex` command against the spaCy + dateparser baseline.

Run on demand from the project root (not part of the default test run):

    uv run python tests/benchmarks/bench_tempeval.py [--cmd "uv run dateline timex"]
        [--gold ../shared/data/tempeval3/train] [--errors /tmp/errs.jsonl] [--no-baseline]

Both systems are scored by ``../shared/tools/te3_eval.py`` in the same run and printed side by
side: strict/relaxed span F1, type and value F1, and documents per second.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "tools" / "te3_eval.py"
GOLD = SHARED / "data" / "tempeval3" / "train"
TARGETS = {"strict": 85.0, "relaxed": 92.0, "value": 82.0, "docs_s": 30.0}
HEIDELTIME = {"strict": 84.1, "relaxed": 92.1, "type": 88.0, "value": 77.4, "docs_s": 3.0}


def run_scorer(system: str, gold: Path, *, cmd: str | None = None,
               errors: str | None = None) -> dict[str, object]:
    """Run te3_eval.py for one system and return its JSON metrics."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        out = handle.name
    args = [sys.executable, str(SCORER), "--gold", str(gold), "--system", system,
            "--json-out", out, "--per-type"]
    if cmd:
        args += ["--cmd", cmd]
    if errors:
        args += ["--errors", errors]
    proc = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)
    sys.stderr.write(proc.stdout + proc.stderr)
    if proc.returncode != 0:
        raise SystemExit(f"scorer failed for {system}")
    return json.loads(Path(out).read_text(encoding="utf-8"))


def row(name: str, res: dict[str, object]) -> dict[str, float]:
    """The figures shown for one system (F1 x100, documents per second)."""
    strict = res["strict"]
    relaxed = res["relaxed"]
    assert isinstance(strict, dict) and isinstance(relaxed, dict)
    proc = res.get("docs_per_s_proc") or 0.0
    wall = res.get("docs_per_s_wall") or 0.0
    return {"strict": 100 * float(strict["f1"]), "relaxed": 100 * float(relaxed["f1"]),
            "type": 100 * float(res["type_f1"]), "value": 100 * float(res["value_f1"]),  # type: ignore[arg-type]
            "docs_s": float(proc or wall), "wall": float(wall)}  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cmd", default="uv run dateline timex", help="command under test")
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--errors", help="write the Dateline run's per-document errors here")
    ap.add_argument("--no-baseline", action="store_true", help="skip spacy-gran")
    a = ap.parse_args(argv)

    rows = {"dateline": row("dateline", run_scorer("cli", a.gold, cmd=a.cmd, errors=a.errors))}
    if not a.no_baseline:
        rows["spacy-gran"] = row("spacy-gran", run_scorer("spacy-gran", a.gold))
    rows["HeidelTime (ref)"] = {**HEIDELTIME, "wall": HEIDELTIME["docs_s"]}

    cols = ("strict", "relaxed", "type", "value", "docs_s")
    print(f"{'system':<18}" + "".join(f"{c:>10}" for c in cols))
    for name, figures in rows.items():
        print(f"{name:<18}" + "".join(f"{figures[c]:>10.1f}" for c in cols))
    print(f"{'target':<18}" + "".join(
        f"{TARGETS[c]:>10.1f}" if c in TARGETS else f"{'':>10}" for c in cols))
    ours = rows["dateline"]
    missed = [c for c, goal in TARGETS.items() if ours[c] < goal]
    print("targets met" if not missed else "below target: " + ", ".join(missed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
