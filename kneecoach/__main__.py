import sys

from kneecoach.startup import main

sys.exit(main())
