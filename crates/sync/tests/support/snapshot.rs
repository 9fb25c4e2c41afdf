//! One snapshot of everything a sync may write, for the sync's tests and
//! the CLI's crash test (which includes this file): two handbooks are the
//! same to a parent when their snapshots are.

use hagukumi_core::official::Category;
use hagukumi_core::records::ChildBook;
use hagukumi_store::Store;

/// Everything the sync may write, for "nothing changed" comparisons.
pub fn snapshot(store: &Store) -> String {
    let mut out = String::new();
    for child in store.children().unwrap() {
        out.push_str(&format!("{child:?}\n"));
        for r in store.list::<ChildBook>(child.id, None, true).unwrap() {
            out.push_str(&format!("{r:?}\n"));
        }
    }
    for item in store.all_official_items().unwrap() {
        out.push_str(&format!(
            "{:?} {:?} {:?} {:?}\n",
            item.item, item.child_id, item.state, item.record_id
        ));
    }
    for c in Category::ALL {
        out.push_str(&format!("{:?}\n", store.sync_cursor(c).unwrap()));
    }
    out
}
