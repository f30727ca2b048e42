"""``python -m knowledge``: the staff command line."""

import os
import sys

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")  # spaCy pulls in TensorFlow; keep its logs quiet

from knowledge.cli import main  # noqa: E402

sys.exit(main())
