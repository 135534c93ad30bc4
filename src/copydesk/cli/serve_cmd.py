"""``copydesk serve``: the HTTP API and the web reader."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("serve")
@click.argument("corpus", required=False, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=click.IntRange(min=0, max=65535), default=8000, show_default=True)
@click.option(
    "--allow-private", is_flag=True, help="Let /extract fetch URLs of private, loopback and link-local addresses."
)
@click.option("--max-body", type=click.IntRange(min=1024), default=5 * 1024 * 1024, show_default=True, help="Bytes.")
@click.option(
    "--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True, help="Seconds a request may work."
)
@click.option("--concurrency", type=click.IntRange(min=1), default=8, show_default=True, help="Extractions at once.")
def serve_command(
    corpus: Path | None, host: str, port: int, allow_private: bool, max_body: int, timeout: float, concurrency: int
) -> None:
    """Serve the API (POST /extract, POST /clean, GET /articles, /articles/ID, /search; /openapi.json, /docs)
    and the reader (/) for CORPUS, an SQLite corpus written by `copydesk run -o CORPUS.db`; without one,
    paste-and-extract only."""
    import uvicorn

    from copydesk.web.app import ServeOptions, create_app

    options = ServeOptions(corpus, allow_private, max_body, timeout, concurrency)
    click.echo(f"copydesk serve: http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(create_app(options), host=host, port=port, log_level="warning")
