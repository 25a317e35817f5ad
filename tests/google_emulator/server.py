"""The HTTP face of the emulator: routing, auth, faults, batch, request log."""

from __future__ import annotations

import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.google_emulator import batch
from tests.google_emulator.calendar_api import CalendarApi
from tests.google_emulator.discovery import Router
from tests.google_emulator.faults import FaultPlan
from tests.google_emulator.gmail_api import GmailApi
from tests.google_emulator.oauth import OAuth
from tests.google_emulator.wire import ApiError, LogEntry, Request, Response

BATCH_PATHS = ("/batch", "/batch/gmail/v1", "/batch/calendar/v3")
# Gmail quota units per method (GOOGLE-NOTES #9), for the benchmark's table.
QUOTA_UNITS = {
    "gmail.users.history.list": 2, "gmail.users.messages.list": 5,
    "gmail.users.messages.get": 5, "gmail.users.drafts.create": 10,
    "gmail.users.drafts.get": 5, "gmail.users.drafts.list": 5, "gmail.users.getProfile": 1,
    "gmail.users.drafts.update": 15, "gmail.users.drafts.delete": 10,
}


class Emulator:
    def __init__(self, user_email: str = "candidate@example.org", seed: int = 0) -> None:
        self.user_email = user_email
        self.calendar = CalendarApi(user_email)
        self.gmail = GmailApi(user_email)
        self.oauth = OAuth()
        self.faults = FaultPlan(seed)
        self.log: list[LogEntry] = []
        self._log_lock = threading.Lock()
        self._router = Router()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        # A short poll: stop() waits for it, once per test.
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.02,),
                                        daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}/"

    @property
    def token_uri(self) -> str:
        return self.url + "token"

    def start(self) -> Emulator:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    # -- what tests and the benchmark read ---------------------------------------
    def calls(self, method_id: str | None = None) -> list[LogEntry]:
        with self._log_lock:
            return [e for e in self.log if method_id is None or e.method_id == method_id]

    def http_requests(self) -> int:
        return sum(1 for e in self.calls() if not e.in_batch)

    def quota_units(self) -> int:
        return sum(QUOTA_UNITS.get(e.method_id, 0) for e in self.calls())

    def clear_log(self) -> None:
        with self._log_lock:
            self.log.clear()

    # -- serving -----------------------------------------------------------------
    def serve(self, request: Request, in_batch: bool = False) -> Response:
        method_id = ""
        try:
            if request.path == "/token" and request.method == "POST":
                method_id = "oauth.token"
                response = self.oauth.token(request.body)
            elif request.path in BATCH_PATHS and request.method == "POST":
                method_id = "batch"
                response = self._batch(request)
            else:
                match = self._router.match(request.method, request.path, request.params)
                method_id = match.method_id
                response = self._api(method_id, request, match.path_params)
        except ApiError as error:
            response = Response(error.code, error.body(), dict(error.headers))
        with self._log_lock:
            self.log.append(LogEntry(request.method, request.path, request.params,
                                     response.status, method_id, in_batch))
        return response

    def _api(self, method_id: str, request: Request, path_params: dict[str, str]) -> Response:
        if not self.oauth.authorised(request.headers.get("authorization")):
            raise ApiError(401, "Request had invalid authentication credentials.",
                           "authError", {"WWW-Authenticate": 'Bearer realm="emulator"'})
        fault = self.faults.draw(f"{request.method} {request.path}", method_id)
        if fault is not None and fault.status == 0:
            time.sleep(fault.delay)  # a slow answer, for timeouts on the client side
        elif fault is not None and not fault.after:
            raise fault.error()
        routed = Request(request.method, request.path, request.params, request.body,
                         request.headers, path_params)
        api = self.gmail if method_id.startswith("gmail.") else self.calendar
        response = api.handle(method_id, routed)
        if fault is not None and fault.after:
            raise fault.error()
        return response

    def _batch(self, request: Request) -> Response:
        parts = batch.split(request.headers.get("content-type", ""), request.body)
        if not parts or len(parts) > batch.MAX_PARTS:
            raise ApiError(400, f"A batch holds 1 to {batch.MAX_PARTS} requests.", "badRequest")
        answers = [(p.content_id, self.serve(p.request, in_batch=True)) for p in parts]
        content_type, body = batch.join(answers)
        return Response(200, None, {"Content-Type": content_type, "_raw": body.decode()})


def _handler_for(emulator: Emulator) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body leave in one write, flushed after each answer: in two,
        # Nagle's algorithm and the client's delayed ACK add 40 ms to each reused connection.
        wbufsize = -1
        disable_nagle_algorithm = True

        def log_message(self, format: str, *args: object) -> None:
            pass  # the emulator keeps its own log

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            url = urllib.parse.urlsplit(self.path)
            params = urllib.parse.parse_qs(url.query, keep_blank_values=True)
            headers = {k.lower(): v for k, v in self.headers.items()}
            response = emulator.serve(Request(self.command, url.path, params, body, headers))
            raw = response.headers.pop("_raw", None)
            payload = raw.encode("utf-8") if raw is not None else response.payload()
            self.send_response(response.status)
            response.headers.setdefault("Content-Type", "application/json; charset=UTF-8")
            for name, value in response.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer

    return Handler


