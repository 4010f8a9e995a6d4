"""Full-text search over what meetings left behind: notes (decisions, highlights, questions,
metrics among them), disputes and action items.

The index is two SQLite FTS5 tables that triggers keep in step with the data (migration 0002
tells how), so whatever writes a note, a dispute or an action item, an import included, is
found at once. The query is split into terms at whitespace; a row matches when it matches
every term, and a term matches

- the beginning of a word, ignoring case and accents ("jose" finds "José", "webin" finds
  "Webinar", "москв" finds "Москва"), or
- any stretch of the text, ignoring case: three characters or more go through the trigram
  index ("目标" inside "提高MQL目标" too); shorter ones are compared as they are, with only
  A-Z folded.

Terms reach SQLite as quoted FTS5 strings and LIKE patterns with their wildcards escaped, so
quotes, *, -, AND, OR, NEAR or parentheses in a query are searched for as text, never obeyed.
Hits come newest meeting first.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select, text
from sqlalchemy.orm import Session, selectinload

from facilitator.storage.database import Database
from facilitator.storage.models import (
    ActionItem,
    AgendaItem,
    Dispute,
    DisputeMeeting,
    Meeting,
    Note,
)
from facilitator.storage.vocabulary import DisputeRole, ItemKind, NoteKind

MAX_QUERY_LENGTH = 1000
DEFAULT_LIMIT = 50
SNIPPET_BEFORE = 40
SNIPPET_LENGTH = 160
MIN_TRIGRAM_TERM = 3
# rowid = ref_id * ROWID_STRIDE + the source's code, as the migration's triggers write it
ROWID_STRIDE = 4
NOTE_CODE, DISPUTE_CODE, ACTION_CODE = 1, 2, 3
LOAD_BATCH = 500


class SearchKind(StrEnum):
    NOTE = "note"
    DECISION = "decision"
    HIGHLIGHT = "highlight"
    QUESTION = "question"
    METRIC = "metric"
    DISPUTE = "dispute"
    ACTION_ITEM = "action_item"


_NOTE_KINDS = {
    NoteKind.NOTE: SearchKind.NOTE,
    NoteKind.DECISION: SearchKind.DECISION,
    NoteKind.HIGHLIGHT: SearchKind.HIGHLIGHT,
    NoteKind.QUESTION: SearchKind.QUESTION,
    NoteKind.METRIC: SearchKind.METRIC,
}
# The agenda item a dispute or action item hit opens at: the first of these kinds there is.
_OPENS_AT = {
    SearchKind.DISPUTE: (ItemKind.DISPUTES, ItemKind.DISCUSSION),
    SearchKind.ACTION_ITEM: (ItemKind.ACTION_ITEMS, ItemKind.WRAP_UP),
}


class SearchRefused(ValueError):
    """A query that can't be run; the message is one line for the user."""


@dataclass(frozen=True)
class SearchHit:
    """One match; the app opens meeting_id at item_id (None: at the top)."""

    kind: SearchKind
    ref_id: int
    """The id of the note, dispute or action item."""
    meeting_id: int | None
    meeting_title: str | None
    meeting_date: datetime | None
    item_id: int | None
    snippet: str
    """The text around the first match, on one line."""


def search_terms(query: str) -> list[str]:
    """The terms a query is split into; NUL counts as whitespace (SQLite ends a string at it)."""
    return query.replace("\x00", " ").split()


def _fts5_string(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _term_rowids(term: str, index: int) -> tuple[str, dict[str, str]]:
    """SQL for the rowids one term matches (a word beginning, or any stretch of the text)."""
    words = f"SELECT rowid FROM search_words WHERE search_words MATCH :words{index}"
    parameters = {f"words{index}": _fts5_string(term) + "*"}
    if len(term) >= MIN_TRIGRAM_TERM:
        grams = f"SELECT rowid FROM search_grams WHERE search_grams MATCH :grams{index}"
        parameters[f"grams{index}"] = _fts5_string(term)
    else:
        grams = f"SELECT rowid FROM search_grams WHERE body LIKE :grams{index} ESCAPE '\\'"
        parameters[f"grams{index}"] = _like_pattern(term)
    return f"{words} UNION {grams}", parameters


def _rowids_matching(session: Session, terms: Sequence[str]) -> list[int]:
    """The rowids that match every term, intersected inside SQLite: a common word's many
    rowids never travel to Python."""
    first, parameters = _term_rowids(terms[0], 0)
    conditions = []
    for index, term in enumerate(terms[1:], start=1):
        sql, more = _term_rowids(term, index)
        conditions.append(f"rowid IN ({sql})")
        parameters.update(more)
    where = f" WHERE {' AND '.join(conditions)}" if conditions else ""
    query = text(f"SELECT rowid FROM ({first}){where} ORDER BY rowid")
    return [int(rowid) for rowid in session.execute(query, parameters).scalars().all()]


_NEWEST = {
    NOTE_CODE: (
        "SELECT n.id FROM notes AS n JOIN meetings AS m ON m.id = n.meeting_id "
        "WHERE n.id IN (SELECT value FROM json_each(:ids)) "
        "ORDER BY m.scheduled_at DESC, m.id DESC, n.kind, n.id LIMIT :limit"
    ),
    DISPUTE_CODE: (
        "SELECT d.id FROM disputes AS d LEFT JOIN meetings AS m ON m.id = ("
        " SELECT l.meeting_id FROM dispute_meetings AS l"
        " JOIN meetings AS lm ON lm.id = l.meeting_id WHERE l.dispute_id = d.id"
        f" ORDER BY l.role != '{DisputeRole.RAISED.value}', lm.scheduled_at, l.meeting_id"
        " LIMIT 1) "
        "WHERE d.id IN (SELECT value FROM json_each(:ids)) "
        "ORDER BY m.id IS NULL, m.scheduled_at DESC, m.id DESC, d.id LIMIT :limit"
    ),
    ACTION_CODE: (
        "SELECT a.id FROM action_items AS a LEFT JOIN meetings AS m "
        "ON m.id = coalesce(a.created_meeting_id, a.closed_meeting_id) "
        "WHERE a.id IN (SELECT value FROM json_each(:ids)) "
        "ORDER BY m.id IS NULL, m.scheduled_at DESC, m.id DESC, a.id LIMIT :limit"
    ),
}
"""For each source, its rows in _newest_first's order (meeting newest first), in SQL."""


def _newest_ids(session: Session, code: int, ids: Sequence[int], limit: int) -> list[int]:
    """Of many matching rows of one source, the ones that can be among the first limit hits.

    Hits sort by their meeting, newest first (_newest_first), so only the first limit of one
    source in that order can make it; the rest are never loaded.
    """
    parameters = {"ids": json.dumps(list(ids)), "limit": limit}
    return [int(i) for i in session.execute(text(_NEWEST[code]), parameters).scalars()]


def _batches(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(ids), LOAD_BATCH):
        yield ids[start : start + LOAD_BATCH]


def _fold(character: str) -> str:
    decomposed = unicodedata.normalize("NFKD", character)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _first_match(body: str, terms: Sequence[str]) -> int:
    """Where in body a term first occurs: by case alone when that finds one (quick), else with
    accents aside too; 0 when none does (a word-beginning match the index folded otherwise)."""
    lowered = body.lower()
    if len(lowered) == len(body):
        found = [at for at in (lowered.find(term.lower()) for term in terms) if at >= 0]
        if found:
            return min(found)
    folded: list[str] = []
    origin: list[int] = []
    for index, character in enumerate(body):
        piece = _fold(character)
        folded.append(piece)
        origin.extend([index] * len(piece))
    haystack = "".join(folded)
    found = [haystack.find("".join(_fold(c) for c in term)) for term in terms]
    first = min((at for at in found if at >= 0), default=-1)
    return origin[first] if 0 <= first < len(origin) else 0


def snippet(body: str, terms: Sequence[str]) -> str:
    """The stretch of body around the first term found (case and accents aside), on one line."""
    centre = _first_match(body, terms)
    start = max(0, centre - SNIPPET_BEFORE)
    end = min(len(body), start + SNIPPET_LENGTH)
    if start > 0:
        start = next((i + 1 for i in range(start, centre) if body[i].isspace()), start)
    if end < len(body):
        end = next((i for i in range(end - 1, centre, -1) if body[i].isspace()), end)
    shown = " ".join(body[start:end].split())
    return ("…" if start > 0 else "") + shown + ("…" if end < len(body) else "")


@dataclass(frozen=True)
class _Found:
    kind: SearchKind
    ref_id: int
    meeting: Meeting | None
    item_id: int | None
    body: str


def _notes(session: Session, ids: Sequence[int]) -> Iterator[_Found]:
    for batch in _batches(ids):
        query = select(Note).where(Note.id.in_(batch)).options(selectinload(Note.meeting))
        for note in session.scalars(query):
            yield _Found(_NOTE_KINDS[note.kind], note.id, note.meeting, note.item_id, note.text)


def _dispute_meeting(dispute: Dispute) -> Meeting | None:
    """Where it was raised, else the first meeting it came up in."""
    links = sorted(
        dispute.meeting_links,
        key=lambda link: (
            link.role is not DisputeRole.RAISED,
            link.meeting.scheduled_at,
            link.meeting_id,
        ),
    )
    return links[0].meeting if links else None


def _disputes(session: Session, ids: Sequence[int]) -> Iterator[_Found]:
    for batch in _batches(ids):
        query = (
            select(Dispute)
            .where(Dispute.id.in_(batch))
            .options(selectinload(Dispute.meeting_links).selectinload(DisputeMeeting.meeting))
        )
        for dispute in session.scalars(query):
            body = "\n".join(
                (
                    dispute.title,
                    dispute.sales_position,
                    dispute.marketing_position,
                    dispute.resolution,
                )
            )
            yield _Found(SearchKind.DISPUTE, dispute.id, _dispute_meeting(dispute), None, body)


def _actions(session: Session, ids: Sequence[int]) -> Iterator[_Found]:
    for batch in _batches(ids):
        query = (
            select(ActionItem)
            .where(ActionItem.id.in_(batch))
            .options(
                selectinload(ActionItem.created_meeting), selectinload(ActionItem.closed_meeting)
            )
        )
        for action in session.scalars(query):
            meeting = action.created_meeting or action.closed_meeting
            yield _Found(SearchKind.ACTION_ITEM, action.id, meeting, None, action.text)


def _opening_item(session: Session, found: _Found) -> int | None:
    if found.kind not in _OPENS_AT or found.meeting is None:
        return found.item_id
    items = session.execute(
        select(AgendaItem.id, AgendaItem.kind)
        .where(AgendaItem.meeting_id == found.meeting.id)
        .order_by(AgendaItem.position)
    ).all()
    for kind in _OPENS_AT[found.kind]:
        for item_id, item_kind in items:
            if item_kind is kind:
                return int(item_id)
    return None


def _newest_first(found: _Found) -> tuple[bool, float, int, str, int]:
    meeting = found.meeting
    if meeting is None:
        return (True, 0.0, 0, found.kind.value, found.ref_id)
    return (False, -meeting.scheduled_at.timestamp(), -meeting.id, found.kind.value, found.ref_id)


def search(db: Database, query: str, *, limit: int | None = DEFAULT_LIMIT) -> list[SearchHit]:
    """Notes, disputes and action items that match every term of query, newest meeting first.

    limit None returns every hit. An empty or overlong query is refused (SearchRefused).
    """
    if len(query) > MAX_QUERY_LENGTH:
        raise SearchRefused(f"Search for at most {MAX_QUERY_LENGTH:,} characters at once.")
    terms = search_terms(query)
    if not terms:
        raise SearchRefused("Type a word to search for.")
    with db.read() as session:
        matched = _rowids_matching(session, terms)
        if not matched:
            return []
        by_code: dict[int, list[int]] = {NOTE_CODE: [], DISPUTE_CODE: [], ACTION_CODE: []}
        for rowid in matched:
            ref_id, code = divmod(rowid, ROWID_STRIDE)
            by_code[code].append(ref_id)
        if limit is not None:
            for code, ref_ids in by_code.items():
                if len(ref_ids) > limit:
                    by_code[code] = _newest_ids(session, code, ref_ids, limit)
        found = [
            *_notes(session, by_code[NOTE_CODE]),
            *_disputes(session, by_code[DISPUTE_CODE]),
            *_actions(session, by_code[ACTION_CODE]),
        ]
        found.sort(key=_newest_first)
        if limit is not None:
            found = found[:limit]
        return [
            SearchHit(
                kind=hit.kind,
                ref_id=hit.ref_id,
                meeting_id=hit.meeting.id if hit.meeting else None,
                meeting_title=hit.meeting.title if hit.meeting else None,
                meeting_date=hit.meeting.scheduled_at if hit.meeting else None,
                item_id=_opening_item(session, hit),
                snippet=snippet(hit.body, terms),
            )
            for hit in found
        ]


def format_hit(hit: SearchHit) -> str:
    """One hit as one tab-separated line: meeting id, date, kind, meeting title, snippet."""
    day = hit.meeting_date.astimezone().date().isoformat() if hit.meeting_date else "-"
    meeting = str(hit.meeting_id) if hit.meeting_id is not None else "-"
    title = " ".join((hit.meeting_title or "-").split())
    return f"{meeting}\t{day}\t{hit.kind.value}\t{title}\t{hit.snippet}"
