"""What a cleaned Article's change log says of its input: every change is in ``removed`` or ``repairs``,
so the input, less the one and with the other made, is the body up to the spaces between its parts."""

from __future__ import annotations

from copydesk.types import Article


def edited(source: str, article: Article) -> str:
    """``source`` with the article's removals taken out and its repairs made, in one pass (they do not
    overlap); a removal or repair that overlaps one before it is skipped (a change log of another text)."""
    edits = sorted(
        [(removal.start, removal.end, "") for removal in article.removed]
        + [(repair.start, repair.end, repair.after) for repair in article.repairs]
    )
    pieces = []
    position = 0
    for start, end, after in edits:
        if start < position:
            continue
        pieces.append(source[position:start])
        pieces.append(after)
        position = end
    pieces.append(source[position:])
    return "".join(pieces)


def fully_reported(source: str, article: Article) -> bool:
    """Whether the article's change log holds every change from ``source`` to its body: the edited input
    and the body are the same text, runs of spaces and line breaks aside (paragraphs are joined anew)."""
    return " ".join(edited(source, article).split()) == " ".join(article.text.split())
