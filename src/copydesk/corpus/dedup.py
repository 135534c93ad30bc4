"""Deduplication of a corpus: exact copies (the same normalised text) and near-duplicates (MinHash LSH).

Documents are added in the order of the input; :meth:`DedupBuilder.clusters` then gives, for each, the
index of its cluster's *canonical* copy: the most complete one (the most shingles), then the earliest
(publication date, else crawl date), then the smallest id: the same on every run and engine.

Two documents are near-duplicates when their estimated Jaccard similarity is at least
``JACCARD_MIN``, or when the smaller is at least ``CONTAINMENT_MIN`` contained in the larger and has
``MIN_SHINGLES`` shingles or more (a truncated copy). Candidates come from the LSH bands of
:mod:`copydesk.corpus.minhash`; clusters are the connected components of the confirmed pairs.

Memory: signatures and band keys go to files in a work folder and are read back one band at a time,
so what is held is about 40 bytes a document (ids, sizes, dates, the union-find forest, one band of
keys), not the signatures.
"""

from __future__ import annotations

import os
import re
from array import array
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import numpy.typing as npt

from copydesk.corpus.minhash import BANDS, PERMUTATIONS, Fingerprint, band_keys, containment, similarity

JACCARD_MIN = 0.6
CONTAINMENT_MIN = 0.8
MIN_SHINGLES = 20
MAX_BUCKET = 200  # members of one LSH bucket compared with their neighbours; beyond, with the first only
_CHUNK = 4096
_UNDATED = 99_999_999_999_999  # sorts after every date: undated copies come last
_DIGIT = re.compile(r"\d")


def copy_rank(shingles: int, date: str | None, identity: str) -> tuple[int, int, int]:
    """A copy's place in its cluster, lowest first: the most shingles (the most complete), then the
    earliest date, then the smallest id. :meth:`DedupBuilder.clusters` orders copies the same way."""
    return -shingles, date_key(date), int(identity, 16)


def date_key(date: str | None) -> int:
    """An ISO 8601 date as a sortable integer (its first 14 digits: YYYYMMDDhhmmss)."""
    if not date:
        return _UNDATED
    digits = "".join(_DIGIT.findall(date[:25]))[:14]
    return int(digits.ljust(14, "0")) if len(digits) >= 8 else _UNDATED


class DedupBuilder:
    """Collects fingerprints (``add``), then finds clusters (``clusters``). ``folder`` holds the
    temporary files; it is created when missing."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self._folder = folder
        self._signatures = (folder / "signatures.u32").open("wb")
        self._bands = [(folder / f"band-{b:02d}.u64").open("wb") for b in range(BANDS)]
        self._pending_sigs: list[npt.NDArray[np.uint32]] = []
        # compact per-document columns (array, not lists of Python objects): 29 bytes a document
        self._ids = array("Q")
        self._dates = array("q")
        self._exact = array("Q")
        self._shingles = array("I")
        self._has_signature = array("b")

    def add(self, identity: str, found: Fingerprint | None, date: str | None) -> int:
        """Add one document: ``identity`` is 16 hex digits (:func:`copydesk.pipeline.page_id`), ``date``
        an ISO 8601 date; ``found`` None for a document that takes part in no cluster. Its index."""
        index = len(self._ids)
        self._ids.append(int(identity, 16))
        self._dates.append(date_key(date))
        if found is None or found.shingles == 0:
            self._exact.append(0)
            self._shingles.append(0)
            self._has_signature.append(0)
            self._pending_sigs.append(np.full(PERMUTATIONS, 0xFFFFFFFF, dtype=np.uint32))
        else:
            self._exact.append(found.exact)
            self._shingles.append(min(found.shingles, 0xFFFFFFFF))
            self._has_signature.append(1)
            self._pending_sigs.append(found.signature)
        if len(self._pending_sigs) >= _CHUNK:
            self._flush()
        return index

    def _flush(self) -> None:
        if not self._pending_sigs:
            return
        block = np.stack(self._pending_sigs).astype("<u4")
        self._signatures.write(block.tobytes())
        keys = np.stack([band_keys(row) for row in block.astype(np.uint32)])
        for band, stream in enumerate(self._bands):
            stream.write(np.ascontiguousarray(keys[:, band]).astype("<u8").tobytes())
        self._pending_sigs = []

    def clusters(self) -> npt.NDArray[np.int64]:
        """For each document, the index of its cluster's canonical copy (itself when unique)."""
        self._flush()
        self._signatures.close()
        for stream in self._bands:
            stream.close()
        count = len(self._ids)
        parent = np.arange(count, dtype=np.int64)
        active = np.asarray(self._has_signature, dtype=bool)
        shingles = np.asarray(self._shingles, dtype=np.int64)
        exact = np.asarray(self._exact, dtype=np.uint64)
        _union_groups(parent, _equal_groups(exact, active), None, shingles)
        with (self._folder / "signatures.u32").open("rb") as signatures:
            reader = _SignatureReader(signatures)
            for band in range(BANDS):
                keys = np.fromfile(self._folder / f"band-{band:02d}.u64", dtype="<u8")
                _union_groups(parent, _equal_groups(keys, active), reader, shingles)
        roots = parent
        while True:  # pointer jumping to the roots, vectorised
            jumped = roots[roots]
            if np.array_equal(jumped, roots):
                break
            roots = jumped
        return self._canonical(roots, shingles)

    def _canonical(self, roots: npt.NDArray[np.int64], shingles: npt.NDArray[np.int64]) -> npt.NDArray[np.int64]:
        """Per document, the best of its cluster by :func:`copy_rank` (vectorised)."""
        ids = np.asarray(self._ids, dtype=np.uint64)
        dates = np.asarray(self._dates, dtype=np.int64)
        order = np.lexsort((ids, dates, -shingles, roots))  # the last key sorts first
        sorted_roots = roots[order]
        first = np.concatenate(([True], sorted_roots[1:] != sorted_roots[:-1]))
        best = np.empty(len(roots), dtype=np.int64)
        best[sorted_roots[first]] = order[first]
        return best[roots]

    def __len__(self) -> int:
        return len(self._ids)

    def remove_files(self) -> None:
        for path in self._folder.glob("*.u??"):
            path.unlink(missing_ok=True)


class _SignatureReader:
    """Signatures read back by index from the file ``DedupBuilder`` wrote (a small cache in front)."""

    def __init__(self, stream: object) -> None:
        self._fd = stream.fileno()  # type: ignore[attr-defined]
        self._size = PERMUTATIONS * 4
        self._cache: dict[int, npt.NDArray[np.uint32]] = {}

    def __call__(self, index: int) -> npt.NDArray[np.uint32]:
        found = self._cache.get(index)
        if found is None:
            data = os.pread(self._fd, self._size, index * self._size)
            found = np.frombuffer(data, dtype="<u4").astype(np.uint32)
            if len(self._cache) > 50_000:
                self._cache.clear()
            self._cache[index] = found
        return found


def _equal_groups(keys: npt.NDArray[np.uint64], active: npt.NDArray[np.bool_]) -> Iterator[npt.NDArray[np.int64]]:
    """Indices (ascending) of the active documents sharing a key, group by group."""
    candidates = np.nonzero(active)[0]
    if len(candidates) < 2:
        return
    order = candidates[np.argsort(keys[candidates], kind="stable")]
    sorted_keys = keys[order]
    starts = np.nonzero(np.concatenate(([True], sorted_keys[1:] != sorted_keys[:-1])))[0]
    ends = np.concatenate((starts[1:], [len(order)]))
    for start, end in zip(starts.tolist(), ends.tolist(), strict=True):
        if end - start > 1:
            yield np.sort(order[start:end])


def near_duplicates(
    first: npt.NDArray[np.uint32], second: npt.NDArray[np.uint32], size_first: int, size_second: int
) -> bool:
    """Whether two documents are near-duplicates by their signatures and shingle counts."""
    jaccard = similarity(first, second)
    if jaccard >= JACCARD_MIN:
        return True
    return min(size_first, size_second) >= MIN_SHINGLES and containment(jaccard, size_first, size_second) >= (
        CONTAINMENT_MIN
    )


def _union_groups(
    parent: npt.NDArray[np.int64],
    groups: Iterator[npt.NDArray[np.int64]],
    signature: _SignatureReader | None,
    shingles: npt.NDArray[np.int64],
) -> None:
    """Union the confirmed candidate pairs of each bucket: every member with the bucket's first, and
    (for the first ``MAX_BUCKET`` members) with its neighbour in index order. The clusters are the
    connected components of the confirmed pairs, whatever the order they are looked at in; a pair
    already connected is not checked again (that changes no component)."""
    for group in groups:
        for partner, member in candidate_pairs(group.tolist()):
            if _find(parent, member) == _find(parent, partner):
                continue
            if signature is None or near_duplicates(
                signature(partner), signature(member), int(shingles[partner]), int(shingles[member])
            ):
                _union(parent, partner, member)


def candidate_pairs(members: list[int]) -> Iterator[tuple[int, int]]:
    """The pairs of one bucket (indices ascending) that are checked: see :func:`_union_groups`."""
    for position, member in enumerate(members[1:], start=1):
        yield members[0], member
        if 1 < position < MAX_BUCKET:
            yield members[position - 1], member


def _find(parent: npt.NDArray[np.int64], index: int) -> int:
    root = index
    while parent[root] != root:
        root = int(parent[root])
    while parent[index] != root:  # path compression
        parent[index], index = root, int(parent[index])
    return root


def _union(parent: npt.NDArray[np.int64], a: int, b: int) -> None:
    root_a, root_b = _find(parent, a), _find(parent, b)
    if root_a != root_b:
        parent[max(root_a, root_b)] = min(root_a, root_b)
