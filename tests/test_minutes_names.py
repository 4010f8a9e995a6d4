"""The minutes' subject and file names name the meeting's day once, and are safe file names."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator.minutes.names import minutes_file_name, minutes_subject, title_without_day

DAY = date(2026, 12, 10)


@pytest.mark.parametrize(
    "title",
    [
        "Weekly smarketing meeting",
        "Weekly smarketing meeting 2026-12-10",
        "Weekly smarketing meeting \N{EM DASH} 2026-12-10",
        "Weekly smarketing meeting (2026-12-10)",
        "2026-12-10: Weekly smarketing meeting",
        "Weekly smarketing meeting, Thursday 10 December 2026",
        "Weekly smarketing meeting Dec 10, 2026",
        "Weekly smarketing meeting 10.12.2026",
        "Weekly  smarketing   meeting 2026/12/10",
    ],
)
def test_the_day_reads_once_in_subject_and_file_name(title: str) -> None:
    assert title_without_day(title, DAY) == "Weekly smarketing meeting"
    assert minutes_subject(title, DAY) == (
        "Minutes \N{EM DASH} Weekly smarketing meeting \N{EM DASH} 2026-12-10"
    )
    assert minutes_file_name(title, DAY) == "2026-12-10 Weekly smarketing meeting minutes.pdf"


def test_a_day_inside_the_title_leaves_one_separator() -> None:
    title = "Weekly \N{EM DASH} 2026-12-10 \N{EM DASH} pipeline review"
    assert title_without_day(title, DAY) == "Weekly \N{EM DASH} pipeline review"


def test_another_date_in_the_title_stays() -> None:
    title = "Plan for the 2026-12-31 launch"
    assert title_without_day(title, DAY) == title
    assert minutes_subject("Sprint 2026-12-101", DAY).count("2026-12-10") == 2


def test_a_title_that_is_only_the_day_still_names_a_meeting() -> None:
    subject = minutes_subject("2026-12-10", DAY)
    assert subject == "Minutes \N{EM DASH} Meeting \N{EM DASH} 2026-12-10"
    assert minutes_file_name("(2026-12-10)", DAY) == "2026-12-10 Meeting minutes.pdf"


def test_file_names_are_safe_on_windows_and_not_too_long() -> None:
    assert minutes_file_name('a<b>:"c"|?*', DAY) == "2026-12-10 a-b-c minutes.pdf"
    assert minutes_file_name("Weekly: smarketing/sync\\x", DAY) == (
        "2026-12-10 Weekly- smarketing-sync-x minutes.pdf"
    )
    assert minutes_file_name("///", DAY) == "2026-12-10 Meeting minutes.pdf"
    assert minutes_file_name("tab\there\x00", DAY) == "2026-12-10 tab here minutes.pdf"
    assert minutes_file_name("Weekly", DAY, suffix=".eml") == "2026-12-10 Weekly minutes.eml"
    long_name = minutes_file_name("会议" * 100, DAY)
    assert len(long_name.encode("utf-8")) <= 255
    assert long_name.startswith("2026-12-10 会议") and long_name.endswith(" minutes.pdf")
