"""The ``copydesk`` command group."""

from __future__ import annotations

import click

from copydesk import __version__
from copydesk.cli.bench_cmd import bench
from copydesk.cli.clean_cmd import clean_command
from copydesk.cli.crawl_cmd import crawl_command, fetch_command
from copydesk.cli.extract_cmd import extract
from copydesk.cli.run_cmd import run_command, search_command
from copydesk.cli.serve_cmd import serve_command


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="copydesk")
def main() -> None:
    """copydesk: news as found on the web in, clean structured articles out."""


main.add_command(extract)
main.add_command(bench)
main.add_command(clean_command)
main.add_command(run_command)
main.add_command(search_command)
main.add_command(crawl_command)
main.add_command(fetch_command)
main.add_command(serve_command)
