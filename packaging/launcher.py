"""The bundle's entry point: the same main() as the `kneecoach` command."""

import sys

from kneecoach.app import main

if __name__ == "__main__":
    sys.exit(main())
