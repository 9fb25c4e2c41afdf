//! Drag to reorder an ordered list (HTML5 drag and drop): a handle on each
//! item starts the drag, the item it is dropped on is the new place. The
//! list's up/down buttons stay beside it for the keyboard and screen
//! readers; the handle is the pointer's way and is hidden from them.

use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The drag state of one list: which item is dragged, which one it is over.
#[derive(Clone)]
pub struct Reorder {
    from: Rc<RefCell<Option<usize>>>,
    over: UseStateHandle<Option<usize>>,
    on_move: Callback<(usize, usize)>,
}

/// What makes an item a place to drop on: its listeners and its class
/// (`drop-over` while a dragged item is over it, `dragging` while it is
/// the one dragged).
#[derive(Clone, PartialEq)]
pub struct DropTarget {
    pub ondragover: Callback<DragEvent>,
    pub ondragleave: Callback<DragEvent>,
    pub ondrop: Callback<DragEvent>,
    pub class: Classes,
}

/// A list's drag state; `on_move` is told `(from, to)` (indexes, `to` the
/// place the item takes) when an item is dropped on another.
#[hook]
pub fn use_reorder(on_move: Callback<(usize, usize)>) -> Reorder {
    Reorder {
        from: use_mut_ref(|| None),
        over: use_state(|| None),
        on_move,
    }
}

impl Reorder {
    /// The drag handle of item `i`, titled `label` (what dragging does).
    pub fn handle(&self, i: usize, label: String) -> Html {
        let start = {
            let from = self.from.clone();
            Callback::from(move |e: DragEvent| {
                if let Some(dt) = e.data_transfer() {
                    dt.set_effect_allowed("move");
                    // Some engines start no drag without data.
                    let _ = dt.set_data("text/plain", &i.to_string());
                }
                *from.borrow_mut() = Some(i);
            })
        };
        let end = {
            let (from, over) = (self.from.clone(), self.over.clone());
            Callback::from(move |_: DragEvent| {
                *from.borrow_mut() = None;
                over.set(None);
            })
        };
        html! {
            <span class="drag-handle" draggable="true" aria-hidden="true" title={label}
                ondragstart={start} ondragend={end}>{ "⠿" }</span>
        }
    }

    /// Item `i` as a place to drop on.
    pub fn target(&self, i: usize) -> DropTarget {
        let dragged = *self.from.borrow();
        let ondragover = {
            let (from, over) = (self.from.clone(), self.over.clone());
            Callback::from(move |e: DragEvent| {
                if from.borrow().is_some() {
                    // Allows the drop here.
                    e.prevent_default();
                    if let Some(dt) = e.data_transfer() {
                        dt.set_drop_effect("move");
                    }
                    if *over != Some(i) {
                        over.set(Some(i));
                    }
                }
            })
        };
        let ondragleave = {
            let over = self.over.clone();
            Callback::from(move |_: DragEvent| {
                if *over == Some(i) {
                    over.set(None);
                }
            })
        };
        let ondrop = {
            let (from, over, on_move) =
                (self.from.clone(), self.over.clone(), self.on_move.clone());
            Callback::from(move |e: DragEvent| {
                e.prevent_default();
                let taken = from.borrow_mut().take();
                over.set(None);
                if let Some(f) = taken.filter(|f| *f != i) {
                    on_move.emit((f, i));
                }
            })
        };
        DropTarget {
            ondragover,
            ondragleave,
            ondrop,
            class: classes!(
                (*self.over == Some(i) && dragged != Some(i)).then_some("drop-over"),
                (dragged == Some(i)).then_some("dragging")
            ),
        }
    }
}

/// `list` with the item at `from` moved to `to` (the others keep their
/// order); unchanged when either is out of range.
pub fn moved<T>(mut list: Vec<T>, from: usize, to: usize) -> Vec<T> {
    if from < list.len() && to < list.len() {
        let item = list.remove(from);
        list.insert(to, item);
    }
    list
}
