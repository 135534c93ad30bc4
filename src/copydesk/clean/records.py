"""News records (CC-News / news-please, NewsAPI, or any layout mapped by field names) in and out.

A record goes back with its other fields untouched: the body field holds the cleaned text, and
``removed``, ``repairs`` and ``doubts`` are added (``copydesk_removed``, ... where the record has fields of
those names), the title and description found in the text where the record has no field for them, and
``found``: the authors, dates and tags the text gives, and the title or description it took off the body
where the record's own field for it is empty. A
record that cannot be cleaned gets an ``error`` field and is passed through; none is ever dropped."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from copydesk.clean.core import Profile, clean
from copydesk.clean.model import BoilerplateModel

# Candidate field names, in order of preference, for each role.
_BODY = ("maintext", "text", "content", "body", "article", "articleBody")
_TITLE = ("title", "headline")
_DESCRIPTION = ("description", "summary", "standfirst")
_URL = ("url", "link")
_DOMAIN = ("source_domain", "domain", "site")
FOUND_FIELD = "found"  # the authors, dates and tags the text gives


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Which record fields hold the body, title, description, URL and domain; ``None`` means
    "find it among the usual names" (CC-News / news-please and NewsAPI layouts)."""

    body: str | None = None
    title: str | None = None
    description: str | None = None
    url: str | None = None
    domain: str | None = None

    @classmethod
    def parse(cls, pairs: list[str]) -> FieldMap:
        """From ``["body=content", "title=headline"]``; raises ValueError on an unknown role."""
        values: dict[str, str] = {}
        for pair in pairs:
            role, sep, name = pair.partition("=")
            if not sep or role not in ("body", "title", "description", "url", "domain") or not name:
                raise ValueError(
                    f"--field takes ROLE=NAME with ROLE in body, title, description, url, domain: {pair!r}"
                )
            values[role] = name
        return cls(**values)


USUAL_FIELDS = FieldMap()  # every role found among the usual names


def _pick(record: Mapping[str, Any], chosen: str | None, names: tuple[str, ...]) -> str | None:
    if chosen is not None:
        return chosen if chosen in record else None
    return next((name for name in names if name in record), None)


def body_field(record: Mapping[str, Any], fields: FieldMap) -> str | None:
    return _pick(record, fields.body, _BODY)


def record_site(record: Mapping[str, Any], fields: FieldMap) -> str | None:
    """The site a record belongs to, the same for learning and for cleaning: its domain field,
    else its URL (site profiles normalise either to a host)."""
    for name in (_pick(record, fields.domain, _DOMAIN), _pick(record, fields.url, _URL)):
        value = record.get(name) if name else None
        if isinstance(value, str) and value.strip():
            return value
    return None


def record_story(record: Mapping[str, Any], fields: FieldMap) -> tuple[str | None, str | None]:
    """A record's URL and title: what tells one story from another when a site profile is learned
    (:func:`copydesk.clean.profile.story_key`)."""
    return _text(record, _pick(record, fields.url, _URL)), _text(record, _pick(record, fields.title, _TITLE))


def _text(record: Mapping[str, Any], name: str | None) -> str | None:
    value = record.get(name) if name else None
    return value if isinstance(value, str) and value.strip() else None


def clean_record(
    record: Mapping[str, Any],
    fields: FieldMap = FieldMap(),
    profile: Profile | None = None,
    remove_doubtful: bool = False,
    model: BoilerplateModel | None = None,
) -> dict[str, Any]:
    """The record cleaned (``model``: the boilerplate classifier, by default the shipped one), or passed
    through with an ``error`` field saying why it could not be."""
    out = dict(record)
    name = body_field(record, fields)
    if name is None:
        out["error"] = "no body field (looked for " + ", ".join(_BODY if fields.body is None else (fields.body,)) + ")"
        return out
    body = record[name]
    if not isinstance(body, str):
        out["error"] = f"body field {name!r} is {type(body).__name__}, not text"
        return out
    given = {
        "title": _text(record, _pick(record, fields.title, _TITLE)),
        "description": _text(record, _pick(record, fields.description, _DESCRIPTION)),
    }
    article = clean(
        body,
        title=given["title"],
        description=given["description"],
        url=_text(record, _pick(record, fields.url, _URL)),
        profile=profile,
        site=record_site(record, fields),
        remove_doubtful=remove_doubtful,
        model=model,
    )
    out[name] = article.text
    # Who wrote it, when, under what tags, as the text says: beside the record's own fields (news-please
    # writes "authors": [] and "date_publish": null when it finds none), never over them. So is a headline
    # or a standfirst taken off the body where the record has an empty field for it ("description": null).
    found: dict[str, Any] = {}
    for key, value in (("title", article.title), ("description", article.description)):
        if not value or given[key]:
            continue  # none found, or the record's own
        if key not in out:
            out[key] = value
        else:
            found[key] = value
    found.update(
        (key, value)
        for key, value in (
            ("authors", list(article.authors)),
            ("published", article.published),
            ("modified", article.modified),
            ("tags", list(article.tags)),
        )
        if value
    )
    if found and FOUND_FIELD not in out:
        out[FOUND_FIELD] = found
    # what cleaning did, under the record's own names unless it has fields of those names
    for key, values in (("removed", article.removed), ("repairs", article.repairs), ("doubts", article.doubts)):
        out[key if key not in record else f"copydesk_{key}"] = [value.to_dict() for value in values]
    return out
