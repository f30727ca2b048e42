"""Pre-deployment check: may this packed Rasa model serve citizens?

Reads the model's own config (``metadata.json`` inside the ``.tar.gz``, no
Rasa import, no loading) and refuses a model whose spaCy component uses the
offline stand-in pipeline or names a path of the machine it was trained on.

Usage: ``python -m scripts.check_model models/soziale-stadt.tar.gz``
(exit code 0: fit for production; 1: refused, with the reason; 2: unreadable).
"""

from __future__ import annotations

import argparse
import json
import sys
import tarfile
from collections.abc import Sequence
from pathlib import Path

from components.model_check import refusal


def spacy_models(model: Path) -> set[str]:
    """The spaCy model names of every SpacyNLP node of a packed Rasa model."""
    with tarfile.open(model, "r:gz") as archive:
        member = next(m for m in archive.getmembers() if m.name.strip("/") == "metadata.json")
        metadata = json.load(archive.extractfile(member))  # type: ignore[arg-type]  # a file
    names = set()
    for schema in ("train_schema", "predict_schema"):
        for node in metadata.get(schema, {}).get("nodes", {}).values():
            if str(node.get("uses", "")).endswith("SpacyNLP"):
                names.add(str(node.get("config", {}).get("model") or ""))
    return names


def problems(model: Path) -> list[str]:
    """Why the model must not be deployed (empty when it may)."""
    names = spacy_models(model)
    if not names:
        return ["The model has no SpacyNLP component: not this project's pipeline."]
    found = [refusal(name, allow_offline=False, allow_paths=False) for name in sorted(names)]
    return [problem for problem in found if problem]


def main(argv: Sequence[str] | None = None) -> int:
    """Check one packed model; print the verdict."""
    parser = argparse.ArgumentParser(prog="python -m scripts.check_model", description=__doc__)
    parser.add_argument("model", type=Path, help="packed Rasa model (.tar.gz)")
    args = parser.parse_args(argv)
    try:
        found = problems(args.model)
    except (OSError, tarfile.TarError, StopIteration, json.JSONDecodeError) as error:
        print(f"REFUSED: cannot read {args.model}: {error!r}", file=sys.stderr)
        return 2
    for problem in found:
        print(f"REFUSED: {problem}", file=sys.stderr)
    if found:
        return 1
    print(f"OK: {args.model} uses spaCy model {', '.join(sorted(spacy_models(args.model)))}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
