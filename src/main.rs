//! The syncmap web app's entry point; everything is in the library.

mod offline;

fn main() {
    syncmap_web::run();
    offline::register_service_worker();
}
