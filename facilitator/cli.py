"""The command line: opens the app, or runs one scripted task on a database and exits."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from facilitator import __version__, start_collector
from facilitator.language import set_language, system_language
from facilitator.paths import ENV_VARIABLE, database_location, resolve_database

if TYPE_CHECKING:
    from facilitator.formats.mail import MailSettings
    from facilitator.mailing.owner_mail import OwnerOutcome
    from facilitator.mailing.sent_log import SentView
    from facilitator.snapshot_cache.minutes_cache import MinutesCache
    from facilitator.storage.database import Database

EXIT_BAD_INPUT = 2
OUTPUT_PIECE = 65536


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad argument in one line, not a usage block."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: error: {message}\n")


class UserError(Exception):
    """A problem the user can fix; printed as one line, exit code 2."""


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _open(args: argparse.Namespace, *, create: bool = False):
    """The database --db names; only the commands that fill one (demo, import) make it, and
    they say what they made, so a mistyped folder does not go unnoticed. A team database's
    address is opened as it is: its server refuses in one line what it cannot serve.

    The command's imports are done by now: its work runs with the collector on."""
    from facilitator.storage.database import open_database

    start_collector.resume()
    path = resolve_database(args.db)
    if isinstance(path, str):
        return open_database(path, create=create)
    made = []
    if create and not path.parent.exists():
        made.append(f"the folder {path.parent}")
    if create and not path.exists():
        made.append(f"the database {path}")
    db = open_database(path, create=create)
    if made:
        print(f"created {' and '.join(made)}")
    return db


def _write_out(text: str) -> None:
    """Write text to stdout in pieces, so a reader that leaves early (`| head`) always ends
    the command as a broken pipe: CPython drops, without an error, the rest of one large
    write that the closing pipe cut short."""
    for start in range(0, len(text), OUTPUT_PIECE):
        sys.stdout.write(text[start : start + OUTPUT_PIECE])


def _check_output(path: Path | None) -> None:
    """Refuse an output path that cannot be a file before any work is done."""
    from facilitator.safety.safe_write import check_target

    if path is not None and str(path) != "-":
        check_target(path)


def _cmd_list(args: argparse.Namespace) -> int:
    from facilitator.record.meetings import list_meetings

    db = _open(args)
    try:
        meetings = list_meetings(db)
    finally:
        db.close()
    if args.json:
        rows = [
            {
                "id": m.id,
                "date": m.scheduled_at.astimezone().date().isoformat(),
                "scheduled_at": m.scheduled_at.isoformat(),
                "kind": m.kind.value,
                "status": m.status.value,
                "title": m.title,
            }
            for m in meetings
        ]
        import json  # only for --json, not on the app's start

        _write_out(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return 0
    for m in meetings:
        day = m.scheduled_at.astimezone().date().isoformat()
        print(f"{m.id}\t{day}\t{m.kind.value}\t{m.status.value}\t{_one_line(m.title)}")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from facilitator.record.demo import load_demo

    db = _open(args, create=True)
    try:
        summary = load_demo(db)
    finally:
        db.close()
    print(
        f"demo loaded into {db.location}: {summary.meetings} meetings, {summary.people} people, "
        f"{summary.notes} notes, {summary.disputes} disputes, {summary.action_items} action items"
    )
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from facilitator.formats.exchange import dumps, export_meeting
    from facilitator.safety.safe_write import write_atomically

    _check_output(args.output)
    db = _open(args)
    try:
        text = dumps(export_meeting(db, args.meeting_id))
    finally:
        db.close()
    if args.output is None or str(args.output) == "-":
        _write_out(text + "\n")
    else:
        write_atomically(args.output, (text + "\n").encode("utf-8"))
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from facilitator.formats.exchange import Outcome, import_document, read_document

    start_collector.resume()  # the file may hold 60,000 notes
    document = read_document(args.file)
    db = _open(args, create=True)
    try:
        imported = import_document(db, document, source=str(args.file), replace=args.replace)
    finally:
        db.close()
    said = {
        Outcome.ADDED: f"imported meeting {imported.meeting_id}",
        Outcome.REPLACED: f"replaced meeting {imported.meeting_id}",
        Outcome.ALREADY_PRESENT: (
            f"meeting {imported.meeting_id} is already in the database; nothing changed "
            "(--replace replaces it)"
        ),
    }
    print(said[imported.outcome])
    return 0


def _minutes_cache(args: argparse.Namespace) -> MinutesCache | None:
    """Where the minutes of a local file's meeting are cached; None for a version as sent, a
    team database, or a file that opening would refuse as not writable (its message is
    opening's)."""
    location = resolve_database(args.db)
    if args.version is not None or isinstance(location, str):
        return None
    if not (os.access(location, os.W_OK) and os.access(location.parent, os.W_OK)):
        return None
    from facilitator.snapshot_cache.minutes_cache import MinutesCache

    return MinutesCache(location, args.meeting_id)


def _cmd_minutes(args: argparse.Namespace) -> int:
    """A snapshot cached from an unchanged file is rendered without opening the database, so
    neither SQLAlchemy nor the models are imported; any other case reads it as usual."""
    _check_output(args.output)
    cache = _minutes_cache(args)
    snapshot = cache.cached() if cache is not None else None
    if snapshot is not None:
        from facilitator.minutes.pdf import render_minutes
        from facilitator.safety.safe_write import write_atomically

        start_collector.resume()
        write_atomically(args.output, render_minutes(snapshot))
        print(f"minutes written to {args.output}")
        return 0
    from facilitator.minutes import write_minutes

    db = _open(args)
    try:
        if args.version is not None:
            from facilitator.mailing.minutes_versions import write_version

            written = write_version(db, args.meeting_id, args.version, args.output)
            print(f"minutes version {args.version}, as sent, written to {written}")
            return 0
        if cache is None:
            written = write_minutes(db, args.meeting_id, args.output)
        else:
            written = write_minutes(
                db, args.meeting_id, args.output, today=cache.today, keep=cache.keep
            )
    finally:
        db.close()
    print(f"minutes written to {written}")
    return 0


def _cmd_search(args: argparse.Namespace) -> int:
    from facilitator.record.search import format_hit, search

    db = _open(args)
    try:
        hits = search(db, args.text, limit=None)
    finally:
        db.close()
    for hit in hits:
        print(format_hit(hit))
    return 0


def _sent_before(sent: SentView) -> str:
    """'on <YYYY-MM-DD> to <n> people', as the questions before sending again say it."""
    count = len(sent.accepted)
    people = "1 person" if count == 1 else f"{count} people"
    return f"on {sent.sent_at.astimezone():%Y-%m-%d} to {people}"


def _ask_before_again(told: str, action: str, again: bool) -> None:
    """A mail that already reached people goes again only when asked for: --again, or yes to
    the question on a terminal (no by default); a timer or a script without --again is refused
    in one line, as a mail sent can't be called back."""
    if again:
        return
    stdin = sys.stdin
    if stdin is not None and stdin.isatty():
        question = f"{told[:1].upper()}{told[1:]}. {action[:1].upper()}{action[1:]}? [y/N] "
        try:
            answer = input(question)
        except EOFError:
            answer = ""
        if answer.strip().casefold() in ("y", "yes"):
            return
        raise UserError("nothing sent")
    raise UserError(f"{told}: add --again to {action}")


def _follow_up(db: Database, meeting_id: int, settings: MailSettings) -> list[OwnerOutcome]:
    """Mail each owner their action items after the minutes went out (unless the series has
    it off), and keep each in the sent log."""
    from facilitator.mailing.follow_up import record_follow_ups, send_follow_ups

    outcomes = send_follow_ups(db, meeting_id, settings)
    record_follow_ups(db, meeting_id, outcomes)
    return outcomes


def _cmd_send(args: argparse.Namespace) -> int:
    from facilitator.formats.mail import load_settings, write_eml
    from facilitator.mailing.minutes_sending import send_versioned_minutes, sent_unchanged
    from facilitator.mailing.owner_mail import outcome_line

    _check_output(args.eml)
    settings = load_settings()
    db = _open(args)
    try:
        if args.eml is not None:
            written = write_eml(
                db, args.meeting_id, args.eml, settings.from_address if settings else ""
            )
            print(f"message written to {written}")
            return 0
        if settings is None:
            raise UserError("mail is not set up yet: set the SMTP server in the app's settings")
        earlier = sent_unchanged(db, args.meeting_id)
        if earlier is not None:
            _ask_before_again(
                f"the minutes were sent {_sent_before(earlier)} and nothing in them changed since",
                "send them again",
                args.again,
            )
        sent = send_versioned_minutes(db, args.meeting_id, settings)
        report = sent.report
        follow_ups = _follow_up(db, args.meeting_id, settings) if report.accepted else []
    finally:
        db.close()
    for result in report.results:
        outcome = "sent" if result.accepted else f"refused: {_one_line(result.reason)}"
        print(f"{result.address}\t{outcome}")
    if sent.version is not None:
        amended = " (amended)" if sent.version > 1 else ""
        print(f"minutes version {sent.version}{amended} sent")
    for follow_up in follow_ups:
        print(outcome_line(follow_up, "follow-up"))
    all_sent = report.all_accepted and all(f.result.accepted for f in follow_ups)
    return 0 if all_sent else EXIT_BAD_INPUT


def _cmd_remind(args: argparse.Namespace) -> int:
    from facilitator.formats.mail import load_settings
    from facilitator.mailing.owner_mail import outcome_line
    from facilitator.mailing.reminders import dry_run_lines, plan_reminders, send_reminders

    settings = load_settings()
    if settings is None:
        raise UserError("mail is not set up yet: set the SMTP server in the app's settings")
    db = _open(args)
    try:
        if args.dry_run:
            plan = plan_reminders(db, within_days=settings.reminder_days)
            lines = dry_run_lines(plan) or [
                f"no one to remind: no open action item is overdue or due within "
                f"{settings.reminder_days} days"
            ]
            _write_out("\n".join(lines) + "\n")
            return 0
        outcomes = send_reminders(db, settings)
    finally:
        db.close()
    for outcome in outcomes:
        print(outcome_line(outcome, "reminder"))
    return 0 if all(outcome.result.accepted for outcome in outcomes) else 1


def _cmd_agenda(args: argparse.Namespace) -> int:
    """The pre-read of a planned meeting: sent to its invitees, or saved as a draft or PDF."""
    from facilitator.formats.mail import load_settings
    from facilitator.mailing.pre_read import NotPlanned
    from facilitator.mailing.pre_read_mail import (
        agenda_sent,
        send_pre_read,
        write_pre_read_eml,
        write_pre_read_pdf,
    )

    if not (args.send or args.eml or args.pdf):
        raise UserError("say what to do with the agenda: --send, --eml FILE or --pdf FILE")
    _check_output(args.eml)
    _check_output(args.pdf)
    settings = load_settings()
    if args.send and settings is None:
        raise UserError("mail is not set up yet: set the SMTP server in the app's settings")
    db = _open(args)
    try:
        if args.pdf is not None:
            print(f"agenda written to {write_pre_read_pdf(db, args.meeting_id, args.pdf)}")
        if args.eml is not None:
            sender = settings.from_address if settings else ""
            written = write_pre_read_eml(db, args.meeting_id, args.eml, sender)
            print(f"message written to {written}")
        report = None
        if args.send and settings:
            earlier = agenda_sent(db, args.meeting_id)
            if earlier is not None:
                _ask_before_again(
                    f"the agenda was sent {_sent_before(earlier)}", "send it again", args.again
                )
            report = send_pre_read(db, args.meeting_id, settings)
    except NotPlanned as error:
        raise UserError(str(error)) from None
    finally:
        db.close()
    if report is None:
        return 0
    for result in report.results:
        outcome = "sent" if result.accepted else f"refused: {_one_line(result.reason)}"
        print(f"{result.address}\t{outcome}")
    return 0 if report.all_accepted else 1


def _cmd_copy(args: argparse.Namespace) -> int:
    from facilitator.team.history_move import move_history, report_lines

    start_collector.resume()
    moved = move_history(resolve_database(args.db), args.to)
    _write_out("\n".join(report_lines(moved)) + "\n")
    return 0 if moved.report.committed else 1


def _cmd_agreements(args: argparse.Namespace) -> int:
    from facilitator.agreements.register import list_agreements

    db = _open(args)
    try:
        agreements = list_agreements(db)
    finally:
        db.close()
    if not agreements:
        print("no agreements yet: Metrics > Agreements... in the app gives the standard ones")
    blocks = []
    for agreement in agreements:
        version = agreement.current
        lines = [
            f"{_one_line(agreement.name)} \N{EM DASH} version {version.number}, "
            f"in force from {version.effective_from.isoformat()}",
            *(f"    {line}" for line in version.text.splitlines()),
        ]
        if version.meeting_title and version.meeting_on:
            agreed = f"{_one_line(version.meeting_title)}, {version.meeting_on.isoformat()}"
            lines.append(f"    (agreed at {agreed})")
        if version.led_by:
            lines.append(f"    ({version.led_by})")
        blocks.append("\n".join(lines) + "\n")
    _write_out("\n".join(blocks))
    return 0


def _cmd_gui(args: argparse.Namespace) -> int:
    from facilitator.ui.app import run

    is_default = args.db is None and not os.environ.get(ENV_VARIABLE)
    return run(resolve_database(args.db), is_default=is_default)


def _meeting_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a meeting id is a whole number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"a meeting id is a positive number, not {value}")
    return value


def _version_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"a version of the minutes is a whole number, not {text!r}"
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"versions of the minutes count from 1, not {value}")
    return value


def _app_parser() -> _Parser:
    """The options of the app's own start, without the commands."""
    parser = _Parser(prog="facilitator", description="Run smarketing meetings on time.")
    parser.add_argument("--version", action="version", version=f"facilitator {__version__}")
    parser.add_argument(
        "--db",
        type=database_location,
        help="database file or team database (postgresql://user@host/dbname; default: "
        f"${ENV_VARIABLE} or the user data folder)",
    )
    parser.set_defaults(handler=_cmd_gui)
    return parser


def _opens_the_app(argv: Sequence[str]) -> bool:
    """Whether argv is a plain start of the app: nothing, or --db and its value. Those parse
    alike without the commands, whose parsers then need not be built before the first paint;
    anything else (a command, help, a mistake) goes to the whole parser."""
    if len(argv) == 2:
        return argv[0] == "--db" and not argv[1].startswith("-")
    return not argv or (len(argv) == 1 and argv[0].startswith("--db="))


def build_parser() -> argparse.ArgumentParser:
    parser = _app_parser()
    common = _Parser(add_help=False)
    common.add_argument(
        "--db",
        type=database_location,
        default=argparse.SUPPRESS,
        help="database file or postgresql://user@host/dbname",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    demo = commands.add_parser(
        "demo", parents=[common], help="fill an empty database with a realistic history to explore"
    )
    demo.set_defaults(handler=_cmd_demo)

    listing = commands.add_parser("list", parents=[common], help="meetings, one a line")
    listing.add_argument("--json", action="store_true", help="a JSON array instead of lines")
    listing.set_defaults(handler=_cmd_list)

    export = commands.add_parser("export", parents=[common], help="a meeting as JSON")
    export.add_argument("meeting_id", metavar="ID", type=_meeting_id)
    export.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
    export.set_defaults(handler=_cmd_export)

    importing = commands.add_parser("import", parents=[common], help="read an exported meeting")
    importing.add_argument("file", metavar="FILE", type=Path)
    importing.add_argument(
        "--replace",
        action="store_true",
        help="replace the meeting when the database already holds it (same uuid)",
    )
    importing.set_defaults(handler=_cmd_import)

    minutes = commands.add_parser("minutes", parents=[common], help="write a meeting's PDF minutes")
    minutes.add_argument("meeting_id", metavar="ID", type=_meeting_id)
    minutes.add_argument("-o", "--output", type=Path, required=True, help="PDF file to write")
    minutes.add_argument(
        "--version",
        metavar="N",
        type=_version_number,
        help="write version N of the minutes exactly as it was sent (1 the first sending)",
    )
    minutes.set_defaults(handler=_cmd_minutes)

    searching = commands.add_parser(
        "search", parents=[common], help="notes, decisions, disputes and action items that match"
    )
    searching.add_argument("text", metavar="TEXT")
    searching.set_defaults(handler=_cmd_search)

    send = commands.add_parser("send", parents=[common], help="email the minutes to the attendees")
    send.add_argument("meeting_id", metavar="ID", type=_meeting_id)
    send.add_argument("--eml", type=Path, help="write the message to this .eml file instead")
    send.add_argument(
        "--again",
        action="store_true",
        help="send minutes that already reached people and did not change since, without asking",
    )
    send.set_defaults(handler=_cmd_send)

    remind = commands.add_parser(
        "remind",
        parents=[common],
        help="mail each owner their overdue action items and those due soon (once a day)",
    )
    remind.add_argument(
        "--dry-run", action="store_true", help="print who would get what; send nothing"
    )
    remind.set_defaults(handler=_cmd_remind)

    agenda = commands.add_parser(
        "agenda", parents=[common], help="send a planned meeting's agenda and pre-read"
    )
    agenda.add_argument("meeting_id", metavar="ID", type=_meeting_id)
    agenda.add_argument("--send", action="store_true", help="mail it to the invitees")
    agenda.add_argument("--eml", type=Path, help="write the mail to this .eml file (a draft)")
    agenda.add_argument("--pdf", type=Path, help="write the one-page PDF to this file")
    agenda.add_argument(
        "--again", action="store_true", help="send an agenda already sent again, without asking"
    )
    agenda.set_defaults(handler=_cmd_agenda)

    agreements = commands.add_parser(
        "agreements",
        parents=[common],
        help="the agreements between the teams: name, version, effective date and text",
    )
    agreements.set_defaults(handler=_cmd_agreements)

    copying = commands.add_parser(
        "copy",
        parents=[common],
        help="copy the whole history of --db into an empty database (a file or a team server)",
    )
    copying.add_argument(
        "--to",
        required=True,
        type=database_location,
        metavar="TARGET",
        help="database file or postgresql://user@host/dbname",
    )
    copying.set_defaults(handler=_cmd_copy)
    return parser


def _expected_errors() -> tuple[type[Exception], ...]:
    """The errors that end a command with one line; imported only once one has happened,
    so starting the app does not load the PDF, mail and demo modules (issue #8's start time)."""
    from facilitator.formats.exchange import ExchangeError
    from facilitator.formats.mail import MailError
    from facilitator.mailing.minutes_versions import VersionNotFound
    from facilitator.record.demo import DemoRefused
    from facilitator.record.meetings import MeetingNotFound
    from facilitator.record.search import SearchRefused
    from facilitator.storage.database import DatabaseRefused
    from facilitator.storage.write_errors import SaveRefused

    return (
        UserError,
        DatabaseRefused,
        SaveRefused,
        ExchangeError,
        MeetingNotFound,
        DemoRefused,
        SearchRefused,
        MailError,
        VersionNotFound,
        OSError,
    )


def _error_line(args: argparse.Namespace, error: Exception) -> str | None:
    """The one line an error ends a command with; None for a bug, which keeps its traceback.

    SQLite's own refusals (a full disk, a read-only file) can come from outside a write
    transaction too, while a database is made or upgraded: they get the same words. A team
    database's server that goes away during a read gets the words for an unreachable server.
    """
    if isinstance(error, _expected_errors()):
        return _one_line(str(error))
    location = resolve_database(args.db)
    if isinstance(location, str):
        from facilitator.storage.server import lost_connection_message

        return lost_connection_message(location, error)
    from facilitator.storage.write_errors import explain_write_error

    return explain_write_error(location, error)


def _silence_stdout() -> None:
    """The reader of the output has gone (`| head`): send what is left nowhere, so the exit
    does not complain either; Unix tools end quietly then."""
    with contextlib.suppress(OSError, ValueError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def main(argv: Sequence[str] | None = None) -> int:
    """The collector is off while the command line, the app's window or a command's modules
    load, and on again, frozen, before any command's own work; whatever happens it is on
    again when main returns (tests call main in-process)."""
    start_collector.pause()
    try:
        return _main(argv)
    finally:
        start_collector.resume()


def _main(argv: Sequence[str] | None) -> int:
    set_language(system_language())
    given = sys.argv[1:] if argv is None else list(argv)
    parser = _app_parser() if _opens_the_app(given) else build_parser()
    args = parser.parse_args(given)
    try:
        status: int = args.handler(args)
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        _silence_stdout()
        return EXIT_BAD_INPUT
    except Exception as error:
        line = _error_line(args, error)
        if line is None:
            raise
        print(f"facilitator: {line}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
