"""A scripted meeting run that writes notes and clock presses until it is killed.

Each note's id is printed only after its transaction committed, so the printed ids are the
notes the run promised to keep. A run that was killed is picked up where it stopped.
"""

from __future__ import annotations

import sys

from facilitator.record.notes import add_note
from facilitator.record.run import MeetingRun
from facilitator.storage.database import open_database
from facilitator.vocabulary import NoteKind


def main(db_path: str, meeting_id: int) -> None:
    db = open_database(db_path)
    run = MeetingRun.open(db, meeting_id)
    state = run.state()
    if not state.started:
        run.start()
    elif state.paused:
        run.resume()
    print("READY", flush=True)
    count = 0
    while True:
        state = run.state()
        item = run.meeting.items[state.current_index]
        note_id = add_note(
            db, meeting_id, item.id, NoteKind.NOTE, f"note {count}", state.meeting_elapsed
        )
        print(note_id, flush=True)
        count += 1
        if count % 7 == 0 and not state.is_last:
            run.next_item()
        if count % 11 == 0:
            run.pause()
            run.resume()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
