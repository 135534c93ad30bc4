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
_DECLARED = re.compile(
    rb"""(?:<meta[^>]{0,200}?charset\s*=\s*["']?\s*|<\?xml[^>]{0,80}?encoding\s*=\s*["'])([a-zA-Z0-9_.:-]{2,40})""",
    re.I,
)
_SNIFF_BYTES = 16384
# Labels that browsers treat as windows-1252 (WHATWG Encoding Standard).
_AS_CP1252 = frozenset({"iso-8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii", "iso8859-1", "cp819"})


# Signatures of formats that are sometimes served or saved in place of a page.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"RIFF", "a RIFF (WebP, WAV, AVI) file"),
    (b"\x00\x00\x00", "binary data"),
    (b"OggS", "an Ogg file"),
    (b"ID3", "an MP3 file"),
    (b"\x7fELF", "an executable"),
)
_BINARY_BYTES = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f]")


def sniff_binary(data: bytes, http_charset: str | None = None) -> str | None:
    """What a byte string is when it is not text (``"a PNG image"``), else ``None``: text in UTF-16 or
    UTF-32 (its BOM, its NULs in every other byte, or ``http_charset`` naming it) is text."""
    head = data[:4096]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    text_like = (
        not head
        or head.startswith(tuple(bom for bom, _ in _BOMS))
        or _utf16_without_bom(data) is not None
        or _wide_charset(http_charset) is not None
    )
    if not text_like and len(_BINARY_BYTES.findall(head)) > len(head) // 20:
        return "binary data"
    return None


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in its first bytes, normalised to a Python codec name."""
    match = _DECLARED.search(data, 0, _SNIFF_BYTES)
    if not match:
        return None
    return normalise_charset(match.group(1).decode("ascii", "ignore"))


def normalise_charset(label: str | None) -> str | None:
    """The Python codec of a charset a page or its HTTP header declares, when it is one the web writes
    pages in (:data:`_WEB_CODECS`); ``None`` for any other label, so that detection decides. Python knows
    codecs no page is written in ("punycode", "unicode_escape", "utf-7"), some of which take minutes on a
    large page or rewrite its backslashes; a declaration names them by mistake or in malice."""
    if not label or not isinstance(label, str):
        return None
    label = label.strip().lower()
    if label in _AS_CP1252:
        return "cp1252"
    try:
        info = codecs.lookup(_CHARSET_ALIASES.get(label, label))
    except (LookupError, ValueError):  # (ValueError: a label with a NUL in it)
        return None
    name = info.name
    if not _WEB_CODECS.fullmatch(name):
        return None
    # A page cannot really be UTF-16 once it has been read as ASCII-compatible bytes.
    return "utf-8" if name.startswith("utf-16") or name.startswith("utf-32") else name


# The codecs (Python's names) of the encodings pages are written in: the Encoding Standard's, and a few
# legacy code pages detection may name.
_WEB_CODECS = re.compile(
    r"utf-8|ascii|iso8859-\d{1,2}|cp125\d|cp874|cp866|cp437|cp850|koi8-[ru]|mac-(?:roman|cyrillic|latin2|greek)|"
    r"tis-620|gbk|gb2312|gb18030|big5|big5hkscs|cp950|euc_(?:jp|jis_2004|jisx0213|kr)|cp949|cp932|"
    r"iso2022_(?:jp(?:_\d|_ext)?|kr)|shift_jis(?:_2004|x0213)?|utf-(?:16|32)(?:-[lb]e)?"
)
_CHARSET_ALIASES = {"windows-874": "cp874", "x-mac-cyrillic": "mac-cyrillic", "iso-8859-8-i": "iso8859-8"}


def _wide_charset(label: str | None) -> str | None:
    """The UTF-16 or UTF-32 codec an HTTP header names (``"utf-16le"``), else ``None``."""
    if not label or not isinstance(label, str):
        return None
    try:
        name = codecs.lookup(label.strip().lower()).name
    except (LookupError, ValueError):  # (ValueError: a label with a NUL in it)
        return None
    return name if name.startswith(("utf-16", "utf-32")) else None


def decode_html(data: bytes | str, http_charset: str | None = None) -> str:
    """Decode a page: BOM first, then the HTTP header's charset, then the page's own declaration,
    then UTF-8, then detection; finally UTF-8 with replacement characters."""
    if isinstance(data, str):
        return data
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "replace")
    wide = _utf16_without_bom(data) or (_wide_charset(http_charset) if b"\x00" in data[:4096] else None)
    if wide:  # UTF-16 without its BOM (NUL in every other byte), or as the header says, with NULs in it
        return data.decode(wide, "replace")
    for candidate in (normalise_charset(http_charset), declared_charset(data)):
        if candidate:
            try:
                return data.decode(candidate)
            except (UnicodeError, LookupError):
                pass  # the declaration is wrong: fall through to detection
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _detect(data)


def decode_text(data: bytes) -> tuple[str, str]:
    """A plain text file's text and the encoding it was read in: its BOM's (UTF-8, UTF-16, UTF-32);
    UTF-16 without a BOM when every other byte is NUL; UTF-8; UTF-8 with U+FFFD where it is damaged
    in a few places; a Cyrillic, Greek, Hebrew, Arabic or East Asian encoding when detection finds
    one in enough text to tell; else cp1252, the legacy encoding of Western text (a guess between its
    Latin siblings on a few accented letters read "España" as "Espańa")."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, "replace"), encoding
    wide = _utf16_without_bom(data)
    if wide:
        return data.decode(wide, "replace"), wide
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged, "utf-8"
    if sum(byte >= 0x80 for byte in data[:200_000]) >= _DETECTABLE:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:200_000]).best()
        if best is not None and best.encoding in _NON_LATIN:
            return data.decode(best.encoding, "replace"), best.encoding
    return data.decode("cp1252", "replace"), "cp1252"


_DETECTABLE = 40  # non-ASCII bytes that detection needs to tell a script apart
# Encodings detection may choose for a text file (names as charset-normalizer gives them); any other
# guess among Latin code pages is no better than cp1252.
_NON_LATIN = frozenset(
    {
        "cp1251", "koi8_r", "koi8_u", "iso8859_5", "mac_cyrillic", "cp866", "cp1253", "iso8859_7", "cp1255",
        "iso8859_8", "cp1256", "iso8859_6", "cp874", "tis_620", "shift_jis", "cp932", "euc_jp", "iso2022_jp",
        "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "cp950", "euc_kr", "cp949", "johab",
    }
)  # fmt: skip


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without its BOM: NUL in most even bytes (big-endian) or most odd ones (little-endian)."""
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd >= 0.6 * half and even <= 0.1 * half:
        return "utf-16-le"
    if even >= 0.6 * half and odd <= 0.1 * half:
        return "utf-16-be"
    return None


# DOS and Mac code pages that detection proposes for Western text the web writes in cp1252.
_UNLIKELY = frozenset({"cp437", "cp850", "cp852", "cp858", "cp860", "cp863", "cp865", "mac_roman", "mac_latin2"})
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _damaged_utf8(data: bytes) -> str | None:
    """Bytes that are not valid UTF-8 read as UTF-8 with U+FFFD, when they hold valid multi-byte
    sequences beside a few stray bytes: UTF-8 damaged in places, which is far more common on the web
    than a legacy encoding that happens to contain valid UTF-8. ``None`` otherwise."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    good = len(_NON_ASCII.findall(text)) - bad
    return text if good > 0 and bad <= max(8, good) else None


def _detect(data: bytes) -> str:
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding and best.encoding not in _UNLIKELY:
        try:
            return data.decode(best.encoding, "replace")
        except LookupError:
            pass
    return data.decode("cp1252", "replace")
