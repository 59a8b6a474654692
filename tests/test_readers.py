from __future__ import annotations

import codecs

import pytest

import foiparse
from foiparse.errors import DocumentTooLarge, EmptyDocument, FoiParseError, UnsupportedFormat
from foiparse.limits import Limits
from foiparse.readers import read_bytes, sniff_media_type

LETTER = "Our ref: FOI/2024/001\nDate: 3 March 2024\nDear Mr Jones\nThe council\u2019s answer is below.\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (LETTER.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + LETTER.encode("utf-8"), "utf-8-sig"),
        (LETTER.encode("utf-16"), "utf-16"),
        (LETTER.encode("utf-16-le"), "utf-16-le"),
        (LETTER.replace("\u2019", "'").encode("cp1252") + "\u00a3450 \u2013 fee".encode("cp1252"), None),
    ],
    ids=["utf-8", "utf-8 bom", "utf-16 bom", "utf-16 no bom", "windows-1252"],
)
def test_encodings_are_detected(data: bytes, encoding: str | None) -> None:
    document = read_bytes(data, name="letter.txt")
    assert "Dear Mr Jones" in document.text
    if encoding:
        assert document.source.encoding == encoding
    else:
        assert "\u00a3450" in document.text and document.warnings


@pytest.mark.parametrize(
    ("data", "media_type"),
    [
        (b"%PDF-1.7\n...", "application/pdf"),
        (b"PK\x03\x04rest", "application/zip"),
        (b"<!DOCTYPE html><html><body>x</body></html>", "text/html"),
        (b"\x00\x01\x02\x03\xff\xfe\x00garbage" * 20, "application/octet-stream"),
    ],
)
def test_formats_are_sniffed_from_content(data: bytes, media_type: str) -> None:
    assert sniff_media_type(data, "misleading.txt") == media_type


def test_unsupported_formats_fail_clearly() -> None:
    with pytest.raises(UnsupportedFormat, match=r"(?i)zip"):
        foiparse.parse(b"PK\x03\x04rest")


def test_binary_garbage_is_a_typed_error() -> None:
    with pytest.raises(FoiParseError):
        foiparse.parse(bytes(range(256)) * 40)


@pytest.mark.parametrize("text", ["", "   \n\t  \n"])
def test_empty_text_is_a_typed_error(text: str) -> None:
    with pytest.raises(EmptyDocument):
        foiparse.parse_text(text)


def test_fifty_megabytes_of_text_is_refused_quickly() -> None:
    big = ("Dear Sir or Madam, please find the information attached. " * 20 + "\n") * 44_000
    assert len(big) > 50_000_000
    with pytest.raises(DocumentTooLarge, match="raise the limit"):
        foiparse.parse_text(big)
    with pytest.raises(DocumentTooLarge):
        foiparse.parse(big.encode())


def test_limits_are_configurable() -> None:
    with pytest.raises(DocumentTooLarge):
        foiparse.parse_text(LETTER, limits=Limits(max_chars=10))


def test_welsh_text_gives_a_record_with_a_warning() -> None:
    welsh = (
        "Annwyl Mr Jones\nDiolch am eich cais o dan Ddeddf Rhyddid Gwybodaeth 2000. Mae'r Cyngor wedi ystyried "
        "eich cais ac yn gallu cadarnhau bod y wybodaeth gennym. Nid yw'r wybodaeth ar gael ar hyn o bryd, ond "
        "mae gennym gynllun i'w chyhoeddi. Os ydych yn anfodlon gyda hyn, gallwch ofyn am adolygiad mewnol. "
    ) * 6
    record = foiparse.parse_text(welsh)
    assert any(w.code == "language" for w in record.warnings)


def test_parse_accepts_path_bytes_and_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "letter.txt"
    path.write_text(LETTER, encoding="utf-8")
    from_path = foiparse.parse(path)
    from_str_path = foiparse.parse(str(path))
    from_bytes = foiparse.parse(LETTER.encode())
    from_text = foiparse.parse(LETTER)
    assert {r.reference for r in (from_path, from_str_path, from_bytes, from_text)} == {"FOI/2024/001"}
    assert from_path.source.kind == "file" and from_path.source.path == str(path)
    assert from_bytes.source.kind == "bytes"
    assert from_text.source.kind == "text"
