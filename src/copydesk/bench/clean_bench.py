"""The cleaning benchmark: run a cleaner over :mod:`copydesk.bench.clean_corpus` records and score it.

Figures per mode (single-record, corpus):

- **boilerplate precision / recall**, at character level and pooled over the records: removed characters
  inside planted boilerplate spans over all removed characters, and over all planted boilerplate
  characters. Removals are read through their ``start``/``end`` offsets into the input text. Whitespace
  characters are not counted, so whether a removal takes the blank line around a paragraph with it
  does not matter. Text *moved* out of the body into the article's title or description (removals of
  reason ``headline``, ``standfirst`` and ``duplicate-standfirst``) is not a removal: it stays in the
  article. It is counted apart (how much was moved, how much of that was planted boilerplate), and the
  *strict* figures, which count it as removed, are reported too. Body F1 is over the body alone, so
  gold text moved out of it still costs there.
- **body F1 / precision / recall** of the cleaned text against the clean gold text, with the
  definition of :mod:`copydesk.bench.scoring` (``../shared/bench/score.py``); the same figures for the
  uncleaned input show how much the contamination costs.
- **repair precision / recall** over the kinds ``apostrophe``, ``mojibake`` and ``glued-boundary``. A
  planted repair is found when the cleaner's repairs of its kind that overlap it, applied to the input,
  give the text the planted repair restores (for a glued boundary: any whitespace inserted at the
  join). A counted repair is correct when it belongs to a found planted repair, wrong otherwise (a repair
  where nothing was planted, or one that restores something else). Repairs inside planted boilerplate
  (it goes anyway) and glued-boundary repairs where boilerplate was glued to text or where the gold
  itself has a glued boundary (splitting there is optional) are left out of both. An apostrophe must
  be the record's own style: ``'`` where ``’`` was lost is wrong. Kinds ``whitespace``, ``control``
  and ``line-wrap`` are only counted.
- **records/s** in single-record mode: the median of ``runs`` timed passes, pinned to one core where
  the platform allows it; in corpus mode one pass, after the profile was learned (timed apart).
- **records/s at 4 KB** in single-record mode: the same, over the *timing set*: every record of at
  least ``TIMING_CHARS`` characters cut at its last paragraph break before ``TIMING_CHARS`` (the
  typical size of a news body), shorter records left out.
- **where the planted boilerplate sits**: its characters and their recall by *shape* (``line``: at most
  14 words and no sentence end, as menus and other stories' headlines are; ``prose``: 12 words or more
  ending a sentence, as other stories' summaries, comments and captions often are; ``other``) and by
  *place* (``edge``: no gold text before it, or none after it; ``middle``: between gold paragraphs).
  It shows which part of the contamination a cleaner misses, and how much of it reads like article text.
- **by language**: records, boilerplate precision and recall and mean body F1 per language of the
  gold body (CLD2 on its first ``LANGUAGE_SAMPLE`` characters; ``?`` when it cannot tell), so that a
  set of pages in many languages shows where the cleaner falls short.
- **headlines of whole pages**: each page with a gold title, its whole visible text cleaned without a
  title (as a scraped text file is), and the title the cleaner found compared with the gold title
  (:func:`same_title`): the same headline, another line, or none. The gold title is often the page's
  ``<title>``, with the site's name or a wording of its own, so "another line" holds some right answers.
- **authors and dates of whole pages**: the same cleaning of each page's whole text, the authors
  and publication date it found (from the byline and dateline over the story) against the gold
  byline and publication date where the dataset has them (the Readability set), judged as the
  extraction benchmark's metadata figures are (:mod:`copydesk.bench.metadata`): the same, another,
  none; and how often one was found on a page whose gold has none.
- offsets that do not point at the text a removal or repair claims, records whose body holds a change
  their removals and repairs do not report (*unreported*: the input less its removals, with its repairs
  made, is not the body, spaces between its parts aside; :func:`copydesk.clean.audit.fully_reported`),
  and cleaner exceptions (the record then counts as cleaned to nothing).

The cleaner is a parameter (:class:`Cleaner`), so that tests can pass stand-ins; :func:`copydesk_cleaner`
and :func:`copydesk_profile_builder` load copydesk's own when they are installed.
"""

from __future__ import annotations

import importlib
import os
import re
import statistics
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Protocol

from copydesk.bench.clean_corpus import CleanCase, PlantedRepair, SourcePage, Span
from copydesk.bench.metadata import byline_agrees, date_agrees
from copydesk.bench.peers import Metadata
from copydesk.bench.scoring import PageCounts, Scores, page_counts, score_pages
from copydesk.clean.audit import fully_reported
from copydesk.clean.text import uncovered
from copydesk.extract.language import detect_language
from copydesk.types import Article, Repair

COUNTED_KINDS = ("apostrophe", "mojibake", "glued-boundary")
IN_BOILERPLATE = "in-boilerplate"
AT_GLUE = "at-boilerplate-glue"
AT_GOLD_GLUE = "at-gold-glue"
SNIPPET_CHARS = 80
SNIPPETS_KEPT = 5
MOVED_REASONS = frozenset({"headline", "standfirst", "duplicate-standfirst"})  # into title or description
TIMING_CHARS = 4096
LANGUAGE_SAMPLE = 2000  # characters of a gold body its language is told from


class Cleaner(Protocol):
    """What :func:`copydesk.clean` looks like to the benchmark."""

    def __call__(self, text: str, *, title: str | None = None, url: str | None = None, profile: Any = None) -> Article:
        """Clean one record's body."""


# Given every record's (domain, paragraphs), the learned profile handed to the cleaner.
ProfileBuilder = Callable[[Sequence[tuple[str, list[str]]]], Any]


class CleanerUnavailable(Exception):
    """copydesk's cleaner or profile learner cannot be imported."""


def copydesk_cleaner(remove_doubtful: bool = False, model: Any = None) -> Cleaner:
    """:func:`copydesk.clean` as the benchmark calls it; ``model``: the learned classifier it uses (a
    :class:`copydesk.clean.model.BoilerplateModel`), by default the shipped one."""
    try:
        cleaner = importlib.import_module("copydesk").clean
    except (ImportError, AttributeError) as error:
        raise CleanerUnavailable(f"copydesk.clean is not available: {error}") from error
    if not callable(cleaner):
        raise CleanerUnavailable("copydesk.clean is not a function")
    if not remove_doubtful and model is None:
        return cleaner  # type: ignore[no-any-return]
    options: dict[str, Any] = {"remove_doubtful": True} if remove_doubtful else {}
    if model is not None:
        options["model"] = model

    def configured(text: str, *, title: str | None = None, url: str | None = None, profile: Any = None) -> Article:
        return cleaner(text, title=title, url=url, profile=profile, **options)  # type: ignore[no-any-return]

    return configured


def copydesk_profile_builder() -> ProfileBuilder:
    try:
        learner_class = importlib.import_module("copydesk.clean.profile").ProfileLearner
    except (ImportError, AttributeError) as error:
        raise CleanerUnavailable(f"copydesk.clean.profile.ProfileLearner is not available: {error}") from error

    def build(records: Sequence[tuple[str, list[str]]]) -> Any:
        learner = learner_class()
        for domain, paragraphs in records:
            learner.add(domain, paragraphs)
        return learner.build()

    return build


def record_paragraphs(text: str) -> list[str]:
    """A record's paragraphs as the profile learner is given them: as ``copydesk clean`` gives them."""
    from copydesk.clean.core import paragraph_texts

    return paragraph_texts(text)


# --- figures ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CharCounts:
    """Non-whitespace characters: planted as boilerplate, removed by the cleaner, and both."""

    planted: int = 0
    removed: int = 0
    overlap: int = 0

    @property
    def precision(self) -> float | None:
        return self.overlap / self.removed if self.removed else None

    @property
    def recall(self) -> float | None:
        return self.overlap / self.planted if self.planted else None

    def __add__(self, other: CharCounts) -> CharCounts:
        return CharCounts(self.planted + other.planted, self.removed + other.removed, self.overlap + other.overlap)

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "planted_chars": self.planted,
            "removed_chars": self.removed,
            "overlap_chars": self.overlap,
        }


@dataclass(frozen=True, slots=True)
class RepairCounts:
    """Planted repairs and how many were found; the cleaner's counted repairs, correct or wrong."""

    planted: int = 0
    found: int = 0
    correct: int = 0
    wrong: int = 0

    @property
    def recall(self) -> float | None:
        return self.found / self.planted if self.planted else None

    @property
    def precision(self) -> float | None:
        reported = self.correct + self.wrong
        return self.correct / reported if reported else None

    def __add__(self, other: RepairCounts) -> RepairCounts:
        return RepairCounts(
            self.planted + other.planted,
            self.found + other.found,
            self.correct + other.correct,
            self.wrong + other.wrong,
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "planted": self.planted,
            "found": self.found,
            "correct": self.correct,
            "wrong": self.wrong,
        }


@dataclass(frozen=True, slots=True)
class CaseScore:
    """The figures of one record, with snippets of what went wrong."""

    id: str
    chars: CharCounts
    body: PageCounts
    repairs: dict[str, RepairCounts]  # per counted kind
    uncounted: dict[str, int]  # repairs of other kinds, and counted ones left out, by reason
    offset_errors: int = 0
    unreported: bool = False  # the body differs from the input less its removals, with its repairs made
    error: str | None = None
    missed: tuple[str, ...] = ()  # planted boilerplate left in
    extra_by_reason: dict[str, int] = field(default_factory=dict)  # removed characters not planted, by reason
    extra: tuple[str, ...] = ()  # removed text that was not planted boilerplate
    wrong_repairs: tuple[str, ...] = ()
    placed: dict[str, CharCounts] = field(default_factory=dict)  # planted boilerplate by shape and place
    moved: CharCounts = CharCounts()  # moved into title or description: planted, moved, both
    strict: CharCounts = CharCounts()  # as ``chars``, with moved text counted as removed
    language: str = "?"  # of the gold body

    @property
    def repair_totals(self) -> RepairCounts:
        return sum(self.repairs.values(), RepairCounts())

    def to_dict(self) -> dict[str, Any]:
        totals = self.repair_totals
        return {
            "id": self.id,
            "f1": self.body.f1,
            "boilerplate": self.chars.to_dict(),
            "repairs_planted": totals.planted,
            "repairs_found": totals.found,
            "repairs_wrong": totals.wrong,
            "offset_errors": self.offset_errors,
            "unreported": self.unreported,
            "error": self.error,
            "missed": list(self.missed),
            "extra": list(self.extra),
            "extra_by_reason": self.extra_by_reason,
            "wrong_repairs": list(self.wrong_repairs),
        }


@dataclass(frozen=True)
class ModeResult:
    """Every figure of one mode."""

    mode: str
    sites: int
    cases: tuple[CaseScore, ...]
    body: Scores
    input_body: Scores
    run_seconds: tuple[float, ...]
    mean_input_chars: float
    learn_seconds: float | None = None
    errors: dict[str, str] = field(default_factory=dict)
    timing: tuple[int, float, tuple[float, ...]] | None = None  # the timing set: records, mean chars, seconds

    @property
    def records_per_s_4kb(self) -> float | None:
        if self.timing is None or not self.timing[0]:
            return None
        median = statistics.median(self.timing[2])
        return self.timing[0] / median if median > 0 else None

    @property
    def records(self) -> int:
        return len(self.cases)

    @property
    def chars(self) -> CharCounts:
        return sum((case.chars for case in self.cases), CharCounts())

    @property
    def repairs(self) -> dict[str, RepairCounts]:
        return {kind: sum((case.repairs[kind] for case in self.cases), RepairCounts()) for kind in COUNTED_KINDS}

    @property
    def repair_totals(self) -> RepairCounts:
        return sum(self.repairs.values(), RepairCounts())

    @property
    def uncounted(self) -> dict[str, int]:
        total: Counter[str] = Counter()
        for case in self.cases:
            total.update(case.uncounted)
        return dict(sorted(total.items()))

    @property
    def offset_errors(self) -> int:
        return sum(case.offset_errors for case in self.cases)

    @property
    def unreported(self) -> int:
        """Records whose body holds a change their removals and repairs do not report."""
        return sum(case.unreported for case in self.cases)

    @property
    def moved(self) -> CharCounts:
        return sum((case.moved for case in self.cases), CharCounts())

    @property
    def strict(self) -> CharCounts:
        return sum((case.strict for case in self.cases), CharCounts())

    @property
    def placed(self) -> dict[str, CharCounts]:
        """Planted boilerplate characters and those removed, by ``shape/place`` (see the module text)."""
        total: dict[str, CharCounts] = {}
        for case in self.cases:
            for key, counts in case.placed.items():
                total[key] = total.get(key, CharCounts()) + counts
        return dict(sorted(total.items(), key=lambda item: -item[1].planted))

    @property
    def by_language(self) -> dict[str, tuple[int, CharCounts, float]]:
        """Per language of the gold bodies, most records first: records, boilerplate characters, mean
        body F1."""
        groups: dict[str, list[CaseScore]] = {}
        for case in self.cases:
            groups.setdefault(case.language, []).append(case)
        return {
            language: (
                len(cases),
                sum((case.chars for case in cases), CharCounts()),
                statistics.fmean(case.body.f1 for case in cases),
            )
            for language, cases in sorted(groups.items(), key=lambda item: (-len(item[1]), item[0]))
        }

    @property
    def extra_by_reason(self) -> dict[str, int]:
        """Characters removed outside planted boilerplate, by the reason the cleaner gave, most first."""
        total: Counter[str] = Counter()
        for case in self.cases:
            total.update(case.extra_by_reason)
        return dict(total.most_common())

    @property
    def records_per_s(self) -> float:
        median = statistics.median(self.run_seconds) if self.run_seconds else 0.0
        return self.records / median if median > 0 else 0.0

    def per_record_boilerplate(self) -> dict[str, float | None]:
        """Boilerplate precision and recall averaged over records rather than pooled over characters."""
        precisions = [p for case in self.cases if (p := case.chars.precision) is not None]
        recalls = [r for case in self.cases if (r := case.chars.recall) is not None]
        return {
            "precision": statistics.fmean(precisions) if precisions else None,
            "recall": statistics.fmean(recalls) if recalls else None,
        }

    def to_dict(self, worst: int = 0) -> dict[str, Any]:
        return {
            "mode": self.mode,
            "records": self.records,
            "sites": self.sites,
            "boilerplate": self.chars.to_dict(),
            "boilerplate_strict": self.strict.to_dict(),
            "moved_to_title_or_description": {
                "chars": self.moved.removed,
                "planted_boilerplate_chars": self.moved.overlap,
            },
            "boilerplate_per_record": self.per_record_boilerplate(),
            "body": self.body.to_dict(),
            "input_body": self.input_body.to_dict(),
            "repairs": {**self.repair_totals.to_dict(), "by_kind": {k: v.to_dict() for k, v in self.repairs.items()}},
            "uncounted_repairs": self.uncounted,
            "extra_chars_by_reason": self.extra_by_reason,
            "planted_by_shape_and_place": {key: counts.to_dict() for key, counts in self.placed.items()},
            "by_language": {
                language: {"records": records, "boilerplate": counts.to_dict(), "body_f1": f1}
                for language, (records, counts, f1) in self.by_language.items()
            },
            "records_per_s": self.records_per_s,
            "run_seconds": list(self.run_seconds),
            "records_per_s_4kb": self.records_per_s_4kb,
            "timing_set": None
            if self.timing is None
            else {"records": self.timing[0], "mean_chars": self.timing[1], "run_seconds": list(self.timing[2])},
            "learn_seconds": self.learn_seconds,
            "mean_input_chars": self.mean_input_chars,
            "offset_errors": self.offset_errors,
            "unreported": self.unreported,
            "errors": self.errors,
            "worst": [case.to_dict() for case in worst_cases(self, worst)],
            "per_record": [case.to_dict() for case in self.cases],
        }


def worst_cases(result: ModeResult, count: int) -> list[CaseScore]:
    """The ``count`` records of lowest body F1, then boilerplate recall, then most wrong repairs."""

    def key(case: CaseScore) -> tuple[float, float, int, str]:
        recall = case.chars.recall
        return (case.body.f1, 1.0 if recall is None else recall, -case.repair_totals.wrong, case.id)

    return sorted(result.cases, key=key)[: max(count, 0)]


# --- running ---------------------------------------------------------------------------------------


def run_single(cases: Sequence[CleanCase], cleaner: Cleaner, runs: int = 3) -> ModeResult:
    """Clean every record on its own, ``runs`` times; the first pass is scored."""
    timed = timing_set(cases)
    with _one_core():
        outputs, errors, seconds = _clean_all(cases, cleaner, None)
        run_seconds = [seconds] + [_clean_all(cases, cleaner, None)[2] for _ in range(runs - 1)]
        timing_seconds = [_clean_all(timed, cleaner, None)[2] for _ in range(runs)] if timed else []
    result = _result("single", 0, cases, outputs, errors, run_seconds, None)
    mean_chars = sum(len(case.text) for case in timed) / len(timed) if timed else 0.0
    return replace(result, timing=(len(timed), mean_chars, tuple(timing_seconds)))


def timing_set(cases: Sequence[CleanCase], size: int = TIMING_CHARS) -> list[CleanCase]:
    """Records of about ``size`` characters for timing: each record of at least ``size`` characters cut
    at its last paragraph break before ``size`` (or at ``size`` when it has none in its second half).
    Only the text matters here: the ground truth of a cut record is not kept."""
    out = []
    for case in cases:
        if len(case.text) < size:
            continue
        cut = case.text.rfind("\n\n", 0, size)
        text = case.text[: cut if cut > size // 2 else size]
        out.append(replace(case, text=text, gold="", boilerplate=(), repairs=(), glue_points=(), gold_glue_points=()))
    return out


def run_corpus(cases: Sequence[CleanCase], cleaner: Cleaner, build_profile: ProfileBuilder) -> ModeResult:
    """Learn a profile over every record, then clean each record with it."""
    started = time.perf_counter()
    profile = build_profile([(case.domain, record_paragraphs(case.text)) for case in cases])
    learn_seconds = time.perf_counter() - started
    outputs, errors, seconds = _clean_all(cases, cleaner, profile)
    sites = len({case.domain for case in cases})
    return _result("corpus", sites, cases, outputs, errors, [seconds], learn_seconds)


def _clean_all(
    cases: Sequence[CleanCase], cleaner: Cleaner, profile: Any
) -> tuple[list[Article | None], dict[str, str], float]:
    outputs: list[Article | None] = []
    errors: dict[str, str] = {}
    started = time.perf_counter()
    for case in cases:
        try:
            outputs.append(cleaner(case.text, title=case.title, url=case.url, profile=profile))
        except Exception as error:  # a failing record is a figure, not the end of the run
            outputs.append(None)
            errors[case.id] = f"{type(error).__name__}: {error}"
    return outputs, errors, time.perf_counter() - started


def timing_core() -> int | None:
    """The core that timed passes run on: this process's lowest allowed one, None where it cannot pin."""
    return min(os.sched_getaffinity(0)) if hasattr(os, "sched_setaffinity") else None


@contextmanager
def _one_core() -> Iterator[None]:
    """Pin this process to :func:`timing_core` while timing; restore the affinity afterwards."""
    core = timing_core()
    if core is None:
        yield
        return
    allowed = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {core})
    try:
        yield
    finally:
        os.sched_setaffinity(0, allowed)


def _result(
    mode: str,
    sites: int,
    cases: Sequence[CleanCase],
    outputs: Sequence[Article | None],
    errors: dict[str, str],
    run_seconds: Sequence[float],
    learn_seconds: float | None,
) -> ModeResult:
    scores = tuple(score_case(case, output, errors.get(case.id)) for case, output in zip(cases, outputs, strict=True))
    gold = {case.id: case.gold for case in cases}
    cleaned = {case.id: output.text if output else "" for case, output in zip(cases, outputs, strict=True)}
    return ModeResult(
        mode=mode,
        sites=sites,
        cases=scores,
        body=score_pages(gold, cleaned),
        input_body=score_pages(gold, {case.id: case.text for case in cases}),
        run_seconds=tuple(run_seconds),
        mean_input_chars=sum(len(case.text) for case in cases) / len(cases) if cases else 0.0,
        learn_seconds=learn_seconds,
        errors=errors,
    )


# --- scoring one record ----------------------------------------------------------------------------


def score_case(case: CleanCase, article: Article | None, error: str | None = None) -> CaseScore:
    """Score one record's cleaning; ``article`` None means the cleaner failed on it."""
    text = case.text
    removals = list(article.removed) if article else []
    removed = [(r.start, r.end) for r in removals if r.reason not in MOVED_REASONS]
    moved = _merge([(max(r.start, 0), min(r.end, len(text))) for r in removals if r.reason in MOVED_REASONS])
    offset_errors = sum(r.text != _slice(text, r.start, r.end) for r in article.removed) if article else 0
    repairs = list(article.repairs) if article else []
    offset_errors += sum(r.before != _slice(text, r.start, r.end) for r in repairs)
    planted = _merge(case.boilerplate)
    taken = _merge([(max(start, 0), min(end, len(text))) for start, end in removed if end > start])
    overlap = _intersect(planted, taken)
    chars = CharCounts(_count(text, planted), _count(text, taken), _count(text, overlap))
    both = _merge([*taken, *moved])
    strict = CharCounts(chars.planted, _count(text, both), _count(text, _intersect(planted, both)))
    moved_counts = CharCounts(chars.planted, _count(text, moved), _count(text, _intersect(planted, moved)))
    counts, uncounted, wrong = _score_repairs(case, repairs)
    extra_by_reason: Counter[str] = Counter()
    for removal in removals:
        if removal.reason in MOVED_REASONS:
            continue
        outside = _count(text, _subtract(_merge([(max(removal.start, 0), removal.end)]), planted))
        if outside:
            extra_by_reason[removal.reason] += outside
    return CaseScore(
        id=case.id,
        chars=chars,
        body=page_counts(case.gold, article.text if article else ""),
        repairs=counts,
        uncounted=uncounted,
        offset_errors=offset_errors,
        unreported=article is not None and not fully_reported(text, article),
        error=error,
        missed=_snippets(text, _subtract(planted, taken)),
        extra=_snippets(text, _subtract(taken, planted)),
        extra_by_reason=dict(extra_by_reason),
        placed=_placed(text, planted, taken),
        moved=moved_counts,
        strict=strict,
        wrong_repairs=tuple(wrong[:SNIPPETS_KEPT]),
        language=detect_language(case.gold[:LANGUAGE_SAMPLE]) or "?",
    )


_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)\]]*\s*$")
LINE_WORDS = 14
PROSE_WORDS = 12


def shape(text: str) -> str:
    """``line``, ``prose`` or ``other``: how a piece of planted boilerplate reads (see the module text)."""
    words = len(text.split())
    ends = _SENTENCE_END.search(text) is not None
    if words <= LINE_WORDS and not ends:
        return "line"
    return "prose" if words >= PROSE_WORDS and ends else "other"


def _placed(text: str, planted: Sequence[Span], taken: Sequence[Span]) -> dict[str, CharCounts]:
    """Planted characters and removed ones, by the shape of each planted paragraph and its place."""
    out: dict[str, CharCounts] = {}
    if not planted:
        return out
    gold = _subtract([(0, len(text))], planted)
    gold = [(start, end) for start, end in gold if text[start:end].strip()]
    first_gold = gold[0][0] if gold else len(text)
    last_gold = gold[-1][1] if gold else 0
    for start, end in planted:
        place = "edge" if end <= first_gold or start >= last_gold else "middle"
        for line_start, line_end in _lines(text, start, end):
            piece = [(line_start, line_end)]
            key = f"{shape(text[line_start:line_end])}/{place}"
            found = CharCounts(_count(text, piece), 0, _count(text, _intersect(piece, taken)))
            out[key] = out.get(key, CharCounts()) + found
    return out


def _lines(text: str, start: int, end: int) -> list[Span]:
    spans, cursor = [], start
    for line in text[start:end].split("\n"):
        if line.strip():
            spans.append((cursor, cursor + len(line)))
        cursor += len(line) + 1
    return spans


def _score_repairs(
    case: CleanCase, repairs: Sequence[Repair]
) -> tuple[dict[str, RepairCounts], dict[str, int], list[str]]:
    uncounted: Counter[str] = Counter()
    counted: list[Repair] = []
    for repair in repairs:
        if repair.kind not in COUNTED_KINDS:
            uncounted[repair.kind] += 1
        elif repair.kind == "glued-boundary" and any(repair.start <= p <= repair.end for p in case.glue_points):
            uncounted[AT_GLUE] += 1
        elif any(start <= repair.start and repair.end <= end for start, end in case.boilerplate):
            uncounted[IN_BOILERPLATE] += 1
        elif repair.kind == "glued-boundary" and any(repair.start <= p <= repair.end for p in case.gold_glue_points):
            uncounted[AT_GOLD_GLUE] += 1
        else:
            counted.append(repair)
    correct: set[int] = set()
    found: Counter[str] = Counter()
    for planted in case.repairs:
        group = [
            index
            for index, repair in enumerate(counted)
            if repair.kind == planted.kind and _touch(repair.start, repair.end, planted.start, planted.end)
        ]
        matched = _match(case.text, planted, [counted[index] for index in group])
        if matched is not None:
            found[planted.kind] += 1
            correct.update(group[position] for position in matched)
    counts = {}
    for kind in COUNTED_KINDS:
        of_kind = [index for index, repair in enumerate(counted) if repair.kind == kind]
        right = sum(index in correct for index in of_kind)
        planted_count = sum(planted.kind == kind for planted in case.repairs)
        counts[kind] = RepairCounts(planted_count, found[kind], right, len(of_kind) - right)
    wrong = [_describe(case.text, repair) for index, repair in enumerate(counted) if index not in correct]
    return counts, dict(uncounted), wrong


def _match(text: str, planted: PlantedRepair, group: Sequence[Repair]) -> list[int] | None:
    """Positions in ``group`` of the repairs that restore ``planted``, or None when they do not."""
    if not group:
        return None
    if planted.kind == "glued-boundary":
        point = planted.start
        for position, repair in enumerate(group):
            left, right = text[repair.start : point], text[point : repair.end]
            middle = repair.after[len(left) : len(repair.after) - len(right)]
            if (
                repair.after.startswith(left)
                and repair.after.endswith(right)
                and len(repair.after) > len(left) + len(right)
                and middle.isspace()
            ):
                return [position]
        return None
    ordered = sorted(range(len(group)), key=lambda position: group[position].start)
    start = min(planted.start, group[ordered[0]].start)
    end = max(planted.end, max(repair.end for repair in group))
    expected = text[start : planted.start] + planted.after + text[planted.end : end]
    pieces, cursor = [], start
    for position in ordered:
        repair = group[position]
        if repair.start < cursor or text[repair.start : repair.end] != repair.before:
            return None
        pieces.append(text[cursor : repair.start] + repair.after)
        cursor = repair.end
    pieces.append(text[cursor:end])
    return ordered if "".join(pieces) == expected else None


def _touch(start: int, end: int, other_start: int, other_end: int) -> bool:
    if start == end or other_start == other_end:  # an insertion touches what it borders
        return start <= other_end and other_start <= end
    return start < other_end and other_start < end


def _slice(text: str, start: int, end: int) -> str | None:
    return text[start:end] if 0 <= start <= end <= len(text) else None


def _merge(spans: Sequence[Span]) -> list[Span]:
    merged: list[Span] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif end > start:
            merged.append((start, end))
    return merged


def _intersect(first: Sequence[Span], second: Sequence[Span]) -> list[Span]:
    result, i, j = [], 0, 0
    while i < len(first) and j < len(second):
        start, end = max(first[i][0], second[j][0]), min(first[i][1], second[j][1])
        if start < end:
            result.append((start, end))
        if first[i][1] < second[j][1]:
            i += 1
        else:
            j += 1
    return result


def _subtract(spans: Sequence[Span], minus: Sequence[Span]) -> list[Span]:
    """``spans`` less ``minus`` (merged: sorted, none overlapping another)."""
    return [part for start, end in spans for part in uncovered(start, end, minus)]


def _count(text: str, spans: Sequence[Span]) -> int:
    """Non-whitespace characters inside ``spans``."""
    return sum(len("".join(text[start:end].split())) for start, end in spans)


def _snippets(text: str, spans: Sequence[Span]) -> tuple[str, ...]:
    kept = [" ".join(text[start:end].split()) for start, end in spans]
    return tuple(_shorten(snippet) for snippet in kept if snippet)[:SNIPPETS_KEPT]


def _describe(text: str, repair: Repair) -> str:
    context = " ".join(text[max(repair.start - 20, 0) : repair.end + 20].split())
    return f"{repair.kind} {repair.before!r} -> {repair.after!r} in {_shorten(context)!r}"


def _shorten(text: str) -> str:
    return text if len(text) <= SNIPPET_CHARS else text[: SNIPPET_CHARS - 1] + "…"


# --- headlines of whole pages ------------------------------------------------------------------------


@dataclass(frozen=True)
class HeadlineResult:
    """Titles found in pages' whole text, against the pages' gold titles."""

    pages: tuple[tuple[str, str, str | None], ...]  # (page id, gold title, title found)

    @property
    def same(self) -> int:
        return sum(1 for _, gold, found in self.pages if found is not None and same_title(found, gold))

    @property
    def none(self) -> int:
        return sum(1 for _, _, found in self.pages if found is None)

    @property
    def other(self) -> int:
        return len(self.pages) - self.same - self.none

    def to_dict(self) -> dict[str, Any]:
        return {
            "pages": len(self.pages),
            "same": self.same,
            "other": self.other,
            "none": self.none,
            "per_page": [{"id": page, "gold": gold, "found": found} for page, gold, found in self.pages],
        }


def run_headlines(pages: Sequence[SourcePage], cleaner: Cleaner) -> HeadlineResult:
    """The title the cleaner finds in the whole text of each page with a gold title."""
    return _headlines(_whole_page_articles([page for page in pages if page.title], cleaner))


def run_whole_pages(pages: Sequence[SourcePage], cleaner: Cleaner) -> tuple[HeadlineResult, CreditResult]:
    """:func:`run_headlines` and :func:`run_credits` from one cleaning of each page's whole text."""
    articles = _whole_page_articles(pages, cleaner)
    return _headlines(articles), _credits(articles)


def _whole_page_articles(pages: Sequence[SourcePage], cleaner: Cleaner) -> list[tuple[SourcePage, Article | None]]:
    """Each page with a whole text and what the cleaner makes of it (``None`` where it failed: a
    cleaner's failure on one page finds nothing there, and stops no benchmark)."""
    out: list[tuple[SourcePage, Article | None]] = []
    for page in pages:
        if not page.whole_text:
            continue
        try:
            out.append((page, cleaner(page.whole_text, url=page.url)))
        except Exception:
            out.append((page, None))
    return out


def _headlines(articles: Sequence[tuple[SourcePage, Article | None]]) -> HeadlineResult:
    return HeadlineResult(
        tuple(
            (page.id, page.title, article.title if article is not None else None)
            for page, article in articles
            if page.title
        )
    )


_TITLE_PARTS = re.compile(r"\s+[-|–—:·»]\s+|\s*(?:_|::|｜|\|)\s*")
_NOT_WORD = re.compile(r"\W+")


def same_title(found: str, gold: str) -> bool:
    """Whether ``found`` is the gold title's headline: the same words (case, punctuation and spacing
    aside), the longest of the parts the site's name is joined to it by ("Harbour to be dredged |
    Harbour Post"; not the site's name), or one holding the other where the shorter is half the longer
    at least (a kicker in the line found, a subtitle in the gold)."""
    a, b = _folded(found), _folded(gold)
    if not a or not b:
        return False
    if a == b or a == max((_folded(part) for part in _TITLE_PARTS.split(gold)), key=len):
        return True
    shorter, longer = sorted((a, b), key=len)
    return shorter in longer and len(shorter) >= 0.5 * len(longer)


def _folded(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", unicodedata.normalize("NFKC", text).casefold()).split())


# --- authors and dates of whole pages ----------------------------------------------------------------


@dataclass(frozen=True)
class CreditPage:
    """A page's gold byline and publication date (``None``: the dataset has no such field; "": the
    page has none) and the authors and date the cleaner found in its whole text."""

    id: str
    gold_byline: str | None
    gold_published: str | None
    authors: tuple[str, ...]
    published: str | None


@dataclass(frozen=True)
class CreditResult:
    """Authors and publication dates found in pages' whole text, against the pages' gold ones."""

    pages: tuple[CreditPage, ...]

    def authors(self) -> dict[str, int]:
        return _agreement(((page.gold_byline, Metadata(authors=page.authors)) for page in self.pages), byline_agrees)

    def dates(self) -> dict[str, int]:
        pairs = ((page.gold_published, Metadata(published=page.published)) for page in self.pages)
        return _agreement(pairs, date_agrees)

    def to_dict(self) -> dict[str, Any]:
        return {
            "authors": self.authors(),
            "published": self.dates(),
            "per_page": [{**asdict(page), "authors": list(page.authors)} for page in self.pages],
        }


def run_credits(pages: Sequence[SourcePage], cleaner: Cleaner) -> CreditResult:
    """The authors and publication date the cleaner finds in the whole text of each page."""
    return _credits(_whole_page_articles(pages, cleaner))


def _credits(articles: Sequence[tuple[SourcePage, Article | None]]) -> CreditResult:
    return CreditResult(
        tuple(
            CreditPage(
                page.id,
                page.byline,
                page.published,
                tuple(article.authors) if article is not None else (),
                article.published if article is not None else None,
            )
            for page, article in articles
        )
    )


def _agreement(pairs: Iterable[tuple[str | None, Metadata]], agrees: Callable[[str, Metadata], bool]) -> dict[str, int]:
    """Pages with a gold value, how many the cleaner matches (as the extraction benchmark's metadata
    figures judge it), gives another value for, or none; and on how many pages of a dataset that has
    the field, but not for that page, it found one."""
    counts = dict.fromkeys(("pages", "same", "other", "none", "found_without_gold"), 0)
    for gold, found in pairs:
        if gold is None:
            continue  # the dataset has no such field
        given = bool(found.authors or found.published)
        if not gold:
            counts["found_without_gold"] += given
            continue
        counts["pages"] += 1
        counts["none" if not given else "same" if agrees(gold, found) else "other"] += 1
    return counts
