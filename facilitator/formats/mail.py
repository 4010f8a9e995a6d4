"""Minutes by email: one message to everyone on the list, the PDF attached, a summary in the body.

SMTP settings live in a plain JSON file in the user's config folder; the password never does.
It comes from the system keyring (service "Facilitator SMTP", the SMTP user as the account), is
handed to the server once, and is kept out of messages, reports, errors and logs.
"""

from __future__ import annotations

import json
import smtplib
import ssl
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import date
from email.message import EmailMessage
from email.utils import format_datetime, formataddr, make_msgid, parseaddr
from pathlib import Path

from facilitator import timesource
from facilitator.formats.smtp_login import LoginMask, login
from facilitator.language import N_, _, ngettext
from facilitator.mailing.informed import informed_of
from facilitator.minutes import MinutesSnapshot, render_minutes, snapshot_meeting
from facilitator.minutes.names import minutes_file_name, minutes_subject, title_without_day
from facilitator.minutes.snapshot import ActionLine, DisputeLine
from facilitator.record.attendance import attendance_of
from facilitator.record.meetings import load_meeting
from facilitator.record.people import PersonView, get_person
from facilitator.safety.safe_write import write_atomically
from facilitator.storage.database import Database
from facilitator.vocabulary import ActionStatus, NoteKind

KEYRING_SERVICE = "Facilitator SMTP"
SETTINGS_FILE = "mail.json"
SECURITY_MODES = ("starttls", "ssl", "none")
TIMEOUT_SECONDS = 30.0

PasswordLookup = Callable[[str], "str | None"]
SmtpFactory = Callable[["MailSettings"], smtplib.SMTP]
DEFAULT_PORTS = {"starttls": 587, "ssl": 465, "none": 25}
DEFAULT_REMINDER_DAYS = 2
MAX_REMINDER_DAYS = 60


class MailError(Exception):
    """Sending failed as a whole (settings, connection, login); the message is one line."""


class DeliveryFailed(MailError):
    """The server could not be reached, or refused the login, sender or message: so every
    recipient failed for the same reason (unlike a mistake in the settings or the meeting)."""


@dataclass(frozen=True)
class MailSettings:
    host: str
    port: int = 587
    security: str = "starttls"
    user: str = ""
    sender: str = ""
    reminder_days: int = DEFAULT_REMINDER_DAYS
    """`facilitator remind` mails the items overdue and those due within this many days."""

    def __post_init__(self) -> None:
        if self.security not in SECURITY_MODES:
            raise MailError(
                _("security must be one of {modes}, not {security!r}").format(
                    modes=", ".join(SECURITY_MODES), security=self.security
                )
            )
        if not 0 < self.port < 65536:
            raise MailError(
                _("port must be between 1 and 65535, not {port}").format(port=self.port)
            )
        if not 0 <= self.reminder_days <= MAX_REMINDER_DAYS:
            raise MailError(
                _(
                    "reminder days must be between 0 and {max_reminder_days}, not {reminder_days}"
                ).format(max_reminder_days=MAX_REMINDER_DAYS, reminder_days=self.reminder_days)
            )

    @property
    def from_address(self) -> str:
        return self.sender or self.user


@dataclass(frozen=True)
class RecipientResult:
    address: str
    accepted: bool
    reason: str = ""


@dataclass(frozen=True)
class SendReport:
    results: tuple[RecipientResult, ...]

    @property
    def accepted(self) -> tuple[str, ...]:
        return tuple(r.address for r in self.results if r.accepted)

    @property
    def refused(self) -> tuple[RecipientResult, ...]:
        return tuple(r for r in self.results if not r.accepted)

    @property
    def all_accepted(self) -> bool:
        return all(r.accepted for r in self.results)


# --- settings ---------------------------------------------------------------------------------


def settings_path() -> Path:
    from platformdirs import user_config_path

    return user_config_path("Facilitator", appauthor=False) / SETTINGS_FILE


def load_settings(path: Path | None = None) -> MailSettings | None:
    """The saved settings, or None when none were saved yet."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as error:
        raise MailError(
            _("{path}: cannot be read ({error})").format(path=path, error=error)
        ) from error
    if not isinstance(raw, dict) or not isinstance(raw.get("host"), str):
        raise MailError(
            _("{path}: not a mail settings file (needs at least a host)").format(path=path)
        )
    try:
        return MailSettings(
            host=raw["host"],
            port=int(raw.get("port", 587)),
            security=str(raw.get("security", "starttls")),
            user=str(raw.get("user", "")),
            sender=str(raw.get("sender", "")),
            reminder_days=int(raw.get("reminder_days", DEFAULT_REMINDER_DAYS)),
        )
    except (TypeError, ValueError) as error:
        raise MailError(f"{path}: {error}") from error


def save_settings(settings: MailSettings, path: Path | None = None) -> Path:
    """Write the settings (never a password) as JSON; returns where."""
    path = path or settings_path()
    data = json.dumps(asdict(settings), indent=2) + "\n"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise MailError(
            _("{parent}: cannot be created ({reason})").format(
                parent=path.parent, reason=error.strerror or error
            )
        ) from error
    write_atomically(path, data.encode("utf-8"))
    return path


def keyring_password(user: str) -> str | None:
    """The SMTP password from the system keyring, or None when there is none (or no keyring)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, user)
    except KeyringError as error:
        raise MailError(
            _("the system keyring could not be read ({kind})").format(kind=type(error).__name__)
        ) from error


def forget_password(user: str) -> None:
    """Remove the SMTP password from the system keyring; nothing stored is not an error."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(KEYRING_SERVICE, user)
    except PasswordDeleteError:
        return
    except KeyringError as error:
        raise MailError(
            _("the system keyring could not forget the password ({kind})").format(
                kind=type(error).__name__
            )
        ) from error


def store_password(user: str, password: str) -> None:
    """Put the SMTP password in the system keyring (for the settings dialog)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, user, password)
    except KeyringError as error:
        raise MailError(
            _("the system keyring refused the password ({kind})").format(kind=type(error).__name__)
        ) from error


# --- the message --------------------------------------------------------------------------------


def subject_of(snapshot: MinutesSnapshot) -> str:
    return minutes_subject(snapshot.title, snapshot.meeting_date)


def attachment_name(snapshot: MinutesSnapshot) -> str:
    return minutes_file_name(snapshot.title, snapshot.meeting_date)


def eml_file_name(snapshot: MinutesSnapshot) -> str:
    """The name offered for the .eml: the attachment's, so the two sort side by side."""
    return minutes_file_name(snapshot.title, snapshot.meeting_date, suffix=".eml")


def _dispute_line(dispute: DisputeLine) -> str:
    words = _DISPUTE_LINES[(bool(dispute.raised_by), dispute.raised_on is not None)]
    line = _(words).format(
        title=_one_line(dispute.title, None),
        status=dispute.status_after.label,
        category=dispute.category.label,
        person=_one_line(dispute.raised_by, None) if dispute.raised_by else "",
        team=dispute.raised_by_team.label,
        day=dispute.raised_on.isoformat() if dispute.raised_on else "",
    )
    if dispute.days_open is not None:
        line += _("; open {days}").format(days=_days(dispute.days_open))
    return f"- {line}"


_DISPUTE_LINES = {
    (True, True): N_("{title} — {status}; {category}; raised by {person}, {team}, on {day}"),
    (True, False): N_("{title} — {status}; {category}; raised by {person}, {team}"),
    (False, True): N_("{title} — {status}; {category}; raised by {team} on {day}"),
    (False, False): N_("{title} — {status}; {category}; raised by {team}"),
}
"""A dispute's line in the mail, by whether it names who raised it and when."""


def _days(count: int) -> str:
    return ngettext("{count} day", "{count} days", count).format(count=count)


def _action_line(action: ActionLine) -> str:
    owner = _one_line(action.owner, None) if action.owner else _("nobody yet")
    words = _ACTION_LINES[(action.due is not None, bool(action.overdue))]
    line = _(words).format(
        text=_one_line(action.text, None),
        owner=owner,
        day=action.due.isoformat() if action.due else "",
    )
    return f"- {line}"


_ACTION_LINES = {
    (True, False): N_("{text} (owner: {owner}; due {day})"),
    (True, True): N_("{text} (owner: {owner}; due {day}, OVERDUE)"),
    (False, False): N_("{text} (owner: {owner}; no due date)"),
    (False, True): N_("{text} (owner: {owner}; no due date, OVERDUE)"),
}
"""An open action item's line in the mail, by whether it has a due date and is overdue."""


def summary_text(snapshot: MinutesSnapshot) -> str:
    """The plain-text body: decisions, the disputes open at the meeting's end, then the open
    action items by owner (made here, carried over, and overdue from other meetings).

    Every action item's line carries its owner, due date and OVERDUE, so a line quoted alone
    in a reply still says who and by when.
    """
    title = title_without_day(snapshot.title, snapshot.meeting_date)
    day = snapshot.meeting_date.isoformat()
    lines = [_("Minutes of {title}, {day}.").format(title=title, day=day), ""]
    if snapshot.distribution:
        informed = ", ".join(snapshot.distribution)
        lines += [_("Distribution (informed): {names}").format(names=informed), ""]
    decisions = snapshot.notes_of(NoteKind.DECISION)
    lines.append(_("Decisions:"))
    lines.extend(f"- {_one_line(note.text, None)}" for note in decisions)
    if not decisions:
        lines.append(_("- none recorded"))
    lines.append("")
    disputes = snapshot.open_disputes
    lines.append(_("Open disputes:"))
    lines.extend(_dispute_line(dispute) for dispute in disputes)
    if not disputes:
        lines.append(_("- none"))
    lines.append("")
    actions = [
        action
        for action in (
            *snapshot.actions_new,
            *snapshot.actions_carried,
            *snapshot.actions_overdue_elsewhere,
        )
        if action.status is ActionStatus.OPEN
    ]
    actions.sort(key=lambda a: (a.owner is None, (a.owner or "").casefold(), a.due or date.max))
    lines.append(_("Action items:"))
    lines.extend(_action_line(action) for action in actions)
    if not actions:
        lines.append(_("- none open"))
    lines.extend(["", _("The full minutes are attached as a PDF.")])
    return "\n".join(lines) + "\n"


def _moderator(db: Database, meeting_id: int) -> PersonView | None:
    moderator_id = load_meeting(db, meeting_id).moderator_id
    return get_person(db, moderator_id) if moderator_id is not None else None


def moderator_address(db: Database, meeting_id: int) -> str:
    """'Name <address>' of the meeting's moderator, or "" when there is none or no address."""
    moderator = _moderator(db, meeting_id)
    if moderator is None or not moderator.email:
        return ""
    return formataddr((moderator.name, moderator.email))


@dataclass(frozen=True)
class Recipient:
    """Someone the minutes go to: on the meeting's list, or its moderator."""

    name: str
    email: str | None
    attendance: str
    """Their mark on the list ("Present", …), or "Moderator" for a moderator not on it."""


def minutes_recipients(db: Database, meeting_id: int) -> list[Recipient]:
    """Everyone on the meeting's list (present or absent), then its moderator when they are
    not on it and have an address: they keep the record, so they get the minutes too; then
    the meeting's and its series' informed ("Informed"), each address once."""
    recipients = [
        Recipient(view.name, view.email, view.status.label)
        for view in attendance_of(db, meeting_id)
    ]
    moderator = _moderator(db, meeting_id)
    listed = {recipient.email.casefold() for recipient in recipients if recipient.email}
    if moderator is not None and moderator.email and moderator.email.casefold() not in listed:
        recipients.append(Recipient(moderator.name, moderator.email, "Moderator"))
        listed.add(moderator.email.casefold())
    for informed in informed_of(db, meeting_id):
        if informed.email and informed.email.casefold() not in listed:
            recipients.append(Recipient(informed.name, informed.email, "Informed"))
            listed.add(informed.email.casefold())
    return recipients


def recipient_addresses(db: Database, meeting_id: int) -> list[str]:
    """The addresses the minutes are sent to, each once (however it is capitalised)."""
    addresses: dict[str, str] = {}
    for recipient in minutes_recipients(db, meeting_id):
        if recipient.email:
            addresses.setdefault(recipient.email.casefold(), recipient.email)
    return list(addresses.values())


def build_message(
    db: Database,
    meeting_id: int,
    sender: str,
    *,
    recipients: Iterable[str] | None = None,
    today: date | None = None,
    draft: bool = False,
) -> EmailMessage:
    """The minutes message: to everyone on the meeting's list (present or absent) with an email,
    and to its moderator (see minutes_recipients).

    A draft is marked X-Unsent so a mail program opens it ready to edit and send, and has no
    Message-ID: the program gives it one when it sends, so a draft sent twice is two messages.
    """
    snapshot = snapshot_meeting(db, meeting_id, today=today)
    to = list(recipients) if recipients is not None else recipient_addresses(db, meeting_id)
    message = EmailMessage()
    if sender:
        message["From"] = sender
    if to:
        message["To"] = ", ".join(to)
    message["Subject"] = subject_of(snapshot)
    message["Date"] = format_datetime(timesource.now().astimezone())
    if draft:
        message["X-Unsent"] = "1"
    else:
        message["Message-ID"] = make_msgid(domain=parseaddr(sender)[1].rpartition("@")[2] or None)
    message.set_content(summary_text(snapshot))
    message.add_attachment(
        render_minutes(snapshot),
        maintype="application",
        subtype="pdf",
        filename=attachment_name(snapshot),
    )
    return message


def write_eml(db: Database, meeting_id: int, path: Path, sender: str = "") -> Path:
    """Save the message as a draft .eml for the user's own mail program.

    Without a sender (no mail settings), it is from the meeting's moderator.
    """
    sender = sender or moderator_address(db, meeting_id)
    message = build_message(db, meeting_id, sender, draft=True)
    write_atomically(Path(path), message.as_bytes())
    return Path(path)


# --- sending --------------------------------------------------------------------------------------


def _connect(settings: MailSettings, tls: ssl.SSLContext | None = None) -> smtplib.SMTP:
    """Connect, with TLS from the start (ssl) or after STARTTLS; the certificate is always checked.

    tls replaces the default context only so tests can trust their own certificate authority.
    """
    context = tls or ssl.create_default_context()
    if settings.security == "ssl":
        return smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=TIMEOUT_SECONDS, context=context
        )
    smtp = smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT_SECONDS)
    if settings.security == "starttls":
        try:
            smtp.starttls(context=context)
        except (OSError, smtplib.SMTPException):
            smtp.close()
            raise
    return smtp


def _open_session(
    settings: MailSettings,
    password: str | None,
    smtp_factory: SmtpFactory | None,
    tls: ssl.SSLContext | None,
) -> smtplib.SMTP:
    """A connected, logged-in SMTP session, or DeliveryFailed saying which step failed.

    The login is sent as UTF-8, so a password beyond ASCII works where the server takes it.
    """
    where = f"{settings.host}:{settings.port}"
    mask = LoginMask(settings.user, password)
    try:
        smtp = smtp_factory(settings) if smtp_factory else _connect(settings, tls)
    except smtplib.SMTPNotSupportedError:
        raise DeliveryFailed(
            _(
                "the mail server {where} does not offer STARTTLS: choose SSL or ask the provider"
            ).format(where=where)
        ) from None
    except ssl.SSLCertVerificationError as error:
        raise DeliveryFailed(
            _("the mail server {where} did not prove who it is ({detail})").format(
                where=where, detail=_one_line(error.verify_message or str(error), mask)
            )
        ) from None
    except (OSError, smtplib.SMTPException) as error:
        raise DeliveryFailed(
            _("cannot reach the mail server {where}: {detail}").format(
                where=where, detail=_one_line(str(error), mask)
            )
        ) from None
    if not settings.user:
        return smtp
    try:
        login(smtp, settings.user, password or "")
    except smtplib.SMTPAuthenticationError as error:
        _close(smtp)
        reason = _one_line(_reason(error.smtp_code, error.smtp_error), mask)
        raise DeliveryFailed(
            _("the mail server {where} refused the login for {user!r}: {reason}{hint}").format(
                where=where,
                user=settings.user,
                reason=reason,
                hint=_beyond_ascii(settings.user, password),
            )
        ) from None
    except smtplib.SMTPNotSupportedError:
        _close(smtp)
        raise DeliveryFailed(
            _(
                "the mail server {where} offers no login (AUTH) on this connection: try "
                "STARTTLS or SSL, or leave the user empty"
            ).format(where=where)
        ) from None
    except (OSError, smtplib.SMTPException) as error:
        _close(smtp)
        reason = _one_line(str(error) or type(error).__name__, mask)
        raise DeliveryFailed(
            _("logging in to {where} failed: {reason}").format(where=where, reason=reason)
        ) from None
    return smtp


def _close(smtp: smtplib.SMTP) -> None:
    try:
        smtp.quit()
    except (OSError, smtplib.SMTPException):
        smtp.close()


def check_connection(
    settings: MailSettings,
    password: str | None,
    *,
    tls: ssl.SSLContext | None = None,
) -> str:
    """Connect, secure and log in as set, and return the server's greeting (for the settings
    dialog's check); DeliveryFailed says which step failed. Nothing is sent."""
    mask = LoginMask(settings.user, password)
    smtp = _open_session(settings, password, None, tls)
    try:
        smtp.ehlo_or_helo_if_needed()
        code, answer = smtp.noop()
        hello = smtp.ehlo_resp or smtp.helo_resp or b""
    finally:
        _close(smtp)
    lines = hello.decode("utf-8", "replace").splitlines()
    server = _one_line(lines[0] if lines else _reason(code, answer), mask)
    address = f"{settings.host}:{settings.port}"
    if settings.user:
        said = {
            "starttls": N_("Connected to {address} over STARTTLS, logged in as {user}."),
            "ssl": N_("Connected to {address} over SSL, logged in as {user}."),
            "none": N_("Connected to {address} without encryption, logged in as {user}."),
        }
    else:
        said = {
            "starttls": N_("Connected to {address} over STARTTLS."),
            "ssl": N_("Connected to {address} over SSL."),
            "none": N_("Connected to {address} without encryption."),
        }
    connected = _(said[settings.security]).format(address=address, user=settings.user)
    return connected + " " + _("The server says: {server}").format(server=server)


def _reason(code: int, text: bytes | str) -> str:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    text = " ".join(text.split())
    return f"{code} {text}".strip()


def _one_line(text: str, mask: LoginMask | None) -> str:
    """Text on one line, with any echo of the login (user, password, AUTH blob) hidden."""
    text = " ".join(str(text).split())
    return mask.hide(text) if mask else text


def _beyond_ascii(user: str, password: str | None) -> str:
    """A hint for a refused login whose user or password is not plain ASCII."""
    if user.isascii() and (password or "").isascii():
        return ""
    return (
        " (the user and password were sent as UTF-8; a server that takes only ASCII "
        "refuses them: ask its provider, or choose an ASCII password)"
    )


def send_message(
    settings: MailSettings,
    message: EmailMessage,
    recipients: Iterable[str],
    *,
    password_lookup: PasswordLookup = keyring_password,
    smtp_factory: SmtpFactory | None = None,
    tls: ssl.SSLContext | None = None,
) -> SendReport:
    """Send one message to these addresses; per-recipient results in the report.

    Raises MailError (one line) when nothing could be sent: no recipients, no sender, no password,
    the host unreachable, TLS or login failing, the sender or the message refused (those last
    ones as DeliveryFailed). A recipient appears as accepted only when the server took the
    message for it.
    """
    sender = settings.from_address
    if not sender:
        raise MailError(_("no sender address: set a sender or a user in the mail settings"))
    recipients = list(recipients)
    if not recipients:
        raise MailError(_("no recipients with an email address"))
    password = password_lookup(settings.user) if settings.user else None
    if settings.user and not password:
        raise MailError(
            _(
                "no password for SMTP user {user!r} in the system keyring (service "
                "{keyring_service!r})"
            ).format(user=settings.user, keyring_service=KEYRING_SERVICE)
        )
    where = f"{settings.host}:{settings.port}"
    mask = LoginMask(settings.user, password)
    smtp = _open_session(settings, password, smtp_factory, tls)
    try:
        try:
            refused = smtp.send_message(message, from_addr=sender, to_addrs=recipients)
        except smtplib.SMTPRecipientsRefused as error:
            refused = error.recipients
        except smtplib.SMTPSenderRefused as error:
            reason = _one_line(_reason(error.smtp_code, error.smtp_error), mask)
            raise DeliveryFailed(
                _("the mail server refused the sender {sender}: {reason}").format(
                    sender=sender, reason=reason
                )
            ) from None
        except smtplib.SMTPDataError as error:
            reason = _one_line(_reason(error.smtp_code, error.smtp_error), mask)
            raise DeliveryFailed(
                _("the mail server refused the message: {reason}").format(reason=reason)
            ) from None
    except MailError:
        raise
    except (OSError, smtplib.SMTPException) as error:
        reason = _one_line(str(error) or type(error).__name__, mask)
        raise DeliveryFailed(
            _("sending through {where} failed: {reason}").format(where=where, reason=reason)
        ) from None
    finally:
        _close(smtp)
    results = tuple(
        RecipientResult(address, False, _one_line(_reason(*refused[address]), mask))
        if address in refused
        else RecipientResult(address, True)
        for address in recipients
    )
    return SendReport(results)


def send_each(
    settings: MailSettings,
    message: EmailMessage,
    recipients: Iterable[str],
    *,
    password_lookup: PasswordLookup = keyring_password,
    smtp_factory: SmtpFactory | None = None,
    tls: ssl.SSLContext | None = None,
) -> SendReport:
    """Like send_message, but a delivery that failed as a whole (host, TLS, login, message)
    comes back as every recipient refused with that reason, so each one's outcome can be shown
    and logged. A mistake before any connection (no sender, no recipients, no password) raises.
    """
    recipients = list(recipients)
    try:
        return send_message(
            settings,
            message,
            recipients,
            password_lookup=password_lookup,
            smtp_factory=smtp_factory,
            tls=tls,
        )
    except DeliveryFailed as failure:
        reason = str(failure)
        return SendReport(tuple(RecipientResult(address, False, reason) for address in recipients))


def send_minutes(
    db: Database,
    meeting_id: int,
    settings: MailSettings,
    *,
    password_lookup: PasswordLookup = keyring_password,
    smtp_factory: SmtpFactory | None = None,
    today: date | None = None,
    tls: ssl.SSLContext | None = None,
) -> SendReport:
    """Send the minutes once to the list and the moderator (see send_message for what raises)."""
    sender = settings.from_address
    if not sender:
        raise MailError(_("no sender address: set a sender or a user in the mail settings"))
    recipients = recipient_addresses(db, meeting_id)
    if not recipients:
        raise MailError(_("no one on this meeting's list has an email address"))
    message = build_message(db, meeting_id, sender, recipients=recipients, today=today)
    return send_message(
        settings,
        message,
        recipients,
        password_lookup=password_lookup,
        smtp_factory=smtp_factory,
        tls=tls,
    )


def send_minutes_to_each(
    db: Database,
    meeting_id: int,
    settings: MailSettings,
    *,
    password_lookup: PasswordLookup = keyring_password,
    today: date | None = None,
    tls: ssl.SSLContext | None = None,
) -> SendReport:
    """Like send_minutes, but a delivery that failed as a whole (host, TLS, login, message)
    comes back as every recipient refused with that reason, so each one's outcome can be shown.

    A mistake before any connection (no sender, no recipients, no password) still raises.
    """
    try:
        return send_minutes(
            db, meeting_id, settings, password_lookup=password_lookup, today=today, tls=tls
        )
    except DeliveryFailed as failure:
        reason = str(failure)
        recipients = recipient_addresses(db, meeting_id)
        return SendReport(tuple(RecipientResult(address, False, reason) for address in recipients))
