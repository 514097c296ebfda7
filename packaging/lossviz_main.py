"""PyInstaller's entry script for the frozen app (packaging/lossviz.spec)."""

from lossviz.cli import main

raise SystemExit(main())
