"""Inputs for the corpus-run tests, written by the project itself: news pages of two invented sites
(each with a donation box that the single-page extractor keeps), copies and near-copies, and broken
records of every kind."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from copydesk.bench.pipeline_corpus import response_record

TOPICS: list[tuple[str, list[str]]] = [
    ("harbour", [
        "The harbour board agreed on {day} to dredge the inner basin before the spring tides arrive.",
        "Silt carried down by the winter floods has left the basin too shallow for the larger trawlers.",
        "Skippers complained that boats were grounding at low water and missing the early fish auctions.",
        "A contractor from Falmouth will bring a suction dredger and expects the job to last five weeks.",
        "Spoil from the basin is to be pumped onto the salt marsh, which conservation groups have accepted.",
    ]),
    ("ferry", [
        "Ferry operators said on {day} that the winter timetable would add two late crossings each weekday.",
        "Commuters working evening shifts at the hospital had petitioned for a sailing after ten o'clock.",
        "The extra crossings will be run by the smaller vessel, which carries forty cars and two lorries.",
        "Fares stay frozen until March, although the company warned that fuel costs keep on climbing.",
        "Islanders welcomed the change but asked for a bus connection to meet the last boat at the slipway.",
    ]),
    ("school", [
        "The county council approved on {day} a new primary school for the eastern housing estates.",
        "Classrooms in the two existing schools are full, and some pupils travel nine miles every morning.",
        "The building will have room for four hundred children and a nursery run by a local charity.",
        "Construction should begin in the summer holidays so that lessons can start the following autumn.",
        "Parents asked whether a safe crossing would be built on the ring road before the gates open.",
    ]),
    ("bridge", [
        "Engineers closed the old swing bridge on {day} after finding cracks in two of its stone piers.",
        "Drivers now face a detour of eleven miles through the valley villages until repairs are done.",
        "The bridge, opened in 1894, still turns by hand to let tall-masted boats pass up the river.",
        "Divers will inspect the foundations next week while a temporary footbridge is floated into place.",
        "Shopkeepers on the quay fear that trade will suffer if the closure lasts into the tourist season.",
    ]),
    ("market", [
        "Traders at the covered market voted on {day} to open on Sunday mornings from the start of April.",
        "The fishmonger and the cheese stall led the campaign, saying weekend visitors kept asking for them.",
        "Older stallholders objected that they already work six days and cannot find staff for a seventh.",
        "A trial of three months will test whether enough shoppers come before lunchtime to cover the costs.",
        "The market hall was restored last year with a lottery grant and a new glass roof over the aisles.",
    ]),
    ("library", [
        "The town library will lend tools as well as books from {day}, its trustees announced.",
        "Drills, ladders, sewing machines and a pressure washer were donated by residents over the winter.",
        "Borrowers must show a library card and attend a short safety talk before taking power tools home.",
        "Volunteers from the repair café will check every item when it comes back and fix what is broken.",
        "Similar schemes in Bristol and Leeds report that most tools are borrowed at least twice a month.",
    ]),
    ("festival", [
        "Organisers of the sea shanty festival said on {day} that every ticket had sold out within an hour.",
        "Choirs from Brittany, Norway and the Faroe Islands will join local singers on three outdoor stages.",
        "Hotels in the town are already full, and the organisers have opened a campsite on the cricket field.",
        "Last year's festival raised twenty thousand pounds for the lifeboat station and the harbour museum.",
        "Police plan to close the seafront road to traffic on both evenings of the festival weekend.",
    ]),
    ("lifeboat", [
        "The lifeboat crew was called out three times on {day}, twice to the same stranded yacht.",
        "The yacht's owner had ignored warnings about the sandbank that shifts with every storm tide.",
        "On the third call the crew towed a kayaker back to the beach after he lost his paddle offshore.",
        "The station's coxswain urged visitors to check the tide tables and carry a phone in a dry bag.",
        "A new all-weather boat is due to arrive next year, paid for by a legacy from a retired fisherman.",
    ]),
]  # fmt: skip
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
DONATION = "Keep the Quay Courier free for everyone: our reporters rely on readers like you. Give what you can today."


def story(topic: int, variant: int = 0) -> list[str]:
    """The five paragraphs of an invented story; ``variant`` changes a few words (a near-copy)."""
    day = DAYS[(topic + variant) % len(DAYS)]
    paragraphs = [text.replace("{day}", day) for text in TOPICS[topic][1]]
    if variant:
        paragraphs[3] = paragraphs[3].replace("will", "should", 1)
    return paragraphs


def page(site: str, topic: int, variant: int = 0, donation: bool = True) -> bytes:
    body = "".join(f"<p>{text}</p>" for text in story(topic, variant))
    box = f'<p class="support">{DONATION}</p>' if donation else ""
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{TOPICS[topic][0].title()} news | {site}"
        f"</title></head><body><header><nav><a href='/'>Home</a> <a href='/news'>News</a> "
        f"<a href='/sport'>Sport</a></nav></header><main><article><h1>{TOPICS[topic][0].title()} plan agreed</h1>"
        f"{body}{box}</article></main><footer><p>© 2025 {site}</p></footer></body></html>"
    ).encode()


def write_warc(path: Path, records: list[bytes], broken_tail: bool = False, garbage_after: int | None = None) -> None:
    """Records gzip-compressed one by one; ``garbage_after``: a corrupt member after that record;
    ``broken_tail``: the last record cut short."""
    data = bytearray()
    for number, record in enumerate(records):
        data += gzip.compress(record, mtime=0)
        if garbage_after == number:
            data += b"\x1f\x8b\x08" + b"not really gzip" * 20
    if broken_tail:
        data = data[:-60]
    path.write_bytes(bytes(data))


def corpus(folder: Path) -> dict[str, Path]:
    """A WARC with articles of two sites, copies, near-copies and bad records; a folder of HTML files; a
    JSONL of text records. The names of what was planted are returned with the paths."""
    records = []
    for topic in range(6):
        records.append(response_record(f"https://quaycourier.example/news/{topic}", page("quaycourier.example", topic)))
    for topic in range(4):
        records.append(
            response_record(f"https://harbourpost.example/story/{topic}", page("harbourpost.example", topic + 4))
        )
    records.append(response_record("https://mirror.example/copy-of-0", page("quaycourier.example", 0)))  # exact copy
    records.append(response_record("https://quaycourier.example/news/0-updated", page("quaycourier.example", 0, 1)))
    records.append(response_record("https://quaycourier.example/brochure.pdf", b"%PDF-1.7 binary", "application/pdf"))
    records.append(response_record("https://quaycourier.example/logo.png", b"\x89PNG\r\n\x1a\nxx", "image/png"))
    records.append(response_record("https://quaycourier.example/missing", b"<html>gone</html>", status=404))
    records.append(response_record("https://harbourpost.example/story/last", page("harbourpost.example", 7)))
    warc = folder / "crawl.warc.gz"
    write_warc(warc, records, broken_tail=True, garbage_after=9)
    html = folder / "pages"
    html.mkdir()
    (html / "festival.html").write_bytes(page("towncrier.example", 6, donation=False))
    (html / "empty.html").write_bytes(b"<html><body></body></html>")
    (html / "binary.html").write_bytes(b"\x00\x01\x02\xff" * 50)
    lines = [
        {"title": "Lifeboat busy", "maintext": "\n".join(story(7)), "url": "https://newsfeed.example/lifeboat"},
        {"title": "no body"},
    ]
    jsonl = folder / "records.jsonl"
    jsonl.write_text("\n".join(json.dumps(line) for line in lines) + "\n{broken json\n", encoding="utf-8")
    return {"warc": warc, "html": html, "jsonl": jsonl}
