"""Bytes to text: BOM, declared charset, then detection. Never raises on bad bytes."""

from __future__ import annotations

import codecs
import re

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# <meta charset=...>, <meta http-equiv=content-type content="...; charset=...">, <?xml encoding=...?>
_DECLARED = re.compile(rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?\s*|<\?xml[^>]{0,80}?encoding\s*=\s*["'])([a-zA-Z0-9_.:-]{2,40})""", re.I)
_SNIFF_BYTES = 16384
# Labels that browsers treat as windows-1252 (WHATWG Encoding Standard).
_AS_CP1252 = frozenset({"iso-8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "iso8859-1", "cp819"})


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes, normalised to a Python codec name."""
    match = _DECLARED.search(data, 0, _SNIFF_BYTES)
    if not match:
        return None
    return normalise_charset(match.group(1).decode("ascii", "ignore"))


def normalise_charset(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    # A page cannot really be UTF-16 once it has been read as ASCII-compatible bytes.
    return "utf-8" if name.startswith("utf-16") or name.startswith("utf-32") else name


def decode_html(data: bytes | str, http_charset: str | None = None) -> str:
    """Decode a page: BOM first, then the HTTP header's charset, then the page's own declaration,
    then UTF-8, then detection; finally UTF-8 with replacement characters."""
    if isinstance(data, str):
        return data
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "replace")
    for candidate in (normalise_charset(http_charset), declared_charset(data)):
        if candidate:
            try:
                return data.decode(candidate)
            except UnicodeDecodeError:
                pass  # the declaration is wrong: fall through to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _detect(data)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _detect(data: bytes) -> str:
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    good = len(_NON_ASCII.findall(text)) - bad
    # Mostly valid UTF-8 with a few stray bytes is far more common on the web than anything else.
    if bad <= max(2, good // 20):
        return text
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            return data.decode(best.encoding, "replace")
        except LookupError:
            pass
    return data.decode("cp1252", "replace")
