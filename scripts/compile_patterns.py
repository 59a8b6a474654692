"""Write patterns/compiled.json: every YAML data file under patterns/ as JSON, with the sha256 of its YAML.

The YAML files are the reviewed source; the JSON is what a process reads at start-up (a few milliseconds instead of
half a second), and only for a file whose bytes still match the recorded hash. Run after editing any file under
patterns/:

    python scripts/compile_patterns.py

tests/test_patterns.py fails when the committed compiled.json no longer matches the YAML.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from foiparse.catalogue import COMPILED_NAME, compile_data_files  # noqa: E402


def main() -> None:
    folder = ROOT / "patterns"
    bundle = compile_data_files(folder)
    target = folder / COMPILED_NAME
    target.write_text(json.dumps(bundle, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{target.relative_to(ROOT)}: {len(bundle['files'])} files")


if __name__ == "__main__":
    main()
