-- SPDX-License-Identifier: GPL-3.0-or-later
-- Alerts (issue 10): what the alert list and view need beyond the alerts table, one row per alert of
-- source 'alerts' (external_id = the alert's key). A projection of the journal's "alert.*" entries,
-- written in the same transaction as each entry. Times are epoch milliseconds, UTC.
-- group_key: "<rule>/<area>"; parent_key: the alert it is grouped under (empty: top level);
-- group_count: on a parent, itself and its children.
CREATE TABLE alert_details (
    external_id TEXT PRIMARY KEY,
    rule_kind TEXT NOT NULL,
    domain TEXT NOT NULL,
    area_code TEXT NOT NULL,
    group_key TEXT NOT NULL,
    parent_key TEXT NOT NULL,
    group_count INTEGER NOT NULL,
    assignee_unit TEXT NOT NULL,
    snoozed_until BIGINT,
    snooze_reason TEXT NOT NULL,
    ack_comment TEXT NOT NULL,
    sop_run TEXT NOT NULL,
    dispatched_unit TEXT NOT NULL,
    dispatched_at BIGINT,
    arrived_at BIGINT,
    resolved_at BIGINT,
    resolved_by TEXT NOT NULL,
    resolve_reason TEXT NOT NULL,
    facts TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX alert_details_group ON alert_details (group_key);
CREATE INDEX alert_details_parent ON alert_details (parent_key);
