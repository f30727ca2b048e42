"""Start ``rasa run`` or ``rasa shell`` closed by default (see :mod:`connectors.exposure`).

``python -m scripts.rasa_server run|shell [rasa options]`` adds the interface,
CORS origins and, only with ``RASA_ENABLE_API=1``, the HTTP API with JWT
authentication. The options are added inside this process, so the JWT secret
never appears in the process list; without a secret the API is refused
(exit code 2); ``check`` only checks the settings.
"""

from __future__ import annotations

import sys

from connectors.exposure import ExposureError, server_arguments
from scripts import known_warnings

COMMANDS = ("run", "shell", "check")


def main(argv: list[str]) -> None:
    """Run Rasa's own command line with the safe server options."""
    if not argv or argv[0] not in COMMANDS:
        raise SystemExit(f"usage: python -m scripts.rasa_server {'|'.join(COMMANDS)} [options]")
    try:
        extra = server_arguments()
    except ExposureError as error:
        print(f"Rasa wird nicht gestartet: {error}", file=sys.stderr)
        raise SystemExit(2) from error
    if argv[0] == "check":
        return
    known_warnings.install()
    sys.argv = ["rasa", argv[0], *extra, *argv[1:]]
    from rasa.__main__ import main as rasa_main

    rasa_main()


if __name__ == "__main__":
    main(sys.argv[1:])
