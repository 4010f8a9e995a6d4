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

A page (limit hits) is looked for first among the newest meetings, those holding the newest
FIRST_NOTES notes: a common word fills it there, and then only their notes, action items and
disputes are tested against the index (SQLite reads each index only within their rowid
ranges; PostgreSQL looks each one's row up by its rowid), never the word's every match (one
note of five: 22,000 on a ten-year history). When they hold fewer hits, every match is read,
as for a page's rest. They are not tried when their notes hold no page where every term
begins a word (a customer's name; two words seldom together); when they hold a part of one
that WIDER times as many notes would likely fill (a word in one note of ten to twenty), those
are tried next. On SQLite two terms, one rare, are anded inside each FTS5 index
(_matched_pair).

A team database on PostgreSQL finds the same rows by its own means (migration 0007's
search_index): word beginnings through a tsquery of the term's letter and digit runs, accent
folded by unaccent as the index is, against the tsvector under GIN; any stretch of three
characters or more through ILIKE, which the pg_trgm GIN index answers. Everything after the
matching rowids is the same SQL on both engines. One difference is left: unaccent also
spells letters that carry no accent mark plainly (Ø as O, Ł as L, ß as ss), which SQLite
finds only as they are written.
"""

from __future__ import annotations

import itertools
import re
import string
import sys
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import lru_cache
from typing import Any

from sqlalchemy import Integer, Row, String, column, text
from sqlalchemy.orm import Session

from facilitator.language import _
from facilitator.storage.database import Database
from facilitator.storage.models import UTCDateTime
from facilitator.vocabulary import DisputeRole, ItemKind, NoteKind

MAX_QUERY_LENGTH = 1000
DEFAULT_LIMIT = 50
SNIPPET_BEFORE = 40
SNIPPET_LENGTH = 160
MIN_TRIGRAM_TERM = 3
# rowid = ref_id * ROWID_STRIDE + the source's code, as the migration's triggers write it
ROWID_STRIDE = 4
NOTE_CODE, DISPUTE_CODE, ACTION_CODE = 1, 2, 3
WALK_FROM = 2000
"""From this many matches on, a page's notes are found by walking the meetings newest first."""
FIRST_NOTES = 500
"""A page is looked for first among the newest meetings holding up to this many notes (a
common word fills it there), before every match of the index is."""
WIDER = 4
"""How many times more of the newest notes the second look takes, before every match."""
RARE_MATCHES = 1000
"""Two terms, one with fewer matches than this in each index, are anded inside each index."""
DNF_TERMS = 2
"""Up to this many terms, PostgreSQL is asked for each way of matching them all (2**terms)."""


class SearchKind(StrEnum):
    NOTE = "note"
    DECISION = "decision"
    HIGHLIGHT = "highlight"
    QUESTION = "question"
    METRIC = "metric"
    DISPUTE = "dispute"
    ACTION_ITEM = "action_item"

    @property
    def label(self) -> str:
        """A note hit reads as its note's kind; the other two are not notes."""
        if self is SearchKind.DISPUTE:
            return "Dispute"
        if self is SearchKind.ACTION_ITEM:
            return "Action item"
        return NoteKind(self.value).label


# The agenda item a dispute or action item hit opens at: the first of these kinds there is (a
# dispute made from a note opens at the note's item, _FROM_NOTE_ITEM, and one raised while its
# meeting ran at the item then running, _RAISED_AT_ITEM).
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
    marks: tuple[tuple[int, int], ...] = ()
    """Where in snippet the query's terms occur, as (start, end) offsets: what a result marks."""


def search_terms(query: str) -> list[str]:
    """The terms a query is split into; NUL counts as whitespace (SQLite ends a string at it)."""
    return query.replace("\x00", " ").split()


def _fts5_string(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _like_pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _term_rowids(term: str, index: int, *, ranged: bool = False) -> tuple[str, dict[str, str]]:
    """SQL for the rowids one term matches (a word beginning, or any stretch of the text), in
    rowid order: both indexes give their rowids sorted, so SQLite merges them without a sort.
    Ranged, only those within one of the ranges CTE's (lo, hi): FTS5 reads just that stretch
    of a match list (a rowid at a time costs a whole query each)."""

    def source(table: str) -> str:
        if not ranged:
            return table
        return f"ranges AS r JOIN {table} ON {table}.rowid BETWEEN r.lo AND r.hi"

    words = (
        f"SELECT search_words.rowid FROM {source('search_words')}"
        f" WHERE search_words MATCH :words{index}"
    )
    parameters = {f"words{index}": _fts5_string(term) + "*"}
    grams = f"SELECT search_grams.rowid FROM {source('search_grams')} WHERE "
    if len(term) >= MIN_TRIGRAM_TERM:
        grams += f"search_grams MATCH :grams{index}"
        parameters[f"grams{index}"] = _fts5_string(term)
    else:
        grams += f"search_grams.body LIKE :grams{index} ESCAPE '\\'"
        parameters[f"grams{index}"] = _like_pattern(term)
    if ranged:
        return f"{words} UNION ALL {grams}", parameters
    return f"{words} UNION {grams} ORDER BY 1", parameters


def _matched(terms: Sequence[str]) -> tuple[str, dict[str, str]]:
    """A CTE of the rowids that match every term, intersected inside SQLite: a common word's
    many rowids never travel to Python. (SQLite drops a subquery's ORDER BY, and with it the
    sorted merge, so one term's union is the CTE itself.)"""
    first, parameters = _term_rowids(terms[0], 0)
    conditions = []
    for index, term in enumerate(terms[1:], start=1):
        sql, more = _term_rowids(term, index)
        conditions.append(f"rowid IN ({sql})")
        parameters.update(more)
    rowids = first
    if conditions:
        rowids = f"SELECT rowid FROM ({first}) AS f WHERE {' AND '.join(conditions)}"
    return f"WITH matched(rowid) AS MATERIALIZED ({rowids}) ", parameters


def _matched_pair(rare: str, other: str) -> tuple[str, dict[str, str]]:
    """The CTE for two terms, neither too short for the trigram index, one of them rare, with
    both anded inside each index, which FTS5 does by skipping through the longer match list
    (a name and a word in one note of five: 3 ms instead of 11 for the word's every match).
    With W and G a term's rows by words and by grams (0 the rare term), the rows matching
    both, (W0 | G0) & (W1 | G1), are W0 & W1 | G0 & G1 | (W0 - G0) & G1 | (G0 - W0) & W1:
    W0 & G1 is (W0 & G0) & G1, inside G0 & G1, and the rest; G0 & W1 likewise. The rare
    term's differences are seldom more than a few rows (an accent, a part of a word), and
    SQLite reads the other term's match list for them only when there is one."""
    words = [_fts5_string(term) + "*" for term in (rare, other)]
    grams = [_fts5_string(term) for term in (rare, other)]
    parameters = {
        "rare_words": words[0],
        "rare_grams": grams[0],
        "other_words": words[1],
        "other_grams": grams[1],
        "both_words": " AND ".join(words),
        "both_grams": " AND ".join(grams),
    }
    return (
        "WITH w(rowid) AS MATERIALIZED (SELECT rowid FROM search_words"
        " WHERE search_words MATCH :rare_words), g(rowid) AS MATERIALIZED (SELECT rowid"
        " FROM search_grams WHERE search_grams MATCH :rare_grams), matched(rowid) AS"
        " MATERIALIZED (SELECT rowid FROM search_words WHERE search_words MATCH :both_words"
        " UNION SELECT rowid FROM search_grams WHERE search_grams MATCH :both_grams"
        " UNION SELECT rowid FROM (SELECT rowid FROM w EXCEPT SELECT rowid FROM g) AS d"
        " WHERE rowid IN (SELECT rowid FROM search_grams WHERE search_grams MATCH :other_grams)"
        " UNION SELECT rowid FROM (SELECT rowid FROM g EXCEPT SELECT rowid FROM w) AS d"
        " WHERE rowid IN (SELECT rowid FROM search_words WHERE search_words MATCH :other_words))"
        " "
    ), parameters


_FEW_MATCHES = (
    "SELECT CASE WHEN (SELECT count(*) FROM (SELECT 1 FROM search_words"
    " WHERE search_words MATCH :words LIMIT :few) AS w) < :few THEN (SELECT count(*)"
    " FROM (SELECT 1 FROM search_grams WHERE search_grams MATCH :grams LIMIT :few) AS g)"
    " < :few ELSE 0 END"
)
"""SQL true when a term has fewer than :few matches in each index (the grams counted only
when the words have fewer)."""


def _rare_term(session: Session, terms: Sequence[str]) -> int | None:
    """The index of the first of two terms, neither too short for the trigram index, with
    under RARE_MATCHES matches in both indexes (a customer's name), or None."""
    if len(terms) != 2 or min(map(len, terms)) < MIN_TRIGRAM_TERM:
        return None
    for index, term in enumerate(terms):
        parameters = {"words": _fts5_string(term) + "*", "grams": _fts5_string(term)}
        few = session.execute(text(_FEW_MATCHES), {**parameters, "few": RARE_MATCHES})
        if few.scalar_one():
            return index
    return None


def _matched_in_newest(terms: Sequence[str]) -> tuple[str, dict[str, str]]:
    """CTEs (after _NEWEST's) of the candidates that match every term, each term's matches
    read from both indexes only within the candidates' rowid range of each source."""
    conditions, parameters = [], {}
    for index, term in enumerate(terms):
        sql, more = _term_rowids(term, index, ranged=True)
        conditions.append(f"rowid IN ({sql})")
        parameters.update(more)
    return (
        "ranges(lo, hi) AS MATERIALIZED (SELECT min(rowid), max(rowid) FROM candidates"
        f" GROUP BY rowid % {ROWID_STRIDE}), matched(rowid) AS MATERIALIZED (SELECT rowid"
        f" FROM candidates WHERE {' AND '.join(conditions)}) "
    ), parameters


_RUNS = re.compile(r"[^\W_]+")
"""A term's letter and digit runs: its words as to_tsquery is given them."""


def _ascii_cases(term: str) -> list[str]:
    """Every spelling of a short term with A-Z in either case (at most four), which LIKE
    finds as SQLite's LIKE finds the term: a scan, but no slower than one (translate() is)."""
    choices = [{c.lower(), c.upper()} if c in string.ascii_letters else {c} for c in term]
    return sorted("".join(spelling) for spelling in itertools.product(*choices))


def _tsquery_lexeme(word: str) -> str:
    """A word quoted for to_tsquery, so nothing in it is read as an operator."""
    return "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"


def _server_words(session: Session, terms: Sequence[str]) -> list[str | None]:
    """Each term's tsquery (None: no letter or digit, so no word to match, and nothing to
    vanish from a tsquery anded with others): the phrase of its runs, the
    last a word beginning, accent folded by the server's unaccent as the index's text was
    (one round trip for them all; a folded run may hold a quote: "ŉ" becomes "'n")."""
    runs = [_RUNS.findall(term) for term in terms]
    every = [run for term_runs in runs for run in term_runs]
    if not every:
        return [None for _ in terms]
    joined = session.execute(text("SELECT unaccent(:runs)"), {"runs": "\n".join(every)})
    folded = iter(joined.scalar_one().split("\n"))
    phrases: list[str | None] = []
    for term_runs in runs:
        spelled = [next(folded) or run for run in term_runs]
        if any(character.isalnum() for run in spelled for character in run):
            phrases.append(" <-> ".join(_tsquery_lexeme(run) for run in spelled) + ":*")
        else:
            phrases.append(None)
    return phrases


def _text_condition(term: str, index: int) -> tuple[str, dict[str, str]]:
    """SQL true of a search_index row si holding the term anywhere in its text: ILIKE from
    three characters (the pg_trgm index), below that LIKE with A-Z folded alone, as SQLite
    compares a short term."""
    if len(term) >= MIN_TRIGRAM_TERM:
        return f"si.body ILIKE :text{index} ESCAPE '\\'", {f"text{index}": _like_pattern(term)}
    parameters = {
        f"text{index}_{number}": _like_pattern(spelling)
        for number, spelling in enumerate(_ascii_cases(term))
    }
    either = " OR ".join(f"si.body LIKE :{name} ESCAPE '\\'" for name in parameters)
    return f"({either})", parameters


def _server_conditions(
    terms: Sequence[str], words: Sequence[str | None]
) -> tuple[str, dict[str, str]]:
    """SQL true of a search_index row si that matches every term, by its words (the GIN
    tsvector) or its text. Up to DNF_TERMS terms, none too short for the trigram index, it is
    written as the OR of each way of matching them all, the words of a way in one tsquery: the
    planner then ands the indexes' bitmaps (two words each in one note of five: the matching
    rows in 36 ms instead of 100)."""
    texts = [_text_condition(term, index) for index, term in enumerate(terms)]
    parameters = {name: value for _, more in texts for name, value in more.items()}
    ways = [
        [(phrase, None), (None, sql)] if phrase else [(None, sql)]
        for phrase, (sql, _) in zip(words, texts, strict=True)
    ]
    if len(terms) > DNF_TERMS or min(map(len, terms)) < MIN_TRIGRAM_TERM:
        each = [
            " OR ".join(
                _way([choice], f"{index}_{n}", parameters) for n, choice in enumerate(choices)
            )
            for index, choices in enumerate(ways)
        ]
        return " AND ".join(f"({either})" for either in each), parameters
    any_way = " OR ".join(
        _way(list(way), str(number), parameters)
        for number, way in enumerate(itertools.product(*ways))
    )
    return f"({any_way})", parameters


def _way(
    choices: Sequence[tuple[str | None, str | None]], name: str, parameters: dict[str, str]
) -> str:
    """One way of matching terms: the words ones as one tsquery (added to parameters under
    name), and the text ones."""
    phrases = [phrase for phrase, _ in choices if phrase is not None]
    conditions = [sql for _, sql in choices if sql is not None]
    if phrases:
        parameters[f"words{name}"] = " & ".join(f"({phrase})" for phrase in phrases)
        conditions.insert(0, f"si.words @@ to_tsquery('simple', :words{name})")
    return "(" + " AND ".join(conditions) + ")"


def _dispute_meeting(dispute: str) -> str:
    """SQL for the meeting a dispute's hits are in: the one it was raised in, else the earliest
    it was taken up in."""
    return (
        "(SELECT l.meeting_id FROM dispute_meetings AS l JOIN meetings AS lm"
        f" ON lm.id = l.meeting_id WHERE l.dispute_id = {dispute}"
        f" ORDER BY l.role != '{DisputeRole.RAISED.value}', lm.scheduled_at, l.meeting_id"
        " LIMIT 1)"
    )


def _boundary(likely: str) -> str:
    """SQL for the oldest of the newest meetings whose notes are all among the first
    :first_notes notes, newest meeting first (no row when the newest meeting alone holds
    more), and how many of their notes, up to a page, have every term begin a word: the SQL
    likely, over span(lo, hi), the rowids of those notes."""
    return (
        "WITH newest(meeting_id, rowid) AS MATERIALIZED (SELECT n.meeting_id,"
        f" n.id * {ROWID_STRIDE} + {NOTE_CODE} FROM meetings AS m JOIN notes AS n"
        " ON n.meeting_id = m.id ORDER BY m.scheduled_at DESC, m.id DESC LIMIT :first_notes),"
        " span(lo, hi) AS (SELECT min(rowid), max(rowid) FROM newest) "
        f"SELECT m.scheduled_at, m.id, {likely} FROM (SELECT meeting_id, count(*) AS taken"
        " FROM newest GROUP BY meeting_id) AS t JOIN meetings AS m ON m.id = t.meeting_id"
        " WHERE t.taken = (SELECT count(*) FROM notes AS x WHERE x.meeting_id = t.meeting_id)"
        " ORDER BY m.scheduled_at, m.id LIMIT 1"
    )


def _likely_in_newest(terms: Sequence[str]) -> tuple[str, dict[str, str]]:
    """SQL counting, up to a page, the newest notes where every term begins a word (on SQLite,
    by one FTS5 query anding them within those notes' rowids), and its parameter: a page is
    looked for among the newest meetings only when they hold one, as it seldom is there
    otherwise (a customer's name; two words each in one note of five, together in one of
    twenty), and among WIDER times as many only when a page there is likely from the count."""
    anded = " AND ".join(_fts5_string(term) + "*" for term in terms)
    return (
        "(SELECT count(*) FROM (SELECT 1 FROM span JOIN search_words ON search_words.rowid"
        " BETWEEN span.lo AND span.hi WHERE search_words MATCH :newest_words LIMIT :limit)"
        " AS p)"
    ), {"newest_words": anded}


def _server_likely_in_newest(words: Sequence[str | None]) -> tuple[str, dict[str, str]]:
    """The same count on PostgreSQL: the newest notes' tsvectors are looked at one by one,
    newest first, until a page of them matches (a common word's in a few hundred)."""
    phrases = [f"({phrase})" for phrase in words if phrase is not None]
    if not phrases:
        return "CAST(:limit AS INTEGER)", {}
    return (
        "(SELECT count(*) FROM (SELECT 1 FROM newest AS nn WHERE (SELECT si.words @@"
        " to_tsquery('simple', :newest_words) FROM search_index AS si"
        " WHERE si.rowid = nn.rowid) LIMIT :limit) AS p)"
    ), {"newest_words": " & ".join(phrases)}


_NEWEST = (
    "WITH batch(id) AS MATERIALIZED (SELECT id FROM meetings"
    " WHERE (scheduled_at, id) >= (:since, :since_id)), "
    f"candidates(rowid) AS MATERIALIZED (SELECT n.id * {ROWID_STRIDE} + {NOTE_CODE}"
    " FROM notes AS n WHERE n.meeting_id IN (SELECT id FROM batch)"
    f" UNION ALL SELECT a.id * {ROWID_STRIDE} + {ACTION_CODE} FROM action_items AS a"
    " WHERE a.created_meeting_id IN (SELECT id FROM batch)"
    f" UNION ALL SELECT a.id * {ROWID_STRIDE} + {ACTION_CODE} FROM action_items AS a"
    " WHERE a.created_meeting_id IS NULL AND a.closed_meeting_id IN (SELECT id FROM batch)"
    f" UNION ALL SELECT t.dispute_id * {ROWID_STRIDE} + {DISPUTE_CODE}"
    " FROM dispute_meetings AS t WHERE t.meeting_id IN (SELECT id FROM batch)"
    f" AND t.meeting_id = {_dispute_meeting('t.dispute_id')}), "
)
"""CTEs of the newest meetings (batch): the boundary meeting (:since, :since_id) and every
meeting before it in a page's order, empty ones included, so batch is the start of that order;
and the rowids of what has its hits there (candidates): their notes, action items and
disputes. When batch holds a page of hits, the page is theirs."""

_ORDER = "ORDER BY m.id IS NULL, m.scheduled_at DESC, m.id DESC, s.kind, s.ref_id LIMIT :limit"


def _opening_item(kinds: tuple[ItemKind, ItemKind]) -> str:
    """SQL for the agenda item of hit h's meeting a dispute or action item opens at: the first
    item of the first of kinds there is."""
    first, second = (kind.value for kind in kinds)
    return (
        "(SELECT i.id FROM agenda_items AS i WHERE i.meeting_id = h.meeting_id "
        f"AND i.kind IN ('{first}', '{second}') "
        f"ORDER BY i.kind != '{first}', i.position LIMIT 1)"
    )


_SOURCES = (
    "SELECT n.kind AS kind, n.id AS ref_id, n.item_id AS item_id, n.text AS body, "
    "n.meeting_id AS meeting FROM matched JOIN notes AS n ON n.id = matched.rowid / "
    f"{ROWID_STRIDE} WHERE matched.rowid % {ROWID_STRIDE} = {NOTE_CODE}",
    f"SELECT '{SearchKind.DISPUTE.value}' AS kind, d.id AS ref_id, NULL AS item_id, "
    "d.title || '\n' || d.sales_position || '\n' || d.marketing_position "
    f"|| '\n' || d.resolution AS body, {_dispute_meeting('d.id')} AS meeting "
    f"FROM matched JOIN disputes AS d ON d.id = matched.rowid / {ROWID_STRIDE} "
    f"WHERE matched.rowid % {ROWID_STRIDE} = {DISPUTE_CODE}",
    f"SELECT '{SearchKind.ACTION_ITEM.value}' AS kind, a.id AS ref_id, NULL AS item_id, "
    "a.text AS body, coalesce(a.created_meeting_id, a.closed_meeting_id) AS meeting "
    f"FROM matched JOIN action_items AS a ON a.id = matched.rowid / {ROWID_STRIDE} "
    f"WHERE matched.rowid % {ROWID_STRIDE} = {ACTION_CODE}",
)
_RAISED_AT_ITEM = (
    "(SELECT i.id FROM agenda_items AS i JOIN disputes AS d ON d.id = h.ref_id"
    " WHERE i.meeting_id = h.meeting_id AND i.actual_start <= d.created_at"
    " AND (i.actual_end IS NULL OR i.actual_end >= d.created_at)"
    " ORDER BY i.actual_start DESC, i.position DESC LIMIT 1)"
)
"""SQL for the agenda item that was running when dispute hit h was raised in its meeting: the
item the moderator was on when the dispute came up (the latest one begun by then)."""
_FROM_NOTE_ITEM = (
    "(SELECT n.item_id FROM disputes AS d JOIN notes AS n ON n.id = d.note_id"
    " WHERE d.id = h.ref_id AND n.meeting_id = h.meeting_id)"
)
"""SQL for the agenda item of the note dispute hit h was made from, in the hit's meeting."""
_ITEM = (
    "h.item_id",
    f"coalesce({_FROM_NOTE_ITEM}, {_RAISED_AT_ITEM},"
    f" {_opening_item(_OPENS_AT[SearchKind.DISPUTE])})",
    _opening_item(_OPENS_AT[SearchKind.ACTION_ITEM]),
)
_FEW = "(SELECT count(*) FROM matched) <= :walk_from"


def _notes_walk() -> str:
    """Many matches: walk the meetings newest first and stop at limit notes, rather than look
    up the meeting of every matching note (a word in one note of five: 22,000 of them)."""
    return (
        "SELECT * FROM (SELECT n.kind, n.id AS ref_id, n.item_id, n.text AS body,"
        " m.id AS meeting_id, m.title, m.scheduled_at FROM meetings AS m CROSS JOIN notes AS n"
        f" ON n.meeting_id = m.id WHERE n.id * {ROWID_STRIDE} + {NOTE_CODE} IN"
        f" (SELECT rowid FROM matched) AND NOT {_FEW}"
        " ORDER BY m.scheduled_at DESC, m.id DESC, n.kind, n.id LIMIT :limit) AS w"
    )


def _hits(notes_walk: str | None) -> str:
    """Each source's first limit hits in the page's order (meeting newest first), with all a
    hit shows; only these rows are read, and only their meetings' agenda items. With a
    notes_walk, it finds the notes instead when there are many matches."""
    wheres = (f"WHERE {_FEW}", "", "") if notes_walk else ("", "", "")
    return " UNION ALL ".join(
        [
            f"SELECT h.kind, h.ref_id, {item} AS item_id, h.body, h.meeting_id, h.title,"
            " h.scheduled_at FROM (SELECT s.kind, s.ref_id, s.item_id, s.body,"
            f" m.id AS meeting_id, m.title, m.scheduled_at FROM ({source}) AS s"
            f" LEFT JOIN meetings AS m ON m.id = s.meeting {where} {_ORDER}) AS h"
            for source, item, where in zip(_SOURCES, _ITEM, wheres, strict=True)
        ]
        + ([notes_walk] if notes_walk else [])
    )


_SQLITE_HITS = _hits(_notes_walk())
_NEWEST_HITS = _hits(None)


def _server_walk(conditions: str) -> str:
    """The walk on PostgreSQL: each meeting's notes, newest meeting first, each looked up in
    search_index by its rowid (the planner would rather join every match, slowly)."""
    return (
        "SELECT * FROM (SELECT w.kind, w.ref_id, w.item_id, w.body, m.id AS meeting_id,"
        " m.title, m.scheduled_at FROM meetings AS m CROSS JOIN LATERAL (SELECT n.kind,"
        " n.id AS ref_id, n.item_id, n.text AS body FROM notes AS n WHERE n.meeting_id = m.id"
        " AND EXISTS (SELECT 1 FROM search_index AS si WHERE si.rowid ="
        f" n.id * {ROWID_STRIDE} + {NOTE_CODE} AND {conditions})) AS w WHERE NOT {_FEW}"
        " ORDER BY m.scheduled_at DESC, m.id DESC, w.kind, w.ref_id LIMIT :limit) AS walk"
    )


def _server_statement(conditions: str) -> str:
    """The search on PostgreSQL: the matching rowids from search_index's GIN indexes, then
    the same SQL as on SQLite, but for the walk."""
    matched = (
        "WITH matched(rowid) AS MATERIALIZED "
        f"(SELECT si.rowid FROM search_index AS si WHERE {conditions}) "
    )
    return matched + _hits(_server_walk(conditions))


def _server_newest(conditions: str) -> str:
    """The newest meetings' hits on PostgreSQL: each candidate's search_index row looked up
    by its rowid and tested, never the GIN indexes (a common word's every match is what takes
    the time; the planner, told of a rare one, would join them all: a scalar subquery is
    one it leaves as it is)."""
    return (
        _NEWEST + "matched(rowid) AS MATERIALIZED (SELECT c.rowid FROM candidates AS c"
        f" WHERE (SELECT {conditions} FROM search_index AS si WHERE si.rowid = c.rowid)) "
        + _NEWEST_HITS
    )


@dataclass(frozen=True)
class _Statements:
    """A search's SQL: the boundary of the newest meetings, their hits, every match's hits."""

    boundary: str
    newest: str
    every: str
    parameters: dict[str, str]


def _statements(session: Session, terms: Sequence[str], *, on_server: bool) -> _Statements:
    if on_server:
        words = _server_words(session, terms)
        conditions, parameters = _server_conditions(terms, words)
        likely, more = _server_likely_in_newest(words)
        return _Statements(
            _boundary(likely),
            _server_newest(conditions),
            _server_statement(conditions),
            parameters | more,
        )
    in_newest, parameters = _matched_in_newest(terms)
    likely, more = _likely_in_newest(terms)
    rare = _rare_term(session, terms)
    if rare is None:
        matched, every = _matched(terms)
    else:
        matched, every = _matched_pair(terms[rare], terms[1 - rare])
    return _Statements(
        _boundary(likely),
        _NEWEST + in_newest + _NEWEST_HITS,
        matched + _SQLITE_HITS,
        parameters | more | every,
    )


@lru_cache(maxsize=4096)
def _fold(character: str) -> str:
    """One character folded; remembered, as the marks of a page fold thousands of characters
    of a few hundred kinds."""
    decomposed = unicodedata.normalize("NFKD", character)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def folded(text: str) -> str:
    """The text with accents aside and case folded, as a search matches it ("zoe" finds Zoë)."""
    if text.isascii():
        return text.lower()
    return "".join(map(_fold, text))


def _folded_with_origin(text: str) -> tuple[str, list[int]]:
    """The folded text, and for each of its characters the index in text it came from (one
    character may fold to several: "ß" to "ss"). ASCII folds to its lower case, one for one."""
    if text.isascii():
        return text.lower(), list(range(len(text)))
    pieces = [_fold(character) for character in text]
    return "".join(pieces), [index for index, piece in enumerate(pieces) for _ in piece]


def _first_match(body: str, terms: Sequence[str]) -> int:
    """Where in body a term first occurs: by case alone when that finds one (quick), else with
    accents aside too; 0 when none does (a word-beginning match the index folded otherwise)."""
    lowered = body.lower()
    if len(lowered) == len(body):
        found = [at for at in (lowered.find(term.lower()) for term in terms) if at >= 0]
        if found:
            return min(found)
    haystack, origin = _folded_with_origin(body)
    found = [haystack.find(folded(term)) for term in terms]
    first = min((at for at in found if at >= 0), default=-1)
    return origin[first] if 0 <= first < len(origin) else 0


def _to_word_end(text: str, start: int, end: int) -> tuple[int, int]:
    """A match at a word's beginning stands for the word ("webin" found "Webinar")."""
    if start == 0 or not text[start - 1].isalnum():
        while end < len(text) and text[end].isalnum():
            end += 1
    return start, end


def match_spans(text: str, terms: Sequence[str]) -> tuple[tuple[int, int], ...]:
    """Where in text the terms occur, case and accents aside ("jose" marks "José"), as
    (start, end) offsets of text in order, overlapping ones joined; a term found at a word's
    beginning marks the whole word, as the search found the word by it."""
    haystack, origin = _folded_with_origin(text)
    spans: list[tuple[int, int]] = []
    for term in terms:
        needle = folded(term)
        at = haystack.find(needle) if needle else -1
        while at >= 0:
            spans.append(_to_word_end(text, origin[at], origin[at + len(needle) - 1] + 1))
            at = haystack.find(needle, at + len(needle))
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and start <= joined[-1][1]:
            joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
        else:
            joined.append((start, end))
    return tuple(joined)


def _found(body: str, terms: Sequence[str]) -> tuple[str, tuple[tuple[int, int], ...]]:
    shown = snippet(body, terms)
    return shown, match_spans(shown, terms)


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


_COLUMNS = (
    column("kind", String),
    column("ref_id", Integer),
    column("item_id", Integer),
    column("body", String),
    column("meeting_id", Integer),
    column("title", String),
    column("scheduled_at", UTCDateTime),
)


def _newest_first(row: Row[Any]) -> tuple[bool, float, int, str, int]:
    if row.meeting_id is None:
        return (True, 0.0, 0, row.kind, row.ref_id)
    return (False, -row.scheduled_at.timestamp(), -row.meeting_id, row.kind, row.ref_id)


def _first_notes(limit: int) -> tuple[int, ...]:
    """The newest notes a page of limit hits is looked for among, in turn: FIRST_NOTES for each
    DEFAULT_LIMIT, so the pages after the first, fetched as the user scrolls, are found there
    as often as the first; then WIDER times as many, where a word in one note of ten to twenty
    fills a page (issue #20: 'health', seldom a page in the newest 500 notes)."""
    first = FIRST_NOTES * max(1, -(-limit // DEFAULT_LIMIT))
    return first, first * WIDER


def search(db: Database, query: str, *, limit: int | None = DEFAULT_LIMIT) -> list[SearchHit]:
    """Notes, disputes and action items that match every term of query, newest meeting first.

    limit None returns every hit. An empty or overlong query is refused (SearchRefused).
    """
    if len(query) > MAX_QUERY_LENGTH:
        raise SearchRefused(
            _("Search for at most {max_query_length:,} characters at once.").format(
                max_query_length=MAX_QUERY_LENGTH
            )
        )
    terms = search_terms(query)
    if not terms:
        raise SearchRefused(_("Type a word to search for."))
    on_server = db.engine.dialect.name == "postgresql"
    with db.read() as session:
        sql = _statements(session, terms, on_server=on_server)
        parameters = sql.parameters
        found: list[Row[Any]] = []
        for first_notes in _first_notes(limit) if limit is not None else ():
            boundary = session.execute(
                text(sql.boundary), {**parameters, "first_notes": first_notes, "limit": limit}
            ).first()
            if boundary is None or boundary[2] * WIDER < limit:
                break  # not a page there, nor likely in WIDER times as many notes
            if boundary[2] >= limit:
                found = session.execute(
                    text(sql.newest).columns(*_COLUMNS),
                    {**parameters, "limit": limit, "since": boundary[0], "since_id": boundary[1]},
                ).all()
                break
        if limit is None or len(found) < limit:
            rows = session.execute(
                text(sql.every).columns(*_COLUMNS),
                {
                    **parameters,
                    "limit": limit if limit is not None else None if on_server else -1,
                    "walk_from": WALK_FROM if limit is not None else sys.maxsize,
                },
            )
            found = list(rows)
        found.sort(key=_newest_first)
    if limit is not None:
        found = found[:limit]
    return [
        SearchHit(
            kind=SearchKind(row.kind),
            ref_id=row.ref_id,
            meeting_id=row.meeting_id,
            meeting_title=row.title,
            meeting_date=row.scheduled_at,
            item_id=row.item_id,
            snippet=shown,
            marks=marks,
        )
        for row in found
        for shown, marks in [_found(row.body, terms)]
    ]


def format_hit(hit: SearchHit) -> str:
    """One hit as one tab-separated line: meeting id, date, kind, meeting title, snippet."""
    day = hit.meeting_date.astimezone().date().isoformat() if hit.meeting_date else "-"
    meeting = str(hit.meeting_id) if hit.meeting_id is not None else "-"
    title = " ".join((hit.meeting_title or "-").split())
    return f"{meeting}\t{day}\t{hit.kind.value}\t{title}\t{hit.snippet}"
