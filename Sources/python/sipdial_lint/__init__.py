"""sipdial-lint: a linter for voice-call XML (TwiML, LaML/cXML, RCML, TeXML).

The wheel installs the sipdial-lint executable itself as the environment's script, so
running `sipdial-lint` starts no Python; `python -m sipdial_lint` finds it and runs it."""
import os
import sys
import sysconfig


def find_binary() -> str:
    """The path of the sipdial-lint executable this package installed."""
    name = "sipdial-lint"
    candidates = [sysconfig.get_path("scripts")]
    user = sysconfig.get_path("scripts", f"{os.name}_user")
    if user:
        candidates.append(user)
    candidates.append(os.path.join(os.path.dirname(sys.executable)))
    for directory in candidates:
        path = os.path.join(directory, name)
        if os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    raise FileNotFoundError(f"{name} is not installed beside this Python (looked in {', '.join(candidates)})")
