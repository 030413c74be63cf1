"""``python -m geowire``."""

from .cli import main

main()
