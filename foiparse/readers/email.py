"""Email: .eml with the standard library (``email``, ``policy.default``); Outlook .msg with extract-msg.

From/To/Date/Subject go into ``Document.headers`` and are also printed at the top of the text, Outlook
style ("From: ...\\nSent: ...\\nTo: ...\\nSubject: ...\\n\\n"), so the header extractors see them as they see a
pasted email. The body is the text/plain part, else the HTML part read by the HTML reader. Attachments (the
first ``Limits.max_attachments``) are kept as (file name, bytes) in ``Document.attachments``, in message order;
:func:`foiparse.pipeline.parse_document` parses each into a record of its own, linked to this one.
"""

from __future__ import annotations

import binascii
import datetime as dt
import quopri
from email import message_from_bytes, policy
from email.message import EmailMessage, Message
from email.utils import parsedate_to_datetime
from typing import Any

from ..document import Document, StyleRun
from ..errors import CorruptDocument, EmptyDocument, FoiParseError, UnsupportedFormat
from ..limits import DEFAULT_LIMITS, NO_DEADLINE, Deadline, Limits, check_depth
from ..models import ParseWarning, Source
from .html import html_to_text
from .text import decode_text


def _format_date(value: str) -> str:
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return value
    return _format_datetime(when)


def _format_datetime(when: dt.datetime) -> str:
    return f"{when.day} {when:%B %Y %H:%M}"


def _header_safe(get: Any) -> str | None:
    """A header-derived value, or None when the header is too broken for the email package to decode."""
    try:
        value = get()
    except (ValueError, IndexError, TypeError, LookupError, AttributeError):
        return None
    return str(value) if value is not None else None


def _part_text(part: Message) -> str:
    try:
        content = part.get_content() if isinstance(part, EmailMessage) else part.get_payload(decode=True)
    except (LookupError, UnicodeError, ValueError, AssertionError, KeyError):
        content = None
    if isinstance(content, str):
        return content
    payload = part.get_payload(decode=True)
    if isinstance(payload, bytes):
        return decode_text(payload)[0]
    return content.decode("utf-8", "replace") if isinstance(content, bytes) else ""


def _compose(
    source: Source,
    headers: dict[str, str],
    sent: str,
    body: str,
    body_styles: list[StyleRun],
    warnings: list[ParseWarning],
    attachments: list[tuple[str, bytes]] | None = None,
) -> Document:
    lines = []
    for label, key in (("From", "From"), ("Sent", "Date"), ("To", "To"), ("Cc", "Cc"), ("Subject", "Subject")):
        value = sent if key == "Date" else headers.get(key, "")
        value = " ".join(value.split())
        if value:
            lines.append(f"{label}: {value}")
    top = "\n".join(lines) + "\n\n" if lines else ""
    shift = len(top)
    styles = [StyleRun(r.start + shift, r.end + shift, r.bold, r.italic) for r in body_styles]
    text = top + body.replace("\r\n", "\n")
    if not body.strip():
        warnings.append(ParseWarning(code="email_no_body", message="the email has no text body"))
    return Document(
        text=text, source=source, styles=styles, headers=headers, warnings=warnings, attachments=attachments or []
    )


def _mime_depth(message: Message, limit: int) -> int:
    """How deeply the message's parts nest (multiparts and attached messages), counting no further than ``limit``."""
    deepest = 0
    stack: list[tuple[Message, int]] = [(message, 0)]
    while stack:
        part, depth = stack.pop()
        deepest = max(deepest, depth)
        if depth > limit:
            break
        payload = part.get_payload() if part.is_multipart() else None
        if isinstance(payload, list):
            stack.extend((sub, depth + 1) for sub in payload if isinstance(sub, Message))
    return deepest


def _too_deep(limits: Limits, name: str | None) -> None:
    check_depth("the email's parts (attached messages, multiparts)", limits.max_depth + 1, limits.max_depth,
                "max_depth", source=name)  # fmt: skip


def _header(message: Message, key: str) -> str | None:
    """A header's value, unfolded; the raw value when the email package cannot parse it (it raises
    AttributeError, IndexError... on some malformed address and parameter headers)."""
    try:
        value = message.get(key)
    except Exception:
        value = next((raw for k, raw in message.raw_items() if k.lower() == key.lower()), None)
    return None if value is None else " ".join(str(value).split())


def read_eml(
    data: bytes, source: Source, *, limits: Limits = DEFAULT_LIMITS, deadline: Deadline = NO_DEADLINE
) -> Document:
    name = source.path
    try:
        message = message_from_bytes(data, policy=policy.default)
    except RecursionError as exc:  # the standard library parses nested parts recursively
        _too_deep(limits, name)
        raise CorruptDocument("the email nests too deeply to parse", source=name) from exc
    except Exception as exc:  # the parser is lenient; anything raised here means a broken file
        raise CorruptDocument(f"the email cannot be parsed ({exc})", source=name) from exc
    if _mime_depth(message, limits.max_depth) > limits.max_depth:
        _too_deep(limits, name)
    deadline.check("parsing the email")
    headers: dict[str, str] = {}
    for key in ("From", "To", "Cc", "Date", "Subject"):
        value = _header(message, key)
        if value is not None:
            headers[key] = value
    if not headers and not message.is_multipart() and not message.get_payload():
        raise EmptyDocument("the email has neither headers nor a body", source=name)
    warnings: list[ParseWarning] = [
        ParseWarning(code=f"email_{d.__class__.__name__}", message=str(d) or d.__class__.__name__)
        for d in message.defects[:5]
    ]
    attachments: list[tuple[str, bytes]] = []
    try:
        body, styles = _structured_body(message, limits, deadline, warnings, attachments)
    except FoiParseError:
        raise
    except Exception as exc:  # the email package's structured headers fail in odd ways on malformed MIME
        warnings.append(
            ParseWarning(
                code="email_structure_unreadable",
                message=f"the email's MIME structure could not be read ({type(exc).__name__}); its first text "
                "part was read without it",
            )
        )
        body, styles = _plain_body(data, limits, deadline, warnings)
    sent = _format_date(headers["Date"]) if "Date" in headers else ""
    return _compose(source, headers, sent, body, styles, warnings, attachments)


def _attachment_bytes(part: Message) -> bytes:
    """An attachment's content: the decoded payload, or an attached message (message/rfc822) as bytes."""
    if part.is_multipart():
        payload = part.get_payload()
        inner = payload[0] if isinstance(payload, list) and payload else None
        encoding = str(part.get("content-transfer-encoding", "")).strip().lower()
        if isinstance(inner, Message) and encoding in {"base64", "quoted-printable"}:
            # Not allowed for message/rfc822 (RFC 2046), but Python's own email package writes it: the parser
            # took the encoded text for the message, so it is decoded here.
            encoded = inner.as_bytes(policy=policy.compat32)
            try:
                return binascii.a2b_base64(encoded) if encoding == "base64" else quopri.decodestring(encoded)
            except (binascii.Error, ValueError):
                return encoded
        if isinstance(inner, Message):
            try:
                return inner.as_bytes(policy=policy.default.clone(linesep="\r\n", max_line_length=0))
            except Exception:  # a header the generator cannot re-fold; the compat32 generator writes it raw
                return inner.as_bytes(policy=policy.compat32)
        return b""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _structured_body(
    message: Message,
    limits: Limits,
    deadline: Deadline,
    warnings: list[ParseWarning],
    attachments_out: list[tuple[str, bytes]],
) -> tuple[str, list[StyleRun]]:
    """The body (text/plain, else text/html) and the attachments' bytes, through policy.default."""
    body: str = ""
    styles: list[StyleRun] = []
    body_part: Message | None = None
    if isinstance(message, EmailMessage):
        try:
            body_part = message.get_body(preferencelist=("plain", "html"))
        except (KeyError, ValueError, AttributeError):
            body_part = None
    if body_part is None and not message.is_multipart():
        body_part = message
    if body_part is not None:
        content = _part_text(body_part)
        if body_part.get_content_subtype() == "html":
            body, styles = html_to_text(content, limits=limits, deadline=deadline, warnings=warnings)
        else:
            body = content
    if isinstance(message, EmailMessage):
        try:
            attachments = list(message.iter_attachments())
        except (KeyError, ValueError, AttributeError):
            attachments = []
        for n, part in enumerate(attachments[: limits.max_attachments], 1):
            deadline.check("reading the email's attachments")
            filename = _header_safe(part.get_filename)
            if not filename:
                filename = f"attachment-{n}.eml" if part.get_content_type() == "message/rfc822" else f"attachment-{n}"
            attachments_out.append((filename, _attachment_bytes(part)))
        if len(attachments) > limits.max_attachments:
            warnings.append(
                ParseWarning(
                    code="attachments_not_listed",
                    message=f"the email has {len(attachments):,} attachments; only the first "
                    f"{limits.max_attachments:,} are read (Limits(max_attachments=...))",
                )
            )
    return body, styles


def _plain_body(
    data: bytes, limits: Limits, deadline: Deadline, warnings: list[ParseWarning]
) -> tuple[str, list[StyleRun]]:
    """The first text/plain (else text/html) part, found with the compat32 policy (headers left unparsed)."""
    try:
        message = message_from_bytes(data, policy=policy.compat32)
        parts = [p for p in message.walk() if not p.is_multipart()][: limits.max_attachments + 1]
        for subtype in ("plain", "html"):
            for part in parts:
                if part.get_content_maintype() != "text" or part.get_content_subtype() != subtype:
                    continue
                payload = part.get_payload(decode=True)
                text = decode_text(payload)[0] if isinstance(payload, bytes) and payload else ""
                if subtype == "html":
                    return html_to_text(text, limits=limits, deadline=deadline, warnings=warnings)
                return text, []
    except FoiParseError:
        raise
    except Exception:
        pass
    return "", []


def read_msg(
    data: bytes, source: Source, *, limits: Limits = DEFAULT_LIMITS, deadline: Deadline = NO_DEADLINE
) -> Document:
    """Outlook .msg through extract-msg (the optional ``msg`` extra)."""
    name = source.path
    try:
        import extract_msg
    except ImportError as exc:
        raise UnsupportedFormat(
            "reading Outlook .msg files needs the extract-msg package",
            hint="pip install 'foiparse[msg]', or save the message as .eml and parse that",
            source=name,
        ) from exc
    try:
        msg: Any = extract_msg.openMsg(data)
    except Exception as exc:  # extract-msg raises many kinds of errors on damaged files
        raise CorruptDocument(
            f"the Outlook message cannot be read ({type(exc).__name__}: {exc})",
            hint="open it in Outlook and save it again, or save it as .eml",
            source=name,
        ) from exc
    try:
        headers = {
            key: str(value)
            for key, value in (("From", msg.sender), ("To", msg.to), ("Cc", msg.cc), ("Subject", msg.subject))
            if value
        }
        sent = ""
        when = msg.date
        if isinstance(when, dt.datetime):
            headers["Date"] = when.isoformat()
            sent = _format_datetime(when)
        body: str = msg.body or ""
        styles: list[StyleRun] = []
        if not body.strip() and msg.htmlBody:
            html = msg.htmlBody
            text = html.decode("utf-8", "replace") if isinstance(html, bytes) else str(html)
            body, styles = html_to_text(text, limits=limits, deadline=deadline)
        warnings: list[ParseWarning] = []
        attachments: list[tuple[str, bytes]] = []
        for n, a in enumerate(msg.attachments[: limits.max_attachments], 1):
            filename = str(getattr(a, "longFilename", None) or getattr(a, "name", None) or f"attachment-{n}")
            content = getattr(a, "data", None)
            if isinstance(content, bytes):
                attachments.append((filename, content))
            else:  # an embedded Outlook message or an OLE object: no file bytes to hand on
                warnings.append(
                    ParseWarning(
                        code="attachment_not_parsed",
                        message=f"attachment {filename!r} is an embedded object, not a file, and was not parsed",
                    )
                )
    except Exception as exc:
        raise CorruptDocument(f"the Outlook message is damaged ({type(exc).__name__}: {exc})", source=name) from exc
    finally:
        msg.close()
    return _compose(source, headers, sent, str(body), styles, warnings, attachments)
