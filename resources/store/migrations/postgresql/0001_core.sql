-- SPDX-License-Identifier: GPL-3.0-or-later
-- The common schema (ARCHITECTURE.md, data model), PostgreSQL dialect. Times are epoch milliseconds, UTC.
CREATE TABLE areas (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    full_name TEXT NOT NULL,
    name_en TEXT NOT NULL,
    level TEXT NOT NULL,
    parent_code TEXT,
    area_km2 DOUBLE PRECISION,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    geometry TEXT
);
CREATE TABLE assets (
    id BIGSERIAL PRIMARY KEY,
    source TEXT NOT NULL,
    external_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    search_text TEXT NOT NULL,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    area_code TEXT,
    properties TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (source, external_id)
);
CREATE INDEX assets_kind ON assets (kind);
CREATE TABLE observations (
    asset_id BIGINT NOT NULL REFERENCES assets (id),
    metric TEXT NOT NULL,
    time BIGINT NOT NULL,
    value DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (asset_id, metric, time)
);
CREATE TABLE unit_positions (
    asset_id BIGINT NOT NULL REFERENCES assets (id),
    time BIGINT NOT NULL,
    lat DOUBLE PRECISION NOT NULL,
    lon DOUBLE PRECISION NOT NULL,
    speed_kmh DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (asset_id, time)
);
CREATE TABLE cases (
    id BIGSERIAL PRIMARY KEY,
    source TEXT NOT NULL,
    external_id TEXT NOT NULL,
    category TEXT NOT NULL,
    domain TEXT NOT NULL,
    title TEXT NOT NULL,
    search_text TEXT NOT NULL,
    channel TEXT NOT NULL,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    area_code TEXT,
    status TEXT NOT NULL,
    severity TEXT NOT NULL,
    opened_at BIGINT NOT NULL,
    due_at BIGINT,
    closed_at BIGINT,
    assignee_unit TEXT NOT NULL,
    satisfied INTEGER,
    sentiment TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (source, external_id)
);
CREATE INDEX cases_category_status ON cases (category, status);
CREATE INDEX cases_opened ON cases (opened_at);
CREATE TABLE indicators (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    name_en TEXT NOT NULL,
    unit TEXT NOT NULL,
    domain TEXT NOT NULL,
    direction TEXT NOT NULL,
    period_kind TEXT NOT NULL
);
CREATE TABLE indicator_values (
    indicator_code TEXT NOT NULL REFERENCES indicators (code),
    area_code TEXT NOT NULL,
    period TEXT NOT NULL,
    plan DOUBLE PRECISION,
    actual DOUBLE PRECISION,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (indicator_code, area_code, period)
);
CREATE TABLE alerts (
    id BIGSERIAL PRIMARY KEY,
    source TEXT NOT NULL,
    external_id TEXT NOT NULL,
    rule TEXT NOT NULL,
    severity TEXT NOT NULL,
    state TEXT NOT NULL,
    subject TEXT NOT NULL,
    title TEXT NOT NULL,
    lat DOUBLE PRECISION,
    lon DOUBLE PRECISION,
    raised_at BIGINT NOT NULL,
    acknowledged_at BIGINT,
    acknowledged_by TEXT NOT NULL,
    closed_at BIGINT,
    closed_by TEXT NOT NULL,
    UNIQUE (source, external_id)
);
CREATE INDEX alerts_state ON alerts (state);
CREATE TABLE journal (
    sequence BIGINT PRIMARY KEY,
    time BIGINT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,
    subject TEXT NOT NULL,
    payload TEXT NOT NULL,
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
