-- SPDX-License-Identifier: GPL-3.0-or-later
-- Connectors (issue 7). Times are epoch milliseconds, UTC.
-- A connector's checkpoint: the cursor after the last batch it committed. It is written in the same
-- transaction as that batch's records, so a restart resumes exactly where the store stopped.
CREATE TABLE connector_checkpoints (
    connector_id TEXT PRIMARY KEY,
    cursor BYTEA NOT NULL,
    batches BIGINT NOT NULL,
    records BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
-- Records that failed mapping or validation, with the raw payload as received (bytes, kept exactly, even
-- when not valid UTF-8) and the reason. state: held, retried (written on a retry), discarded.
-- payload_hash (SHA-256, hex): a payload already held for the connector is not held twice (a source read
-- again, or a page polled again after a failure).
CREATE TABLE quarantine (
    id BIGSERIAL PRIMARY KEY,
    connector_id TEXT NOT NULL,
    record_type TEXT NOT NULL,
    payload BYTEA NOT NULL,
    payload_hash TEXT NOT NULL,
    reason TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    state TEXT NOT NULL,
    attempts INTEGER NOT NULL,
    resolved_at BIGINT,
    resolved_by TEXT NOT NULL
);
CREATE INDEX quarantine_connector_state ON quarantine (connector_id, state, id);
CREATE INDEX quarantine_payload ON quarantine (connector_id, payload_hash);
-- Health of each configured connector, written by the node that runs it (a console or a headless node)
-- and read by every console. records_today counts the records of records_day (local date, yyyy-MM-dd).
-- recent_attempts / recent_failures: the last attempts the error rate is computed over.
CREATE TABLE connector_status (
    connector_id TEXT PRIMARY KEY,
    plugin TEXT NOT NULL,
    node TEXT NOT NULL,
    state TEXT NOT NULL,
    breaker TEXT NOT NULL,
    last_attempt_at BIGINT,
    last_success_at BIGINT,
    last_error TEXT NOT NULL,
    last_error_at BIGINT,
    data_time BIGINT,
    records_today BIGINT NOT NULL,
    records_day TEXT NOT NULL,
    recent_attempts INTEGER NOT NULL,
    recent_failures INTEGER NOT NULL,
    consecutive_failures INTEGER NOT NULL,
    next_attempt_at BIGINT,
    stale_after_ms BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
