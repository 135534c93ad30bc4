"""The HTTP API of ``copydesk serve``: every endpoint, bad input answered with a 4xx and a message, the
private-address guard (direct, through a redirect, through a name that resolves to 127.0.0.1)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from copydesk.options import CorpusOptions
from copydesk.runners.local import run_local
from copydesk.sources import SourceError
from copydesk.sources.inputs import expand_inputs
from copydesk.web.app import ServeOptions, create_app
from copydesk.web.guard import resolve
from corpus_fixtures import corpus, page, story

PUBLIC = {"news.example": ["93.184.216.34"], "redirector.example": ["93.184.216.35"], "sneaky.example": ["127.0.0.1"]}


def resolver(host: str) -> list[str]:
    return PUBLIC.get(host, ["93.184.216.40"])


def remote(request: httpx.Request) -> httpx.Response:
    """The web as the tests' mock transport sees it."""
    if request.url.host == "redirector.example":
        return httpx.Response(302, headers={"Location": "http://10.0.0.5/admin"})
    if request.url.host == "brokenlink.example":
        return httpx.Response(302, headers={"Location": "http://xn--a.example/admin"})
    if request.url.host == "127.0.0.1":
        return httpx.Response(200, html="<html><body><p>internal dashboard</p></body></html>")
    return httpx.Response(200, content=page("news.example", 0), headers={"Content-Type": "text/html; charset=utf-8"})


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("served")
    paths = corpus(folder)
    inputs = expand_inputs([str(paths["warc"]), str(paths["html"]), str(paths["jsonl"])])
    run_local(inputs, folder / "corpus.db", CorpusOptions(output_format="sqlite", batch_size=4))
    return folder / "corpus.db"


def client(database: Path | None = None, **options: Any) -> TestClient:
    app = create_app(ServeOptions(corpus=database, **options), resolver=resolver, transport=httpx.MockTransport(remote))
    return TestClient(app)


def test_extract_takes_html_json_or_a_url(database: Path) -> None:
    api = client(database)
    raw = api.post("/extract", content=page("quaycourier.example", 1), headers={"Content-Type": "text/html"})
    assert raw.status_code == 200 and raw.json()["kind"] == "article" and "Ferry" in raw.json()["text"]
    wrapped = api.post("/extract", json={"html": page("quaycourier.example", 2).decode(), "url": "https://q.example/a"})
    assert wrapped.json()["url"] == "https://q.example/a" and "school" in wrapped.json()["text"]
    fetched = api.post(
        "/extract", json={"url": "https://news.example/2025/03/04/story", "options": {"detect_language": False}}
    )
    assert fetched.status_code == 200 and "dredge" in fetched.json()["text"]


@pytest.mark.parametrize(
    ("request_args", "status", "message"),
    [
        ({"content": b"", "headers": {"Content-Type": "text/html"}}, 400, "empty"),
        ({"content": b"{not json", "headers": {"Content-Type": "application/json"}}, 400, "not valid JSON"),
        ({"json": [1, 2]}, 400, "JSON object"),
        ({"json": {"neither": 1}}, 400, '"html"'),
        ({"json": {"html": "<p>x</p>", "options": {"colour": "red"}}}, 400, "unknown option"),
        ({"json": {"url": "ftp://news.example/file"}}, 422, "only http and https"),
        ({"content": b"x" * 5000, "headers": {"Content-Type": "text/html"}}, 413, "larger than"),
    ],
)
def test_bad_extract_requests_get_a_4xx_with_a_message(request_args: dict[str, Any], status: int, message: str) -> None:
    response = client(max_body=4096).post("/extract", **request_args)
    assert response.status_code == status
    assert message in response.json()["error"]


def test_private_addresses_are_refused_directly_after_a_redirect_and_through_dns() -> None:
    api = client()
    for url in ("http://127.0.0.1/", "http://[::1]/", "http://169.254.169.254/latest/meta-data/",
                "http://redirector.example/story", "http://sneaky.example/story", "http://10.1.2.3:8080/"):  # fmt: skip
        response = api.post("/extract", json={"url": url})
        assert response.status_code == 400, url
        assert "refused" in response.json()["error"], url
    allowed = client(allow_private=True).post("/extract", json={"url": "http://127.0.0.1/"})
    assert allowed.status_code == 200 and "internal dashboard" in allowed.json()["text"]


def test_clean_takes_text_or_a_record_and_reports_changes() -> None:
    api = client()
    first, second = story(0)[0], story(0)[1]
    text = (
        f"Sign up for our newsletter.\n{first}{second}\nThe harbour board s chair said the work would start"
        " within a month, and skippers on the quay welcomed the news after a long winter of delays."
    )
    response = api.post("/clean", content=text.encode(), headers={"Content-Type": "text/plain"})
    data = response.json()
    assert response.status_code == 200 and data["input"] == text
    assert [removal["reason"] for removal in data["removed"]] == ["newsletter"]
    assert {repair["kind"] for repair in data["repairs"]} >= {"glued-boundary", "apostrophe"}
    record = api.post("/clean", json={"maintext": text, "title": "Basin", "id": 7}).json()
    assert record["id"] == 7 and "newsletter" not in record["maintext"] and record["removed"]
    assert api.post("/clean", json={"title": "no body"}).status_code == 400
    assert api.post("/clean", content=b"\xff\xfe", headers={"Content-Type": "text/plain"}).status_code == 400
    assert api.post("/clean", content=b"  ", headers={"Content-Type": "text/plain"}).status_code == 400
    # a record cut inside an emoji: its lone half's escape is mended, not a server error
    kind = {"Content-Type": "application/json"}
    cut = api.post("/clean", content=json.dumps({"maintext": text + " \ud83d"}).encode(), headers=kind)
    assert cut.status_code == 200 and cut.json()["maintext"].endswith("\ufffd")


def test_articles_search_and_one_article(database: Path) -> None:
    api = client(database)
    listing = api.get("/articles", params={"per_page": 5}).json()
    assert listing["total"] == 14 and len(listing["articles"]) == 5
    assert listing["facets"]["site"]["quaycourier.example"] == 7
    site = api.get("/articles", params={"site": "harbourpost.example"}).json()
    assert site["total"] == 4 and {a["site"] for a in site["articles"]} == {"harbourpost.example"}
    first = site["articles"][0]
    cluster = api.get("/articles", params={"cluster": first["cluster_id"]}).json()
    assert cluster["total"] >= 1 and all(a["cluster_id"] == first["cluster_id"] for a in cluster["articles"])
    whole = api.get(f"/articles/{first['id']}").json()
    assert whole["blocks"] and whole["removed"][0]["reason"] == "site-boilerplate"
    hits = api.get("/search", params={"q": "dredger"}).json()["hits"]
    assert hits and "dredge" in hits[0]["snippet"].lower()
    assert api.get("/articles/nope").status_code == 404
    assert api.get("/articles", params={"page": 0}).status_code == 400
    assert api.get("/articles", params={"per_page": "many"}).status_code == 422
    assert api.get("/search").status_code == 400


def test_a_service_without_a_corpus_still_extracts() -> None:
    api = client()
    assert api.get("/articles").status_code == 404 and "no corpus" in api.get("/articles").json()["error"]
    assert api.get("/search", params={"q": "x"}).status_code == 404
    assert api.post("/extract", content=page("q.example", 3), headers={"Content-Type": "text/html"}).status_code == 200


def test_openapi_reader_and_security_headers(database: Path) -> None:
    api = client(database)
    schema = api.get("/openapi.json").json()
    assert {"/extract", "/clean", "/articles", "/articles/{identity}", "/search"} <= set(schema["paths"])
    reader = api.get("/")
    assert reader.status_code == 200 and "/static/reader.js" in reader.text
    assert "script-src 'self'" in reader.headers["content-security-policy"]
    assert "<script>" not in reader.text  # no inline script: the policy would block it anyway
    assert api.get("/static/reader.js").status_code == 200
    assert api.get("/static/../app.py").status_code == 404


def test_work_over_the_time_limit_gets_504(monkeypatch: pytest.MonkeyPatch) -> None:
    import copydesk.web.app as web

    def slow(*args: Any) -> Any:
        time.sleep(1.0)
        raise AssertionError("never reached in time")

    monkeypatch.setattr(web, "extract_with", slow)
    response = client(timeout_s=0.2).post("/extract", content=b"<p>x</p>", headers={"Content-Type": "text/html"})
    assert response.status_code == 504 and "longer than" in json.loads(response.text)["error"]


@pytest.mark.parametrize(
    "body",
    [
        b'{"html": "<p>x</p>", "n": ' + b"1" * 5000 + b"}",  # past Python's 4,300 digits for an integer
        b'{"html": "<p>x</p>", "n": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",  # past the parser's recursion
        b'{"html": "<p>x</p>", "n": ' + b"[" * 500 + b"]" * 500 + b"}",  # parsed, but too deep to mend or answer
    ],
)
@pytest.mark.parametrize("path", ["/extract", "/clean"])
def test_a_body_too_deep_or_long_to_read_gets_400_and_the_service_goes_on(path: str, body: bytes) -> None:
    api = client()
    response = api.post(path, content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 400 and "could not be read" in response.json()["error"]
    assert api.post("/clean", json={"maintext": story(0)[0]}).status_code == 200


def test_a_url_that_cannot_be_parsed_gets_4xx() -> None:
    api = client()
    for url in ("http://[::1", "http://xn--a.com/", "http://\u2100.com/", "http://a\u0000b.com/"):
        response = api.post("/extract", json={"url": url})
        assert response.status_code == 400, url
        assert "invalid URL" in response.json()["error"], url
    # a redirect to a host IDNA refuses is the remote's fault: a page that could not be fetched
    redirected = api.post("/extract", json={"url": "http://brokenlink.example/story"})
    assert redirected.status_code == 422 and "could not fetch" in redirected.json()["error"]
    assert api.post("/extract", json={"url": "https://news.example/2025/03/04/story"}).status_code == 200


def test_a_host_dns_cannot_encode_is_a_fetch_error() -> None:
    with pytest.raises(SourceError, match="cannot be resolved"):
        resolve("a" * 64 + ".example")  # a label over 63 characters: refused before any lookup


@pytest.mark.parametrize(
    ("given", "name"),
    [
        ({"http_charset": 3}, "http_charset"),
        ({"http_charset": "utf-8\u0000"}, "http_charset"),
        ({"detect_language": "no"}, "detect_language"),
        ({"repair_mojibake": 1}, "repair_mojibake"),
    ],
)
@pytest.mark.parametrize("source", [{"url": "https://news.example/2025/03/04/story"}, {"html": "<p>Ferry</p>"}])
def test_an_option_of_the_wrong_type_gets_400_naming_it(
    source: dict[str, str], given: dict[str, Any], name: str
) -> None:
    response = client().post("/extract", json={**source, "options": given})
    assert response.status_code == 400 and name in response.json()["error"]


def test_a_page_past_what_sqlite_can_count_is_empty(database: Path) -> None:
    api = client(database)
    listing = api.get("/articles", params={"page": 92233720368547758, "per_page": 200})
    assert listing.status_code == 200 and listing.json()["articles"] == [] and listing.json()["total"] == 14
    hits = api.get("/search", params={"q": "dredger", "page": 99999999999999999999})
    assert hits.status_code == 200 and hits.json()["hits"] == []
    assert api.get("/articles", params={"page": 2, "per_page": 10}).json()["articles"]


def test_control_characters_in_a_search_separate_words(database: Path) -> None:
    api = client(database)
    for query in ("\x00", '"\x00', "\x01\x1f"):
        response = api.get("/search", params={"q": query})
        assert response.status_code == 200 and response.json()["hits"] == [], repr(query)
    found = api.get("/search", params={"q": "dredger\x00"}).json()["hits"]
    assert found and "dredge" in found[0]["snippet"].lower()
