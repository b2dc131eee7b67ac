"""Entry point of the bundle's command-line executable (haimen-console): the same as `python -m console`.

`audit verify` checks a long chain in worker processes (console/store/audit_parts.py, the "spawn" start
method): in the frozen build a worker is this executable started again, and ``freeze_support()`` turns that
start into the worker instead of a second command line. It must come first."""
import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from console.cli import main

    sys.exit(main())
