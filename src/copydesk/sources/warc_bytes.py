"""The bytes of a WARC file as the records are written in it: plain, or gzip-compressed in members (one
per record, as CC-NEWS writes them, or one for the whole file, as ``gzip file.warc`` does).

A record's offset is where a reader can seek to read it again: the start of its gzip member in the
compressed file, and for a record that is not the first of its member (a file compressed whole) its
position in that member's data added to the member's start. So records of files compressed one member
per record keep the offsets of the usual WARC indexes, and every record of a file has its own offset.

Decompression is done here, member by member, rather than by the WARC parser, because only here is it
known where a member starts: which is what offsets, and resuming after a corrupt member, need.
"""

from __future__ import annotations

import re
import zlib
from typing import BinaryIO

GZIP_MAGIC = b"\x1f\x8b\x08"
WARC_LINE = re.compile(rb"\nWARC/1\.[01]\r?\n")  # a record's first line, after the end of a line
_READ_CHUNK = 1 << 16
_INFLATE_CHUNK = 1 << 20  # decompressed bytes made at a time: a small member cannot fill the memory


class CorruptData(Exception):
    """The compressed data cannot be read from ``offset`` (a member's start) on."""

    def __init__(self, offset: int, message: str) -> None:
        super().__init__(message)
        self.offset = offset


class WarcBytes:
    """The (decompressed) bytes of a WARC file from a point on, read forward. ``position`` counts the
    bytes read since that point; :meth:`offset_of` turns a position into a record offset.

    ``start``: the file offset to read from (for a compressed file, a member's start); ``skip``: bytes
    of its data to pass over first."""

    def __init__(self, stream: BinaryIO, compressed: bool, start: int, skip: int = 0) -> None:
        self._stream = stream
        self._compressed = compressed
        stream.seek(start)
        self._pending = b""  # compressed bytes read but not yet decompressed
        self._pending_at = start  # their offset in the file
        self._inflater: zlib._Decompress | None = None
        self._members: list[tuple[int, int]] = [] if compressed else [(0, start)]  # (position, file offset)
        self._buffer = bytearray()
        self._buffer_at = 0  # the position of the buffer's first byte
        self._made = 0  # positions made so far (the position after the buffer's last byte)
        self.skip(skip)

    @property
    def position(self) -> int:
        return self._buffer_at

    def offset_of(self, position: int) -> int:
        """The file offset of the record starting at ``position`` (one already read)."""
        member_position, member_offset = self.member_of(position)
        return member_offset + position - member_position

    def member_of(self, position: int) -> tuple[int, int]:
        """The position and file offset of the start of the member holding ``position``."""
        found = self._members[0]
        for member in self._members:
            if member[0] > position:
                break
            found = member
        return found

    def forget_before(self, position: int) -> None:
        """Drop what :meth:`member_of` knows of members that end before ``position``."""
        while len(self._members) > 1 and self._members[1][0] <= position:
            del self._members[0]

    def readline(self, limit: int) -> bytes:
        """The next line, ``\\n`` included; shorter than that at the end of the data or at ``limit`` bytes."""
        searched = 0
        while True:
            end = self._buffer.find(b"\n", searched, limit)
            if end >= 0:
                return self._take(end + 1)
            searched = len(self._buffer)
            if searched >= limit or not self._fill():
                return self._take(min(limit, len(self._buffer)))

    def read(self, size: int) -> bytes:
        """``size`` bytes, or fewer at the end of the data."""
        while len(self._buffer) < size and self._fill():
            pass
        return self._take(min(size, len(self._buffer)))

    def skip(self, size: int) -> bool:
        """Pass over ``size`` bytes; False when the data ends first."""
        while size > 0:
            if not self._buffer and not self._fill():
                return False
            size -= len(self._take(min(size, len(self._buffer))))
        return True

    def seek_pattern(self, pattern: re.Pattern[bytes], after: int = 1) -> bool:
        """Pass over the data up to the byte ``after`` the start of the next match of ``pattern``; False
        (all read) when there is none."""
        while True:
            found = pattern.search(self._buffer)
            if found is not None:
                self._take(found.start() + after)
                return True
            keep = 64  # (a match may start in this chunk and end in the next)
            if len(self._buffer) > keep:
                self._take(len(self._buffer) - keep)
            if not self._fill():
                return False

    def _take(self, size: int) -> bytes:
        taken = bytes(self._buffer[:size])
        del self._buffer[:size]
        self._buffer_at += size
        return taken

    def _fill(self) -> bool:
        """Read more into the buffer; False at the end of the data."""
        made = self._inflate() if self._compressed else self._stream.read(_READ_CHUNK)
        if not made:
            return False
        self._buffer += made
        self._made += len(made)
        return True

    def _inflate(self) -> bytes:
        while True:
            if not self._pending:
                self._pending = self._stream.read(_READ_CHUNK)
                if not self._pending:
                    if self._inflater is not None:
                        raise CorruptData(self._members[-1][1], "truncated record (the compressed data ends inside it)")
                    return b""
            if self._inflater is None:  # at the start of a member
                if len(self._pending) < len(GZIP_MAGIC):
                    self._pending += self._stream.read(_READ_CHUNK)
                if not self._pending.startswith(GZIP_MAGIC):
                    raise CorruptData(self._pending_at, "not gzip data")
                self._inflater = zlib.decompressobj(31)
                self._members.append((self._made, self._pending_at))
            fed = self._pending
            try:
                made = self._inflater.decompress(fed, _INFLATE_CHUNK)
            except zlib.error as error:
                raise CorruptData(self._members[-1][1], f"corrupt gzip data: {error}") from error
            self._pending = self._inflater.unused_data if self._inflater.eof else self._inflater.unconsumed_tail
            self._pending_at += len(fed) - len(self._pending)
            if self._inflater.eof:
                self._inflater = None
            if made:
                return made


def next_member(stream: BinaryIO, after: int) -> int | None:
    """The offset of the first gzip member at or after ``after`` whose data begins a WARC record (so
    that the magic bytes found inside compressed data are passed over), or None."""
    position = after
    while True:
        stream.seek(position)
        chunk = stream.read(_READ_CHUNK + 16)
        if len(chunk) < len(GZIP_MAGIC):
            return None
        found = chunk.find(GZIP_MAGIC)
        if found >= 0:
            if _begins_record(stream, position + found):
                return position + found
            position += found + 1
        else:
            position += len(chunk) - len(GZIP_MAGIC) + 1


def _begins_record(stream: BinaryIO, offset: int) -> bool:
    stream.seek(offset)
    inflater = zlib.decompressobj(31)
    made = b""
    try:
        while len(made) < 16 and not inflater.eof:
            chunk = inflater.unconsumed_tail or stream.read(4096)
            if not chunk:
                break
            made += inflater.decompress(chunk, 64)
    except zlib.error:
        return False
    return made.lstrip(b"\r\n").startswith(b"WARC/")
