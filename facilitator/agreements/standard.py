"""The standard agreements a database is given: what every smarketing organisation agrees on.

They are created on demand (when the app opens a database, and by the agreements window), as
the standard goals are, each with a first version in force from long ago that the teams
replace with their own text.
Untouched, they make way for the demo's and a copied history's own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from facilitator.storage.database import Database
from facilitator.storage.models import Agreement, AgreementVersion
from facilitator.vocabulary import DisputeCategory

STANDARD_SINCE = date(2000, 1, 1)
"""The standard texts hold from long ago, so every past meeting has them in force."""


@dataclass(frozen=True)
class StandardAgreement:
    key: str
    name: str
    category: DisputeCategory | None
    text: str


STANDARD_AGREEMENTS: tuple[StandardAgreement, ...] = (
    StandardAgreement(
        "mql_definition",
        "MQL definition",
        DisputeCategory.MQL_DEFINITION,
        "A marketing-qualified lead is a lead with a lead score of 50 or more\n"
        "at a company that fits the ideal customer profile.",
    ),
    StandardAgreement(
        "lead_scoring",
        "Lead-scoring standard",
        DisputeCategory.LEAD_SCORING,
        "Company fit counts for up to 50 points (size, industry, region).\n"
        "Engagement counts for up to 50 points (visits, downloads, events).\n"
        "Scores decay by 10 points a month without engagement.",
    ),
    StandardAgreement(
        "sla_response_time",
        "SLA: response time",
        DisputeCategory.SALES_FOLLOW_UP,
        "Sales makes a first touch on every MQL within 24 hours on working days.",
    ),
    StandardAgreement(
        "sla_follow_up",
        "SLA: follow-up attempts",
        DisputeCategory.SLA_TERMS,
        "Sales makes at least 6 attempts over 10 working days before closing an MQL\n"
        "as unreachable.",
    ),
    StandardAgreement(
        "sla_lead_volume",
        "SLA: lead volume",
        DisputeCategory.LEAD_QUANTITY,
        "Marketing delivers the number of MQLs set by the monthly MQL goal.",
    ),
    StandardAgreement(
        "lead_hand_off",
        "Lead hand-off rules",
        DisputeCategory.LEAD_QUALITY,
        "An MQL is assigned to a sales rep by territory within 1 hour.\n"
        "Sales accepts or rejects it within 2 working days, with a reason when rejected.",
    ),
    StandardAgreement(
        "lead_recycling",
        "Lead recycling rules",
        None,
        "A lead Sales closes as not ready goes back to Marketing's nurture track\n"
        "with a reason code, and may return as an MQL after 90 days.",
    ),
)


def ensure_standard_agreements(db: Database) -> bool:
    """Give a database that has never had an agreement the standard ones; True if it did."""
    with db.write() as session:
        if session.scalar(select(func.count()).select_from(Agreement)):
            return False
        add_standard_agreements(session)
        return True


def add_standard_agreements(session: Session) -> dict[str, Agreement]:
    """Write the standard agreements, each with its first version; by key."""
    made = {}
    for position, spec in enumerate(STANDARD_AGREEMENTS):
        agreement = Agreement(
            key=spec.key, name=spec.name, category=spec.category, position=position
        )
        agreement.versions.append(
            AgreementVersion(number=1, text=spec.text, effective_from=STANDARD_SINCE)
        )
        session.add(agreement)
        made[spec.key] = agreement
    session.flush()
    return made


def only_standard_agreements(session: Session) -> bool:
    """Whether the agreements are the untouched standard ones (none at all counts too)."""
    standard = {spec.key: spec.text for spec in STANDARD_AGREEMENTS}
    for agreement in session.scalars(select(Agreement)).all():
        versions = agreement.versions
        if (
            agreement.key not in standard
            or len(versions) != 1
            or versions[0].text != standard[agreement.key]
        ):
            return False
    return True
