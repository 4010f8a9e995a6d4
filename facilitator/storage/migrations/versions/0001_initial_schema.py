"""Initial schema: the whole data model of DESIGN.md section 4.

Revision ID: 0001
Revises: 
Create Date: 2026-11-23
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('email', sa.String(length=320), nullable=True),
    sa.Column('team', sa.Enum('sales', 'marketing', 'customer_service', 'product', 'leadership', 'other', name='team', native_enum=False, length=32), nullable=False),
    sa.Column('role', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('guest', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people')),
    sa.UniqueConstraint('email', name=op.f('uq_people_email'))
    )
    op.create_table('sla_goals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('team', sa.Enum('sales', 'marketing', 'customer_service', 'product', 'leadership', 'other', name='team', native_enum=False, length=32), nullable=True),
    sa.Column('unit', sa.Enum('count', 'percent', 'currency', 'hours', name='goalunit', native_enum=False, length=32), nullable=False),
    sa.Column('direction', sa.Enum('higher', 'lower', name='direction', native_enum=False, length=32), nullable=False),
    sa.Column('period', sa.Enum('week', 'month', 'quarter', name='period', native_enum=False, length=32), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sla_goals')),
    sa.UniqueConstraint('key', name=op.f('uq_sla_goals_key'))
    )
    op.create_table('templates',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=64), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('weekly', 'management', 'campaign', 'win_loss', 'other', name='meetingkind', native_enum=False, length=32), nullable=False),
    sa.Column('cap_seconds', sa.Integer(), nullable=False),
    sa.Column('frequency', sa.Enum('weekly', 'monthly', 'quarterly', name='frequency', native_enum=False, length=32), nullable=True),
    sa.Column('start_time', sa.Time(), nullable=True),
    sa.Column('builtin', sa.Boolean(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_templates')),
    sa.UniqueConstraint('key', name=op.f('uq_templates_key'))
    )
    op.create_table('disputes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('category', sa.Enum('lead_quality', 'lead_quantity', 'mql_definition', 'lead_scoring', 'sales_follow_up', 'sla_terms', 'other', name='disputecategory', native_enum=False, length=32), nullable=False),
    sa.Column('raised_by_team', sa.Enum('sales', 'marketing', 'customer_service', 'product', 'leadership', 'other', name='team', native_enum=False, length=32), nullable=False),
    sa.Column('raised_by_id', sa.Integer(), nullable=True),
    sa.Column('sales_position', sa.Text(), nullable=False),
    sa.Column('marketing_position', sa.Text(), nullable=False),
    sa.Column('status', sa.Enum('open', 'in_review', 'resolved', 'escalated', name='disputestatus', native_enum=False, length=32), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['raised_by_id'], ['people.id'], name=op.f('fk_disputes_raised_by_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disputes'))
    )
    op.create_table('goal_targets',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('target', sa.Float(), nullable=False),
    sa.Column('effective_from', sa.Date(), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['sla_goals.id'], name=op.f('fk_goal_targets_goal_id_sla_goals'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_goal_targets')),
    sa.UniqueConstraint('goal_id', 'effective_from', name=op.f('uq_goal_targets_goal_id'))
    )
    op.create_table('series',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('weekly', 'management', 'campaign', 'win_loss', 'other', name='meetingkind', native_enum=False, length=32), nullable=False),
    sa.Column('frequency', sa.Enum('weekly', 'monthly', 'quarterly', name='frequency', native_enum=False, length=32), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['templates.id'], name=op.f('fk_series_template_id_templates'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_series'))
    )
    op.create_table('template_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('review', 'presentation', 'discussion', 'disputes', 'metrics', 'action_items', 'wrap_up', name='itemkind', native_enum=False, length=32), nullable=False),
    sa.Column('planned_seconds', sa.Integer(), nullable=False),
    sa.Column('presenter_team', sa.Enum('sales', 'marketing', 'customer_service', 'product', 'leadership', 'other', name='team', native_enum=False, length=32), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['template_id'], ['templates.id'], name=op.f('fk_template_items_template_id_templates'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_template_items')),
    sa.UniqueConstraint('template_id', 'position', name=op.f('uq_template_items_template_id'))
    )
    op.create_table('meetings',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('series_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('weekly', 'management', 'campaign', 'win_loss', 'other', name='meetingkind', native_enum=False, length=32), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('scheduled_at', sa.DateTime(), nullable=False),
    sa.Column('cap_seconds', sa.Integer(), nullable=False),
    sa.Column('moderator_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.Enum('planned', 'running', 'ended', 'cancelled', name='meetingstatus', native_enum=False, length=32), nullable=False),
    sa.Column('location', sa.String(length=200), nullable=False),
    sa.Column('started_at', sa.DateTime(), nullable=True),
    sa.Column('ended_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint('cap_seconds > 0 AND cap_seconds <= 3600', name=op.f('ck_meetings_cap_within_an_hour')),
    sa.ForeignKeyConstraint(['moderator_id'], ['people.id'], name=op.f('fk_meetings_moderator_id_people')),
    sa.ForeignKeyConstraint(['series_id'], ['series.id'], name=op.f('fk_meetings_series_id_series'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_meetings'))
    )
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.create_index('ix_meetings_scheduled_at', ['scheduled_at'], unique=False)

    op.create_table('action_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('owner_id', sa.Integer(), nullable=True),
    sa.Column('team', sa.Enum('sales', 'marketing', 'customer_service', 'product', 'leadership', 'other', name='team', native_enum=False, length=32), nullable=True),
    sa.Column('due_date', sa.Date(), nullable=True),
    sa.Column('status', sa.Enum('open', 'done', 'dropped', name='actionstatus', native_enum=False, length=32), nullable=False),
    sa.Column('created_meeting_id', sa.Integer(), nullable=True),
    sa.Column('closed_meeting_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['closed_meeting_id'], ['meetings.id'], name=op.f('fk_action_items_closed_meeting_id_meetings'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['created_meeting_id'], ['meetings.id'], name=op.f('fk_action_items_created_meeting_id_meetings'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['owner_id'], ['people.id'], name=op.f('fk_action_items_owner_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_action_items'))
    )
    with op.batch_alter_table('action_items', schema=None) as batch_op:
        batch_op.create_index('ix_action_items_status', ['status'], unique=False)

    op.create_table('agenda_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('review', 'presentation', 'discussion', 'disputes', 'metrics', 'action_items', 'wrap_up', name='itemkind', native_enum=False, length=32), nullable=False),
    sa.Column('planned_seconds', sa.Integer(), nullable=False),
    sa.Column('presenter_team', sa.Enum('sales', 'marketing', 'customer_service', 'product', 'leadership', 'other', name='team', native_enum=False, length=32), nullable=True),
    sa.Column('presenter_id', sa.Integer(), nullable=True),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('actual_start', sa.DateTime(), nullable=True),
    sa.Column('actual_end', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_agenda_items_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['presenter_id'], ['people.id'], name=op.f('fk_agenda_items_presenter_id_people')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agenda_items')),
    sa.UniqueConstraint('meeting_id', 'position', name=op.f('uq_agenda_items_meeting_id'))
    )
    op.create_table('alignment_baselines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=True),
    sa.Column('taken_at', sa.DateTime(), nullable=False),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_alignment_baselines_meeting_id_meetings'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_alignment_baselines'))
    )
    op.create_table('attendance',
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('status', sa.Enum('invited', 'present', 'late', 'absent', name='attendancestatus', native_enum=False, length=32), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_attendance_meeting_id_meetings'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_attendance_person_id_people')),
    sa.PrimaryKeyConstraint('meeting_id', 'person_id', name=op.f('pk_attendance'))
    )
    op.create_table('dispute_meetings',
    sa.Column('dispute_id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('role', sa.Enum('raised', 'discussed', 'settled', name='disputerole', native_enum=False, length=32), nullable=False),
    sa.Column('status_after', sa.Enum('open', 'in_review', 'resolved', 'escalated', name='disputestatus', native_enum=False, length=32), nullable=False),
    sa.ForeignKeyConstraint(['dispute_id'], ['disputes.id'], name=op.f('fk_dispute_meetings_dispute_id_disputes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_dispute_meetings_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('dispute_id', 'meeting_id', name=op.f('pk_dispute_meetings'))
    )
    op.create_table('metric_values',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('goal_id', sa.Integer(), nullable=False),
    sa.Column('value', sa.Float(), nullable=False),
    sa.Column('period_label', sa.String(length=32), nullable=False),
    sa.Column('entered_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['goal_id'], ['sla_goals.id'], name=op.f('fk_metric_values_goal_id_sla_goals')),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_metric_values_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_metric_values')),
    sa.UniqueConstraint('meeting_id', 'goal_id', name=op.f('uq_metric_values_meeting_id'))
    )
    op.create_table('run_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('kind', sa.Enum('start', 'pause', 'resume', 'next', 'previous', 'extend', 'end', name='runeventkind', native_enum=False, length=32), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('monotonic', sa.Float(), nullable=False),
    sa.Column('boot_id', sa.String(length=64), nullable=False),
    sa.Column('seconds', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_run_events_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_run_events')),
    sa.UniqueConstraint('meeting_id', 'seq', name=op.f('uq_run_events_meeting_id'))
    )
    op.create_table('notes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('meeting_id', sa.Integer(), nullable=False),
    sa.Column('item_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.Enum('note', 'decision', 'highlight', 'question', 'metric', name='notekind', native_enum=False, length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('offset_seconds', sa.Float(), nullable=False),
    sa.Column('parked', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['agenda_items.id'], name=op.f('fk_notes_item_id_agenda_items'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['meeting_id'], ['meetings.id'], name=op.f('fk_notes_meeting_id_meetings'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_notes'))
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA application_id = 1178815572")


def downgrade() -> None:
    op.drop_table('notes')
    op.drop_table('run_events')
    op.drop_table('metric_values')
    op.drop_table('dispute_meetings')
    op.drop_table('attendance')
    op.drop_table('alignment_baselines')
    op.drop_table('agenda_items')
    with op.batch_alter_table('action_items', schema=None) as batch_op:
        batch_op.drop_index('ix_action_items_status')

    op.drop_table('action_items')
    with op.batch_alter_table('meetings', schema=None) as batch_op:
        batch_op.drop_index('ix_meetings_scheduled_at')

    op.drop_table('meetings')
    op.drop_table('template_items')
    op.drop_table('series')
    op.drop_table('goal_targets')
    op.drop_table('disputes')
    op.drop_table('templates')
    op.drop_table('sla_goals')
    op.drop_table('people')
