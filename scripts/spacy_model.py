"""Install the German spaCy model, or build the offline pipeline when that fails.

Production uses ``de_core_news_sm`` (named in ``config.yml``). It comes from
the installed package, from a wheel or folder that ``SPACY_MODEL`` points to,
or from ``python -m spacy download``. A machine without internet gets a loud
warning and an offline German pipeline (``spacy.blank("de")`` plus the lookup
lemmatizer of spacy-lookups-data), trained with ``var/config.offline.yml``:
``config.yml`` with only the model line changed.

Prints the Rasa config file to train with. Usage: ``python -m scripts.spacy_model``.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "config.yml"
OFFLINE_CONFIG = ROOT / "var" / "config.offline.yml"
OFFLINE_MODEL = ROOT / "var" / "spacy" / "de_offline_lookup"
PRODUCTION_MODEL = "de_core_news_sm"
DOWNLOAD_TIMEOUT_S = 180
_MODEL_LINE = re.compile(r'^(\s*model:\s*)"?de_core_news_sm"?\s*$', re.MULTILINE)


def derive_offline_config(config_text: str, model_path: str) -> str:
    """``config.yml`` with the spaCy model line pointing at the offline pipeline."""
    derived, count = _MODEL_LINE.subn(lambda m: f'{m.group(1)}"{model_path}"', config_text)
    if count != 1:
        raise ValueError(f"config.yml must name {PRODUCTION_MODEL} in exactly one model line")
    return derived


def build_offline_pipeline(target: Path = OFFLINE_MODEL) -> Path:
    """Blank German pipeline with the lookup lemmatizer, saved to ``target``."""
    import spacy

    nlp = spacy.blank("de")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    nlp.initialize()
    nlp.meta["name"] = "offline_lookup"  # package name de_offline_lookup, never de_core_news_sm
    nlp.meta["description"] = "Offline stand-in: blank German + lookup lemmatizer"
    target.parent.mkdir(parents=True, exist_ok=True)
    nlp.to_disk(target)
    return target


def _installed() -> bool:
    return importlib.util.find_spec(PRODUCTION_MODEL) is not None


def _run(*args: str) -> bool:
    try:
        done = subprocess.run(args, timeout=DOWNLOAD_TIMEOUT_S, capture_output=True, text=True)
    except subprocess.TimeoutExpired:
        return False
    return done.returncode == 0


def _install_production_model() -> bool:
    source = os.environ.get("SPACY_MODEL")
    if _installed():
        return True
    if source:
        print(f"Installing {PRODUCTION_MODEL} from SPACY_MODEL={source}", file=sys.stderr)
        if not _run(sys.executable, "-m", "pip", "install", "--no-deps", source):
            print(f"WARNING: could not install SPACY_MODEL={source}", file=sys.stderr)
    else:
        print(f"Trying: python -m spacy download {PRODUCTION_MODEL}", file=sys.stderr)
        _run(sys.executable, "-m", "spacy", "download", PRODUCTION_MODEL)
    importlib.invalidate_caches()
    return _installed()


def _warn_offline() -> None:
    bar = "!" * 78
    print(
        f"\n{bar}\n"
        f"!! WARNING: spaCy model {PRODUCTION_MODEL} is NOT available on this machine.\n"
        "!! Using the OFFLINE German pipeline (blank 'de' + lookup lemmatizer) instead.\n"
        "!! Fine for development and tests; production must install the real model:\n"
        "!!   SPACY_MODEL=/path/to/de_core_news_sm-3.4.0-py3-none-any.whl make setup\n"
        f"{bar}\n",
        file=sys.stderr,
    )


def main() -> int:
    """Ensure a German pipeline exists; print the Rasa config to train with."""
    if _install_production_model():
        print(f"spaCy model: {PRODUCTION_MODEL}", file=sys.stderr)
        print(CONFIG.relative_to(ROOT))
        return 0
    _warn_offline()
    if not (OFFLINE_MODEL / "meta.json").exists():
        build_offline_pipeline()
    OFFLINE_CONFIG.parent.mkdir(parents=True, exist_ok=True)
    derived = derive_offline_config(CONFIG.read_text(encoding="utf-8"), str(OFFLINE_MODEL))
    if not OFFLINE_CONFIG.exists() or OFFLINE_CONFIG.read_text(encoding="utf-8") != derived:
        OFFLINE_CONFIG.write_text(derived, encoding="utf-8")
    print(OFFLINE_CONFIG.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
