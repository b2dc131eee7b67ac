"""Entry point of the bundle's command-line executable (haimen-console): the same as `python -m console`."""
import sys

from console.cli import main

if __name__ == "__main__":
    sys.exit(main())
