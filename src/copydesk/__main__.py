"""``python -m copydesk``: the command line."""

from copydesk.cli.main import main

main()
