"""The ledger's schema, one migration per version (`PRAGMA user_version`).

Append only: a released migration is never edited, a change is a new entry.
Version N is reached by running MIGRATIONS[N-1]."""

from __future__ import annotations

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE cursors (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
        # The calendar as last seen, one row per event instance (JSON of CalendarEvent).
        "CREATE TABLE events (source_id TEXT PRIMARY KEY, origin TEXT NOT NULL,"
        " data TEXT NOT NULL)",
        # Mail metadata and classification only: bodies never reach the disk.
        "CREATE TABLE messages (id TEXT PRIMARY KEY, date TEXT NOT NULL,"
        " application TEXT, data TEXT NOT NULL)",
        "CREATE TABLE steps (key TEXT PRIMARY KEY, kind TEXT NOT NULL,"
        " application TEXT NOT NULL, round INTEGER NOT NULL, status TEXT NOT NULL,"
        " due TEXT NOT NULL, event_id TEXT, event_hash TEXT, draft_id TEXT, draft_hash TEXT,"
        " reason TEXT NOT NULL, updated TEXT NOT NULL)",
        # A remote write under way: recorded before it, deleted after it.
        "CREATE TABLE intents (key TEXT NOT NULL, artifact TEXT NOT NULL,"
        " operation TEXT NOT NULL, started TEXT NOT NULL, step TEXT NOT NULL,"
        " PRIMARY KEY (key, artifact))",
        # D2: the user asked for a skills clarification (`relance clarify`).
        "CREATE TABLE clarifications (application TEXT PRIMARY KEY,"
        " requested TEXT NOT NULL)",
    ),
    (
        # Facts about the accounts that cannot be found again, e.g. the id of
        # relance's own Google calendar (created once, by `relance auth`).
        "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    ),
    (
        # C2: the user's reading of a message (`relance confirm`), one row per
        # message; a correction replaces the row.
        "CREATE TABLE confirmations (message TEXT PRIMARY KEY, application TEXT NOT NULL,"
        " label TEXT NOT NULL, recorded TEXT NOT NULL)",
    ),
    (
        # A1: the user's answer to "is this a job interview?" (`relance confirm-interview`),
        # by event source id (a series: its id before the instance); answer 1 yes, 0 no.
        "CREATE TABLE interview_answers (event TEXT PRIMARY KEY, answer INTEGER NOT NULL,"
        " title TEXT NOT NULL, answered TEXT NOT NULL)",
    ),
    (
        # E1: the person the user named to write to (`relance contact`), one per
        # application; a new answer replaces the old one.
        "CREATE TABLE contacts (application TEXT PRIMARY KEY, email TEXT NOT NULL,"
        " name TEXT, recorded TEXT NOT NULL)",
    ),
    (
        # Problem lines already told the user, and when: one is repeated once a day,
        # not at every cycle of the daemon.
        "CREATE TABLE problems (text TEXT PRIMARY KEY, reported TEXT NOT NULL)",
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)
