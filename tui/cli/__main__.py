"""``python -m tui.cli``: the same as the ``dateline`` command."""

from tui.cli import main

main()
