"""Schemathesis hooks for the reference portal (SAMPLE data only).

Loaded with `SCHEMATHESIS_HOOKS=crates.portal.schemathesis.hooks` or by path
(see crates/portal/README.md, "Against its OpenAPI document"). The bearer
token comes from the portal's documented reference-portal-only way to
consent without a browser: `GET /oauth/authorize` with `family=sample-a`
and `approve=yes`, then the PKCE code exchange at `/oauth/token`, for every
scope. The portal keeps tokens in memory, so each run gets a fresh one.
"""

import base64
import hashlib
import re
import secrets
import urllib.parse

import requests
import schemathesis

SCOPES = "children vaccinations checkups certificates benefits notices nursery questionnaires"
REDIRECT = "http://127.0.0.1/callback"
# The portal's My Number guard (documented in openapi.yaml): any value
# holding a run of exactly 12 digits, optionally grouped by single `-` or
# spaces, is refused with 400 my_number_refused. JSON Schema cannot say
# "no such run anywhere", so generated data holding one is not sent.
MY_NUMBER = re.compile(r"(?<![0-9])[0-9](?:[- ]?[0-9]){11}(?![0-9]|[- ][0-9])")


def _token(base_url):
    verifier = secrets.token_urlsafe(48)
    challenge = (
        base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
        .rstrip(b"=")
        .decode()
    )
    answer = requests.get(
        f"{base_url}/oauth/authorize",
        params={
            "response_type": "code",
            "client_id": "hagukumi-app",
            "redirect_uri": REDIRECT,
            "scope": SCOPES,
            "code_challenge": challenge,
            "code_challenge_method": "S256",
            "family": "sample-a",
            "approve": "yes",
        },
        allow_redirects=False,
        timeout=10,
    )
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(answer.headers["Location"]).query)
    tokens = requests.post(
        f"{base_url}/oauth/token",
        data={
            "grant_type": "authorization_code",
            "code": query["code"][0],
            "redirect_uri": REDIRECT,
            "client_id": "hagukumi-app",
            "code_verifier": verifier,
        },
        timeout=10,
    )
    tokens.raise_for_status()
    return tokens.json()["access_token"]


@schemathesis.auth().apply_to(path_regex="^/v1/")
class PortalToken:
    """A token of the SAMPLE family `sample-a` holding every scope."""

    def get(self, case, ctx):
        return _token(ctx.operation.base_url.rstrip("/"))

    def set(self, case, data, ctx):
        case.headers = case.headers or {}
        case.headers["Authorization"] = f"Bearer {data}"


def _has_my_number(value):
    if isinstance(value, dict):
        return any(_has_my_number(k) or _has_my_number(v) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return any(_has_my_number(v) for v in value)
    if isinstance(value, bool) or value is None:
        return False
    return bool(MY_NUMBER.search(str(value)))


@schemathesis.hook
def filter_case(ctx, case):
    return not any(
        _has_my_number(part)
        for part in (case.query, case.headers, case.body, case.path_parameters, case.cookies)
        if part is not None and not isinstance(part, (bytes, bytearray))
    )


# Faults that make the portal misbehave on purpose (a cut connection, a
# 500 or 503, half a JSON body, 5 MiB of padding): what they do is tested
# in crates/portal/tests. Schemathesis checks the portal's own answers, so
# these are not sent; the other modes (and unknown values: 400) are.
DELIBERATE = {"drop-mid-page", "status-500", "truncated-json", "unavailable", "oversized-page"}


@schemathesis.hook
def before_call(ctx, case, kwargs):
    if case.headers and case.headers.get("X-Hagukumi-Fault") in DELIBERATE:
        del case.headers["X-Hagukumi-Fault"]
        kwargs.get("headers", {}).pop("X-Hagukumi-Fault", None)
