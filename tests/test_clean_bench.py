"""The cleaning benchmark: construction, ground truth and scoring, on a tiny handwritten dataset."""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from copydesk.bench.clean_bench import (
    AT_GLUE,
    CharCounts,
    CleanerUnavailable,
    copydesk_cleaner,
    copydesk_profile_builder,
    record_paragraphs,
    run_corpus,
    run_credits,
    run_headlines,
    run_single,
    same_title,
    score_case,
    timing_set,
)
from copydesk.bench.clean_corpus import (
    CleanCase,
    SourcePage,
    boilerplate_blocks,
    build_corpus,
    build_single,
    mojibake,
    page_blocks,
    source_pages,
)
from copydesk.bench.datasets import load_dataset
from copydesk.cli.main import main
from copydesk.types import Article, Block, Removal, Repair

APPEAL = "Your support keeps the Gazette independent. Every gift makes all the difference."
NEWSLETTER = "Sign up for the morning briefing, delivered before breakfast."
SHARE = "Share on Facebook"
FOOTER = "Copyright 2024 Tidewater Gazette. All rights reserved."
RELATED = "Related: Council votes to repaint the old lighthouse"


def _page(title: str, paragraphs: list[str], caption: str) -> str:
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
        f"<script>var tracking = 'Skip this script text entirely';</script></head><body>"
        f"<nav><a href='/'>Home</a> <a href='/news'>Local news</a></nav><p>{SHARE}</p>"
        f"<article><h1>{title}</h1><figure><figcaption>{caption}</figcaption></figure>{body}</article>"
        f"<aside><p>{APPEAL}</p><p>{NEWSLETTER}</p><p>{RELATED}</p></aside><footer>{FOOTER}</footer></body></html>"
    )


HARBOUR = [
    "The harbour’s old lights were switched on again on Saturday, forty years after the lamps went dark.",
    "Volunteers didn’t give up. They spent three winters restoring the keeper’s brass fittings.",
    "The café on the quay stayed open until midnight, and its owner’s “lighthouse cake” sold out.",
    "More than two thousand visitors lined the quay, and the band played until the last ferry left.",
]
FERRY = [
    "The island ferry will run twice a day through the winter, the council’s transport office said.",
    "Residents say it isn’t enough. The island’s school needs an early crossing on weekdays.",
    "A naïve timetable, one councillor called it, and the town’s ferry company promised a review.",
    "The new service starts on the first Monday of November, weather permitting.",
]
ORCHARD = [
    "A community orchard planted on a former car park produced its first full harvest this autumn.",
    "The growers’ association pressed more than a tonne of apples into juice, which wasn’t expected.",
    "Its chair, René Dubois, said the project’s success came from the neighbours’ patience.",
    "Pear and plum trees will be added next spring, and the site will open to schools.",
]
PAGES: dict[str, tuple[str, list[str], str]] = {
    "harbour": ("Harbour lights return", HARBOUR, "The lamp room at dusk, photographed by Maren Holt"),
    "ferry": ("Winter ferry", FERRY, "The ferry leaving the island pier, photographed by Ian Moss"),
    "orchard": ("Orchard harvest", ORCHARD, "Apples waiting for the press, photographed by Ada Lind"),
}


def write_dataset(root: Path) -> Path:
    (root / "html").mkdir(parents=True)
    gold = {}
    for page_id, (title, paragraphs, caption) in PAGES.items():
        (root / "html" / f"{page_id}.html").write_text(_page(title, paragraphs, caption), encoding="utf-8")
        gold[page_id] = {
            "articleBody": "\n\n".join(paragraphs),
            "title": title,
            "url": f"https://gazette.example/{page_id}",
        }
    (root / "ground-truth.json").write_text(json.dumps(gold), encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_dataset(tmp_path_factory.mktemp("clean-bench") / "tiny")


@pytest.fixture(scope="module")
def pages(tiny: Path) -> list[SourcePage]:
    return source_pages(load_dataset(tiny))


SEEDS = range(12)


def _all_cases(pages: list[SourcePage], seed: int) -> list[CleanCase]:
    return build_single(pages, seed) + build_corpus(pages, seed, sites=2, records_per_site=5)[1]


# --- construction ----------------------------------------------------------------------------------


def test_boilerplate_is_the_visible_text_outside_the_gold(pages: list[SourcePage]) -> None:
    harbour = next(page for page in pages if page.id == "tiny/harbour")
    assert harbour.paragraphs == tuple(HARBOUR) and harbour.title == "Harbour lights return"
    assert set(harbour.boilerplate) == {
        "Home Local news",
        SHARE,
        "Harbour lights return",
        PAGES["harbour"][2],
        APPEAL,
        NEWSLETTER,
        RELATED,
        FOOTER,
    }
    assert not any("script" in block for block in harbour.boilerplate)


def test_boilerplate_filter_keeps_blocks_mostly_outside_the_gold() -> None:
    gold = "The ferry will run twice a day through the winter, the council said on Tuesday."
    mostly_new = "council said on Tuesday that parking at the harbour will cost two pounds more from May"
    blocks = ["Home", "Sign in", "the council said", "The ferry will run twice a week", mostly_new, "Sign in"]
    assert boilerplate_blocks(blocks, gold) == ["Sign in", mostly_new]


def test_page_blocks_of_an_empty_document() -> None:
    assert page_blocks(b"") == []


def test_mojibake_only_where_it_can_be_undone() -> None:
    assert mojibake("plain ascii") is None
    assert mojibake("René’s café") == "RenÃ©â€™s cafÃ©"
    assert mojibake("à la carte") is None  # its second byte is a no-break space in cp1252


def test_construction_is_deterministic_for_a_seed(pages: list[SourcePage]) -> None:
    assert _all_cases(pages, 7) == _all_cases(list(pages), 7)
    assert any(_all_cases(pages, seed) != _all_cases(pages, 7) for seed in (1, 2, 3))
    templates, corpus = build_corpus(pages, 7, sites=2, records_per_site=5)
    assert len(templates) == 2 and len(corpus) == 6  # three pages each
    assert {case.domain for case in corpus} == {template.domain for template in templates}


def test_planted_offsets_point_at_the_planted_text(pages: list[SourcePage]) -> None:
    kinds: set[str] = set()
    glued = 0
    for seed in SEEDS:
        for case in _all_cases(pages, seed):
            boilerplate = {block for page in pages for block in page.boilerplate}
            for start, end in case.boilerplate:
                assert case.text[start:end] in boilerplate
            for repair in case.repairs:
                assert case.text[repair.start : repair.end] == repair.before
                kinds.add(repair.kind)
            assert _restore(case) == case.gold.split("\n\n")
            glued += len(case.glue_points)
    assert kinds == {"apostrophe", "mojibake", "glued-boundary"} and glued > 0


def _restore(case: CleanCase) -> list[str]:
    """The record with its planted boilerplate cut and its planted repairs applied, as paragraphs."""
    edits = [(start, end, "") for start, end in case.boilerplate]
    edits += [(repair.start, repair.end, repair.after) for repair in case.repairs]
    text = case.text
    for start, end, after in sorted(edits, reverse=True):
        text = text[:start] + after + text[end:]
    return [line for line in text.split("\n") if line]


def test_apostrophes_are_dropped_to_a_space_in_the_records_own_style(pages: list[SourcePage]) -> None:
    for seed in SEEDS:
        for case in build_single(pages, seed):
            for repair in case.repairs:
                if repair.kind == "apostrophe":
                    assert repair.before == " " and repair.after == "’"
                    assert re.match(r"[st]\b", case.text[repair.end :])
            assert "’" in case.text or "Ã" in case.text  # one apostrophe is always left


# --- scoring ---------------------------------------------------------------------------------------


def _perfect(cases: Sequence[CleanCase]) -> Any:
    by_text = {case.text: case for case in cases}

    def clean(text: str, *, title: str | None = None, url: str | None = None, profile: Any = None) -> Article:
        case = by_text[text]
        return Article(
            url=url,
            title=title,
            kind="article",
            blocks=tuple(Block("paragraph", paragraph) for paragraph in case.gold.split("\n\n")),
            removed=tuple(Removal(s, e, text[s:e], "site-boilerplate") for s, e in case.boilerplate),
            repairs=tuple(Repair(r.start, r.end, r.before, r.after, r.kind) for r in case.repairs),
        )

    return clean


def _nothing(text: str, *, title: str | None = None, url: str | None = None, profile: Any = None) -> Article:
    return Article(kind="article", blocks=(Block("paragraph", text),))


def test_a_perfect_cleaner_scores_one(pages: list[SourcePage]) -> None:
    for seed in (0, 1, 2):
        single = build_single(pages, seed)
        result = run_single(single, _perfect(single), runs=2)
        assert result.records == 3 and len(result.run_seconds) == 2 and result.records_per_s > 0
        assert result.chars.precision == result.chars.recall == 1.0
        assert result.body.f1 == result.body.precision == result.body.recall == 1.0
        totals = result.repair_totals
        assert totals.planted > 0 and totals.precision == totals.recall == 1.0
        assert result.offset_errors == 0 and not result.errors
        assert result.input_body.f1 < 1.0


def test_figures_by_language_of_the_gold_body(pages: list[SourcePage]) -> None:
    """Each record counts under its gold body's language; the languages add up to the whole."""
    single = build_single(pages, 0)
    german = (
        "Der Hafenrat hat am Montag beschlossen, das innere Becken vor den Springfluten auszubaggern. "
        "Die Vorsitzende sagte, der Schlick habe sich nach den Stürmen schneller abgelagert als erwartet, "
        "und die Fischer begrüßten die Entscheidung, die sie den größten Teil der Wintersaison gekostet habe."
    )
    cases = [single[0], single[1], dataclasses.replace(single[2], gold=german)]
    result = run_single(cases, _perfect(single), runs=1)
    by_language = result.by_language
    assert list(by_language) == ["en", "de"]
    assert [records for records, _, _ in by_language.values()] == [2, 1]
    assert sum((counts for _, counts, _ in by_language.values()), CharCounts()) == result.chars
    assert by_language["en"][2] == 1.0 and by_language["de"][2] < 0.5  # the German gold is not what was cleaned
    assert result.to_dict()["by_language"]["de"]["records"] == 1


def test_timing_set_cuts_long_records_to_about_4_kb_at_a_paragraph_break(pages: list[SourcePage]) -> None:
    paragraph = "A paragraph of the story that runs on for a while. " * 6
    long_text = "\n\n".join([paragraph] * 30)
    cases = [*build_single(pages, 0)]
    long_case = dataclasses.replace(cases[0], id="long", text=long_text)
    timed = timing_set([*cases, long_case], size=4096)
    assert [case.id for case in timed] == [case.id for case in [*cases, long_case] if len(case.text) >= 4096]
    cut = timed[-1].text
    assert 2048 < len(cut) <= 4096 and long_text.startswith(cut) and long_text[len(cut) : len(cut) + 2] == "\n\n"
    result = run_single(cases, _nothing, runs=2)
    assert result.timing is not None and result.timing[0] == len(timing_set(cases))
    assert (result.records_per_s_4kb is None) == (result.timing[0] == 0)


def test_corpus_mode_learns_over_every_record_first(pages: list[SourcePage]) -> None:
    _, cases = build_corpus(pages, 3, sites=2, records_per_site=5)
    learned: list[tuple[str, list[str]]] = []

    def build_profile(records: Sequence[tuple[str, list[str]]]) -> Any:
        learned.extend(records)
        return "profile"

    perfect = _perfect(cases)

    def clean(text: str, *, title: str | None = None, url: str | None = None, profile: Any = None) -> Article:
        assert profile == "profile" and url is not None and url.startswith("https://site")
        return perfect(text, title=title, url=url)  # type: ignore[no-any-return]

    result = run_corpus(cases, clean, build_profile)
    assert [domain for domain, _ in learned] == [case.domain for case in cases]
    assert learned[0][1] == record_paragraphs(cases[0].text) and "" not in learned[0][1]
    assert result.sites == 2 and result.records == 6 and result.learn_seconds is not None
    assert result.chars.precision == result.chars.recall == 1.0 and result.body.f1 == 1.0


def test_a_cleaner_that_does_nothing_recalls_nothing(pages: list[SourcePage]) -> None:
    cases = build_single(pages, 0)
    result = run_single(cases, _nothing, runs=1)
    assert result.chars.recall == 0.0 and result.chars.precision is None
    assert result.repair_totals.recall == 0.0 and result.repair_totals.precision is None
    assert result.body.f1 == pytest.approx(result.input_body.f1)


def test_wrong_repairs_and_bad_offsets_are_counted(pages: list[SourcePage]) -> None:
    case = next(case for seed in SEEDS for case in build_single(pages, seed) if case.glue_points)
    perfect = _perfect([case])(case.text)
    taken = [(start, end) for start, end in case.boilerplate] + [(r.start, r.end) for r in case.repairs]
    first = next(
        match.start()
        for match in re.finditer("the", case.text)
        if not any(start <= match.start() < end for start, end in taken)
    )
    wrong = [
        Repair(first, first + 3, "the", "teh", "apostrophe"),  # nothing was planted there
        Repair(case.glue_points[0], case.glue_points[0], "", "\n\n", "glued-boundary"),  # optional: not scored
        Repair(0, 0, "", " ", "whitespace"),  # not scored
    ]
    article = Article(
        kind="article",
        blocks=perfect.blocks,
        removed=(*perfect.removed, Removal(0, 3, "xyz", "promo")),
        repairs=(*perfect.repairs, *wrong),
    )
    score = score_case(case, article)
    assert score.repairs["apostrophe"].wrong == 1 and score.repair_totals.found == len(case.repairs)
    assert score.uncounted == {AT_GLUE: 1, "whitespace": 1}
    assert score.offset_errors == 1 and score.wrong_repairs and "teh" in score.wrong_repairs[0]


def test_a_change_the_log_does_not_report_is_counted(pages: list[SourcePage]) -> None:
    case = build_single(pages, 0)[0]
    perfect = _perfect([case])(case.text)
    assert not score_case(case, perfect).unreported
    first = perfect.blocks[0]
    silent = dataclasses.replace(
        perfect, blocks=(dataclasses.replace(first, text=first.text.replace(" ", "  ", 1) + " x"), *perfect.blocks[1:])
    )
    assert score_case(case, silent).unreported  # a word added, no repair says so (the doubled space is no change)
    respaced = dataclasses.replace(
        perfect, blocks=(dataclasses.replace(first, text=first.text.replace(" ", "\n", 1)), *perfect.blocks[1:])
    )
    assert not score_case(case, respaced).unreported


def test_planted_boilerplate_is_told_by_shape_and_place() -> None:
    story = "The council agreed on Monday to dredge the harbour basin before the autumn storms arrive."
    teaser = "Another town voted last week to close its ferry pier after a long and bitter dispute."
    text = "\n\n".join(["Home | News | Sport", story, teaser, story, "Most read"])
    spans = [(text.index("Home"), text.index("Sport") + 5), (text.index(teaser), text.index(teaser) + len(teaser))]
    spans.append((text.index("Most read"), len(text)))
    case = CleanCase("x", "example.org", None, None, text, story + "\n\n" + story, tuple(spans), (), ())
    menu = spans[0]
    article = Article(kind="article", removed=(Removal(menu[0], menu[1], text[menu[0] : menu[1]], "navigation"),))
    placed = score_case(case, article).placed
    assert set(placed) == {"line/edge", "prose/middle"}
    assert placed["line/edge"].planted == len("Home|News|Sport") + len("Mostread")
    assert placed["line/edge"].overlap == len("Home|News|Sport")
    assert placed["prose/middle"].recall == 0.0
    result = run_single([case], lambda text, **_: article, runs=1)
    assert result.placed == placed and result.to_dict()["planted_by_shape_and_place"]["prose/middle"]["recall"] == 0.0


def test_text_moved_to_title_or_description_is_not_a_removal() -> None:
    menu, headline = "Home | News | Sport", "Harbour basin to be dredged"
    story = "The council agreed on Monday to dredge the harbour basin before the autumn storms arrive."
    text = "\n\n".join([menu, headline, story])
    case = CleanCase("x", "example.org", None, None, text, headline + "\n\n" + story, ((0, len(menu)),), (), ())
    start = text.index(headline)
    moved = Removal(start, start + len(headline), headline, "headline")
    score = score_case(case, Article(kind="article", removed=(Removal(0, len(menu), menu, "navigation"), moved)))
    assert score.chars.precision == score.chars.recall == 1.0
    assert score.moved.removed == len("Harbourbasintobedredged") and score.moved.overlap == 0
    assert score.strict.precision is not None and score.strict.precision < 1.0
    boilerplate_as_title = Removal(0, len(menu), menu, "headline")
    score = score_case(case, Article(kind="article", removed=(boilerplate_as_title,)))
    assert score.chars.recall == 0.0 and score.moved.overlap == len("Home|News|Sport") and score.strict.recall == 1.0


def test_an_apostrophe_in_the_other_style_is_wrong(pages: list[SourcePage]) -> None:
    case = next(c for c in build_single(pages, 0) if any(r.kind == "apostrophe" for r in c.repairs))
    planted = next(r for r in case.repairs if r.kind == "apostrophe")
    article = Article(kind="article", repairs=(Repair(planted.start, planted.end, " ", "'", "apostrophe"),))
    counts = score_case(case, article).repairs["apostrophe"]
    assert counts.found == 0 and counts.wrong == 1
    whole_word = Repair(planted.start - 3, planted.end, case.text[planted.start - 3 : planted.end], "", "apostrophe")
    whole_word = Repair(whole_word.start, whole_word.end, whole_word.before, whole_word.before[:3] + "’", "apostrophe")
    counts = score_case(case, Article(kind="article", repairs=(whole_word,))).repairs["apostrophe"]
    assert counts.found == 1 and counts.correct == 1 and counts.wrong == 0


def test_a_failing_record_is_reported_and_the_run_goes_on(pages: list[SourcePage]) -> None:
    cases = build_single(pages, 0)

    def flaky(text: str, *, title: str | None = None, url: str | None = None, profile: Any = None) -> Article:
        if title == "Winter ferry":
            raise ValueError("cannot clean")
        return _nothing(text)

    result = run_single(cases, flaky, runs=1)
    assert result.errors == {"tiny/ferry": "ValueError: cannot clean"} and result.records == 3


# --- the command -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("found", "gold", "same"),
    [
        ("Harbour lights return", "Harbour lights return", True),
        ("HARBOUR LIGHTS RETURN!", "Harbour lights return", True),
        ("Harbour lights return", "Harbour lights return | Tidewater Gazette", True),
        ("Tidewater Gazette", "Harbour lights return | Tidewater Gazette", False),  # the site's name
        ("Lighthouses: Harbour lights return", "Harbour lights return", True),  # a kicker in the line
        ("Harbour lights", "Harbour lights return after forty years in the dark", False),
        ("Winter ferry", "Harbour lights return", False),
    ],
)
def test_a_found_title_is_the_gold_headline_when_its_words_are(found: str, gold: str, same: bool) -> None:
    assert same_title(found, gold) is same


def test_headlines_are_looked_for_in_each_pages_whole_text(pages: list[SourcePage]) -> None:
    seen: list[str] = []

    def first_line(text: str, *, title: str | None = None, url: str | None = None, profile: Any = None) -> Article:
        assert title is None  # a scraped page's text comes without its title
        seen.append(text)
        line = text.splitlines()[0]
        return Article(title=None if line == "Home Local news" else line, kind="article")

    result = run_headlines(pages, first_line)
    assert len(result.pages) == len(pages) == len(seen)
    assert all("Share on Facebook" in text and APPEAL in text for text in seen)  # the page's furniture too
    assert (result.same, result.other, result.none) == (0, 0, len(pages))  # each page opens with its menu

    def always_harbour(text: str, *, title: str | None = None, url: str | None = None, profile: Any = None) -> Article:
        return Article(title="Harbour lights return", kind="article")

    found = run_headlines(pages, always_harbour)
    assert (found.same, found.other, found.none) == (1, len(pages) - 1, 0)
    assert found.to_dict()["per_page"][0] == {
        "id": pages[0].id,
        "gold": pages[0].title,
        "found": "Harbour lights return",
    }


def test_authors_and_dates_are_judged_against_the_gold_where_the_dataset_has_them(tmp_path: Path) -> None:
    root = write_dataset(tmp_path / "credits")
    gold = json.loads((root / "ground-truth.json").read_text(encoding="utf-8"))
    gold["harbour"].update(byline="By Maren Holt", publishedTime="2024-03-02T09:00:00+00:00")
    gold["ferry"].update(byline=None, publishedTime=None)  # the dataset has the fields; this page gives none
    (root / "ground-truth.json").write_text(json.dumps(gold), encoding="utf-8")
    pages = source_pages(load_dataset(root))
    by_id = {page.id.rsplit("/", 1)[1]: page for page in pages}
    assert (by_id["harbour"].byline, by_id["ferry"].byline, by_id["orchard"].byline) == ("By Maren Holt", "", None)
    seen: list[str] = []

    def holt(text: str, *, title: str | None = None, url: str | None = None, profile: Any = None) -> Article:
        seen.append(text)
        return Article(authors=("Maren Holt",), published="2024-03-02", kind="article")

    result = run_credits(pages, holt)
    assert len(seen) == 3 and all(SHARE in text for text in seen)  # each page's whole text
    assert result.authors() == {"pages": 1, "same": 1, "other": 0, "none": 0, "found_without_gold": 1}
    assert result.dates() == {"pages": 1, "same": 1, "other": 0, "none": 0, "found_without_gold": 1}

    def wrong(text: str, *, title: str | None = None, url: str | None = None, profile: Any = None) -> Article:
        return Article(authors=("Ian Moss",), published="2023-01-01", kind="article")

    assert run_credits(pages, wrong).authors()["other"] == 1 and run_credits(pages, wrong).dates()["other"] == 1
    nothing = run_credits(pages, lambda text, **_: Article(kind="article"))
    assert nothing.authors()["none"] == nothing.dates()["none"] == 1
    assert nothing.to_dict()["per_page"][0]["authors"] == []


def test_bench_group_keeps_the_extraction_benchmark_as_default() -> None:
    result = CliRunner().invoke(main, ["bench", "--help"])
    assert result.exit_code == 0 and "clean" in result.output and "extract" in result.output
    assert "--mode" in CliRunner().invoke(main, ["bench", "clean", "--help"]).output


def test_bench_clean_command_end_to_end(tiny: Path, tmp_path: Path) -> None:
    try:
        copydesk_cleaner()
    except CleanerUnavailable:
        pytest.skip("copydesk.clean is not available")
    try:
        copydesk_profile_builder()
        has_profiles = True
    except CleanerUnavailable:
        has_profiles = False
    out, records = tmp_path / "figures.json", tmp_path / "records.jsonl"
    arguments = ["bench", "clean", str(tiny), "--runs", "1", "--sites", "2", "--worst", "2"]
    result = CliRunner().invoke(main, [*arguments, "--json", str(out), "--records", str(records)])
    assert result.exit_code == 0, result.output
    assert "cleaning: boilerplate" in result.stdout and "single: the 2 worst records" in result.stdout
    figures = json.loads(out.read_text(encoding="utf-8"))
    single = figures["modes"]["single"]
    assert single["records"] == 3 and len(single["worst"]) == 2 and single["errors"] == {}
    assert {"precision", "recall"} <= set(single["boilerplate"]) and single["records_per_s"] > 0
    assert ("corpus" in figures["modes"]) == has_profiles
    lines = [json.loads(line) for line in records.read_text(encoding="utf-8").splitlines()]
    assert [line["mode"] for line in lines].count("single") == 3
    assert {"maintext", "gold", "boilerplate", "repairs"} <= set(lines[0])
    assert figures["headlines"]["pages"] == 3 and "headlines of whole pages" in result.stdout
