"""``copydesk serve``: a JSON API (extract, clean, a corpus's articles and full-text search) and a reader in
the browser, in one FastAPI process.

Limits: request bodies over ``max_body`` bytes get 413; work over ``timeout_s`` seconds gets 504; at most
``concurrency`` extractions or cleanings run at once (more wait their turn, up to the time limit). Bad
input always gets a 4xx with ``{"error": message}``, never a 500. A ``url`` to fetch is refused (400)
when it cannot be parsed, or when it leads to a private, loopback, link-local or metadata address, also
after a redirect or through DNS, unless the service was started with ``allow_private``.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, get_args, get_type_hints

import httpx
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, Response
from starlette.concurrency import run_in_threadpool

from copydesk import __version__
from copydesk.clean.core import clean
from copydesk.clean.records import FieldMap, clean_record
from copydesk.extract.core import extract_with
from copydesk.options import ExtractOptions
from copydesk.sinks.sqlite import LARGEST_INTEGER, decode_row, search
from copydesk.sources import SourceError
from copydesk.sources.fetch import charset_of
from copydesk.surrogates import mended
from copydesk.web.guard import InvalidURL, RefusedAddress, Resolver, guarded_fetch, resolve

STATIC = Path(__file__).parent / "static"
# Reader pages run only the service's own script and show text only: no inline script, no plugin,
# no framing, no other origin.
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
_ARTICLE_COLUMNS = "id, url, site, title, description, authors, published, language, cluster_id, dup_of"
# Deeper JSON bodies are refused: mending their strings and serialising the answer (a record's own fields
# come back) recurse once per level, and no page or record needs more.
_MAX_NESTING = 100
_OPTION_TYPES = get_type_hints(ExtractOptions)
_JSON_KINDS = {str: "a string", bool: "true or false", type(None): "null"}


class ApiError(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True, slots=True)
class ServeOptions:
    """Settings of the service."""

    corpus: Path | None = None
    allow_private: bool = False
    max_body: int = 5 * 1024 * 1024
    timeout_s: float = 20.0
    concurrency: int = 8


def create_app(
    options: ServeOptions = ServeOptions(),
    *,
    resolver: Resolver = resolve,
    transport: httpx.BaseTransport | None = None,
) -> FastAPI:
    """The application; ``resolver`` and ``transport`` are the network seams tests replace."""
    app = FastAPI(
        title="copydesk",
        version=__version__,
        description="News pages and records in, clean structured articles out; a corpus to browse and search.",
    )
    slots = asyncio.Semaphore(options.concurrency)

    async def limited(work: Callable[[], Any]) -> Any:
        try:
            async with asyncio.timeout(options.timeout_s):
                async with slots:
                    return await run_in_threadpool(work)
        except TimeoutError as error:
            raise ApiError(504, f"the work took longer than {options.timeout_s:g} s") from error

    async def body_of(request: Request) -> bytes:
        declared = request.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > options.max_body:
            raise ApiError(413, f"the request body is larger than {options.max_body} bytes")
        chunks = []
        size = 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > options.max_body:
                raise ApiError(413, f"the request body is larger than {options.max_body} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    async def json_body(request: Request) -> dict[str, Any]:
        raw = await body_of(request)
        try:
            value = json.loads(raw)
        except (json.JSONDecodeError, UnicodeDecodeError) as error:
            raise ApiError(400, f"the body is not valid JSON: {error}") from error
        except (ValueError, RecursionError) as error:  # an integer past 4,300 digits; arrays nested past the stack
            raise ApiError(400, f"the body could not be read: {error}") from error
        if not isinstance(value, dict):
            raise ApiError(400, "the body must be a JSON object")
        if _nesting(value) > _MAX_NESTING:
            raise ApiError(400, f"the body could not be read: it nests more than {_MAX_NESTING} levels deep")
        return dict(mended(value))  # (a lone surrogate's escape, "\\ud83d", becomes U+FFFD)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, error: ApiError) -> JSONResponse:
        return JSONResponse({"error": error.message}, status_code=error.status)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> JSONResponse:
        details = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors())
        return JSONResponse({"error": f"invalid request: {details}"}, status_code=422)

    @app.middleware("http")
    async def headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        response: Response = await call_next(request)
        if request.url.path in ("/docs", "/redoc"):
            return response  # FastAPI's own API pages (no user content) load their scripts from a CDN
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    @app.post("/extract", summary="Extract the article of an HTML page (the body) or of {url | html, options}")
    async def extract_endpoint(request: Request) -> dict[str, Any]:
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "application/json":
            data = await json_body(request)
            settings = _extract_options(data.get("options") or {})
            if isinstance(data.get("html"), str):
                html: bytes | str = data["html"]
                url = data.get("url") if isinstance(data.get("url"), str) else None
            elif isinstance(data.get("url"), str):
                target: str = data["url"]
                page = await limited(lambda: _fetch(target, options, resolver, transport))
                html, url = page.content, page.url
                if settings.http_charset is None:
                    settings = ExtractOptions(
                        charset_of(page.content_type), settings.detect_language, settings.repair_mojibake
                    )
            else:
                raise ApiError(400, 'give "html" (a string) or "url" (a string)')
        else:
            html = await body_of(request)
            url = request.query_params.get("url")
            settings = ExtractOptions()
            if not html:
                raise ApiError(400, "the body is empty: send the page's HTML, or JSON with url or html")
        article = await limited(lambda: extract_with(html, url, settings))
        return dict(article.to_dict())

    @app.post("/clean", summary="Clean already-extracted text (the body) or a JSON record; removals and repairs")
    async def clean_endpoint(request: Request) -> dict[str, Any]:
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "application/json":
            record = await json_body(request)
            if isinstance(record.get("text"), str) and not any(k in record for k in ("maintext", "content")):
                text = record["text"]
                title = record.get("title") if isinstance(record.get("title"), str) else None
                url = record.get("url") if isinstance(record.get("url"), str) else None
                article = await limited(lambda: clean(text, title=title, url=url))
                return {**article.to_dict(), "input": text}
            out = await limited(lambda: clean_record(record, FieldMap()))
            if "error" in out:
                raise ApiError(400, str(out["error"]))
            return dict(out)
        raw = await body_of(request)
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise ApiError(400, f"the body is not UTF-8 text: {error}") from error
        if not text.strip():
            raise ApiError(400, "the body is empty: send the text, or a JSON record")
        article = await limited(lambda: clean(text))
        return {**article.to_dict(), "input": text}

    @app.get("/articles", summary="Articles of the corpus, newest first, with filters")
    def articles(
        site: str | None = None,
        language: str | None = None,
        since: str | None = None,
        until: str | None = None,
        cluster: str | None = None,
        page: int = 1,
        per_page: int = 20,
    ) -> dict[str, Any]:
        if page < 1 or not 1 <= per_page <= 200:
            raise ApiError(400, "page must be at least 1 and per_page between 1 and 200")
        where, values = [], []
        for column, value, operator in (
            ("site", site, "="),
            ("language", language, "="),
            ("published", since, ">="),
            ("published", until, "<="),
            ("cluster_id", cluster, "="),
        ):
            if value:
                where.append(f"{column} {operator} ?")
                values.append(value)
        clause = (" WHERE " + " AND ".join(where)) if where else ""
        with _Corpus(options) as db:
            total = db.execute(f"SELECT count(*) FROM articles{clause}", values).fetchone()[0]
            rows = db.execute(
                f"SELECT {_ARTICLE_COLUMNS} FROM articles{clause} ORDER BY published DESC, id LIMIT ? OFFSET ?",
                [*values, per_page, min((page - 1) * per_page, LARGEST_INTEGER)],  # far past the end: no rows
            ).fetchall()
            facets = {
                name: dict(
                    db.execute(f"SELECT {name}, count(*) FROM articles GROUP BY {name} ORDER BY 2 DESC LIMIT 50")
                )
                for name in ("site", "language")
            }
        return {
            "total": total,
            "page": page,
            "per_page": per_page,
            "articles": [_summary(r) for r in rows],
            "facets": facets,
        }

    @app.get("/articles/{identity}", summary="One article of the corpus, whole")
    def article(identity: str) -> dict[str, Any]:
        with _Corpus(options) as db:
            db.row_factory = sqlite3.Row
            row = db.execute("SELECT * FROM articles WHERE id = ?", (identity,)).fetchone()
        if row is None:
            raise ApiError(404, f"no article {identity!r}")
        return decode_row(row)

    @app.get("/search", summary="Full-text search of the corpus (FTS5 syntax), best first")
    def search_endpoint(q: str = "", page: int = 1, per_page: int = 20) -> dict[str, Any]:
        if not q.strip():
            raise ApiError(400, "give a query: /search?q=words")
        if page < 1 or not 1 <= per_page <= 100:
            raise ApiError(400, "page must be at least 1 and per_page between 1 and 100")
        if options.corpus is None:
            raise ApiError(404, "this service has no corpus (start it with copydesk serve CORPUS.db)")
        hits = search(options.corpus, q, per_page, (page - 1) * per_page)
        return {"query": q, "page": page, "hits": [hit.to_dict() for hit in hits]}

    @app.get("/health", include_in_schema=False)
    def health() -> dict[str, Any]:
        return {"ok": True, "corpus": str(options.corpus) if options.corpus else None, "version": __version__}

    @app.get("/", include_in_schema=False)
    def reader() -> HTMLResponse:
        return HTMLResponse((STATIC / "reader.html").read_text(encoding="utf-8"))

    @app.get("/static/{name}", include_in_schema=False)
    def static(name: str) -> FileResponse:
        path = STATIC / name
        if name not in ("reader.js", "reader.css") or not path.is_file():
            raise ApiError(404, f"no static file {name!r}")
        return FileResponse(path)

    return app


def _fetch(url: str, options: ServeOptions, resolver: Resolver, transport: httpx.BaseTransport | None) -> Any:
    try:
        return guarded_fetch(url, allow_private=options.allow_private, resolver=resolver, transport=transport)
    except (RefusedAddress, InvalidURL) as error:
        raise ApiError(400, str(error)) from error
    except SourceError as error:
        raise ApiError(422, f"could not fetch the page: {error}") from error


def _extract_options(data: Any) -> ExtractOptions:
    """The options a request gives, checked here: extraction trusts their types, as Python callers give them."""
    if not isinstance(data, dict):
        raise ApiError(400, '"options" must be an object')
    for name, hint in _OPTION_TYPES.items():
        kinds = get_args(hint) or (hint,)  # (``str | None``: str and NoneType)
        if name in data and not isinstance(data[name], kinds):
            expected = " or ".join(_JSON_KINDS.get(kind, kind.__name__) for kind in kinds)
            raise ApiError(400, f'option "{name}" must be {expected}')
    charset = data.get("http_charset")
    if isinstance(charset, str) and not charset.isprintable():  # Python's codec lookup fails on a NUL
        raise ApiError(400, 'option "http_charset" must be a charset\'s name, such as "utf-8"')
    try:
        return ExtractOptions(**data)
    except TypeError as error:
        raise ApiError(400, f"unknown option: {error}") from error


def _nesting(value: Any) -> int:
    """How many levels of arrays and objects ``value`` holds (``{"a": [1]}``: 2), counted level by level, as
    a recursive count would run out of stack on the bodies it is there to refuse."""
    depth, level = 0, [value]
    while level:
        depth += 1
        level = [
            child
            for item in level
            for child in (item.values() if isinstance(item, dict) else item)
            if isinstance(child, (dict, list))
        ]
    return depth


class _Corpus:
    """The corpus database, read-only, for one request."""

    def __init__(self, options: ServeOptions) -> None:
        if options.corpus is None:
            raise ApiError(404, "this service has no corpus (start it with copydesk serve CORPUS.db)")
        self._path = options.corpus

    def __enter__(self) -> sqlite3.Connection:
        self._db = sqlite3.connect(f"file:{self._path}?mode=ro", uri=True)
        return self._db

    def __exit__(self, *exc: object) -> None:
        self._db.close()


def _summary(row: tuple[Any, ...]) -> dict[str, Any]:
    names = [name.strip() for name in _ARTICLE_COLUMNS.split(",")]
    return decode_row(dict(zip(names, row, strict=True)))
