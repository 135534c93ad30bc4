"""Language codes: markup values normalised to ISO 639-1, and detection from body text."""

from __future__ import annotations

import re

from copydesk.surrogates import mend

MIN_WORDS = 15
MIN_CJK_CHARACTERS = 30
MIN_CHARACTERS = 200
MAX_CHARACTERS = 4000  # enough to decide; the model's cost grows with the text

# ISO 639-1, the two-letter codes (2024 list, "sh" kept as pages still use it).
_ISO_639_1 = frozenset(
    {
        "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bi",
        "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de",
        "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr", "fy",
        "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz", "ia",
        "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj", "kk",
        "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln", "lo",
        "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb", "nd",
        "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi", "pl",
        "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "sh", "si", "sk",
        "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti",
        "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo",
        "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu"
    }
)  # fmt: skip
# Codes and names pages write instead of ISO 639-1: three-letter codes, legacy codes, English names.
_ALIASES = {
    "eng": "en", "english": "en", "deu": "de", "ger": "de", "german": "de", "deutsch": "de",
    "fra": "fr", "fre": "fr", "french": "fr", "français": "fr", "spa": "es", "spanish": "es",
    "español": "es", "ita": "it", "italian": "it", "por": "pt", "portuguese": "pt", "nld": "nl",
    "dut": "nl", "dutch": "nl", "rus": "ru", "russian": "ru", "zho": "zh", "chi": "zh", "chinese": "zh",
    "cmn": "zh", "yue": "zh", "jpn": "ja", "japanese": "ja", "kor": "ko", "korean": "ko", "ara": "ar",
    "arabic": "ar", "pol": "pl", "polish": "pl", "tur": "tr", "turkish": "tr", "swe": "sv",
    "swedish": "sv", "ces": "cs", "cze": "cs", "czech": "cs", "iw": "he", "in": "id", "ji": "yi",
    "jw": "jv", "fil": "tl", "nob": "nb", "nno": "nn", "hin": "hi", "hindi": "hi", "ukr": "uk",
    "ukrainian": "uk", "ell": "el", "gre": "el", "greek": "el", "vie": "vi", "vietnamese": "vi",
}  # fmt: skip
_SUBTAG = re.compile(r"[-_\s.;,]")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def normalise_language(code: str | None) -> str | None:
    """``'en-US'`` -> ``'en'``, ``'zh_TW'`` -> ``'zh'``, ``'English'`` -> ``'en'``; junk -> ``None``."""
    if not code:
        return None
    text = code.strip().casefold()
    if not text:
        return None
    primary = _SUBTAG.split(text, maxsplit=1)[0]
    if primary in _ISO_639_1:
        return primary
    return _ALIASES.get(primary) or _ALIASES.get(text)


def detect_language(text: str) -> str | None:
    """The language of ``text`` by CLD2 (pycld2: compiled, a few MB, tens of microseconds a call),
    or ``None`` when the text is short or the detector not sure."""
    if not _long_enough(text):
        return None
    import pycld2

    # (surrogates, which CLD2 cannot read, mended: one alone from JSON's "\\ud83d" where a record was cut
    # inside an emoji; the rest of the text is read)
    sample = mend(text[:MAX_CHARACTERS])
    try:
        reliable, _, details = pycld2.detect(sample, bestEffort=False)
    except pycld2.error:  # text CLD2 cannot read: no guess rather than a crash
        return None
    code = str(details[0][1]) if details else "un"
    if not reliable or code in ("un", "xxx"):
        return None
    return normalise_language(code)


def _long_enough(text: str) -> bool:
    if len(text.split()) >= MIN_WORDS or len(text) >= MIN_CHARACTERS:
        return True  # the second test serves scripts written without spaces (Thai, Khmer, ...)
    return len(_CJK.findall(text, 0, 2000)) >= MIN_CJK_CHARACTERS
