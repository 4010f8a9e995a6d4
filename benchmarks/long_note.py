"""Minutes of meetings whose one note is at the length limit (issue #13, point 5), one meeting
per kind of text, and at a fifth of the limit to show the time is linear. Run as a child, like a
`facilitator minutes` export; prints one JSON line: per kind and length, the seconds of each
export (the first one cold) and the pages."""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

from pypdf import PdfReader

from benchmarks.generator import WORDS
from facilitator import timesource
from facilitator.minutes import write_minutes
from facilitator.record.meetings import create_meeting
from facilitator.record.notes import MAX_NOTE_LENGTH, add_note
from facilitator.record.templates import builtin_template
from facilitator.storage.database import open_database
from facilitator.vocabulary import NoteKind

CHINESE = "我们需要更多的潜在客户下周五之前完成市场销售团队会议报告数据分析线索质量跟进转化率预算"
HEBREW = ("הפגישה", "מחר", "בשעה", "עם", "צוות", "המכירות", "והשיווק", "Sales", "(10:00)")

SHORTER = MAX_NOTE_LENGTH // 5
"""The same kinds of note at a fifth of the limit: linear time takes a fifth as long."""


def texts(length: int = MAX_NOTE_LENGTH, seed: int = 13) -> dict[str, str]:
    """A note of each kind at the limit: words, one word without a space, Chinese, Hebrew."""
    rng = random.Random(seed)
    words = length // 3 + 1
    chinese = "".join(rng.choice(CHINESE) + "，" * (rng.random() < 0.08) for _ in range(length))
    return {
        "words": " ".join(rng.choice(WORDS) for _ in range(words))[:length],
        "one word": "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(length)),
        "Chinese": chinese[:length],
        "Hebrew": " ".join(rng.choice(HEBREW) for _ in range(words))[:length],
    }


def main(folder: str, runs: int) -> None:
    db = open_database(Path(folder) / "long-notes.sqlite")
    out = Path(folder) / "long-note.pdf"
    results: dict[str, dict[str, object]] = {}
    for length in (MAX_NOTE_LENGTH, SHORTER):  # the cold first exports count against the limit
        for kind, note in texts(length).items():
            meeting_id = create_meeting(
                db, builtin_template("weekly").plan, title=f"Long note: {kind}",
                scheduled_at=timesource.now(),
            )
            add_note(db, meeting_id, None, NoteKind.NOTE, note, 60.0)
            seconds = []
            for _ in range(runs):
                began = time.perf_counter()
                write_minutes(db, meeting_id, out)
                seconds.append(time.perf_counter() - began)
            results[f"{kind} {length}"] = {"seconds": seconds, "pages": len(PdfReader(out).pages)}
    db.close()
    print(json.dumps(results), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
