"""Site profiles: per-site recurring texts learned from synthetic records written here."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from collections.abc import Iterator

import numpy as np
import pytest

from copydesk.clean.profile import (
    ProfileLearner,
    SiteProfile,
    TextCounts,
    fingerprint,
    normalise,
    record_texts,
    site_key,
    story_anchors,
    story_key,
)
from copydesk.clean.profile_io import load_profile, save_profile
from copydesk.clean.text import Span, loose_cuts, split_sentences

APPEAL = (
    "Independent journalism costs money. If you value our reporting, please consider a contribution: "
    "your support makes all the difference."
)
NEWSLETTER = "Sign up for our newsletter."
WIRE = "The central bank raised its main interest rate by a quarter point on Thursday, the third rise this year."
ADVERT = "Advertisement"
Record = tuple[str, list[str]]


def _sentence(rng: random.Random) -> str:
    words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9))) for _ in range(12)]
    return " ".join(words).capitalize() + "."


def _story(rng: random.Random, paragraphs: int = 5) -> list[str]:
    """Article paragraphs that no other record shares."""
    return [" ".join(_sentence(rng) for _ in range(3)) for _ in range(paragraphs)]


def _site_records(domain: str, count: int, seed: int) -> Iterator[Record]:
    """A site whose every record carries the appeal and the newsletter line inside a paragraph,
    glued to its neighbours in every other record."""
    rng = random.Random(seed)
    for index in range(count):
        body = _story(rng)
        body.insert(2, APPEAL)
        before, after = _sentence(rng), _sentence(rng)
        if index % 2:
            body[3] = f"{before[:-1]} said.{NEWSLETTER}The {after.lower()}"
        else:
            body[3] = f"{before} {NEWSLETTER} {after}"
        yield domain, body


def _learn(records: list[Record], min_share: float = 0.02) -> SiteProfile:
    learner = ProfileLearner()
    for domain, paragraphs in records:
        learner.add(domain, paragraphs)
    return learner.build(min_share=min_share)


def test_a_sites_recurring_paragraph_and_sentence_are_its_boilerplate() -> None:
    records = list(_site_records("www.independent.example", 50, seed=1))
    rng = random.Random(2)
    other = [("other.example", [*_story(rng), APPEAL]) for _ in range(2)]
    other += [("other.example", _story(rng)) for _ in range(3)]
    profile = _learn(records + other)

    site = "independent.example"
    assert profile.reason(site, APPEAL) == "site-boilerplate"
    assert profile.reason(site, NEWSLETTER) == "site-boilerplate"
    assert profile.reason("https://www.independent.example/news/story", "sign up for our NEWSLETTER") is not None
    assert profile.reason(site, records[0][1][0]) is None  # article text
    assert profile.reason(site, _sentence(rng)) is None
    # the same appeal on two records of another site: not enough to be that site's boilerplate
    assert profile.reason("other.example", APPEAL) is None
    assert profile.reason("unknown.example", APPEAL) is None
    assert profile.reason(None, APPEAL) is None
    assert profile.records(site) == 50
    assert profile.domains == ("independent.example", "other.example")


def test_a_wire_story_carried_by_many_sites_is_kept() -> None:
    rng = random.Random(3)
    records: list[Record] = []
    for number in range(10):
        records.append((f"paper{number}.example", [*_story(rng), WIRE]))
        records += [(f"paper{number}.example", _story(rng)) for _ in range(4)]
    profile = _learn(records)
    assert all(profile.reason(f"paper{number}.example", WIRE) is None for number in range(10))


def test_texts_several_sites_carry_as_content_are_syndicated_with_their_records() -> None:
    rng = random.Random(12)
    credit = "(Photo: Anna Berg / Nordic Wire)"
    wire_story = [WIRE, credit, *_story(rng, 2)]
    records = list(_site_records("independent.example", 20, seed=13))  # the appeal recurs there
    records += [("independent.example", wire_story), ("aggregator.example", [*_story(rng), APPEAL])]
    records += [(f"paper{number}.example", wire_story) for number in range(3)]
    records += [(f"paper{number}.example", _story(rng)) for number in range(3) for _ in range(5)]
    lonely = _story(rng, 1)[0]
    records.append(("paper0.example", [lonely]))
    profile = _learn(records)
    assert profile.syndicated_records(credit) == 4 and profile.syndicated_records(WIRE) == 4
    assert profile.syndicated_records(wire_story[2]) == 4
    assert profile.syndicated_records(APPEAL) == 0  # carried by two sites, but one's boilerplate
    assert profile.syndicated_records(lonely) == 0  # one site's
    assert profile.syndicated_records("(photo: anna berg - nordic wire)") == 4  # the same text, normalised
    # the credit went with this story on four sites, with no other story anywhere
    anchors = story_anchors(wire_story)
    assert len(anchors) == 2 and profile.companion_records(credit, anchors) == 4
    assert profile.companion_records(credit, story_anchors(_story(rng))) == 0
    assert record_texts(wire_story, companions=False) < record_texts(wire_story)
    data = profile.to_dict()
    assert TextCounts.from_dict(data["syndicated"])[fingerprint(credit)] == 4
    assert SiteProfile.from_dict(json.loads(json.dumps(data))) == profile
    del data["syndicated"]  # a profile written before syndicated texts were learned
    assert SiteProfile.from_dict(data).syndicated_records(credit) == 0
    learner = ProfileLearner()
    for domain, paragraphs in records:
        learner.add(domain, paragraphs)
    assert learner.build(min_share=0.02, syndicated=False).syndicated_records(credit) == 0


def test_text_counts_are_a_compact_mapping_of_fingerprints() -> None:
    counts = TextCounts([fingerprint("b"), 7, (1 << 64) - 1], [2, 3, 4])
    assert counts == {7: 3, fingerprint("b"): 2, (1 << 64) - 1: 4} and len(counts) == 3
    assert counts[7] == 3 and counts.get(8) is None and counts.get(-1, 0) == 0 and counts.get(1 << 64, 0) == 0
    with pytest.raises(KeyError):
        counts[8]
    assert list(counts) == sorted(counts)
    data = json.loads(json.dumps(counts.to_dict()))
    assert set(data) == {"fingerprints", "counts"} and all(isinstance(value, str) for value in data.values())
    assert TextCounts.from_dict(data) == counts and TextCounts.from_dict({}) == {}
    with pytest.raises(ValueError, match="fingerprints but"):
        TextCounts.from_dict({"fingerprints": data["fingerprints"], "counts": ""})
    with pytest.raises(ValueError, match="syndicated texts"):
        TextCounts.from_dict({"fingerprints": "not base64!", "counts": ""})
    with pytest.raises(ValueError, match="twice"):
        TextCounts(np.array([5, 5], dtype=np.uint64), np.array([1, 2], dtype=np.uint32))


def test_a_storys_anchors_are_its_prose_not_a_notice_other_stories_share() -> None:
    rng = random.Random(21)
    notice = (
        "Copyright 2026 Nordic Wire. All rights reserved. This material may not be published, broadcast, "
        "rewritten or redistributed without permission."
    )
    story = _story(rng, 3)
    anchors = story_anchors([*story, notice, "(Photo: Anna Berg / Nordic Wire)"])
    assert set(anchors) <= {fingerprint(paragraph) for paragraph in story} and len(anchors) == 2
    assert story_anchors([notice]) == () and story_anchors([story[0]]) == (fingerprint(story[0]),)


@pytest.mark.parametrize(
    "section", ["abc", [1, 2], 5, {"0123456789abcdef": 3}, {"fingerprints": "AAAAAAAAAAA=", "counts": 7}]
)
def test_a_profile_with_a_broken_syndicated_section_is_a_clear_error(section: object) -> None:
    data = _learn(list(_site_records("independent.example", 10, seed=9))).to_dict()
    data["syndicated"] = section
    with pytest.raises(ValueError, match="syndicated texts"):
        SiteProfile.from_dict(data)


def test_a_wire_story_repeated_by_a_small_site_is_kept_when_other_sites_carry_it() -> None:
    rng = random.Random(4)
    small = [("small.example", [*_story(rng), WIRE]) for _ in range(4)]  # under four texts the story carries
    small += [("small.example", _story(rng)) for _ in range(16)]
    carriers = [(f"paper{number}.example", [*_story(rng), WIRE]) for number in range(5)]
    assert _learn(small).reason("small.example", WIRE) == "site-boilerplate"  # no evidence of syndication
    assert _learn(small + carriers).reason("small.example", WIRE) is None


def test_a_generic_line_recurring_on_many_sites_is_boilerplate_on_each() -> None:
    rng = random.Random(5)
    records: list[Record] = []
    for number in range(5):
        for index in range(20):
            body = _story(rng, 3)
            if index % 3 == 0:
                body.insert(1, ADVERT)
            records.append((f"site{number}.example", body))
    profile = _learn(records)
    assert all(profile.reason(f"site{number}.example", ADVERT) == "site-boilerplate" for number in range(5))


def test_a_line_on_most_of_a_sites_pages_is_its_template_even_when_other_sites_quote_it() -> None:
    rng = random.Random(8)
    tagline = "From the Harbour Archive, the free almanac"
    mirror = [("mirror.example", [tagline, *_story(rng)]) for _ in range(20)]
    quoting = [(f"blog{number}.example", [*_story(rng), tagline]) for number in range(4)]
    profile = _learn(mirror + quoting)
    assert profile.reason("mirror.example", tagline) == "site-boilerplate"
    assert all(profile.reason(f"blog{number}.example", tagline) is None for number in range(4))
    # a paragraph of prose on every page of the site and quoted elsewhere stays syndicated text
    wire_site = [("wire.example", [*_story(rng), WIRE]) for _ in range(20)]
    carriers = [(f"paper{number}.example", [*_story(rng), WIRE]) for number in range(4)]
    assert _learn(wire_site + carriers).reason("wire.example", WIRE) is None
    # on fewer than half of the site's pages, the line stays syndicated text too
    few = [("mirror.example", [tagline, *_story(rng)]) for _ in range(9)]
    few += [("mirror.example", _story(rng)) for _ in range(21)]
    assert _learn(few + quoting).reason("mirror.example", tagline) is None


def test_an_aggregator_carrying_a_sites_appeal_does_not_hide_it() -> None:
    rng = random.Random(6)
    aggregator = [("aggregator.example", [*_story(rng), APPEAL]) for _ in range(2)]
    aggregator += [("aggregator.example", _story(rng)) for _ in range(30)]
    profile = _learn(list(_site_records("independent.example", 20, seed=7)) + aggregator)
    assert profile.reason("independent.example", APPEAL) == "site-boilerplate"


def test_repeated_records_are_counted_once() -> None:
    rng = random.Random(8)
    story = _story(rng)
    records = [("small.example", story)] * 5 + [("small.example", _story(rng)) for _ in range(10)]
    learner = ProfileLearner()
    for domain, paragraphs in records:
        learner.add(domain, paragraphs)
    learner.add(None, story)
    learner.add("small.example", ["", "  "])
    profile = learner.build()
    assert profile.reason("small.example", story[0]) is None
    assert profile.records("small.example") == 11
    stats = learner.stats
    assert (stats.records, stats.duplicates, stats.no_site, stats.empty) == (11, 4, 1, 1)


def test_fragments_left_by_abbreviations_are_not_learned() -> None:
    rng = random.Random(14)
    records = [("paper.example", [f"Mr. {_sentence(rng)} {_sentence(rng)}", *_story(rng, 2)]) for _ in range(30)]
    profile = _learn(records)
    assert profile.reason("paper.example", "Mr.") is None
    assert not profile.sites["paper.example"].boilerplate


@pytest.mark.parametrize(
    ("text", "cut_after"),
    [
        ("‘VIP’ 불륜에 부조리까지 덮친 장나라,..Brace yourself", ["‘VIP’ 불륜에 부조리까지 덮친 장나라,.."]),
        ("Read more…The mayor resigned.", ["Read more…"]),
        ("BY THE HARBOUR BOARD.Harbour Post", ["BY THE HARBOUR BOARD."]),
        ("said the report.“The end”", ["said the report."]),
        ("the U.S.Geological Survey", []),  # no cut around initials
        ("in Washington, D.C.The mayor", []),
        ("J.K.Rowling wrote", []),
        ("Wow!?The end", ["Wow!?"]),
        ("Node.js and 3.5 and a.b@example.org", []),  # no capital after the stop
        ("It ended. Then it began.", []),  # a space after the stop
        ("...The", []),  # nothing before the stop
        ("a" + "." * 5000 + "B", ["a" + "." * 5000]),  # a run of stops is one (and read once)
    ],
)
def test_loose_cuts_are_stops_a_capital_follows_without_a_space(text: str, cut_after: list[str]) -> None:
    assert [text[:cut] for cut in loose_cuts(text, Span(0, len(text)))] == cut_after


def test_a_line_glued_on_at_a_loose_stop_is_learned_on_either_side() -> None:
    rng = random.Random(21)
    teaser, tagline = "Trending now: the mayor's race,..", "Harbour Post, since 1887."
    records = [
        ("paper.example", [f"{teaser}{_sentence(rng)} {_sentence(rng)}", f"{_sentence(rng)[:-1]} BOARD.{tagline}"])
        for _ in range(30)
    ]
    profile = _learn(records)
    assert profile.reason("paper.example", teaser) == "site-boilerplate"
    assert profile.reason("paper.example", tagline) == "site-boilerplate"
    assert profile.reason("paper.example", records[0][1][0]) is None


def test_fingerprint_is_the_same_in_another_process() -> None:
    text = "Donnez à «Le Monde» — 100 € par an!  Merci."
    code = "import sys; from copydesk.clean.profile import fingerprint; print(fingerprint(sys.argv[1]))"
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    result = subprocess.run(
        [sys.executable, "-c", code, text], capture_output=True, text=True, check=True, env=env, timeout=60
    )
    assert int(result.stdout) == fingerprint(text)
    assert 0 <= fingerprint(text) < 2**64


def test_normalisation_ignores_case_spacing_punctuation_and_numbers() -> None:
    assert fingerprint("Sign up for our newsletter!") == fingerprint("sign up  for our NEWSLETTER")
    assert fingerprint("© 2024 News Ltd. All rights reserved.") == fingerprint("© 2025 News Ltd, all rights reserved")
    assert fingerprint("China s leader") == fingerprint("China’s leader")
    assert fingerprint("ＡＢＣ news") == fingerprint("abc news")  # full-width forms
    assert fingerprint("Sign up for our newsletter") != fingerprint("Sign up for our podcast")
    assert normalise("Join 12,000 readers!") == "join0readers"


@pytest.mark.parametrize(
    "text",
    ["Join 12,000 readers!", "snake_case and CamelCase 3.5", "", "!!!", "Ａ ｂ ﬁ ① ²½ 𝐀 ٣ İ ß", "don’t stop — 2024…"],
)
def test_normalisation_of_ascii_and_other_text_follows_its_definition(text: str) -> None:
    """NFKC, casefold, letters and digits only, each run of digits as 0: the ASCII shortcut included."""
    import re
    import unicodedata

    folded = unicodedata.normalize("NFKC", text).casefold()
    assert normalise(text) == re.sub(r"\d+", "0", re.sub(r"[\W_]+", "", folded))


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Mis à jour le mardi 5 mars", "Mis à jour le jeudi 17 mai"),
        ("Actualizado el sábado, 1 de mayo", "Actualizado el miércoles, 3 de diciembre"),
        ("Aktualisiert am Dienstag, 5. März – Zürich", "Aktualisiert am Sonntag, 9. Dezember – Zürich"),
        ("Updated on Tuesday, March 5", "Updated on Friday, May 17"),
    ],
)
def test_weekdays_and_months_read_as_one_in_every_script_path(one: str, other: str) -> None:
    assert normalise(one) == normalise(other)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maiglöckchen für Mayotte", "maiglöckchenfürmayotte"),  # "mai" and "may" inside words stay
        ("The Mayor's members remember", "themayorsmembersremember"),
        ("Le 1er mai à Zürich", "le0er0àzürich"),
        ("Mai-Juin à Genève", "0àgenève"),  # (two names, then a run of digits: one 0)
    ],
)
def test_only_whole_calendar_words_read_as_a_date(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_sentences_split_at_stops_glued_boundaries_and_cjk_stops() -> None:
    text = 'He said "no." Then J. Smith left the U.S. Army for 3.5 years.Your support matters! 北京很大。上海'
    assert split_sentences(text) == [
        'He said "no."',
        "Then J. Smith left the U.S. Army for 3.5 years.",
        "Your support matters!",
        "北京很大。",
        "上海",
    ]
    assert split_sentences("See example.com and Node.js; mail a.b@example.org at 3 a.m. now") == [
        "See example.com and Node.js; mail a.b@example.org at 3 a.m. now"
    ]
    assert split_sentences("threats to the office.SEOUL, South Korea — A") == [
        "threats to the office.",
        "SEOUL, South Korea — A",
    ]
    assert split_sentences("in 2024.“The end”") == ["in 2024.", "“The end”"]
    # an abbreviation before a number ends nothing; a sentence may still open with a number
    assert split_sentences("On Dec. 6, 2024, see No. 5 and Vol. 3. He left in 2019. 2020 was worse.") == [
        "On Dec. 6, 2024, see No. 5 and Vol. 3.",
        "He left in 2019.",
        "2020 was worse.",
    ]
    assert split_sentences("He said no. 2024 will be different.") == ["He said no.", "2024 will be different."]
    assert split_sentences("  ") == []


def test_site_keys() -> None:
    assert site_key("https://www.Example.com:8080/x?y=1") == "example.com"
    assert site_key("WWW.bbc.co.uk.") == "bbc.co.uk"
    assert site_key("news.example:443") == "news.example"
    assert site_key("") is None
    assert site_key(None) is None


def test_profile_dict_and_file_roundtrips(tmp_path: os.PathLike[str]) -> None:
    profile = _learn(list(_site_records("independent.example", 10, seed=9)), min_share=0.1)
    data = profile.to_dict()
    assert data["format"] == "copydesk-site-profile" and data["version"] == 1
    assert data["params"]["min_share"] == 0.1
    site = data["sites"]["independent.example"]
    assert site["records"] == 10
    assert site["boilerplate"][f"{fingerprint(APPEAL):016x}"] == 10
    assert SiteProfile.from_dict(json.loads(json.dumps(data))) == profile
    for name in ("profile.json", "profile.json.gz"):
        path = os.path.join(tmp_path, name)
        save_profile(profile, path)
        assert load_profile(path) == profile
    with pytest.raises(ValueError):
        SiteProfile.from_dict({**data, "version": 2})
    with pytest.raises(ValueError):
        SiteProfile.from_dict({**data, "params": {**data["params"], "fingerprint": "other"}})


def test_pruning_keeps_the_frequent_texts() -> None:
    learner = ProfileLearner(max_entries=64)
    for domain, paragraphs in _site_records("independent.example", 60, seed=10):
        learner.add(domain, paragraphs)
    profile = learner.build()
    stats = learner.stats
    assert stats.prunes > 0 and stats.entries <= 64
    assert stats.prune_level == 1
    assert profile.reason("independent.example", APPEAL) == "site-boilerplate"
    assert profile.reason("independent.example", NEWSLETTER) == "site-boilerplate"
    counts = profile.sites["independent.example"].boilerplate
    assert counts[fingerprint(APPEAL)] >= 55  # a lower bound: occurrences before a prune can be lost
    assert len(counts) == 4  # the appeal, its two sentences, the newsletter line


def test_the_profile_does_not_depend_on_record_order() -> None:
    records = list(_site_records("a.example", 12, seed=11)) + list(_site_records("b.example", 12, seed=12))
    rng = random.Random(13)
    records += [(f"paper{number}.example", [*_story(rng, 2), WIRE]) for number in range(4)]
    expected = _learn(records).to_dict()
    for seed in range(3):
        shuffled = records[:]
        random.Random(seed).shuffle(shuffled)
        assert _learn(shuffled).to_dict() == expected
    assert len(expected["sites"]["a.example"]["boilerplate"]) == 4


def test_a_story_crawled_again_with_updates_is_one_story() -> None:
    """A story's copies (an update, a live blog's next snapshot, the same page under tracking
    parameters or its AMP address) share its paragraphs: they are one story, not a site's boilerplate."""
    assert story_key("https://www.gazette.example/big-story?utm_source=x", None, []) == story_key(
        "https://m.gazette.example/amp/big-story#top", "Another title", []
    )
    assert story_key("https://gazette.example/a", None, []) != story_key("https://gazette.example/b", None, [])
    assert story_key(None, "Harbour to be dredged", ["x"]) == story_key(None, "Harbour to be dredged!", ["y"])
    rng = random.Random(11)
    story = _story(rng)
    learner = ProfileLearner()
    for version in range(4):  # four crawls, each with its own update line
        learner.add_texts(
            "gazette.example",
            record_texts([f"Updated {version} hours ago", *story]),
            story_key(f"https://gazette.example/big-story?v={version}", None, story),
        )
    for _ in range(16):
        other = _story(rng)
        learner.add_texts("gazette.example", record_texts(other), story_key(None, None, other))
    profile = learner.build()
    assert all(profile.reason("gazette.example", paragraph) is None for paragraph in story)


def test_a_sites_mobile_and_international_editions_are_the_site() -> None:
    assert site_key("m.tribune.example") == site_key("edition.tribune.example") == site_key("www.tribune.example")
    assert site_key("m.example") == "m.example"  # a name of two labels is a site's own


def test_a_short_plain_sentence_is_boilerplate_only_on_most_of_a_sites_records() -> None:
    """Stories share "No one was hurt." by chance: it recurs as a site's notice only on half its
    records or more ("Retweet this article!"); a short prompt ("Support our journalism.") as any text."""
    rng = random.Random(12)
    records: list[Record] = []
    for number in range(40):
        extra = ["No one was hurt."] if number < 8 else []
        records.append(("herald.example", [*_story(rng), *extra, "Retweet this article!", "Support our journalism."]))
    profile = _learn(records)
    assert profile.reason("herald.example", "No one was hurt.") is None
    assert profile.reason("herald.example", "Retweet this article!") == "site-boilerplate"
    assert profile.reason("herald.example", "Support our journalism.") == "site-boilerplate"


def test_a_sites_line_with_its_changing_date_is_one_text() -> None:
    assert normalise("Updated on Tuesday, March 5") == normalise("Updated on Friday, May 17")
    assert normalise("Mis à jour le mardi 5 mars") == normalise("Mis à jour le vendredi 17 mai")
    assert normalise("The mayor said") != normalise("The 0or said")  # "may" inside a word stays


def test_a_date_or_a_number_alone_is_no_sites_text() -> None:
    """Normalised, "March 25, 2015" and "4.2.3 April 2014" are "0": every page's, no site's boilerplate."""
    records: list[Record] = [("dated.example", [f"{day} March 2015", "4.2.3 April 2014"]) for day in range(1, 30)]
    profile = _learn(records)
    assert profile.reason("dated.example", "7 May 2016") is None
    assert not record_texts(["March 25, 2015", "2.1.0"])
