"""Plain text and Markdown: decode bytes into text, saying which encoding was used and how sure we are."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes

from ..errors import CorruptDocument
from ..models import ParseWarning

_BOMS = [
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
_CONTROL = bytes(range(0, 9)) + bytes(range(14, 32))


def looks_binary(head: bytes) -> bool:
    """True for bytes that are not text in any 8-bit encoding (NULs, many control characters).

    UTF-16 without a BOM also has NULs, so it is checked first: every other byte NUL means UTF-16.
    """
    if not head:
        return False
    if _utf16_without_bom(head):
        return False
    controls = sum(head.count(bytes([c])) for c in _CONTROL)
    return b"\x00" in head or controls > len(head) * 0.05


def _utf16_without_bom(head: bytes) -> str | None:
    sample = head[:1024]
    if len(sample) < 4:
        return None
    even_nuls = sample[0::2].count(0) / max(1, len(sample[0::2]))
    odd_nuls = sample[1::2].count(0) / max(1, len(sample[1::2]))
    if odd_nuls > 0.6 and even_nuls < 0.1:
        return "utf-16-le"
    if even_nuls > 0.6 and odd_nuls < 0.1:
        return "utf-16-be"
    return None


def decode_text(data: bytes, *, source: str | None = None) -> tuple[str, str, list[ParseWarning]]:
    """Decode ``data``: a BOM decides; else strict UTF-8; else a charset detector (charset-normalizer)."""
    warnings: list[ParseWarning] = []
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding, warnings
            except UnicodeDecodeError as exc:
                raise CorruptDocument(
                    f"text starts with a {encoding} byte-order mark but is not {encoding}",
                    hint=str(exc),
                    source=source,
                ) from exc
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            pass
        else:
            warnings.append(ParseWarning(code="encoding_guessed", message=f"no byte-order mark; read as {utf16}"))
            return text, utf16, warnings
    try:
        return data.decode("utf-8"), "utf-8", warnings
    except UnicodeDecodeError:
        pass
    best = from_bytes(data, cp_isolation=None).best()
    if best is None or best.encoding is None:
        # Latin-1 maps every byte, so nothing is lost; say so rather than guess silently.
        warnings.append(ParseWarning(code="encoding_unknown", message="encoding not detected; read as latin-1"))
        return data.decode("latin-1"), "latin-1", warnings
    encoding = str(best.encoding)
    warnings.append(ParseWarning(code="encoding_detected", message=f"not UTF-8; detected {encoding}"))
    return str(best), encoding, warnings
