"""A synthetic news site served on 127.0.0.1 for the crawl benchmark: a robots.txt naming a sitemap
index, sitemaps of up to 10,000 article URLs, and small article pages made on request."""

from __future__ import annotations

import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

SITEMAP_SIZE = 10_000


def article(number: int) -> bytes:
    return (
        f"<!doctype html><html><head><title>Story {number} | Bench Courier</title></head><body><article>"
        f"<h1>Story number {number}</h1><p>The harbour board met on day {number % 365} to discuss item "
        f"{number} of its agenda, which residents had asked about for weeks.</p><p>Councillors agreed "
        f"to publish a report on item {number} before the next meeting of the board.</p></article>"
        "</body></html>"
    ).encode()


def make_server(urls: int) -> ThreadingHTTPServer:
    sitemaps = (urls + SITEMAP_SIZE - 1) // SITEMAP_SIZE

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: Any) -> None:
            pass

        def setup(self) -> None:
            super().setup()
            # headers and body go out as two writes: without this, each response waits for a delayed ACK
            self.request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def do_GET(self) -> None:
            base = f"http://{self.headers['Host']}"
            path = self.path
            if path == "/robots.txt":
                body, kind = b"User-agent: *\nDisallow: /private/\nSitemap: /sitemap-index.xml\n", "text/plain"
            elif path == "/sitemap-index.xml":
                items = "".join(f"<sitemap><loc>{base}/sitemap-{n}.xml</loc></sitemap>" for n in range(sitemaps))
                body, kind = f"<sitemapindex>{items}</sitemapindex>".encode(), "application/xml"
            elif path.startswith("/sitemap-") and path.endswith(".xml"):
                first = int(path[9:-4]) * SITEMAP_SIZE
                numbers = range(first, min(first + SITEMAP_SIZE, urls))
                items = "".join(
                    f"<url><loc>{base}/2025/03/04/story-number-{n}-of-the-bench</loc></url>" for n in numbers
                )
                body, kind = f"<urlset>{items}</urlset>".encode(), "application/xml"
            elif path.startswith("/2025/03/04/story-number-"):
                body, kind = article(int(path.split("-")[2])), "text/html; charset=utf-8"
            else:
                body, kind = b"not here", "text/plain"
                self.send_response(404)
                self._finish(body, kind)
                return
            self.send_response(200)
            self._finish(body, kind)

        def _finish(self, body: bytes, kind: str) -> None:
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    return server


def serve(urls: int) -> tuple[ThreadingHTTPServer, threading.Thread]:
    server = make_server(urls)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread
