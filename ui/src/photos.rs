//! Photos of a record (a child's or a pregnancy's) or of a bookmarked
//! nursery (visits): a toggle on the
//! record's row opens a strip with the photos, an "add photo" file picker
//! and a delete button per photo. A deleted photo stays in the strip,
//! dimmed, with an undo for 30 days, as a deleted record row does. The
//! shell strips location and other metadata before storing.

use crate::{error_text, ipc, use_tr};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine as _;
use hagukumi_core::api::{CommandError, PhotoView};
use hagukumi_core::model::RecordId;
use hagukumi_i18n::Value;
use serde::Serialize;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Which kind of record the photos are on: each has its own commands.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum PhotoOf {
    #[default]
    ChildRecord,
    PregnancyRecord,
    /// A bookmarked nursery (photos from visits).
    Bookmark,
}

impl PhotoOf {
    /// The commands that list, add, delete and restore its photos.
    fn commands(self) -> Commands {
        match self {
            PhotoOf::ChildRecord => Commands {
                list: "record_photos",
                add: "add_photo",
                delete: "delete_photo",
                restore: "restore_photo",
            },
            PhotoOf::PregnancyRecord => Commands {
                list: "pregnancy_record_photos",
                add: "add_pregnancy_photo",
                delete: "delete_pregnancy_photo",
                restore: "restore_pregnancy_photo",
            },
            PhotoOf::Bookmark => Commands {
                list: "bookmark_photos",
                add: "add_bookmark_photo",
                delete: "delete_bookmark_photo",
                restore: "restore_bookmark_photo",
            },
        }
    }
}

#[derive(Clone, Copy)]
struct Commands {
    list: &'static str,
    add: &'static str,
    delete: &'static str,
    restore: &'static str,
}

#[derive(Properties, PartialEq)]
pub struct PhotoStripProps {
    pub record_id: RecordId,
    pub count: usize,
    #[prop_or_default]
    pub of: PhotoOf,
}

#[derive(Serialize)]
struct RecordArgs {
    record_id: RecordId,
}

async fn file_bytes(input: &HtmlInputElement) -> Option<Vec<u8>> {
    let file = input.files()?.get(0)?;
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

#[function_component(PhotoStrip)]
pub fn photo_strip(props: &PhotoStripProps) -> Html {
    let tr = use_tr();
    let open = use_state(|| false);
    let photos = use_state(|| None::<Vec<PhotoView>>);
    let failure = use_state(|| None::<CommandError>);
    let busy = use_state(|| false);
    let record_id = props.record_id;
    let Commands {
        list: list_command,
        add: add_command,
        delete: delete_command,
        restore: restore_command,
    } = props.of.commands();

    let load = {
        let (photos, failure) = (photos.clone(), failure.clone());
        Callback::from(move |()| {
            let (photos, failure) = (photos.clone(), failure.clone());
            wasm_bindgen_futures::spawn_local(async move {
                match ipc::invoke::<_, Vec<PhotoView>>(list_command, &RecordArgs { record_id })
                    .await
                {
                    Ok(list) => photos.set(Some(list)),
                    Err(e) => failure.set(Some(e)),
                }
            });
        })
    };
    let toggle = {
        let (open, load) = (open.clone(), load.clone());
        Callback::from(move |_| {
            if !*open {
                load.emit(());
            }
            open.set(!*open);
        })
    };
    let on_file = {
        let (load, failure, busy) = (load.clone(), failure.clone(), busy.clone());
        Callback::from(move |e: Event| {
            let Some(input) = e
                .target()
                .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
            else {
                return;
            };
            let (load, failure, busy) = (load.clone(), failure.clone(), busy.clone());
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                if let Some(bytes) = file_bytes(&input).await {
                    #[derive(Serialize)]
                    struct Args {
                        record_id: RecordId,
                        data_base64: String,
                    }
                    let args = Args {
                        record_id,
                        data_base64: BASE64.encode(bytes),
                    };
                    match ipc::invoke::<_, PhotoView>(add_command, &args).await {
                        Ok(_) => {
                            failure.set(None);
                            load.emit(());
                        }
                        Err(e) => failure.set(Some(e)),
                    }
                }
                input.set_value("");
                busy.set(false);
            });
        })
    };
    // Delete or restore one photo, then list again.
    let change = |command: &'static str, photo_id: RecordId| {
        let (load, failure) = (load.clone(), failure.clone());
        Callback::from(move |_| {
            let (load, failure) = (load.clone(), failure.clone());
            #[derive(Serialize)]
            struct Args {
                photo_id: RecordId,
            }
            wasm_bindgen_futures::spawn_local(async move {
                match ipc::invoke::<_, serde::de::IgnoredAny>(command, &Args { photo_id }).await {
                    Ok(_) => {
                        failure.set(None);
                        load.emit(());
                    }
                    Err(e) => failure.set(Some(e)),
                }
            });
        })
    };
    let count = photos.as_ref().map_or(props.count, |list| {
        list.iter().filter(|p| p.deleted_at.is_none()).count()
    });
    html! {
        <div class="photos">
            <button type="button" class="link photo-toggle" aria-expanded={open.to_string()} onclick={toggle}>
                { tr.format("photo-count", &[("count", Value::from(count))]) }
            </button>
            if *open {
                <div class="photo-strip">
                    { for photos.iter().flatten().map(|p| {
                        let src = format!("data:{};base64,{}", p.mime, p.data_base64);
                        if p.deleted_at.is_some() {
                            html! {
                                <figure class="photo deleted-photo" id={format!("deleted-photo-{}", p.id)}>
                                    <img src={src} alt={tr.text("photo-alt")} />
                                    <figcaption class="hint">{ tr.text("photo-deleted") }</figcaption>
                                    <button type="button" class="link photo-restore" onclick={change(restore_command, p.id)}>{ tr.text("record-undo") }</button>
                                </figure>
                            }
                        } else {
                            html! {
                                <figure class="photo" id={format!("photo-{}", p.id)}>
                                    <img src={src} alt={tr.text("photo-alt")} />
                                    <button type="button" class="link photo-delete" onclick={change(delete_command, p.id)}>{ tr.text("photo-delete") }</button>
                                </figure>
                            }
                        }
                    }) }
                    <label class="chip photo-add">
                        { if *busy { tr.text("form-saving") } else { tr.text("photo-add") } }
                        <input type="file" class="photo-input" accept="image/jpeg,image/png" onchange={on_file} />
                    </label>
                    <p class="hint">{ tr.text("photo-privacy") }</p>
                    if let Some(e) = &*failure {
                        <p class="error photo-error" role="alert">{ error_text(&tr, e) }</p>
                    }
                </div>
            }
        </div>
    }
}
