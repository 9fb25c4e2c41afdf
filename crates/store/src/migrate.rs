//! Forward-only schema migrations, embedded from `migrations/` by build.rs.

use crate::{Result, StoreError};
use rusqlite::Connection;

include!(concat!(env!("OUT_DIR"), "/migrations.rs"));

/// The schema version this build writes and understands.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

pub(crate) fn current_version(conn: &Connection) -> Result<u32> {
    let v: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    u32::try_from(v).map_err(|_| StoreError::Corrupt(format!("schema version {v}")))
}

/// Applies every migration newer than the file's version, each in its own
/// transaction together with its `user_version` bump: a failing migration
/// leaves the file at the previous version.
pub(crate) fn apply(conn: &mut Connection) -> Result<()> {
    apply_list(conn, MIGRATIONS)
}

pub(crate) fn apply_list(conn: &mut Connection, migrations: &[(u32, &str, &str)]) -> Result<()> {
    let current = current_version(conn)?;
    for &(version, name, sql) in migrations.iter().filter(|m| m.0 > current) {
        let tx = conn.transaction()?;
        tx.execute_batch(sql)?;
        after_sql(name, &tx)?;
        tx.pragma_update(None, "user_version", version)?;
        tx.commit()?;
    }
    Ok(())
}

/// The part of a migration SQL cannot do, in its transaction (by name, so
/// that a renumbering keeps it with its SQL).
fn after_sql(name: &str, tx: &rusqlite::Transaction<'_>) -> Result<()> {
    match name {
        // The cleaner of the versions before this one kept whatever
        // followed a JPEG's first scan (an MPF second image with its own
        // Exif and GPS): clean the stored photos again.
        "photo_undo" => crate::photos::clean_stored_again(tx),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_numbered_from_one() {
        for (i, (v, name, sql)) in MIGRATIONS.iter().enumerate() {
            assert_eq!(*v as usize, i + 1);
            assert!(!name.is_empty());
            assert!(!sql.trim().is_empty());
        }
    }

    #[test]
    fn a_failing_migration_leaves_the_previous_version() {
        let mut conn = Connection::open_in_memory().unwrap();
        let list = [
            (1, "one", "CREATE TABLE a (x INTEGER);"),
            (
                2,
                "two",
                "CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1);",
            ),
        ];
        assert!(apply_list(&mut conn, &list).is_err());
        assert_eq!(current_version(&conn).unwrap(), 1);
        let tables: Vec<String> = conn
            .prepare("SELECT name FROM sqlite_master ORDER BY name")
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert_eq!(tables, ["a"], "migration 2 left nothing behind");
        // Fixed, it applies on top of version 1 only.
        let fixed = [list[0], (2, "two", "CREATE TABLE b (x INTEGER);")];
        apply_list(&mut conn, &fixed).unwrap();
        assert_eq!(current_version(&conn).unwrap(), 2);
    }

    #[test]
    fn the_real_migrations_apply_to_an_empty_database() {
        let mut conn = Connection::open_in_memory().unwrap();
        apply(&mut conn).unwrap();
        assert_eq!(current_version(&conn).unwrap(), SCHEMA_VERSION);
        let app_id: i32 = conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .unwrap();
        assert_eq!(app_id, crate::APPLICATION_ID);
        apply(&mut conn).unwrap(); // idempotent
    }

    #[test]
    fn nursery_bookings_keep_every_outbox_row_and_official_item_with_its_id() {
        let mut conn = Connection::open_in_memory().unwrap();
        let at = MIGRATIONS
            .iter()
            .position(|(_, name, _)| *name == "nursery_bookings")
            .unwrap();
        apply_list(&mut conn, &MIGRATIONS[..at]).unwrap();
        conn.execute_batch(
            "INSERT INTO outbox (id, idempotency_key, kind, payload, state, created_at)
                 VALUES (7, 'key-0000000000000007', 'benefit-application', '{}', 'sent', 't');
             INSERT INTO official_items
                 (id, category, portal_id, payload, state, received_at, updated_at)
                 VALUES (9, 'notices', 'n-1', '{}', 'info', 't', 't');",
        )
        .unwrap();
        // An outbox row of this kind, key and state.
        let queue = |conn: &Connection, key: &str, kind: &str, state: &str| {
            conn.execute(
                "INSERT INTO outbox (idempotency_key, kind, payload, state, created_at)
                 VALUES (?1, ?2, '{}', ?3, 't')",
                [key, kind, state],
            )
        };
        // Not yet: the new kind is refused before 0014.
        assert!(queue(&conn, "key-0000000000000008", "nursery-booking", "pending").is_err());
        apply(&mut conn).unwrap();
        let kept: (i64, String) = conn
            .query_row("SELECT id, kind FROM outbox", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        assert_eq!(kept, (7, "benefit-application".into()));
        let item: (i64, String) = conn
            .query_row("SELECT id, portal_id FROM official_items", [], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap();
        assert_eq!(item, (9, "n-1".into()));
        for kind in [
            "nursery-booking",
            "nursery-booking-cancel",
            "nursery-application",
        ] {
            queue(&conn, &format!("key-{kind}-00000000"), kind, "pending").unwrap();
        }
        conn.execute(
            "INSERT INTO official_items (category, portal_id, payload, state, received_at, updated_at)
             VALUES ('nursery', 'na-000001', '{}', 'info', 't', 't')",
            [],
        )
        .unwrap();
        assert!(queue(&conn, "key-0000000000000099", "something-else", "pending").is_err());
        // Every kind the sync can send is one the table takes.
        for w in hagukumi_core::writes::WRITES {
            queue(&conn, &format!("key-all-{}", w.kind), w.kind, "rejected").unwrap();
        }
    }
}
