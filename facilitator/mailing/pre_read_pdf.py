"""The pre-read as a one-page PDF, for invitees who print the agenda.

It uses the minutes' fonts and styles (any script; user text escaped through
minutes/paragraphs.text). One page always: long texts are cut to a line or two, and when the
lists still overflow, each is shortened to its first entries and "and N more", fewer each try.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from io import BytesIO
from typing import TypeVar

from reportlab.lib.styles import ParagraphStyle, StyleSheet1
from reportlab.platypus import Flowable, Frame, PageTemplate, Table, TableStyle
from reportlab.platypus.doctemplate import BaseDocTemplate, LayoutError

from facilitator import __version__
from facilitator.language import _, current_language
from facilitator.mailing.pre_read import AgendaEntry, PreRead
from facilitator.minutes import fonts
from facilitator.minutes.paragraphs import clip, fixed, text
from facilitator.minutes.style import (
    ACCENT,
    FRAME_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    RULE,
    TABLE_FONT,
    stylesheet,
)
from facilitator.minutes.words import age, long_date
from facilitator.rules.agenda import format_duration

T = TypeVar("T")


TITLE_CHARACTERS = 120
LINE_CHARACTERS = 160
POSITION_CHARACTERS = 220
DESCRIPTION_LINES = 4
"""An item's description (a decision's review: what was decided, the owner, the goal's values
since) is printed under its title, as the mail does, up to this many lines of it."""
LIMITS: tuple[tuple[int | None, int | None], ...] = (
    *((None, limit) for limit in (None, 12, 8, 6, 4, 3, 2, 1)),
    (12, 1),
    (6, 1),
    (3, 0),
)
"""The most entries the agenda and each other list show, tried in turn until the page holds
everything: the agenda, what the mail is for, is shortened last."""


class _OnePage(BaseDocTemplate):
    """A4, one frame; counts the pages it made so the caller can tell an overflow."""

    def __init__(self, buffer: BytesIO, title: str, author: str) -> None:
        super().__init__(
            buffer,
            leftMargin=MARGIN_X,
            rightMargin=MARGIN_X,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=title,
            author=author,
            subject=_("Agenda and pre-read"),
            creator=f"Facilitator {__version__}",
            lang=current_language(),
            initialFontName=fonts.BODY_FONT,
        )
        frame = Frame(
            self.leftMargin,
            self.bottomMargin,
            self.width,
            self.height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])


def _section(title: str, st: StyleSheet1) -> Flowable:
    """A section heading closer to its table than the minutes' own, so one page holds more."""
    return fixed(title, _compact_section(st["Section"]))


@cache
def _compact_section(section: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle("PreReadSection", parent=section, spaceBefore=10, spaceAfter=4)


def _first(entries: Sequence[T], limit: int | None) -> tuple[Sequence[T], int]:
    if limit is None or len(entries) <= limit:
        return entries, 0
    return entries[:limit], len(entries) - limit


def _more(count: int, st: StyleSheet1) -> list[Flowable]:
    return [fixed(_("and {count} more").format(count=count), st["Empty"])] if count else []


def _table(
    st: StyleSheet1, header: Sequence[str], rows: list[list[Flowable]], widths: Sequence[float]
) -> Table:
    """A table in the minutes' look, widths as fractions of the frame."""
    head = [fixed(label, st["CellHead"]) for label in header]
    table = Table([head, *rows], colWidths=[w * FRAME_WIDTH for w in widths])
    table.setStyle(
        TableStyle(
            [
                TABLE_FONT,
                ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
                ("LINEBELOW", (0, 1), (-1, -1), 0.4, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
            ]
        )
    )
    return table


def _agenda(pre: PreRead, st: StyleSheet1, limit: int | None) -> list[Flowable]:
    heading = _("Agenda ({cap})").format(cap=format_duration(pre.cap_seconds))
    story: list[Flowable] = [_section(heading, st)]
    if not pre.agenda:
        return [*story, fixed(_("No items yet."), st["Empty"])]
    shown, left = _first(pre.agenda, limit)
    rows: list[list[Flowable]] = []
    for entry in shown:
        presenter = entry.presenter or (entry.presenter_team.label if entry.presenter_team else "")
        rows.append(
            [
                fixed(f"{entry.starts_at:%H:%M}", st["Cell"]),
                _item_cell(entry, st),
                fixed(format_duration(entry.planned_seconds), st["CellRight"]),
                text(clip(presenter, 60), st["Cell"]),
            ]
        )
    header = (_("Starts"), _("Item"), _("Time"), _("Presenter"))
    table = _table(st, header, rows, (0.09, 0.59, 0.1, 0.22))
    return [*story, table, *_more(left, st)]


def _item_cell(entry: AgendaEntry, st: StyleSheet1) -> Flowable | list[Flowable]:
    title = text(f"{entry.number}. {clip(entry.title, LINE_CHARACTERS)}", st["Cell"])
    said = [line for line in entry.description.splitlines() if line.strip()]
    if not said:
        return title
    lines = said[:DESCRIPTION_LINES]
    return [title, *(text(clip(line, POSITION_CHARACTERS), st["CellMuted"]) for line in lines)]


def _disputes(pre: PreRead, st: StyleSheet1, limit: int | None) -> list[Flowable]:
    story: list[Flowable] = [_section(_("Disputes that come back"), st)]
    if not pre.disputes:
        return [*story, fixed(_("None."), st["Empty"])]
    shown, left = _first(pre.disputes, limit)
    rows: list[list[Flowable] | list[list[Flowable]]] = []
    for dispute in shown:
        rows.append(
            [
                [
                    text(clip(dispute.title, TITLE_CHARACTERS), st["CellBold"]),
                    fixed(
                        _("{category} · open {age}").format(
                            category=dispute.category.label, age=age(dispute.age_days)
                        ),
                        st["CellMuted"],
                    ),
                ],
                _position(dispute.sales_position, st),
                _position(dispute.marketing_position, st),
            ]
        )
    header = (_("Dispute"), _("Sales' position"), _("Marketing's position"))
    table = _table(st, header, rows, (0.32, 0.34, 0.34))
    return [*story, table, *_more(left, st)]


def _position(position: str, st: StyleSheet1) -> Flowable:
    if not position.strip():
        return fixed(_("no position yet"), st["CellMuted"])
    return text(clip(position, POSITION_CHARACTERS), st["Cell"])


def _actions(pre: PreRead, st: StyleSheet1, limit: int | None) -> list[Flowable]:
    story: list[Flowable] = [_section(_("Action items carried over or overdue"), st)]
    if not pre.actions:
        return [*story, fixed(_("None."), st["Empty"])]
    # Overdue first when the list is cut, so "and N more" never hides one that is late.
    shown, left = _first(sorted(pre.actions, key=lambda action: not action.overdue), limit)
    rows: list[list[Flowable]] = []
    for action in shown:
        rows.append(
            [
                text(clip(action.text, LINE_CHARACTERS), st["Cell"]),
                text(clip(action.owner, 60), st["Cell"])
                if action.owner
                else fixed(_("nobody yet"), st["CellMuted"]),
                fixed(action.due.isoformat() if action.due else _("none"), st["Cell"]),
                fixed(_("OVERDUE") if action.overdue else "", st["CellOverdue"]),
            ]
        )
    table = _table(
        st, (_("Action item"), _("Owner"), _("Due"), ""), rows, (0.53, 0.2, 0.13, 0.14)
    )
    return [*story, table, *_more(left, st)]


def _verdicts(pre: PreRead, st: StyleSheet1, limit: int | None) -> list[Flowable]:
    story: list[Flowable] = [_section(_("SLA verdicts at the last meeting"), st)]
    if pre.verdicts_from is None:
        return [*story, fixed(_("No earlier meeting recorded figures."), st["Empty"])]
    title, day = pre.verdicts_from
    story.append(text(f"{clip(title, TITLE_CHARACTERS)}, {long_date(day)}", st["ItemMeta"]))
    shown, left = _first(pre.verdicts, limit)
    rows: list[list[Flowable]] = []
    for v in shown:
        style = st["CellMet"] if v.met else st["CellMissed"] if v.met is False else st["Cell"]
        rows.append(
            [
                text(clip(v.goal, 80), st["Cell"]),
                fixed(v.value, st["CellRight"]),
                fixed(v.target, st["CellRight"]),
                fixed(v.verdict.capitalize(), style),
            ]
        )
    table = _table(
        st, (_("Goal"), _("Value"), _("Target"), _("Verdict")), rows, (0.46, 0.16, 0.16, 0.22)
    )
    return [*story, table, *_more(left, st)]


def _agreements(pre: PreRead, st: StyleSheet1, limit: int | None) -> list[Flowable]:
    """A management meeting's agreements in force: name, version, since when."""
    if not pre.agreements:
        return []
    shown, left = _first(pre.agreements, limit)
    rows: list[list[Flowable]] = [
        [
            text(clip(a.name, LINE_CHARACTERS), st["Cell"]),
            fixed(str(a.number), st["CellRight"]),
            fixed(a.effective_from.isoformat(), st["Cell"]),
        ]
        for a in shown
    ]
    table = _table(
        st, (_("Agreement"), _("Version"), _("In force from")), rows, (0.6, 0.14, 0.26)
    )
    return [_section(_("Agreements in force"), st), table, *_more(left, st)]


def _story(
    pre: PreRead, st: StyleSheet1, agenda_limit: int | None, limit: int | None
) -> list[Flowable]:
    hours = f"{pre.scheduled_at:%H:%M}\u2013{pre.ends_at:%H:%M}"
    story: list[Flowable] = [
        fixed(_("AGENDA AND PRE-READ"), st["Kicker"]),
        text(clip(pre.short_title, TITLE_CHARACTERS), st["Title"]),
        fixed(f"{long_date(pre.day)}, {hours}", st["Subtitle"]),
    ]
    if pre.location:
        story.append(text(clip(pre.location, LINE_CHARACTERS), st["Field"], bullet=_("Where:")))
    if pre.moderator:
        story.append(text(clip(pre.moderator, 80), st["Field"], bullet=_("Moderator:")))
    story += _agenda(pre, st, agenda_limit)
    story += _disputes(pre, st, limit)
    story += _actions(pre, st, limit)
    story += _verdicts(pre, st, limit)
    story += _agreements(pre, st, limit)
    return story


def _build(pre: PreRead, agenda_limit: int | None, limit: int | None) -> tuple[bytes, int]:
    buffer = BytesIO()
    document = _OnePage(
        buffer, _("Agenda: {title}").format(title=pre.title), pre.moderator or "Facilitator"
    )
    document.build(_story(pre, stylesheet(), agenda_limit, limit))
    return buffer.getvalue(), document.page


def render_pre_read(pre: PreRead) -> bytes:
    """The pre-read as PDF bytes on one page, its lists shortened as far as that needs."""
    data = b""
    for agenda_limit, limit in LIMITS:
        try:
            data, pages = _build(pre, agenda_limit, limit)
        except LayoutError:
            continue
        if pages == 1:
            return data
    return data
