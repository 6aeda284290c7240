"""A communiqué's text from what the secretary gives: pasted text, a UTF-8 ``.txt`` or a Word
``.docx`` (issue 14).

Whatever the source, the text that comes out is cleaned the way a meeting's ``source_text``
is stored (line ends made ``\\n``, control characters dropped, a BOM dropped), so that the
offsets the reader gives (``span``) point into the very text that is shown and saved.

A ``.docx`` is a zip of XML parts: its directory is checked before anything is unpacked (a
zip bomb is refused from a few KB), then python-docx reads it with entities off (lxml's
``resolve_entities=False``). Its paragraphs, and the paragraphs of its tables' cells, are
joined with ``\\n`` in the order of the document: a ``.docx`` made of the lines of a ``.txt``
gives the same text, hence the same draft. Every failure is a ``TrackerError`` with one
line to read; nothing is written anywhere.
"""

from __future__ import annotations

import io
import logging
import os
import stat
import unicodedata
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from tracker.domain.errors import InvalidInput
from tracker.domain.text import clean_text

MAX_TEXT = 2 * 1024 * 1024  # bytes of a .txt (a two-page communiqué is about 10 KB)
MAX_DOCX = 20 * 1024 * 1024  # bytes of a .docx on disk (pictures included)
MAX_UNPACKED = 100 * 1024 * 1024  # all its parts once unpacked
MAX_DOCUMENT = 30 * 1024 * 1024  # word/document.xml once unpacked
MAX_PARTS = 1000
MAX_RATIO = 100  # a part over 1 MB growing more than this is a zip bomb
RATIO_FROM = 1024 * 1024

_INVISIBLE = {"Cf", "Zs", "Zl", "Zp", "Cc"}
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # the old binary .doc


def _size(n: int) -> str:
    return f"{n / 1024 / 1024:.1f} MB"


def clean(text: str) -> str:
    """The text as the reader, the dialog and the stored meeting all see it."""
    text = text.removeprefix("\ufeff")
    return clean_text(text).strip()


def read_path(path: Path | str) -> str:
    """The text of the file ``path`` (``.docx`` by its content, else UTF-8 text)."""
    path = Path(path).expanduser()
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InvalidInput("drafts.missing", path=path) from None
    except (OSError, ValueError) as exc:
        raise InvalidInput(
            "drafts.unreadable", path=path, detail=getattr(exc, "strerror", None) or exc
        ) from None
    if not stat.S_ISREG(st.st_mode):  # a folder, a pipe, a device: never opened
        raise InvalidInput("drafts.not_a_file", path=path)
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
            fh.seek(0)
            limit = MAX_DOCX if head.startswith(ZIP_MAGIC) else MAX_TEXT
            data = fh.read(limit + 1)
    except OSError as exc:
        raise InvalidInput("drafts.unreadable", path=path, detail=exc.strerror or exc) from None
    return text_of(data, path)


def read_stream(stream: IO[bytes], name: str = "-") -> str:
    """The text of a stream (standard input): a ``.docx`` by its content, else UTF-8."""
    data = stream.read(MAX_DOCX + 1)
    return text_of(data, name)


def text_of(data: bytes, name: Path | str = "-") -> str:
    """The text of ``data`` read from ``name`` (only named in messages)."""
    if data.startswith(ZIP_MAGIC):
        if len(data) > MAX_DOCX:
            raise InvalidInput(
                "drafts.too_big", path=name, size=_size(len(data)), limit=_size(MAX_DOCX)
            )
        text = docx_text(data, name)
    elif data.startswith(OLE_MAGIC):
        raise InvalidInput("drafts.old_doc", path=name)
    elif str(name).lower().endswith(".docx"):
        raise InvalidInput("drafts.bad_docx", path=name)
    else:
        if len(data) > MAX_TEXT:
            raise InvalidInput(
                "drafts.too_big", path=name, size=_size(len(data)), limit=_size(MAX_TEXT)
            )
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InvalidInput("drafts.not_utf8", path=name) from None
    return require_text(text)


def require_text(text: str) -> str:
    """``text`` cleaned; refused when nothing is left to read or it is too long."""
    text = clean(text or "")
    if all(unicodedata.category(ch) in _INVISIBLE for ch in text):  # bidi marks, spaces
        raise InvalidInput("drafts.empty")
    if len(text) > MAX_TEXT:
        raise InvalidInput("drafts.too_big", path="-", size=_size(len(text)), limit=_size(MAX_TEXT))
    return text


# -- .docx -------------------------------------------------------------------------------------


def check_zip(data: bytes, name: Path | str) -> None:
    """Refuse a zip from its directory alone: unreadable, not a Word document, too many
    parts, too big once unpacked, or a part that grows like a bomb."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise InvalidInput("drafts.bad_docx", path=name) from None
    if len(infos) > MAX_PARTS:
        raise InvalidInput("drafts.bad_docx", path=name)
    names = {i.filename for i in infos}
    if "word/document.xml" not in names or "[Content_Types].xml" not in names:
        raise InvalidInput("drafts.bad_docx", path=name)
    total = sum(i.file_size for i in infos)
    document = next(i.file_size for i in infos if i.filename == "word/document.xml")
    if total > MAX_UNPACKED or document > MAX_DOCUMENT:
        limit = MAX_UNPACKED if total > MAX_UNPACKED else MAX_DOCUMENT
        size = total if total > MAX_UNPACKED else document
        raise InvalidInput("drafts.docx_too_big", path=name, size=_size(size), limit=_size(limit))
    for i in infos:
        if i.file_size > RATIO_FROM and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise InvalidInput(
                "drafts.docx_too_big", path=name, size=_size(i.file_size), limit=_size(total)
            )


def docx_text(data: bytes, name: Path | str = "-") -> str:
    """The paragraphs of a Word document (and of its tables' cells), one a line."""
    check_zip(data, name)
    try:
        import docx  # python-docx: loaded only for a .docx

        document = docx.Document(io.BytesIO(data))
        return "\n".join(_lines(document))
    except InvalidInput:
        raise
    except Exception as exc:  # python-docx and lxml raise many types for a malformed part
        logging.getLogger(__name__).info("unreadable docx %s: %s", name, exc)
        raise InvalidInput("drafts.bad_docx", path=name) from None


def _lines(container: Any) -> Iterator[str]:
    """Paragraph texts in document order; a table's cells row by row (a merged cell once)."""
    from docx.table import Table

    for block in container.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                seen: set[int] = set()
                for cell in row.cells:
                    if id(cell._tc) in seen:
                        continue
                    seen.add(id(cell._tc))
                    yield from _lines(cell)
        else:
            yield block.text
