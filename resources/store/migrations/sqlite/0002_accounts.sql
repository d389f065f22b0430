-- SPDX-License-Identifier: GPL-3.0-or-later
-- Local accounts (issue 8). Same text in both dialects. password_hash is a libsodium Argon2id string.
-- areas: area codes separated by commas; empty means the whole province. failed_sign_ins and
-- locked_until change on every failure and are not part of the account's journaled digest.
CREATE TABLE accounts (
    login TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    unit TEXT NOT NULL,
    areas TEXT NOT NULL,
    disabled INTEGER NOT NULL,
    password_hash TEXT NOT NULL,
    failed_sign_ins INTEGER NOT NULL,
    locked_until BIGINT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
-- The audit screen and the account check look the journal up by subject and by actor.
CREATE INDEX journal_subject ON journal (subject, sequence);
CREATE INDEX journal_actor ON journal (actor, sequence);
