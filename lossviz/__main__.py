import sys

from lossviz.cli import main

sys.exit(main())
