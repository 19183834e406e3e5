"""python -m sipdial_lint: runs the installed sipdial-lint with the same arguments, standard
input and output, and exit status (the process is replaced, not wrapped)."""
import os
import sys

from sipdial_lint import find_binary


def main() -> None:
    binary = find_binary()
    os.execv(binary, [binary, *sys.argv[1:]])


if __name__ == "__main__":
    main()
