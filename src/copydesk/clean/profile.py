"""Site profiles: the texts that recur across one site's records (appeals, newsletter prompts,
standard credits), learned in one streaming pass over a corpus and looked up when cleaning.

A text is keyed by :func:`fingerprint`, 64 bits of its letters and digits (the lowest bit says
whether it is a *line*: a few words, as a menu entry or a tagline has), so a profile holds no text
and a learner's memory grows with the number of distinct texts it tracks, never with the number of
records. :class:`ProfileLearner` counts, per site, in how many records each paragraph and each
sentence occurs; :meth:`ProfileLearner.build` turns the counts into a :class:`SiteProfile`.
Pure: nothing here reads or writes files (see :mod:`copydesk.clean.profile_io`).
"""

from __future__ import annotations

import base64
import math
import re
import unicodedata
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from hashlib import blake2b
from typing import Any
from urllib.parse import urlsplit

import numpy as np
import numpy.typing as npt

from copydesk.clean import boilerplate
from copydesk.clean.text import Span, loose_cuts, sentence_spans

FORMAT = "copydesk-site-profile"
VERSION = 1
# How texts are normalised before hashing; a profile learned with another scheme cannot be used.
FINGERPRINT_SCHEME = "nfkc-casefold-alnum-digits0-calendar0-blake2b64-linebit14-plainbit5"
REASON = "site-boilerplate"

_MASK64 = (1 << 64) - 1
_NOT_ALNUM = re.compile(r"[\W_]+")
_DIGITS = re.compile(r"\d+")
# What _NOT_ALNUM removes from ASCII text: every character but letters and digits.
_ASCII_NOT_ALNUM = {code: None for code in range(128) if not chr(code).isalnum()}
# A sentence of a longer paragraph is learned only when it has this many letters and digits, so
# that fragments left by abbreviations ("Mr.", "Prof.", "No.") never become boilerplate.
_MIN_SENTENCE_CHARS = 8
LINE_WORDS = 14  # a *line*: at most this many words and LINE_CHARS characters (menus, taglines, labels)
LINE_CHARS = 120
_LINE_BIT = 1
_PLAIN_BIT = 2  # a short plain sentence ("He said."): boilerplate only as a template is (see ProfileLearner)
SYNDICATED_SITES = 2  # a text several sites carry as ordinary content is syndicated from this many on
_OTHERS_CAP = 255  # saturating counter of sites forgotten by pruning (uint8)
_FLUSH_MAX = 1 << 20  # occurrences buffered before they are merged into the counts


# --- texts -----------------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """The form of ``text`` that is hashed: NFKC, casefolded, letters and digits only (spaces,
    punctuation, symbols and combining marks dropped), every run of digits as ``0``, and the names of
    weekdays and months (English, German, French, Spanish) as ``0`` too.

    So "Sign up for our newsletter!" and "sign up for our  newsletter", "© 2024 News Ltd" and
    "© 2025 News Ltd", "Updated on Tuesday, March 5" and "Updated on Friday, May 17", "don t" and
    "don't" are the same text.
    """
    if text.isascii():  # NFKC leaves ASCII as it is and casefolds it to lower case: a table does the rest
        lowered = text.lower()
        # (the hint's words looked for as substrings first, in C: most texts hold none of them)
        if any(part in lowered for part in _CALENDAR_HINT_PARTS) and _CALENDAR_HINT.search(lowered):
            lowered = _CALENDAR_WORD.sub("0", lowered)
        kept = lowered.translate(_ASCII_NOT_ALNUM)
    else:
        folded = unicodedata.normalize("NFKC", text).casefold()
        # a calendar word is a whole word (\b on both sides): one of the text's runs of word characters
        if not _CALENDAR_WORDS.isdisjoint(_WORD_RUN.findall(folded)):
            folded = _CALENDAR_WORD.sub("0", folded)
        kept = _NOT_ALNUM.sub("", folded)
    return kept if kept.isalpha() else _DIGITS.sub("0", kept)


# Weekdays and months in full (abbreviations are common words: "mar", "set", "ago")
_CALENDAR_NAMES = (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december montag dienstag mittwoch donnerstag freitag samstag "
    "sonntag januar februar märz juni juli oktober dezember lundi mardi mercredi jeudi vendredi samedi "
    "dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre lunes "
    "martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto "
    "septiembre octubre noviembre diciembre"
).split()
_CALENDAR_WORD = re.compile(r"\b(?:" + "|".join(_CALENDAR_NAMES) + r")\b")
_CALENDAR_HINT = re.compile(r"day\b|uary\b|ber\b|\bmarch\b|\bapril\b|\bmay\b|\bjune\b|\bjuly\b|\baugust\b")
_CALENDAR_HINT_PARTS = ("day", "uary", "ber", "march", "april", "may", "june", "july", "august")
_CALENDAR_WORDS = frozenset(_CALENDAR_NAMES)
_WORD_RUN = re.compile(r"\w+")


def fingerprint(text: str) -> int:
    """A 64-bit fingerprint of ``text``'s :func:`normalise` form (BLAKE2b): the same for the same
    text in every process and run. Texts without letters or digits all share one fingerprint. The
    lowest bit is 1 for a line (:func:`is_line`), 0 otherwise."""
    return _keyed(normalise(text), text)


def is_line(text: str) -> bool:
    """A few words (at most :data:`LINE_WORDS` and :data:`LINE_CHARS` characters): a menu entry, a
    tagline, a prompt; not a paragraph of prose. Punctuation does not count, as in :func:`normalise`."""
    return len(text) <= LINE_CHARS and len(text.split()) <= LINE_WORDS


def is_line_key(key: int) -> bool:
    return bool(key & _LINE_BIT)


def _keyed(normalised: str, text: str) -> int:
    digest = _digest(normalised) & ~(_LINE_BIT | _PLAIN_BIT)
    if is_line(text):
        digest |= _LINE_BIT
    if _short_sentence(text):
        digest |= _PLAIN_BIT
    return digest


def _digest(normalised: str) -> int:
    digest = blake2b(normalised.encode("utf-8"), digest_size=8, person=b"copydesk-text")
    return int.from_bytes(digest.digest(), "big")


@lru_cache(maxsize=4096)  # asked for every paragraph and sentence of a record, with the same domain
def site_key(domain: str | None) -> str | None:
    """The site a domain, host or URL names: lower case, without ``www.`` (nor ``m.``, ``mobile.``,
    ``amp.``, ``edition.``: the site's other editions), port or trailing dot; ``None`` when there is
    none."""
    if not domain:
        return None
    value = domain.strip()
    if "/" in value:
        try:
            host = urlsplit(value if "//" in value else "//" + value).hostname or ""
        except ValueError:  # "http://[::1" and other malformed URLs name no site
            return None
    else:
        host = value.rsplit(":", 1)[0] if value.count(":") == 1 else value
    host = host.lower().rstrip(".")
    for variant in _HOST_VARIANTS:  # the site's mobile, AMP or international edition is the site
        if host.startswith(variant) and host.count(".") >= 2:
            host = host[len(variant) :]
            break
    return host or None


_HOST_VARIANTS = ("www.", "m.", "mobile.", "amp.", "edition.")


def record_texts(paragraphs: Sequence[str], companions: bool = True) -> set[int]:
    """The fingerprints a record contributes: each paragraph, each sentence of a paragraph of several
    sentences, and the text before the first and after the last stop of a sentence that a capitalised word
    follows with no space (:func:`~copydesk.clean.text.loose_cuts`: a site's line glued to its story,
    "Trending: ...,..Brace yourself"), these last of at least eight letters and digits; each counted once. A
    sentence of fewer than :data:`MIN_SENTENCE_WORDS` words without a word the rules react to nor the
    publisher's voice ("He said.", "No one was hurt."; not "Support our journalism.") is keyed apart: many
    stories of a site share it by chance, so it is boilerplate only on most of the site's records, as a
    template is ("Retweet this article!"). With ``companions``, each paragraph that cleaning may remove (a
    line, or fewer than :data:`COMPANION_WORDS` words with a word the rules react to: a credit, a note, a
    bio) also counts as a companion of the record's story (:func:`companion_key`): what other sites carry
    *with this story* (see :class:`SiteProfile`)."""
    found: set[int] = set()
    keyed: list[tuple[int, str, int]] = []  # each paragraph's key, text and words, for its companions
    for paragraph in paragraphs:
        normalised = normalise(paragraph)
        if not _worded(normalised):
            continue
        key = _keyed(normalised, paragraph)
        found.add(key)
        if companions:
            keyed.append((key, paragraph, boilerplate.word_count(paragraph)))
        spans = sentence_spans(paragraph)
        seamed = bool(loose_cuts(paragraph, Span(0, len(paragraph))))  # (a sentence's are among the paragraph's)
        for start, end in spans:
            if len(spans) > 1:
                _add_text(found, paragraph[start:end])
            cuts = loose_cuts(paragraph, Span(start, end)) if seamed else []
            if cuts:  # what may have been glued on at either end of the sentence (a header's teaser, a tagline)
                _add_text(found, paragraph[start : cuts[0]])
                _add_text(found, paragraph[cuts[-1] : end])
    anchors = _least_two((key, paragraph) for key, paragraph, words in keyed if words >= ANCHOR_WORDS)
    if anchors:
        for key, paragraph, words in keyed:
            if _may_be_companion(paragraph, words):
                found.update(companion_key(key, anchor) for anchor in anchors if anchor != key)
    return found


def _add_text(found: set[int], text: str) -> None:
    """Adds the key of ``text``, a part of a paragraph, to ``found``: a part of eight letters and
    digits at least, with words."""
    normalised = normalise(text)
    if len(normalised) >= _MIN_SENTENCE_CHARS and _worded(normalised):
        found.add(_keyed(normalised, text))


MIN_SENTENCE_WORDS = 5
ANCHOR_WORDS = 12  # a story's anchors are the least fingerprints of its paragraphs of this many words at least
COMPANION_WORDS = 100  # a paragraph shorter than this (a credit, a caption, a bio) may be its story's companion


def story_anchors(paragraphs: Sequence[str]) -> tuple[int, ...]:
    """Keys of the story a record tells, the same in every copy of it that other sites carry: the two
    least fingerprints of its paragraphs of :data:`ANCHOR_WORDS` words or more that the rules keep (the
    story's prose: no credit, note or notice, which other stories may share), least first; fewer
    for a record with fewer such paragraphs. A paragraph is its story's companion under each of them
    (:func:`companion_key`)."""
    keys = []
    for paragraph in paragraphs:
        if boilerplate.word_count(paragraph) >= ANCHOR_WORDS:  # (words of Chinese or Thai counted too)
            key = _text_key(paragraph)
            if key is not None:
                keys.append((key, paragraph))
    return _least_two(keys)


def _least_two(candidates: Iterable[tuple[int, str]]) -> tuple[int, ...]:
    """The two least keys of the (key, paragraph) ``candidates`` whose paragraph the rules keep (a notice
    or a note that other stories share anchors none), least first: the rules are asked of the least
    candidates only, until two pass."""
    found: list[int] = []
    for key, paragraph in sorted(set(candidates)):
        if found and key == found[-1]:
            continue
        if not boilerplate.trigger_words(paragraph) or boilerplate.reason(paragraph) is None:
            found.append(key)
            if len(found) == 2:
                break
    return tuple(found)


def _may_be_companion(paragraph: str, words: int) -> bool:
    return is_line(paragraph) or (words < COMPANION_WORDS and bool(boilerplate.trigger_words(paragraph)))


def companion_key(key: int, anchor: int) -> int:
    """The key of text ``key`` found in the story ``anchor`` (:func:`story_anchors`): counted like a text,
    so a profile knows on how many sites that text went with that story. Never a line or a plain
    sentence's key (its flag bits are clear)."""
    return _splitmix64(key ^ _splitmix64(anchor ^ _COMPANION_SALT)) & ~(_LINE_BIT | _PLAIN_BIT)


_COMPANION_SALT = 0x636F6D70616E696F  # "companio"


def _text_key(text: str) -> int | None:
    """The fingerprint a profile knows ``text`` by, None for a text without words (:func:`_worded`)."""
    normalised = normalise(text)
    return _keyed(normalised, text) if _worded(normalised) else None


def _worded(normalised: str) -> bool:
    """Whether a normalised text holds words: a date or a number alone ("March 25, 2015", "4.2.3") is
    "0" once normalised, the same text on every page, and no site's boilerplate."""
    return bool(normalised) and not normalised.isdigit()


def _short_sentence(text: str) -> bool:
    """A sentence too short and too plain to tell a site's notice from a story's stock phrase."""
    bare = text.rstrip()
    if bare[-1:] not in ".!?…。！？" or len(bare.split()) >= MIN_SENTENCE_WORDS:
        return False
    return not boilerplate.trigger_words(bare) and not boilerplate.speaks_to_reader(bare)


def story_key(url: str | None, title: str | None, paragraphs: Sequence[str]) -> int:
    """A 64-bit key of the story a record holds, for the learner's repeat check: its URL without
    query, fragment or AMP path (``/amp``), on the site's host (:func:`site_key`), else its title,
    else its exact text (:func:`record_key`). A story crawled again with an update, a live blog's
    next snapshot and the same article under tracking parameters are one story: their shared
    paragraphs are no boilerplate."""
    digest = blake2b(digest_size=8, person=b"copydesk-story")
    address = _story_address(url) if url else None
    if address:
        digest.update(b"u" + address.encode("utf-8"))
    elif title and title.strip():
        digest.update(b"t" + normalise(title).encode("utf-8"))
    else:
        return record_key(paragraphs)
    return int.from_bytes(digest.digest(), "big")


def _story_address(url: str) -> str | None:
    try:
        parts = urlsplit(url.strip() if "//" in url else "//" + url.strip())
    except ValueError:
        return None
    host = site_key(parts.hostname)
    if not host:
        return None
    path = "/".join(segment for segment in parts.path.split("/") if segment and segment.lower() != "amp")
    return f"{host}/{path.removesuffix('.amp').lower()}"


def record_key(paragraphs: Iterable[str]) -> int:
    """A 64-bit key of a record's exact text (numbers kept: a daily report is not a repeat of
    yesterday's): two records of one site with the same key are one record crawled twice."""
    digest = blake2b(digest_size=8, person=b"copydesk-record")
    for paragraph in paragraphs:
        words = paragraph.split()
        if words:
            digest.update(" ".join(words).encode("utf-8"))
            digest.update(b"\x00")
    return int.from_bytes(digest.digest(), "big")


def needed_records(records: int, params: ProfileParams) -> int:
    """In how many of a site's ``records`` a text must occur to recur there."""
    return max(math.ceil(params.min_share * records), params.min_records)


def site_boilerplate(
    recurring: Iterable[tuple[str, int, int]],
    seen: Mapping[int, int],
    params: ProfileParams,
    dropped: Mapping[int, int] | None = None,
    site_records: Mapping[str, int] | None = None,
) -> dict[str, dict[int, int]]:
    """The rule that makes recurring texts boilerplate, shared by every way of counting them (this
    module's learner, a Spark job): from the (site, text, records) that recur (see
    :func:`needed_records`) and, for each of those texts, the number of sites it occurs in (and of
    sites a prune forgot), site -> {text: records} of the texts that are not syndicated. A text is
    syndicated when the sites it occurs in without recurring outnumber ``max_domains`` times the
    sites where it recurs, unless it is a line (:func:`is_line_key`) of the site's template: in at
    least ``template_share`` of the site's records (``site_records``, when given) and in
    ``template_records`` of them at least. "From Wikipedia, the free encyclopedia" on every page of
    a mirror is the mirror's template, however many other sites quote it once; a paragraph of a wire
    story is kept wherever it recurs across sites."""
    pairs = list(recurring)
    recurs = Counter(text for _, text, _ in pairs)
    forgotten = dropped or {}
    found: dict[str, dict[int, int]] = {}
    for site, text, count in pairs:
        syndicated = seen[text] - recurs[text] + forgotten.get(text, 0) > params.max_domains * recurs[text]
        if syndicated and site_records is not None and is_line_key(text):
            syndicated = not (
                count >= params.template_records and count >= params.template_share * site_records.get(site, 0)
            )
        if not syndicated:
            found.setdefault(site, {})[text] = count
    return found


def profile_from(
    site_records: Mapping[str, int],
    boilerplate: Mapping[str, dict[int, int]],
    params: ProfileParams,
    syndicated: Mapping[int, int] | None = None,
) -> SiteProfile:
    """A profile of the sites seen (records counted per site), their boilerplate texts and the
    syndicated texts (see :attr:`SiteProfile.syndicated`)."""
    sites = {
        site: SiteTexts(count, dict(sorted(boilerplate.get(site, {}).items())))
        for site, count in sorted(site_records.items())
        if count
    }
    return SiteProfile(sites, params, TextCounts.of(syndicated or {}))


# --- the profile -----------------------------------------------------------------------------------


class TextCounts(Mapping[int, int]):
    """Fingerprint -> count, held in two sorted numpy arrays (12 bytes an entry, where a dict takes
    some ten times that): the syndicated texts of a large corpus run into millions. Immutable."""

    __slots__ = ("_counts", "_keys")

    def __init__(self, keys: Iterable[int] | npt.NDArray[np.uint64] = (), counts: Iterable[int] | None = None) -> None:
        if isinstance(keys, np.ndarray):
            key_array, count_array = keys.astype(np.uint64), np.asarray(counts, dtype=np.uint32)
        else:
            pairs = dict(zip(keys, counts or (), strict=True))
            key_array = np.fromiter(pairs, dtype=np.uint64, count=len(pairs))
            count_array = np.fromiter(pairs.values(), dtype=np.uint32, count=len(pairs))
        order = np.argsort(key_array, kind="stable")
        self._keys, self._counts = key_array[order], count_array[order]
        if len(self._keys) > 1 and not bool((self._keys[1:] != self._keys[:-1]).all()):
            raise ValueError("a fingerprint is given twice")

    @classmethod
    def of(cls, mapping: Mapping[int, int]) -> TextCounts:
        return mapping if isinstance(mapping, TextCounts) else cls(list(mapping), list(mapping.values()))

    def get(self, key: int, default: Any = None) -> Any:
        keys = self._keys
        if not len(keys) or not 0 <= key <= _MASK64:
            return default
        slot = int(np.searchsorted(keys, np.uint64(key)))
        return int(self._counts[slot]) if slot < len(keys) and int(keys[slot]) == key else default

    def __getitem__(self, key: int) -> int:
        found = self.get(key)
        if found is None:
            raise KeyError(key)
        return int(found)

    def __iter__(self) -> Iterator[int]:
        return iter(self._keys.tolist())

    def __len__(self) -> int:
        return len(self._keys)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, TextCounts):
            return bool(np.array_equal(self._keys, other._keys) and np.array_equal(self._counts, other._counts))
        return isinstance(other, Mapping) and dict(self.items()) == dict(other.items())

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"TextCounts({len(self)} texts)"

    def to_dict(self) -> dict[str, str]:
        """JSON-ready: the fingerprints (little-endian 64-bit) and the counts (little-endian 32-bit),
        each array in base64, in fingerprint order."""
        return {
            "fingerprints": base64.b64encode(self._keys.astype("<u8").tobytes()).decode("ascii"),
            "counts": base64.b64encode(self._counts.astype("<u4").tobytes()).decode("ascii"),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TextCounts:
        """What :meth:`to_dict` gave; ``ValueError`` when the arrays do not fit each other."""
        if not isinstance(data, Mapping) or (data and set(data) != {"fingerprints", "counts"}):
            raise ValueError("syndicated texts: not an object of 'fingerprints' and 'counts'")
        try:
            keys = np.frombuffer(base64.b64decode(data.get("fingerprints", ""), validate=True), dtype="<u8")
            counts = np.frombuffer(base64.b64decode(data.get("counts", ""), validate=True), dtype="<u4")
        except (ValueError, TypeError) as error:
            raise ValueError(f"syndicated texts: {error}") from error
        if len(keys) != len(counts):
            raise ValueError(f"syndicated texts: {len(keys)} fingerprints but {len(counts)} counts")
        try:
            return cls(keys.astype(np.uint64), counts.astype(np.uint32))
        except ValueError as error:  # (a fingerprint twice)
            raise ValueError(f"syndicated texts: {error}") from error


@dataclass(frozen=True, slots=True)
class ProfileParams:
    """The thresholds a profile was built with (see :meth:`ProfileLearner.build`)."""

    min_records: int = 4
    min_share: float = 0.05
    max_domains: int = 1
    template_share: float = 0.5  # a text on this share of a site's records is its template ...
    template_records: int = 10  # ... when that is this many records at least, syndicated or not

    def to_dict(self) -> dict[str, Any]:
        return {
            "min_records": self.min_records,
            "min_share": self.min_share,
            "max_domains": self.max_domains,
            "template_share": self.template_share,
            "template_records": self.template_records,
            "fingerprint": FINGERPRINT_SCHEME,
        }


@dataclass(frozen=True, slots=True)
class SiteTexts:
    """What a profile knows of one site: how many records (or pages) it was learned from, and the
    fingerprints of its recurring texts with the number of records each occurred in."""

    records: int
    boilerplate: Mapping[int, int]


@dataclass(frozen=True, slots=True)
class SiteProfile:
    """Per-site recurring texts: ``sites`` maps a site (see :func:`site_key`) to its texts.

    ``syndicated`` maps the fingerprint of each text that several sites carry as ordinary content (on
    :data:`SYNDICATED_SITES` sites at least, recurring on none of them: a wire story's paragraphs, its
    photo credit, its reporter's note) to the number of records it occurs in, all sites together. It
    tells a line that belongs to one syndicated story from a wire's notice that follows all of them
    (see :meth:`syndicated_records`)."""

    sites: Mapping[str, SiteTexts]
    params: ProfileParams = ProfileParams()
    syndicated: Mapping[int, int] = field(default_factory=TextCounts)

    @property
    def domains(self) -> tuple[str, ...]:
        return tuple(sorted(self.sites))

    def records(self, domain: str | None) -> int:
        """How many records of the site the profile was learned from (0 for an unknown site)."""
        site = self.sites.get(site_key(domain) or "")
        return site.records if site else 0

    def reason(self, domain: str | None, text: str) -> str | None:
        """``"site-boilerplate"`` when ``text`` recurs across the site's records, else ``None``."""
        site = self.sites.get(site_key(domain) or "")
        if site is None or not site.boilerplate:
            return None
        key = _text_key(text)
        return REASON if key is not None and key in site.boilerplate else None

    def syndicated_records(self, text: str) -> int:
        """In how many records, on all sites together, ``text`` occurs as syndicated content; 0 when
        it is not syndicated (or the profile does not know)."""
        key = _text_key(text) if self.syndicated else None
        return self.syndicated.get(key, 0) if key is not None else 0

    def companion_records(self, text: str, anchors: Sequence[int]) -> int:
        """In how many records, on all sites together, ``text`` went with the story of ``anchors``
        (:func:`story_anchors` of the record's paragraphs) as syndicated content; 0 when it did not on
        two sites at least (or the profile does not know)."""
        key = _text_key(text) if self.syndicated and anchors else None
        if key is None:
            return 0
        return max(
            (self.syndicated.get(companion_key(key, anchor), 0) for anchor in anchors if anchor != key), default=0
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready; sites and fingerprints (16 hex digits) in sorted order."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "params": self.params.to_dict(),
            "sites": {
                name: {
                    "records": self.sites[name].records,
                    "boilerplate": {f"{fp:016x}": count for fp, count in sorted(self.sites[name].boilerplate.items())},
                }
                for name in sorted(self.sites)
            },
            "syndicated": TextCounts.of(self.syndicated).to_dict(),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SiteProfile:
        """The profile :meth:`to_dict` gave; ``ValueError`` for another format, version or scheme."""
        if data.get("format") != FORMAT or data.get("version") != VERSION:
            raise ValueError(f"not a {FORMAT} version {VERSION}: {data.get('format')!r} {data.get('version')!r}")
        raw = data.get("params") or {}
        if raw.get("fingerprint", FINGERPRINT_SCHEME) != FINGERPRINT_SCHEME:
            raise ValueError(f"profile fingerprints are {raw.get('fingerprint')!r}, not {FINGERPRINT_SCHEME!r}")
        default = ProfileParams()
        params = ProfileParams(
            min_records=int(raw.get("min_records", default.min_records)),
            min_share=float(raw.get("min_share", default.min_share)),
            max_domains=int(raw.get("max_domains", default.max_domains)),
            template_share=float(raw.get("template_share", default.template_share)),
            template_records=int(raw.get("template_records", default.template_records)),
        )
        sites = {
            str(name): SiteTexts(
                records=int(site["records"]),
                boilerplate={int(fp, 16): int(count) for fp, count in site.get("boilerplate", {}).items()},
            )
            for name, site in data.get("sites", {}).items()
        }
        # (a profile written before syndicated texts were learned has none: nothing is kept for them)
        syndicated = TextCounts.from_dict(data.get("syndicated") or {})
        return cls(sites, params, syndicated)


# --- learning --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LearnerStats:
    """What a learner has seen: records counted, records skipped (no site, no text, an exact repeat
    of a record of the same site), distinct (site, text) pairs held, occurrences not yet merged into
    them, prunes and the highest count a prune dropped (0 when none: every count is exact)."""

    records: int
    no_site: int
    empty: int
    duplicates: int
    entries: int
    pending: int
    prunes: int
    prune_level: int


class ProfileLearner:
    """Learn per-site recurring texts in one pass over a stream of records.

    Each record is ``add``-ed with its site and its paragraphs. The learner counts, per site, the
    records each distinct paragraph and sentence (:func:`record_texts`) occurs in, and the records
    of each site. A repeat of a story (the key its caller gives: :func:`story_key`, its URL or title,
    or :func:`record_key`, the same paragraphs, numbers included; for the same site) is counted once,
    so a story crawled five times, updated or not, does not look like boilerplate.

    Memory is bounded by ``max_entries``, the number of distinct (site, text) pairs held, never by
    the number of records: the counts live in sorted numpy arrays of 17 bytes a pair (a 64-bit key,
    a 32-bit site, a 32-bit count, an 8-bit counter). Merges, prunes and :meth:`build` need
    temporary arrays on top: measured with tracemalloc over 200,000 synthetic records of 25 texts
    (4.8 million pairs), 17.0 bytes a pair held, 43 at the peak of ``build`` and 54 at the peak of a
    prune. A table of repeated records adds 8 bytes for every 2 to 4 pairs of ``max_entries``. The
    default, 50 million pairs, is about 0.85 GB held and under 3 GB at peaks; 10 million records of
    ~35 texts each (350 million occurrences) stream through it with a prune every ~700,000 records.
    The syndicated texts :meth:`build` finds as well cost little more: they are looked for among the
    pairs of texts held for two sites or more only (measured over 880,000 pairs of which a third are
    such: 27 bytes a pair at the peak of ``build`` without them, 34 with them).
    Learning runs at about 9,000 records a second on one core for records of 25 texts. A record's
    short paragraphs also count as its story's companions (:func:`record_texts`), one or two texts more
    each, and the rules are asked whether the least of its long paragraphs may anchor its story; on the
    cleaning benchmark's corpus records (~6 KB) that took learning from ~500 to ~400 records a second.

    Pruning (lossy counting): when more than ``max_entries`` pairs are held, the pairs with the
    lowest counts (count <= L, the smallest L that frees half the table; usually L = 1, texts seen
    once) are dropped. The error is one-sided: a count is a lower bound, short by what the pair had
    counted when a prune dropped it, and a pair that counts more than L between two prunes is never
    dropped again. Prunes come about every ``max_entries / (2 * texts per record)`` records, so a
    site that makes up a share ``f`` of the stream keeps a text found in a share ``p`` of its
    records when ``p * f * max_entries / 70`` is well above 2 (35 texts a record); what a small
    table misses is the low-share boilerplate of small sites, which then stays in the text (never
    the reverse: pruning cannot make a text boilerplate). :attr:`stats` says how many prunes
    happened and at which level. The sites a dropped pair was seen in still count as evidence of
    syndication (see :meth:`build`) as long as the text is held for another site.

    Exact repeats of a record are found with a direct-mapped table (a later record can evict an
    earlier one), so only repeats within about ``max_entries / 4`` records of each other.
    """

    def __init__(self, *, max_entries: int = 50_000_000) -> None:
        if max_entries < 2:
            raise ValueError("max_entries must be at least 2")
        self._max_entries = max_entries
        self._flush_at = max(1, min(_FLUSH_MAX, max_entries // 4))
        self._site_ids: dict[str, int] = {}
        self._site_names: list[str] = []
        self._site_mix: list[int] = []
        self._records: list[int] = []
        self._repeats: npt.NDArray[np.uint64] = np.zeros(_power_of_two(max(16, max_entries // 4)), dtype=np.uint64)
        # pending occurrences: composite key (fingerprint ^ site mix) and site id
        self._pending_keys = array("Q")
        self._pending_sites = array("I")
        # held pairs, sorted by key
        self._keys: npt.NDArray[np.uint64] = np.zeros(0, dtype=np.uint64)
        self._sites: npt.NDArray[np.uint32] = np.zeros(0, dtype=np.uint32)
        self._counts: npt.NDArray[np.uint32] = np.zeros(0, dtype=np.uint32)
        self._others: npt.NDArray[np.uint8] = np.zeros(0, dtype=np.uint8)
        self._no_site = 0
        self._empty = 0
        self._duplicates = 0
        self._prunes = 0
        self._prune_level = 0

    def add(self, domain: str | None, paragraphs: Sequence[str]) -> None:
        """Count one record: its site (a domain, host or URL; records without one are skipped) and
        its body, split into paragraphs by the caller."""
        self.add_texts(domain, record_texts(paragraphs), record_key(paragraphs))

    def add_texts(self, domain: str | None, texts: set[int], key: int) -> None:
        """Count one record given its :func:`record_texts` and :func:`record_key`, computed elsewhere
        (in the workers of a corpus run): the same as :meth:`add`."""
        site = site_key(domain)
        if site is None:
            self._no_site += 1
            return
        if not texts:
            self._empty += 1
            return
        site_id = self._site_id(site)
        if self._is_repeat(site_id, key):
            self._duplicates += 1
            return
        self._records[site_id] += 1
        mix = self._site_mix[site_id]
        self._pending_keys.extend(fp ^ mix for fp in texts)
        self._pending_sites.extend(array("I", [site_id]) * len(texts))
        if len(self._pending_keys) >= self._flush_at:
            self._flush()

    @property
    def stats(self) -> LearnerStats:
        return LearnerStats(
            records=sum(self._records),
            no_site=self._no_site,
            empty=self._empty,
            duplicates=self._duplicates,
            entries=len(self._keys),
            pending=len(self._pending_keys),
            prunes=self._prunes,
            prune_level=self._prune_level,
        )

    def build(
        self,
        *,
        min_records: int = 4,
        min_share: float = 0.05,
        max_domains: int = 1,
        template_share: float = 0.5,
        template_records: int = 10,
        syndicated: bool = True,
    ) -> SiteProfile:
        """The profile of what was added so far (learning may go on after).

        A text *recurs* in a site when it occurs in at least ``min_records`` of the site's records
        and in at least ``min_share`` of them. It is the site's boilerplate when it recurs there and
        is not syndicated. A text is syndicated when the sites it occurs in *without* recurring
        (as ordinary content: a wire story, once or twice per site) outnumber ``max_domains`` times
        the sites where it recurs. So a wire story carried once by ten sites and three times by a
        small one is kept everywhere, an appeal that one aggregator also carries is still the
        publisher's boilerplate, and a generic line ("Advertisement") that recurs on many sites is
        boilerplate on each of them, unless more than ``max_domains`` times as many sites carry the
        same words as ordinary content; but a text in ``template_share`` of a site's records, and in
        ``template_records`` of them at least, is that site's template even when other sites carry it.
        With ``syndicated``, the profile also holds the texts several sites carry as ordinary
        content (:attr:`SiteProfile.syndicated`), which cleaning keeps with their story.
        Pending counts are merged first, which can bring a prune forward when the table is full.
        """
        if min_records < 1 or not 0 <= min_share <= 1 or max_domains < 0 or not 0 < template_share <= 1:
            raise ValueError(
                "min_records >= 1, 0 <= min_share <= 1, max_domains >= 0 and 0 < template_share <= 1 are required"
            )
        self._flush()
        params = ProfileParams(min_records, min_share, max_domains, template_share, template_records)
        records = {name: count for name, count in zip(self._site_names, self._records, strict=True) if count}
        shared = self._syndicated(params) if syndicated else None
        return profile_from(records, self._boilerplate(params, records), params, shared)

    # --- internals ---

    def _boilerplate(self, params: ProfileParams, site_records: Mapping[str, int]) -> dict[str, dict[int, int]]:
        """Site -> {fingerprint: records} of the texts that recur in a site and are not syndicated."""
        if not len(self._keys):
            return {}
        fps = self._fingerprints()
        recurring = self._recurring(params, fps)
        if not recurring.any():
            return {}
        # for each text that recurs somewhere: the sites it occurs in, and those a prune forgot
        texts = np.unique(fps[recurring])
        slot, match = _match(texts, fps)
        seen = np.bincount(slot[match], minlength=len(texts))
        dropped = np.zeros(len(texts), dtype=np.uint8)
        np.maximum.at(dropped, slot[match], self._others[match])
        pairs = [
            (self._site_names[int(self._sites[index])], int(fps[index]), int(self._counts[index]))
            for index in np.flatnonzero(recurring).tolist()
        ]
        text_list = texts.tolist()
        return site_boilerplate(
            pairs,
            dict(zip(text_list, seen.tolist(), strict=True)),
            params,
            dict(zip(text_list, dropped.tolist(), strict=True)),
            site_records,
        )

    def _recurring(
        self,
        params: ProfileParams,
        fps: npt.NDArray[np.uint64],
        sites: npt.NDArray[np.uint32] | None = None,
        counts: npt.NDArray[np.uint32] | None = None,
    ) -> npt.NDArray[np.bool_]:
        """Which (site, text) pairs recur on their site (see :meth:`build`): the held pairs, or those
        of ``sites`` and ``counts`` given with their ``fps``."""
        sites = self._sites if sites is None else sites
        counts = self._counts if counts is None else counts
        records = np.asarray(self._records, dtype=np.float64)
        needed = np.maximum(np.ceil(params.min_share * records), params.min_records).astype(np.uint32)
        # a short plain sentence recurs only on a template's share of the site's records
        template = np.maximum(np.ceil(params.template_share * records), params.template_records).astype(np.uint32)
        plain = (fps & np.uint64(_PLAIN_BIT)) != 0
        return counts >= np.where(plain, np.maximum(needed, template)[sites], needed[sites])

    def _syndicated(self, params: ProfileParams) -> TextCounts:
        """Fingerprint -> records (all sites together) of the texts held for :data:`SYNDICATED_SITES`
        sites or more that recur on none of them (see :attr:`SiteProfile.syndicated`). Only the pairs
        of texts held for two sites or more are looked at closely, so the peak of memory stays that of
        a sort of the fingerprints (most texts, a story's own, are held for one site)."""
        if len(self._keys) < 2:
            return TextCounts()
        fps = self._fingerprints()
        ordered = np.sort(fps)
        shared = np.unique(ordered[1:][ordered[1:] == ordered[:-1]])
        del ordered
        slot, match = _match(shared, fps)
        del slot
        index = np.flatnonzero(match)
        del match
        fps = fps[index]
        order = np.argsort(fps, kind="stable")
        fps, sites, counts = fps[order], self._sites[index][order], self._counts[index][order]
        recurring = self._recurring(params, fps, sites, counts)
        texts, first, held = np.unique(fps, return_index=True, return_counts=True)
        if not len(texts):
            return TextCounts()
        totals = np.add.reduceat(counts.astype(np.uint64), first)
        recurs = np.maximum.reduceat(recurring.astype(np.uint8), first) > 0
        chosen = (held >= SYNDICATED_SITES) & ~recurs
        return TextCounts(texts[chosen], np.minimum(totals[chosen], np.iinfo(np.uint32).max).astype(np.uint32))

    def _site_id(self, site: str) -> int:
        site_id = self._site_ids.get(site)
        if site_id is None:
            site_id = self._site_ids[site] = len(self._site_names)
            self._site_names.append(site)
            self._site_mix.append(_splitmix64(site_id))
            self._records.append(0)
        return site_id

    def _is_repeat(self, site_id: int, record: int) -> bool:
        # Direct-mapped: a newer record evicts an older one from its slot, so only repeats within
        # about len(self._repeats) records of each other are found.
        key = (_splitmix64(record ^ self._site_mix[site_id]) | 1) & _MASK64
        slot = key & (len(self._repeats) - 1)
        if int(self._repeats[slot]) == key:
            return True
        self._repeats[slot] = key
        return False

    def _flush(self) -> None:
        if not self._pending_keys:
            return
        keys = np.frombuffer(self._pending_keys, dtype=np.uint64)
        sites = np.frombuffer(self._pending_sites, dtype=np.uint32)
        unique, first, counts = np.unique(keys, return_index=True, return_counts=True)
        new_sites = sites[first]
        self._pending_keys = array("Q")
        self._pending_sites = array("I")
        position = np.searchsorted(self._keys, unique)
        held = position < len(self._keys)
        held[held] = self._keys[position[held]] == unique[held]
        self._counts[position[held]] += counts[held].astype(np.uint32)
        fresh = ~held
        at = position[fresh]
        self._keys = np.insert(self._keys, at, unique[fresh])
        self._sites = np.insert(self._sites, at, new_sites[fresh])
        self._counts = np.insert(self._counts, at, counts[fresh].astype(np.uint32))
        self._others = np.insert(self._others, at, np.zeros(len(at), dtype=np.uint8))
        if len(self._keys) > self._max_entries:
            self._prune()

    def _prune(self) -> None:
        excess = len(self._keys) - self._max_entries // 2
        tally = np.cumsum(np.bincount(np.minimum(self._counts, 1 << 16)))
        level = int(np.searchsorted(tally, excess))  # smallest L with (# count <= L) >= excess
        drop = self._counts <= level
        keep = ~drop
        # the sites a dropped pair stood for still count against syndication for the pairs kept
        fps = self._fingerprints()
        texts = np.unique(fps[keep])
        slot, match = _match(texts, fps)
        del fps
        others = np.zeros(len(texts), dtype=np.uint8)
        np.maximum.at(others, slot[match], self._others[match])
        lost = np.bincount(slot[match & drop], minlength=len(texts))
        others = np.minimum(others + lost, _OTHERS_CAP).astype(np.uint8)
        self._keys = self._keys[keep]
        self._sites = self._sites[keep]
        self._counts = self._counts[keep]
        self._others = others[slot[keep]]
        self._prunes += 1
        self._prune_level = max(self._prune_level, level)

    def _fingerprints(self) -> npt.NDArray[np.uint64]:
        mix = np.asarray(self._site_mix, dtype=np.uint64)
        return self._keys ^ mix[self._sites]


def _match(
    texts: npt.NDArray[np.uint64], fps: npt.NDArray[np.uint64]
) -> tuple[npt.NDArray[np.intp], npt.NDArray[np.bool_]]:
    """For each of ``fps``, its index in the sorted ``texts`` and whether it is there at all."""
    if not len(texts):
        return np.zeros(len(fps), dtype=np.intp), np.zeros(len(fps), dtype=np.bool_)
    slot = np.searchsorted(texts, fps)
    slot[slot == len(texts)] = 0
    return slot, texts[slot] == fps


def _splitmix64(value: int) -> int:
    z = (value + 0x9E3779B97F4A7C15) & _MASK64
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK64
    return z ^ (z >> 31)


def _power_of_two(value: int) -> int:
    return 1 << (value - 1).bit_length()
