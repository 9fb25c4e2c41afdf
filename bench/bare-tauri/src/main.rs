//! A bare Tauri 2 app: the window and one static page with one button,
//! nothing else. `cargo xtask start-bench` starts it and Hagukumi in turn
//! to compare their cold start and idle memory.

fn main() {
    tauri::Builder::default()
        .run(tauri::generate_context!())
        .expect("the bare app runs");
}
