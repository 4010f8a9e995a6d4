"""Notes: typing them during the run, the list that shows them, and their undoable edits."""
