"""The funnel scorecard: CSV imports (the app's own, HubSpot's, Salesforce's) land whole or not
at all, a period is replaced whole, and the scorecard reads rates, goals and sources."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from facilitator.funnel.crm_exports import ExportFormat
from facilitator.funnel.csv_import import import_funnel, replace_periods
from facilitator.funnel.periods import parse_period, period_label, previous_start
from facilitator.funnel.scorecard_reading import funnel_periods, scorecard
from facilitator.funnel.stages import StageCounts
from facilitator.measures.metrics import ensure_default_goals
from facilitator.measures.metrics_import import ImportRefused
from facilitator.storage.database import Database
from facilitator.vocabulary import FunnelStage, Period

DATA = Path(__file__).parent / "data"
OCTOBER, NOVEMBER = date(2026, 10, 1), date(2026, 11, 1)


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "funnel.csv"
    path.write_text(text, encoding="utf-8")
    return path


def _counts(db: Database, start: date) -> dict[str, StageCounts]:
    card = scorecard(db, Period.MONTH, start)
    assert card is not None
    return {line.source: line.counts for line in card.sources}


def test_periods_read_as_the_csv_names_them():
    assert parse_period("2026-11") == (Period.MONTH, NOVEMBER)
    assert parse_period("2026-q4") == (Period.QUARTER, OCTOBER)
    assert parse_period("2026-W47") == (Period.WEEK, date(2026, 11, 16))
    assert period_label(Period.WEEK, date(2026, 11, 16)) == "Week 47, 2026"
    assert previous_start(Period.QUARTER, date(2026, 1, 1)) == OCTOBER.replace(year=2025)
    assert previous_start(Period.MONTH, date(2026, 1, 1)) == date(2025, 12, 1)


def test_the_apps_own_format_lands_every_row(db: Database):
    imported = import_funnel(db, DATA / "funnel_facilitator.csv")
    assert [e.line for e in imported.entries] == [2, 3, 4, 5, 6]
    assert imported.replaced == ()
    october = _counts(db, OCTOBER)
    assert october["Webinars"] == StageCounts(400, 180, 120, 60, 30, 6, 84_000)
    assert october["Website demo requests"].revenue == 196_000
    assert funnel_periods(db) == [(Period.MONTH, NOVEMBER), (Period.MONTH, OCTOBER)]


def test_hubspot_contacts_are_counted_per_month_and_original_source(db: Database):
    import_funnel(db, DATA / "funnel_hubspot.csv", ExportFormat.HUBSPOT)
    october = _counts(db, OCTOBER)
    # Lead Status "In Progress" makes a lead accepted; a customer reached every stage.
    assert october["Organic Search"] == StageCounts(4, 3, 2, 1, 1, 1, 18_500)
    assert october["Paid Social"] == StageCounts(2, 1, 1, 1, 0, 0, 0)
    assert _counts(db, NOVEMBER) == {"Paid Social": StageCounts(1, 1, 1, 1, 1, 0, 0)}


def test_salesforce_leads_are_counted_per_month_and_lead_source(db: Database):
    import_funnel(db, DATA / "funnel_salesforce.csv", ExportFormat.SALESFORCE)
    october = _counts(db, OCTOBER)
    # MQL, Working - Contacted and a Closed Won conversion; Amount only for the won one.
    assert october["Web"] == StageCounts(4, 3, 2, 1, 1, 1, 24_000)
    assert october["Trade Show"] == StageCounts(2, 1, 1, 1, 1, 0, 0)
    assert _counts(db, NOVEMBER) == {"Trade Show": StageCounts(1, 0, 0, 0, 0, 0, 0)}


def test_bad_rows_are_reported_by_line_and_nothing_is_imported(db: Database, tmp_path: Path):
    import_funnel(db, DATA / "funnel_facilitator.csv")
    path = _write(
        tmp_path,
        "period,source,leads,mqls,sqls,opportunities,won\n"
        "2026-11,Events,10,5,2,1,0\n"
        "November,Events,10,5,2,1,0\n"
        "2026-12,Events,ten,5,2,1,0\n"
        "2026-12,Webinars,10,5,2.5,1,0\n"
        "2026-12, webinars ,10,5,2,1,0\n"
        "2026-12,Ads,10,5,2,1\n",
    )
    with pytest.raises(ImportRefused) as refused:
        import_funnel(db, path)
    assert [str(p) for p in refused.value.problems] == [
        "line 3: period “November” is not a month (2026-11), quarter (2026-Q4) or week (2026-W47)",
        "line 4: leads: “ten” is not a number",
        "line 5: sqls: a count is a whole number (got 2.5)",
        "line 6: “webinars” for 2026-12 already appears on line 5",
        "line 7: 6 fields, expected 7",
    ]
    assert str(refused.value).startswith("nothing was imported: line 3: ")
    assert set(_counts(db, NOVEMBER)) == {"Webinars", "Website demo requests", "Partner referrals"}


def test_a_crm_export_with_a_bad_line_is_refused_whole(db: Database, tmp_path: Path):
    path = _write(
        tmp_path,
        "Create Date,Original Source,Lifecycle Stage\n"
        "2026-11-02,Paid Search,Lead\n"
        "yesterday,Paid Search,Lead\n"
        "2026-11-03,Paid Search,Prospect\n",
    )
    with pytest.raises(ImportRefused) as refused:
        import_funnel(db, path, ExportFormat.HUBSPOT)
    assert [str(p) for p in refused.value.problems] == [
        "line 3: “yesterday” is not a date",
        "line 4: Lifecycle Stage “prospect” is not one of HubSpot's",
    ]
    assert funnel_periods(db) == []


@pytest.mark.parametrize(
    ("fmt", "text", "message"),
    [
        (ExportFormat.FACILITATOR, "", "line 1: the file is empty"),
        (
            ExportFormat.FACILITATOR,
            "period,leads,mqls,sqls,opportunities,won\n",
            "line 1: the header needs the columns period, source, leads, mqls, sqls, "
            "opportunities, won; no source",
        ),
        (
            ExportFormat.SALESFORCE,
            "Lead Source,Stage,Amount,Close Date\nWeb,Closed Won,10,1/2/2026\n",
            "line 1: the header needs the columns Create Date, Lead Source, Lead Status; "
            "no Create Date",
        ),
        (
            ExportFormat.HUBSPOT,
            "Create Date,Original Source,Lifecycle Stage\n",
            "line 1: the file has a header but no rows",
        ),
    ],
)
def test_a_file_without_usable_rows_is_refused(
    db: Database, tmp_path: Path, fmt: ExportFormat, text: str, message: str
):
    with pytest.raises(ImportRefused) as refused:
        import_funnel(db, _write(tmp_path, text), fmt)
    assert str(refused.value.problems[0]) == message


def test_reimporting_a_period_replaces_its_rows_and_keeps_the_others(db: Database, tmp_path: Path):
    import_funnel(db, DATA / "funnel_facilitator.csv")
    before = _counts(db, NOVEMBER)
    imported = import_funnel(
        db,
        _write(
            tmp_path,
            "Period,Campaign,Leads,MQLs,SQLs,Opportunities,Won\n2026-11,Webinars,500,200,50,25,5\n",
        ),
    )
    assert _counts(db, NOVEMBER) == {"Webinars": StageCounts(500, 200, 0, 50, 25, 5, 0)}
    assert set(_counts(db, OCTOBER)) == {"Webinars", "Website demo requests"}
    replace_periods(db, imported.starts, imported.replaced)
    assert _counts(db, NOVEMBER) == before


def test_a_period_beginning_the_day_a_stored_one_of_another_kind_does_is_refused(
    db: Database, tmp_path: Path
):
    import_funnel(db, DATA / "funnel_facilitator.csv")
    quarter = "period,source,leads,mqls,sqls,opportunities,won\n2026-Q4,Webinars,900,400,90,40,9\n"
    with pytest.raises(ImportRefused) as refused:
        import_funnel(db, _write(tmp_path, quarter))
    assert [str(p) for p in refused.value.problems] == [
        "line 2: 2026-Q4 begins the day October 2026 does, already imported by month"
    ]
    assert set(_counts(db, OCTOBER)) == {"Webinars", "Website demo requests"}


def test_the_scorecard_reads_rates_goals_and_sources(db: Database):
    ensure_default_goals(db)
    import_funnel(db, DATA / "funnel_facilitator.csv")
    card = scorecard(db, Period.MONTH, NOVEMBER)
    assert card is not None and card.label == "November 2026"
    assert card.total.counts.leads == 532
    mql_to_sql = next(r for r in card.rates if r.step == (FunnelStage.MQL, FunnelStage.SQL))
    assert mql_to_sql.rate == pytest.approx(100 * 114 / 288)
    assert mql_to_sql.previous == pytest.approx(100 * 120 / 260)
    assert mql_to_sql.change == pytest.approx(100 * 114 / 288 - 100 * 120 / 260)
    goals = {g.name: g for g in card.goals}
    assert goals["MQLs delivered"].value == 288 and goals["MQLs delivered"].met is False
    follow = goals["Followed-up leads that become opportunities"]
    assert follow.value == pytest.approx(100 * 70 / 199) and follow.met is True
    quality = {v.source: v.quality for v in card.verdicts}
    assert quality == {
        "Webinars": "poor",
        "Website demo requests": "good",
        "Partner referrals": "few",
    }
    assert card.verdict_of("Webinars").sentence.startswith(
        "Webinars brings poor leads: 420 leads (79 % of all), but 21 % of MQLs became SQLs"
    )
    assert (
        "too few leads to judge (12; at least 30)" in card.verdict_of("Partner referrals").sentence
    )


def test_the_demo_has_a_year_of_months_with_a_poor_source_and_a_good_one(demo: Database):
    periods = funnel_periods(demo)
    assert len(periods) == 12 and {p for p, _ in periods} == {Period.MONTH}
    assert periods[0][1] == date(2026, 10, 1)
    for period, start in (periods[0], periods[-1]):
        card = scorecard(demo, period, start)
        assert card is not None
        quality = {v.source: v.quality for v in card.verdicts}
        assert quality["Content syndication"] == "poor"
        assert quality["Website demo requests"] == "good"
        assert quality["Partner referrals"] == "few"
