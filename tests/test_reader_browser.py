"""The reader in a real browser: Playwright driving Debian's chromium, headless. The set-up installs
chromium with apt when it is missing (as root); screenshots of the main views go to a temporary folder,
or to $COPYDESK_SCREENSHOTS (``COPYDESK_SCREENSHOTS=docs/screenshots`` refreshes the README's).

A stored article crafted with a <script>, an onerror= handler and javascript: URLs must render inert."""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from copydesk.options import CorpusOptions
from copydesk.runners.local import run_local
from copydesk.sources.inputs import expand_inputs
from corpus_fixtures import corpus, page

EVIL_ID = "e0e0e0e0e0e0e0e0"
EVIL = {
    "id": EVIL_ID,
    "url": "javascript:window.__pwned=1",
    "title": "<script>window.__pwned=1</script>Evil headline",
    "description": '<img src=x onerror="window.__pwned=1">',
    "site": "evil.example",
    "text": "<script>window.__pwned=1</script>",
    "blocks": json.dumps(
        [
            {"kind": "paragraph", "text": '<img src=x onerror="window.__pwned=1;alert(1)">', "level": 0},
            {"kind": "heading", "text": '<a href="javascript:alert(1)">click</a>', "level": 2},
        ]
    ),
    "authors": json.dumps(["<b onmouseover=alert(1)>Mallory</b>"]),
    "removed": json.dumps([]),
}


def chromium() -> str | None:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if (
        found is None
        and shutil.which("apt-get")
        and hasattr(__import__("os"), "geteuid")
        and __import__("os").geteuid() == 0
    ):
        subprocess.run(["apt-get", "update", "-qq"], check=False, capture_output=True)
        subprocess.run(["apt-get", "install", "-y", "-qq", "chromium"], check=False, capture_output=True,
                       env={"DEBIAN_FRONTEND": "noninteractive", "PATH": "/usr/sbin:/usr/bin:/sbin:/bin"})  # fmt: skip
        found = shutil.which("chromium")
    return found


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    import uvicorn

    from copydesk.web.app import ServeOptions, create_app

    folder = tmp_path_factory.mktemp("reader")
    paths = corpus(folder)
    database = folder / "corpus.db"
    inputs = expand_inputs([str(paths["warc"]), str(paths["html"]), str(paths["jsonl"])])
    run_local(inputs, database, CorpusOptions(output_format="sqlite", batch_size=4))
    with sqlite3.connect(database) as db:  # the crafted article, stored as a corpus row
        names = ", ".join(EVIL)
        db.execute(f"INSERT INTO articles ({names}) VALUES ({', '.join('?' for _ in EVIL)})", list(EVIL.values()))
        db.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(ServeOptions(corpus=database)), port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(100):
        if server.started:
            break
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser_page(served: str) -> Iterator[Any]:
    executable = chromium()
    if executable is None:
        pytest.skip("no chromium, and it could not be installed (apt-get as root)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=["--no-sandbox"])
        context = browser.new_context(viewport={"width": 1200, "height": 900})
        tab = context.new_page()
        dialogs: list[str] = []
        tab.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
        tab.dialogs = dialogs  # type: ignore[attr-defined]
        yield tab
        browser.close()


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the screenshots go: pytest's temporary folders (it keeps the last few runs' and removes older
    ones), so that a test run leaves neither the checkout nor /tmp growing; COPYDESK_SCREENSHOTS=docs/screenshots
    refreshes the README's pictures."""
    wanted = os.environ.get("COPYDESK_SCREENSHOTS")
    folder = Path(wanted) if wanted else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def shot(tab: Any, folder: Path, name: str) -> None:
    tab.screenshot(path=str(folder / f"{name}.png"), full_page=False)


def test_corpus_list_search_article_and_changes(served: str, browser_page: Any, screenshots: Path) -> None:
    tab = browser_page
    tab.goto(served + "/#/")
    tab.wait_for_selector("#results .item")
    assert "15 articles" in tab.inner_text("#results")
    assert "quaycourier.example (7)" in tab.inner_text(".facets")
    shot(tab, screenshots, "corpus")
    tab.fill("input[name=q]", "dredger")
    tab.click("#search button")
    tab.wait_for_selector("#results .snippet")
    assert "results for" in tab.inner_text("#results")
    tab.click("#results .item a")
    tab.wait_for_selector("article h1")
    assert tab.inner_text("article p.block-paragraph").strip()
    shot(tab, screenshots, "article")
    tab.click("text=What changed")
    tab.wait_for_selector("#changes .removed")
    removed = tab.query_selector_all("#changes .removed")
    assert removed and removed[0].get_attribute("data-reason") == "site-boilerplate"
    assert "Keep the Quay Courier free" in removed[0].inner_text()
    shot(tab, screenshots, "changes")
    tab.go_back()
    tab.wait_for_selector("article h1")
    tab.click("text=Duplicate cluster")
    tab.wait_for_selector("#cluster .item")
    assert "copies" in tab.inner_text("#cluster h1")


def test_paste_html_and_text(served: str, browser_page: Any, screenshots: Path) -> None:
    tab = browser_page
    tab.goto(served + "/#/paste")
    tab.fill("#paste-box", page("pasted.example", 5).decode())
    tab.click("#extract")
    tab.wait_for_selector("#paste-result article h1")
    assert "library" in tab.inner_text("#paste-result").lower()
    tab.fill(
        "#paste-box", "Sign up for our newsletter.\nThe town library will lend tools as well as books from Monday."
    )
    tab.click("#clean")
    tab.wait_for_selector("#paste-result #changes .removed")
    assert tab.get_attribute("#paste-result #changes .removed", "data-reason") == "newsletter"
    shot(tab, screenshots, "paste")


def test_a_crafted_article_renders_inert(served: str, browser_page: Any) -> None:
    tab = browser_page
    tab.goto(served + "/#/article/" + EVIL_ID)
    tab.wait_for_selector("article h1")
    time.sleep(0.3)
    assert "<script>window.__pwned=1</script>Evil headline" in tab.inner_text("article h1")  # shown as text
    assert tab.evaluate("window.__pwned") is None
    assert tab.dialogs == []  # type: ignore[attr-defined]
    assert tab.evaluate("document.querySelectorAll('article script, article img, article [onerror]').length") == 0
    hrefs = tab.evaluate("Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href'))")
    assert not [href for href in hrefs if href and href.lower().startswith("javascript:")]
    tab.hover("article")
    tab.goto(served + "/#/?q=Evil")
    tab.wait_for_selector("#results")
    assert tab.evaluate("window.__pwned") is None and tab.dialogs == []  # type: ignore[attr-defined]
