"""The tables of a Facilitator database, as SQLAlchemy 2.0 typed models."""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime, time
from typing import Any
from uuid import uuid4

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    Time,
    TypeDecorator,
    UniqueConstraint,
    true,
)
from sqlalchemy import Enum as SAEnum
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from facilitator import timesource
from facilitator.vocabulary import (
    ActionStatus,
    AttendanceStatus,
    DealOutcome,
    Direction,
    DisputeCategory,
    DisputeRole,
    DisputeStatus,
    Frequency,
    GoalUnit,
    ItemKind,
    MailKind,
    MeetingKind,
    MeetingStatus,
    NoteKind,
    Period,
    RunEventKind,
    Settlement,
    Team,
)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores instants as naive UTC (SQLite has no zones) and hands back aware UTC datetimes."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; pass an aware one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return timesource.now()


def new_uuid() -> str:
    """A fresh identity for a row that keeps it across databases (export and import)."""
    return str(uuid4())


NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        datetime: UTCDateTime(),
        enum.Enum: SAEnum(
            enum.Enum,
            native_enum=False,
            length=32,
            values_callable=lambda members: [m.value for m in members],
            validate_strings=True,
        ),
    }


class Person(Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), unique=True)
    team: Mapped[Team]
    role: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    guest: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Template(Base):
    """A meeting plan to copy from; built-in ones come from resources/ and are never changed."""

    __tablename__ = "templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str | None] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[MeetingKind]
    cap_seconds: Mapped[int]
    frequency: Mapped[Frequency | None]
    start_time: Mapped[time | None] = mapped_column(Time)
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    items: Mapped[list[TemplateItem]] = relationship(
        back_populates="template", cascade="all, delete-orphan", order_by="TemplateItem.position"
    )


class TemplateItem(Base):
    __tablename__ = "template_items"
    __table_args__ = (UniqueConstraint("template_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(ForeignKey("templates.id", ondelete="CASCADE"))
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[ItemKind]
    planned_seconds: Mapped[int] = mapped_column(
        CheckConstraint("planned_seconds > 0", name="planned_positive")
    )
    presenter_team: Mapped[Team | None]
    description: Mapped[str] = mapped_column(Text, default="")

    template: Mapped[Template] = relationship(back_populates="items")


class Series(Base):
    """Meetings that recur; carry-over runs from one meeting of a series to its next."""

    __tablename__ = "series"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[MeetingKind]
    frequency: Mapped[Frequency]
    template_id: Mapped[int | None] = mapped_column(ForeignKey("templates.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    owner_follow_up: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    """Whether sending a meeting's minutes also mails each owner their open action items."""

    meetings: Mapped[list[Meeting]] = relationship(
        back_populates="series", order_by="Meeting.scheduled_at"
    )


class Meeting(Base):
    __tablename__ = "meetings"
    __table_args__ = (
        CheckConstraint("cap_seconds > 0 AND cap_seconds <= 3600", name="cap_within_an_hour"),
        Index("ix_meetings_scheduled_at", "scheduled_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("series.id", ondelete="SET NULL"))
    kind: Mapped[MeetingKind]
    title: Mapped[str] = mapped_column(String(200))
    scheduled_at: Mapped[datetime]
    cap_seconds: Mapped[int]
    moderator_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    status: Mapped[MeetingStatus] = mapped_column(default=MeetingStatus.PLANNED)
    location: Mapped[str] = mapped_column(String(200), default="")
    started_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    """Raised by every change; an edit from a copy read before another's change is refused."""
    __mapper_args__ = {"version_id_col": version}

    series: Mapped[Series | None] = relationship(back_populates="meetings")
    moderator: Mapped[Person | None] = relationship()
    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="AgendaItem.position"
    )
    attendance: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    run_events: Mapped[list[RunEvent]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="RunEvent.seq"
    )
    notes: Mapped[list[Note]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="Note.id"
    )
    dispute_links: Mapped[list[DisputeMeeting]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    metric_values: Mapped[list[MetricValue]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )


class AgendaItem(Base):
    __tablename__ = "agenda_items"
    __table_args__ = (UniqueConstraint("meeting_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    position: Mapped[int]
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[ItemKind]
    planned_seconds: Mapped[int] = mapped_column(
        CheckConstraint("planned_seconds > 0", name="planned_positive")
    )
    presenter_team: Mapped[Team | None]
    presenter_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    description: Mapped[str] = mapped_column(Text, default="")
    actual_start: Mapped[datetime | None]
    actual_end: Mapped[datetime | None]

    meeting: Mapped[Meeting] = relationship(back_populates="items")
    presenter: Mapped[Person | None] = relationship()
    notes: Mapped[list[Note]] = relationship(back_populates="item", order_by="Note.id")


class Attendance(Base):
    __tablename__ = "attendance"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), primary_key=True)
    status: Mapped[AttendanceStatus] = mapped_column(default=AttendanceStatus.INVITED)

    meeting: Mapped[Meeting] = relationship(back_populates="attendance")
    person: Mapped[Person] = relationship()


class RunEvent(Base):
    """One press of a clock control; the clock is computed from these, never counted."""

    __tablename__ = "run_events"
    __table_args__ = (UniqueConstraint("meeting_id", "seq"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    seq: Mapped[int]
    kind: Mapped[RunEventKind]
    at: Mapped[datetime]
    monotonic: Mapped[float] = mapped_column(Float)
    boot_id: Mapped[str] = mapped_column(String(64), default="")
    seconds: Mapped[int] = mapped_column(Integer, default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="run_events")


class Note(Base):
    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_items.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[NoteKind] = mapped_column(default=NoteKind.NOTE)
    text: Mapped[str] = mapped_column(Text)
    offset_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    parked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    """Raised by every change; an edit from a copy read before another's change is refused."""
    __mapper_args__ = {"version_id_col": version}

    meeting: Mapped[Meeting] = relationship(back_populates="notes")
    item: Mapped[AgendaItem | None] = relationship(back_populates="notes")


class Dispute(Base):
    __tablename__ = "disputes"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    title: Mapped[str] = mapped_column(String(300))
    category: Mapped[DisputeCategory]
    raised_by_team: Mapped[Team]
    raised_by_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    sales_position: Mapped[str] = mapped_column(Text, default="")
    marketing_position: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[DisputeStatus] = mapped_column(default=DisputeStatus.OPEN)
    resolution: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    resolved_at: Mapped[datetime | None]
    settlement: Mapped[Settlement | None]
    """Which way it was settled, recorded when resolving or escalating (the neutrality report)."""
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("notes.id", ondelete="SET NULL"), index=True
    )
    """The note it was made from in the console, if any; emptied when that note is deleted."""
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    """Raised by every change; an edit from a copy read before another's change is refused."""
    __mapper_args__ = {"version_id_col": version}

    raised_by: Mapped[Person | None] = relationship()
    meeting_links: Mapped[list[DisputeMeeting]] = relationship(
        back_populates="dispute", cascade="all, delete-orphan"
    )


class DisputeMeeting(Base):
    """A meeting where a dispute came up, and what happened to it there."""

    __tablename__ = "dispute_meetings"

    dispute_id: Mapped[int] = mapped_column(
        ForeignKey("disputes.id", ondelete="CASCADE"), primary_key=True
    )
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    role: Mapped[DisputeRole]
    status_after: Mapped[DisputeStatus]

    dispute: Mapped[Dispute] = relationship(back_populates="meeting_links")
    meeting: Mapped[Meeting] = relationship(back_populates="dispute_links")


class ActionItem(Base):
    __tablename__ = "action_items"
    __table_args__ = (Index("ix_action_items_status", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    text: Mapped[str] = mapped_column(Text)
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    team: Mapped[Team | None]
    due_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(default=ActionStatus.OPEN)
    created_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    closed_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    closed_at: Mapped[datetime | None]
    note_id: Mapped[int | None] = mapped_column(
        ForeignKey("notes.id", ondelete="SET NULL"), index=True
    )
    """The note it was made from in the console, if any; emptied when that note is deleted."""
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    """Raised by every change; an edit from a copy read before another's change is refused."""
    __mapper_args__ = {"version_id_col": version}

    owner: Mapped[Person | None] = relationship()
    created_meeting: Mapped[Meeting | None] = relationship(foreign_keys=[created_meeting_id])
    closed_meeting: Mapped[Meeting | None] = relationship(foreign_keys=[closed_meeting_id])


class SLAGoal(Base):
    """A number both teams answer to; its target history lives in GoalTarget."""

    __tablename__ = "sla_goals"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    team: Mapped[Team | None]
    unit: Mapped[GoalUnit]
    direction: Mapped[Direction]
    period: Mapped[Period]
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    deadline: Mapped[date | None] = mapped_column(Date)
    """The day the target is to be reached by: what makes the goal SMART's time-bound."""
    objective: Mapped[str] = mapped_column(Text, default="", server_default="")
    """The objective the goal serves, in the teams' words."""

    targets: Mapped[list[GoalTarget]] = relationship(
        back_populates="goal", cascade="all, delete-orphan", order_by="GoalTarget.effective_from"
    )


class GoalTarget(Base):
    """A goal's target from a date on, so past meetings are judged by the target of their day."""

    __tablename__ = "goal_targets"
    __table_args__ = (UniqueConstraint("goal_id", "effective_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("sla_goals.id", ondelete="CASCADE"))
    target: Mapped[float] = mapped_column(Float)
    effective_from: Mapped[date] = mapped_column(Date)

    goal: Mapped[SLAGoal] = relationship(back_populates="targets")


class MetricValue(Base):
    __tablename__ = "metric_values"
    __table_args__ = (UniqueConstraint("meeting_id", "goal_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    goal_id: Mapped[int] = mapped_column(ForeignKey("sla_goals.id"))
    value: Mapped[float] = mapped_column(Float)
    period_label: Mapped[str] = mapped_column(String(32), default="")
    entered_at: Mapped[datetime] = mapped_column(default=utcnow)

    meeting: Mapped[Meeting] = relationship(back_populates="metric_values")
    goal: Mapped[SLAGoal] = relationship()


class AlignmentBaseline(Base):
    """The moderator's assessment of how aligned the two teams are, repeated now and then."""

    __tablename__ = "alignment_baselines"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="SET NULL"))
    taken_at: Mapped[datetime] = mapped_column(default=utcnow)
    answers: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    meeting: Mapped[Meeting | None] = relationship()


class AppliedWrite(Base):
    """A console's write to a team database, by its uuid: sent again from the offline journal
    after an answer that was lost, it is found here and not applied twice."""

    __tablename__ = "applied_writes"

    uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    applied_at: Mapped[datetime] = mapped_column(default=utcnow)
    made_id: Mapped[int | None]
    """The row the write made (a note's id...), for later writes naming it by its id offline."""


class Informed(Base):
    """Someone who receives a meeting's minutes without attending it (a manager, a team list):
    named for one meeting or for every meeting of a series, as a person or a bare address."""

    __tablename__ = "informed"
    __table_args__ = (
        CheckConstraint(
            "(meeting_id IS NULL) != (series_id IS NULL)", name="one_meeting_or_series"
        ),
        CheckConstraint("(person_id IS NULL) != (address IS NULL)", name="person_or_address"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    series_id: Mapped[int | None] = mapped_column(
        ForeignKey("series.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    address: Mapped[str | None] = mapped_column(String(320))
    name: Mapped[str] = mapped_column(String(200), default="")
    """What the distribution line calls a bare address ("Smarketing list"); may be empty."""

    person: Mapped[Person | None] = relationship()


class SentMail(Base):
    """One mail the app sent (pre-read, minutes, owner's follow-up, reminder), with each
    recipient's outcome: the meeting shows them, and a second sending asks first."""

    __tablename__ = "sent_mails"
    __table_args__ = (Index("ix_sent_mails_sent_at", "sent_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[MailKind]
    sent_at: Mapped[datetime] = mapped_column(default=utcnow)
    subject: Mapped[str] = mapped_column(String(300))
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL"), index=True
    )
    """The owner a follow-up or a reminder was for."""
    minutes_version: Mapped[int | None]
    """The version of the minutes a minutes mail carried (1 first, 2 the first amendment...)."""

    recipients: Mapped[list[SentRecipient]] = relationship(
        back_populates="mail", cascade="all, delete-orphan", order_by="SentRecipient.id"
    )


class SentRecipient(Base):
    """One recipient of a sent mail: whether the server took it, and why not."""

    __tablename__ = "sent_recipients"

    id: Mapped[int] = mapped_column(primary_key=True)
    mail_id: Mapped[int] = mapped_column(
        ForeignKey("sent_mails.id", ondelete="CASCADE"), index=True
    )
    address: Mapped[str] = mapped_column(String(320))
    accepted: Mapped[bool] = mapped_column(Boolean)
    reason: Mapped[str] = mapped_column(Text, default="")

    mail: Mapped[SentMail] = relationship(back_populates="recipients")


class MinutesVersion(Base):
    """The minutes of a meeting as one sending carried them: the PDF itself, so it can be made
    again as it was sent, and the record it was made from (JSON), to list what an amendment
    changed since."""

    __tablename__ = "minutes_versions"
    __table_args__ = (UniqueConstraint("meeting_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"))
    number: Mapped[int]
    made_at: Mapped[datetime] = mapped_column(default=utcnow)
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    record: Mapped[Any] = mapped_column(JSON)


class Agreement(Base):
    """A standing agreement between the teams (the MQL definition, the SLA terms...); its
    text is its newest version's."""

    __tablename__ = "agreements"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[DisputeCategory | None]
    """The disputes whose resolution may change it: resolving one offers a new version."""
    position: Mapped[int] = mapped_column(Integer, default=0)

    versions: Mapped[list[AgreementVersion]] = relationship(
        back_populates="agreement",
        cascade="all, delete-orphan",
        order_by="AgreementVersion.number",
    )


class AgreementVersion(Base):
    """One text of an agreement, in force from a day, with what led to it."""

    __tablename__ = "agreement_versions"
    __table_args__ = (UniqueConstraint("agreement_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    agreement_id: Mapped[int] = mapped_column(ForeignKey("agreements.id", ondelete="CASCADE"))
    number: Mapped[int]
    text: Mapped[str] = mapped_column(Text)
    effective_from: Mapped[date] = mapped_column(Date)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    """The meeting that agreed it."""
    note_id: Mapped[int | None] = mapped_column(ForeignKey("notes.id", ondelete="SET NULL"))
    """The decision note that led to it."""
    dispute_id: Mapped[int | None] = mapped_column(
        ForeignKey("disputes.id", ondelete="SET NULL")
    )
    """The resolved dispute that led to it."""
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)

    agreement: Mapped[Agreement] = relationship(back_populates="versions")


class FunnelRow(Base):
    """One period's funnel for one lead source or campaign, from the CRM's export: the count at
    each stage and the revenue won."""

    __tablename__ = "funnel_rows"
    __table_args__ = (UniqueConstraint("period_start", "source"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    period_start: Mapped[date] = mapped_column(Date)
    period: Mapped[Period]
    source: Mapped[str] = mapped_column(String(200))
    leads: Mapped[int] = mapped_column(Integer, default=0)
    mqls: Mapped[int] = mapped_column(Integer, default=0)
    sals: Mapped[int] = mapped_column(Integer, default=0)
    sqls: Mapped[int] = mapped_column(Integer, default=0)
    opportunities: Mapped[int] = mapped_column(Integer, default=0)
    won: Mapped[int] = mapped_column(Integer, default=0)
    revenue: Mapped[float] = mapped_column(Float, default=0.0)
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)


class DealReason(Base):
    """A main reason a deal was won or lost; the short list grows as the teams name new ones."""

    __tablename__ = "deal_reasons"
    __table_args__ = (UniqueConstraint("outcome", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    outcome: Mapped[DealOutcome]
    name: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)


class Deal(Base):
    """A won or lost deal brought to the quarterly win/loss rundown."""

    __tablename__ = "deals"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    outcome: Mapped[DealOutcome]
    reason_id: Mapped[int | None] = mapped_column(
        ForeignKey("deal_reasons.id", ondelete="SET NULL")
    )
    campaign: Mapped[str] = mapped_column(String(200), default="")
    """The campaign (or lead source) the deal came from."""
    amount: Mapped[float | None] = mapped_column(Float)
    closed_on: Mapped[date] = mapped_column(Date)
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    """The rundown it was discussed at."""
    campaign_idea: Mapped[str] = mapped_column(Text, default="")
    """What a lost deal suggests marketing try next."""

    reason: Mapped[DealReason | None] = relationship()


class Decision(Base):
    """What a decision note commits to: an owner, the goal that will show whether it worked,
    and the day to look again; it comes back on the first meeting's agenda after that day."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(primary_key=True)
    note_id: Mapped[int] = mapped_column(
        ForeignKey("notes.id", ondelete="CASCADE"), unique=True
    )
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="SET NULL"))
    goal_id: Mapped[int | None] = mapped_column(ForeignKey("sla_goals.id", ondelete="SET NULL"))
    review_on: Mapped[date | None] = mapped_column(Date)
    reviewed_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meetings.id", ondelete="SET NULL")
    )
    """The meeting whose agenda brought it back, once it has."""

    note: Mapped[Note] = relationship()
    owner: Mapped[Person | None] = relationship()
    goal: Mapped[SLAGoal | None] = relationship()
