//! The routes, serving, and the plain answers (JSON, errors, index, key).

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;

use crate::handle::PortalHandle;
use crate::mynumber::refuse_my_number;
use crate::oauth::{authorize_get, authorize_post, revoke, token};
use crate::pages::{page, questionnaire_page};
use crate::questionnaire::submit_questionnaire;
use crate::respond::json_response;
use crate::state::Portal;
use crate::{Config, KEY_ID};
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::middleware::{self};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;
use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use ring::signature::KeyPair;
use serde_json::json;

fn routes(portal: Arc<Portal>) -> Router {
    Router::new()
        .route("/", get(index))
        .route("/openapi.yaml", get(openapi))
        .route("/v1/key", get(public_key))
        .route(
            "/v1/questionnaires",
            get(questionnaire_page).post(submit_questionnaire),
        )
        .route(
            "/v1/benefit-applications",
            axum::routing::post(crate::benefits::submit_application),
        )
        .route(
            "/v1/nursery-bookings",
            axum::routing::post(crate::nursery::submit_booking),
        )
        .route(
            "/v1/nursery-booking-cancellations",
            axum::routing::post(crate::nursery::submit_cancellation),
        )
        .route(
            "/v1/nursery-applications",
            axum::routing::post(crate::nursery::submit_application),
        )
        .route("/v1/rules/bundle", get(crate::rules::rules_bundle))
        .route(
            "/v1/municipalities/{code}/{catalogue}",
            get(crate::municipal::municipal_page),
        )
        .route("/v1/{category}", get(page))
        .route("/oauth/authorize", get(authorize_get).post(authorize_post))
        .route("/oauth/token", axum::routing::post(token))
        .route("/oauth/revoke", axum::routing::post(revoke))
        .layer(middleware::from_fn(refuse_my_number))
        .with_state(portal)
}

/// The portal's routes, with the given settings.
pub fn router(config: Config) -> Router {
    routes(Arc::new(Portal::new(config)))
}

/// Serves on `listener` until the process ends.
pub async fn serve(listener: tokio::net::TcpListener, config: Config) -> io::Result<()> {
    axum::serve(listener, router(config)).await
}

/// Binds `addr` (use port 0 for any free port) and serves on a background
/// thread with its own runtime; returns the bound address. For tests; see
/// [`spawn_with_handle`] to also control the running portal.
pub fn spawn(addr: SocketAddr, config: Config) -> io::Result<SocketAddr> {
    spawn_with_handle(addr, config).map(|handle| handle.addr())
}

/// Like [`spawn`], and returns a handle on the running portal: its address,
/// run-time data changes, scheduled faults, counters and what it received.
/// The portal keeps serving until the process ends (dropping the handle does
/// not stop it).
pub fn spawn_with_handle(addr: SocketAddr, config: Config) -> io::Result<PortalHandle> {
    let listener = std::net::TcpListener::bind(addr)?;
    listener.set_nonblocking(true)?;
    let bound = listener.local_addr()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let portal = Arc::new(Portal::new(config));
    let app = routes(Arc::clone(&portal));
    std::thread::Builder::new()
        .name(format!("hagukumi-portal {bound}"))
        .spawn(move || {
            runtime.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(listener)?;
                axum::serve(listener, app).await
            })
        })?;
    Ok(PortalHandle {
        addr: bound,
        portal,
    })
}

async fn index() -> Response {
    (
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        "Hagukumi reference portal (SAMPLE DATA ONLY, development signing key).\n\
         API: /openapi.yaml · key: /v1/key · data: /v1/{category}\n",
    )
        .into_response()
}

pub(crate) async fn openapi() -> Response {
    (
        [(header::CONTENT_TYPE, "application/yaml; charset=utf-8")],
        include_str!("../openapi.yaml"),
    )
        .into_response()
}

pub(crate) async fn public_key(State(portal): State<Arc<Portal>>) -> Response {
    json_response(
        StatusCode::OK,
        &json!({
            "key_id": KEY_ID,
            "algorithm": "Ed25519",
            "public_key": STANDARD.encode(portal.key.public_key().as_ref()),
            "development_key": true,
            "note": "Development key of the SAMPLE portal, derived from a fixed public seed. Pin it for development only.",
        }),
    )
}
