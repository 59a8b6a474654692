"""Email attachments are parsed recursively into records linked to the parent record, in message order; an
attachment that fails becomes an ``Attachment`` with an error and never fails the parent."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP, default

import pytest
from conftest import FIXTURES

import foiparse
from foiparse.limits import Limits
from foiparse.models import FOIResponse
from foiparse.readers import EML, PDF, read_bytes

RAW = FIXTURES / "raw"
GOLD = FIXTURES / "gold"
FORMATS = FIXTURES / "formats"

BODY = (
    "Dear Mr Hollis\n\nOur ref: FOI-ATT-1\n\nPlease find our responses attached.\n\n"
    "Yours sincerely\n\nInformation Governance Team\n"
)


def _gold(name: str) -> dict[str, str]:
    data: dict[str, str] = json.loads((GOLD / f"{name}.json").read_text(encoding="utf-8"))
    return data


def _email(attachments: list[tuple[str, bytes, str]], *, subject: str = "Your FOI request FOI-ATT-1") -> bytes:
    """An .eml with ``BODY`` and ``attachments`` ((file name, bytes, "maintype/subtype"), in order)."""
    message = EmailMessage()
    message["From"] = "FOI Team <foi@example.gov.uk>"
    message["To"] = "Tom Hollis <tom.hollis@example.org>"
    message["Date"] = "Tue, 05 Dec 2023 10:41:00 +0000"
    message["Subject"] = subject
    message["Message-ID"] = "<attachments@foiparse.invalid>"
    message.set_content(BODY)
    for name, data, kind in attachments:
        maintype, subtype = kind.split("/")
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes(policy=SMTP)


def test_text_and_pdf_attachments_parse_into_linked_records() -> None:
    letter = (RAW / "hm-treasury-s21-s22.txt").read_bytes()
    pdf = (FORMATS / "nottinghamshire-cc-letter-foia.pdf").read_bytes()
    data = _email([("response.txt", letter, "text/plain"), ("Annex A.pdf", pdf, "application/pdf")])
    record = foiparse.parse(data)
    assert record.source.media_type == EML and record.response_date == dt.date(2023, 12, 5)
    assert [a.name for a in record.attachments] == ["response.txt", "Annex A.pdf"]  # message order
    text, annex = record.attachments
    assert (text.media_type, text.size, text.sha256) == ("text/plain", len(letter), hashlib.sha256(letter).hexdigest())
    assert annex.media_type == PDF and annex.size == len(pdf)
    for attachment, gold_name in ((text, "hm-treasury-s21-s22"), (annex, "nottinghamshire-cc-letter-foia")):
        gold = _gold(gold_name)
        assert attachment.error is None and attachment.record is not None
        assert attachment.record.reference == gold["reference"]
        assert attachment.record.response_date is not None
        assert attachment.record.response_date.isoformat() == gold["response_date"]
    assert annex.record is not None and annex.record.source.pages == 2
    assert annex.record.source.path == "Annex A.pdf"
    assert not [w for w in record.warnings if w.code == "attachment_not_parsed"]
    assert FOIResponse.model_validate_json(record.model_dump_json()) == record
    assert json.loads(record.model_dump_json())["attachments"][1]["record"]["reference"] == "7170_1314"


def test_attachment_paths_hang_off_the_parent_path() -> None:
    data = _email([("note.txt", (RAW / "hm-treasury-s21-s22.txt").read_bytes(), "text/plain")])
    record = foiparse.parse_document(read_bytes(data, name="inbox/reply.eml"))
    assert record.attachments[0].record is not None
    assert record.attachments[0].record.source.path == "inbox/reply.eml!/note.txt"


def test_a_corrupt_attachment_is_an_error_and_the_parent_still_parses() -> None:
    good = (RAW / "hm-treasury-s21-s22.txt").read_bytes()
    data = _email(
        [
            ("broken.pdf", b"%PDF-1.4\n% nothing else\n", "application/pdf"),
            ("empty.txt", b"", "text/plain"),
            ("good.txt", good, "text/plain"),
        ]
    )
    record = foiparse.parse(data)
    assert record.reference == "FOI-ATT-1"
    broken, empty, ok = record.attachments
    assert broken.record is None and broken.error is not None and broken.error.type == "CorruptDocument"
    assert broken.media_type == PDF and broken.size == 24
    assert empty.record is None and empty.error is not None and empty.error.type == "EmptyDocument"
    assert (
        ok.error is None and ok.record is not None and ok.record.reference == _gold("hm-treasury-s21-s22")["reference"]
    )
    notes = [w.message for w in record.warnings if w.code == "attachment_not_parsed"]
    assert len(notes) == 2 and "'broken.pdf'" in notes[0] and "CorruptDocument" in notes[0]


@pytest.mark.parametrize("as_object", [True, False], ids=["message-rfc822", "message-rfc822-base64"])
def test_an_attached_email_is_parsed_with_its_own_attachments(as_object: bool) -> None:
    pdf = (FORMATS / "nottinghamshire-cc-letter-foia.pdf").read_bytes()
    inner = _email([("letter.pdf", pdf, "application/pdf")], subject="Forwarded response")
    message = EmailMessage()
    message["From"] = "FOI Team <foi@example.gov.uk>"
    message["Subject"] = "FW: response"
    message["Date"] = "Wed, 06 Dec 2023 09:00:00 +0000"
    message.set_content(BODY)
    if as_object:  # a proper message/rfc822 part (7bit, the message inline)
        message.add_attachment(message_from_bytes(inner, policy=default))
    else:  # the email package base64-encodes bytes given as message/rfc822 (RFC 2046 does not allow it)
        message.add_attachment(inner, maintype="message", subtype="rfc822", filename="forwarded.eml")
    outer = message.as_bytes(policy=SMTP)
    record = foiparse.parse(outer)
    (forwarded,) = record.attachments
    assert forwarded.record is not None and forwarded.media_type == EML
    assert forwarded.record.response_date == dt.date(2023, 12, 5)
    (letter,) = forwarded.record.attachments
    assert letter.record is not None and letter.record.reference == "7170_1314"


def test_attachments_nested_past_max_depth_are_errors_on_the_deep_one() -> None:
    letter = (RAW / "hm-treasury-s21-s22.txt").read_bytes()
    octet = "application/octet-stream"  # attached as files, so each email's own MIME tree stays shallow
    email_3 = _email([("letter.txt", letter, "text/plain")])
    email_2 = _email([("level-3.eml", email_3, octet)])
    email_1 = _email([("level-2.eml", email_2, octet)])
    top = _email([("level-1.eml", email_1, octet)])  # the letter is 4 attachments deep

    deep = foiparse.parse(top, limits=Limits(max_depth=8))
    node = deep
    for _ in range(4):
        assert len(node.attachments) == 1 and node.attachments[0].record is not None
        node = node.attachments[0].record
    assert node.reference == _gold("hm-treasury-s21-s22")["reference"]

    shallow = foiparse.parse(top, limits=Limits(max_depth=2))
    level_1 = shallow.attachments[0].record
    assert level_1 is not None
    level_2 = level_1.attachments[0].record
    assert level_2 is not None
    (too_deep,) = level_2.attachments
    assert too_deep.name == "level-3.eml" and too_deep.record is None
    assert too_deep.error is not None and too_deep.error.type == "NestingTooDeep"
    assert "max_depth" in too_deep.error.message
    assert shallow.reference == "FOI-ATT-1"  # the parents are untouched


def test_plain_documents_have_no_attachments() -> None:
    record = foiparse.parse((RAW / "hm-treasury-s21-s22.txt").read_text(encoding="utf-8"))
    assert record.attachments == []
    assert json.loads(record.model_dump_json())["attachments"] == []
