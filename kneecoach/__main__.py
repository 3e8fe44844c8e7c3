import sys

from kneecoach.app import main

sys.exit(main())
