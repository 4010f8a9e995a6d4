"""EditCommand: redo() does the edit on push, undo() takes it back, a refusal is a message
and leaves the command off the stack."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QUndoStack

from facilitator.storage.write_errors import SaveRefused
from facilitator.ui.common.commands import EditCommand, push_edit


class WordRefused(ValueError):
    """The fake core's refusal, as NoteRefused is the notes' one."""


class Words:
    """A fake core: a list of words that can refuse as the real core and the disk do."""

    def __init__(self) -> None:
        self.words: list[str] = []
        self.refuse: Exception | None = None

    def add(self, word: str) -> None:
        self._check()
        self.words.append(word)

    def remove(self, word: str) -> None:
        self._check()
        self.words.remove(word)

    def _check(self) -> None:
        if self.refuse is not None:
            raise self.refuse


class AddWord(EditCommand):
    refusals = (WordRefused,)

    def __init__(self, core: Words, word: str, tell, shown: list[str]) -> None:
        super().__init__(f"Add {word}", "word", tell)
        self.core, self.word, self.seen = core, word, shown

    def apply(self) -> None:
        self.core.add(self.word)

    def revert(self) -> None:
        self.core.remove(self.word)

    def shown(self) -> None:
        self.seen.append(" ".join(self.core.words))


@pytest.fixture
def setup(qapp):
    stack = QUndoStack()
    core = Words()
    told: list[str] = []
    shown: list[str] = []

    def command(word: str) -> AddWord:
        return AddWord(core, word, told.append, shown)

    return stack, core, told, shown, command


def test_push_does_the_edit_once_and_undo_redo_call_the_core(setup) -> None:
    stack, core, told, shown, command = setup
    assert push_edit(stack, command("agenda"))
    assert core.words == ["agenda"]
    assert shown == ["agenda"]
    assert stack.count() == 1
    assert stack.undoText() == "word"
    assert stack.command(0).text() == "Add agenda"
    undo = stack.createUndoAction(stack, "Undo")
    assert undo.text() == "Undo word"

    stack.undo()
    assert core.words == []
    stack.redo()
    assert core.words == ["agenda"]
    assert shown == ["agenda", "", "agenda"]
    assert told == []


@pytest.mark.parametrize(
    "refusal, message",
    [
        (WordRefused("A word can't be empty."), "A word can't be empty."),
        (SaveRefused("The disk is full."), "The disk is full."),
        (WordRefused(), "This change was not saved."),
    ],
)
def test_a_refused_edit_is_told_and_never_reaches_the_stack(setup, refusal, message) -> None:
    stack, core, told, shown, command = setup
    push_edit(stack, command("first"))
    core.refuse = refusal
    assert not push_edit(stack, command("second"))
    assert told == [message]
    assert core.words == ["first"]
    assert stack.count() == 1 and stack.index() == 1
    assert stack.undoText() == "word"
    assert shown == ["first"]


def test_a_refused_undo_or_redo_drops_that_command_and_keeps_the_others(setup) -> None:
    stack, core, told, _shown, command = setup
    push_edit(stack, command("one"))
    push_edit(stack, command("two"))
    core.refuse = WordRefused("The word is gone.")
    stack.undo()
    assert told == ["The word is gone."]
    assert core.words == ["one", "two"]
    assert stack.count() == 1 and not stack.canRedo()

    core.refuse = None
    stack.undo()
    assert core.words == ["two"]
    core.refuse = SaveRefused("The database is busy.")
    stack.redo()
    assert told == ["The word is gone.", "The database is busy."]
    assert stack.count() == 0 and not stack.canUndo() and not stack.canRedo()


def test_an_error_that_is_not_a_refusal_is_not_hidden_as_a_message(setup) -> None:
    _stack, core, told, _shown, command = setup
    core.refuse = KeyError("bug")
    edit = command("word")
    with pytest.raises(KeyError):
        edit.redo()
    assert told == []
