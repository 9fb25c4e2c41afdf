//! An owner's records a page at a time, for every [`Shelf`]: keyset pages
//! of the live records, newest first by (date, id), filtered by kind, date
//! range and text in SQL (on the partial indexes of migration 0015, so a
//! page costs the same with 10 records or 50,000); how many match; the
//! deleted records that can still be restored, and how many (a screen's
//! first load reads only the count); and the records of a few kinds only
//! (what a plan or a chart reads, by the kind index).
//!
//! ```text
//! let first = store.page::<ChildBook>(child_id, &Filter::default(), None, PAGE_ROWS)?;
//! let second = store.page::<ChildBook>(child_id, &Filter::default(), first.1, PAGE_ROWS)?;
//! let doses = store.of_kinds::<ChildBook>(child_id, &CHILD_PLAN_KINDS)?;
//! ```

use crate::book::{stored_row, Shelf};
use crate::{stamp, Result, Store};
use hagukumi_core::book::{Cursor, Filter, Stored, UNDO_DAYS};
use hagukumi_core::chrono::{Duration, NaiveDateTime};
use hagukumi_core::model::RecordId;
use rusqlite::types::Value;

/// At most this many deleted records are offered for their undo (and
/// counted on a screen's first load).
pub const MAX_DELETED_SHOWN: usize = 200;

/// A `WHERE` clause and its parameters, built one condition at a time.
struct Where {
    sql: String,
    params: Vec<Value>,
}

impl Where {
    /// The owner's rows; only the live ones unless `deleted`.
    fn owner<B: Shelf>(owner_id: RecordId, live: bool) -> Where {
        let mut w = Where {
            sql: format!("{} = ?", B::OWNER_COLUMN),
            params: vec![Value::Integer(owner_id)],
        };
        if live {
            // Written as the partial indexes' own condition, so they apply.
            w.sql.push_str(" AND deleted_at IS NULL");
        }
        w
    }

    /// The owner's rows deleted within the undo's 30 days before `now`,
    /// written as the deleted rows' partial index's condition.
    fn restorable<B: Shelf>(owner_id: RecordId, now: NaiveDateTime) -> Where {
        let since = stamp(now - Duration::days(UNDO_DAYS));
        Where::owner::<B>(owner_id, false).and(
            "deleted_at IS NOT NULL AND deleted_at >= ?",
            [Value::Text(since)],
        )
    }

    fn and(mut self, condition: &str, params: impl IntoIterator<Item = Value>) -> Where {
        self.sql.push_str(" AND ");
        self.sql.push_str(condition);
        self.params.extend(params);
        self
    }

    /// The filter's conditions (kind, date range, text).
    fn filtered<B: Shelf>(mut self, filter: &Filter<B::Kind>) -> Where {
        if let Some(kind) = filter.kind {
            self = self.and("kind = ?", [text(B::kind_id(kind))]);
        }
        if let Some(from) = filter.from {
            self = self.and("date >= ?", [text(&from.to_string())]);
        }
        if let Some(to) = filter.to {
            self = self.and("date <= ?", [text(&to.to_string())]);
        }
        if let Some(words) = filter.text.as_deref().map(str::trim) {
            if !words.is_empty() {
                // Any text value of the record's JSON but its kind.
                self = self.and(
                    &format!(
                        "EXISTS (SELECT 1 FROM json_tree({}.data) \
                         WHERE type = 'text' AND key IS NOT 'kind' \
                         AND value LIKE ? ESCAPE '\\')",
                        B::RECORDS
                    ),
                    [text(&format!("%{}%", like_escaped(words)))],
                );
            }
        }
        self
    }
}

fn text(s: &str) -> Value {
    Value::Text(s.to_owned())
}

/// `s` matched literally by `LIKE … ESCAPE '\'`.
fn like_escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | '%' | '_') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A query of the pages with its parameters: what [`Store::page`],
/// [`Store::count`] and [`Store::of_kinds`] run. Public so the benchmarks
/// run the very same SQL on a plain SQLite copy of a handbook.
pub struct Sql {
    pub text: String,
    pub params: Vec<Value>,
}

/// The columns every record query reads, as `book::stored_row` takes them.
pub(crate) fn columns<B: Shelf>() -> String {
    format!("id, {}, data, deleted_at, {}", B::OWNER_COLUMN, B::OFFICIAL)
}

impl Sql {
    fn select<B: Shelf>(w: Where, order: &str, limit: Option<usize>) -> Sql {
        let limit = limit.map_or(String::new(), |n| format!(" LIMIT {n}"));
        Sql {
            text: format!(
                "SELECT {} FROM {} WHERE {} ORDER BY {order}{limit}",
                columns::<B>(),
                B::RECORDS,
                w.sql
            ),
            params: w.params,
        }
    }

    /// [`Store::page`]'s query: one row more than `rows`, to tell whether
    /// another page follows.
    pub fn page<B: Shelf>(
        owner_id: RecordId,
        filter: &Filter<B::Kind>,
        after: Option<Cursor>,
        rows: usize,
    ) -> Sql {
        let mut w = Where::owner::<B>(owner_id, true).filtered::<B>(filter);
        if let Some(c) = after {
            w = w.and(
                "(date, id) < (?, ?)",
                [text(&c.date.to_string()), Value::Integer(c.id)],
            );
        }
        Sql::select::<B>(w, "date DESC, id DESC", Some(rows + 1))
    }

    /// [`Store::count`]'s query.
    pub fn count<B: Shelf>(owner_id: RecordId, filter: &Filter<B::Kind>) -> Sql {
        let w = Where::owner::<B>(owner_id, true).filtered::<B>(filter);
        Sql {
            text: format!("SELECT count(*) FROM {} WHERE {}", B::RECORDS, w.sql),
            params: w.params,
        }
    }

    /// [`Store::of_kinds`]'s query.
    pub fn of_kinds<B: Shelf>(owner_id: RecordId, kinds: &[B::Kind]) -> Sql {
        let marks = vec!["?"; kinds.len()].join(", ");
        // `+deleted_at` keeps the partial live index out: walking it in
        // date order would read every record; the kind index reads only
        // these kinds (then a small sort).
        let w = Where::owner::<B>(owner_id, false).and(
            &format!("+deleted_at IS NULL AND kind IN ({marks})"),
            kinds.iter().map(|k| text(B::kind_id(*k))),
        );
        Sql::select::<B>(w, "date, id", None)
    }
}

impl Store {
    /// The records `sql` selects.
    pub(crate) fn select<B: Shelf>(&self, sql: Sql) -> Result<Vec<Stored<B>>> {
        let mut stmt = self.conn.prepare_cached(&sql.text)?;
        let rows = stmt.query_map(rusqlite::params_from_iter(sql.params), stored_row)?;
        rows.map(|row| row?.parse::<B>()).collect()
    }

    /// An owner's records, oldest first (by date, then id); only of `kind`
    /// when given; deleted ones only when asked.
    pub fn list<B: Shelf>(
        &self,
        owner_id: RecordId,
        kind: Option<B::Kind>,
        include_deleted: bool,
    ) -> Result<Vec<B::Record>> {
        let filter = Filter {
            kind,
            ..Filter::default()
        };
        let w = Where::owner::<B>(owner_id, !include_deleted).filtered::<B>(&filter);
        Ok(into_records(
            self.select::<B>(Sql::select::<B>(w, "date, id", None))?,
        ))
    }

    /// One page of an owner's live records matching `filter`, newest first
    /// by (date, id): at most `rows` of those after `after` (the cursor of
    /// the previous page; `None`: the newest). With them the cursor of the
    /// next page, `None` when no record follows.
    pub fn page<B: Shelf>(
        &self,
        owner_id: RecordId,
        filter: &Filter<B::Kind>,
        after: Option<Cursor>,
        rows: usize,
    ) -> Result<(Vec<B::Record>, Option<Cursor>)> {
        let mut found = self.select::<B>(Sql::page::<B>(owner_id, filter, after, rows))?;
        let next = if found.len() > rows {
            found.truncate(rows);
            found.last().map(|r| Cursor {
                date: B::date(&r.data),
                id: r.id,
            })
        } else {
            None
        };
        Ok((into_records(found), next))
    }

    /// How many live records of the owner match `filter`.
    pub fn count<B: Shelf>(&self, owner_id: RecordId, filter: &Filter<B::Kind>) -> Result<usize> {
        let sql = Sql::count::<B>(owner_id, filter);
        let n: i64 = self
            .conn
            .prepare_cached(&sql.text)?
            .query_row(rusqlite::params_from_iter(sql.params), |r| r.get(0))?;
        Ok(n as usize)
    }

    /// The owner's records deleted within the undo's 30 days before `now`
    /// (those a restore accepts), most recently deleted first, at most
    /// [`MAX_DELETED_SHOWN`]: what the screen's "recently deleted" lists
    /// when the parent opens it.
    pub fn restorable<B: Shelf>(
        &self,
        owner_id: RecordId,
        now: NaiveDateTime,
    ) -> Result<Vec<B::Record>> {
        let sql = Sql::select::<B>(
            Where::restorable::<B>(owner_id, now),
            "deleted_at DESC, id DESC",
            Some(MAX_DELETED_SHOWN),
        );
        Ok(into_records(self.select::<B>(sql)?))
    }

    /// How many rows [`Store::restorable`] lists, by the deleted rows'
    /// index (migration 0015) and bounded as that list is.
    pub fn restorable_count<B: Shelf>(
        &self,
        owner_id: RecordId,
        now: NaiveDateTime,
    ) -> Result<usize> {
        let w = Where::restorable::<B>(owner_id, now);
        let n: i64 = self
            .conn
            .prepare_cached(&format!(
                "SELECT count(*) FROM (SELECT 1 FROM {} WHERE {} LIMIT {MAX_DELETED_SHOWN})",
                B::RECORDS,
                w.sql
            ))?
            .query_row(rusqlite::params_from_iter(w.params), |r| r.get(0))?;
        Ok(n as usize)
    }

    /// What an owner's screen lists on its first load: its newest `rows`
    /// live records, the next page's cursor, how many deleted records it
    /// can still restore at `now` (not the records: they are read when
    /// the parent opens them, [`Store::restorable`]), and the photo counts
    /// of its records.
    pub fn listed<B: Shelf>(
        &self,
        owner_id: RecordId,
        rows: usize,
        now: NaiveDateTime,
    ) -> Result<Listed<B>> {
        let (records, next) = self.page::<B>(owner_id, &Filter::default(), None, rows)?;
        Ok(Listed {
            records,
            next,
            deleted: self.restorable_count::<B>(owner_id, now)?,
            photo_counts: self.photo_counts::<B>(owner_id)?,
        })
    }

    /// The owner's live records of these kinds only, oldest first: what a
    /// plan or a chart reads (`schedule::from_records::CHILD_PLAN_KINDS`),
    /// by the kind index, whatever else the owner has.
    pub fn of_kinds<B: Shelf>(
        &self,
        owner_id: RecordId,
        kinds: &[B::Kind],
    ) -> Result<Vec<B::Record>> {
        if kinds.is_empty() {
            return Ok(Vec::new());
        }
        Ok(into_records(
            self.select::<B>(Sql::of_kinds::<B>(owner_id, kinds))?,
        ))
    }
}

/// The page cache of an open handbook, in KiB (SQLite's default is 2 MiB),
/// set by `Store::open`. SQLCipher decrypts a page when it enters the
/// cache, so a cache that holds a ten-year handbook's working set (its
/// indexes and the pages of the records a screen shows) means going back
/// to a screen decrypts nothing again. SQLite only takes memory as pages
/// are read.
pub const PAGE_CACHE_KIB: i64 = 32 * 1024;

/// What an owner's screen lists ([`Store::listed`]).
pub struct Listed<B: Shelf> {
    /// The newest live records, newest first.
    pub records: Vec<B::Record>,
    /// Where the next page of live records starts (`None`: all are here).
    pub next: Option<Cursor>,
    /// How many deleted records can still be restored
    /// ([`Store::restorable_count`]).
    pub deleted: usize,
    /// (record id, live photos) of its records that have photos.
    pub photo_counts: Vec<(RecordId, usize)>,
}

fn into_records<B: Shelf>(found: Vec<Stored<B>>) -> Vec<B::Record> {
    found.into_iter().map(Into::into).collect()
}

#[cfg(test)]
mod tests {
    use super::like_escaped;

    #[test]
    fn like_wildcards_are_matched_literally() {
        assert_eq!(like_escaped("50%_a\\b"), "50\\%\\_a\\\\b");
        assert_eq!(like_escaped("はじめて"), "はじめて");
    }
}
