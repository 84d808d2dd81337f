"""Entry point of the PyInstaller bundle: the same command line as `python -m policylens`
(no command starts the desktop application)."""
import sys

from policylens.cli import main

if __name__ == "__main__":
    sys.exit(main())
