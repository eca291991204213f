"""An independent webhook receiver for the integration tests.

Every delivery is verified with the Standard Webhooks reference library
(PyPI `standardwebhooks`, pinned in requirements.txt) — not with code the
project wrote — and its body is checked against the portal's own OpenAPI
document (its top-level `webhooks`) with `jsonschema`. The test steers the
receiver and reads what it saw over a small control API on the same port:

  POST /hook             a delivery: verified with any of the secrets set, then
                         answered as scripted (204 when nothing is scripted)
  POST /control/secrets  {"secrets": ["whsec_…", …]}
  POST /control/script   {"answers": [{"status": 503}, {"status": 429, "retry_after": 120},
                          {"status": 302, "location": "http://10.0.0.1/"}, {"sleep": 2}, …]}
                         the next answers (a sleep first, then the status if one is given)
  POST /control/document the OpenAPI document the bodies must match
  GET  /control/log      what arrived: every attempt, what was verified and acknowledged

Usage: webhook_receiver.py PORT   (prints "ready" once it listens on 127.0.0.1:PORT)
"""

import json
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from jsonschema import Draft202012Validator
from standardwebhooks import Webhook

lock = threading.Lock()
state = {"secrets": [], "script": [], "document": None, "attempts": [], "acknowledged": [], "rejected": []}


def check_schema(body):
    document = state["document"]
    if document is None:
        return None
    event = body.get("type", "")
    if event not in document.get("webhooks", {}):
        return f"no webhook {event!r} in the document"
    pointer = "#/webhooks/" + event + "/post/requestBody/content/application~1json/schema"
    validator = Draft202012Validator({**document, "$ref": pointer})
    errors = sorted(validator.iter_errors(body), key=lambda e: list(e.path))
    return "; ".join(e.message for e in errors) or None


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body=b"", headers=None):
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def read_body(self):
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def do_GET(self):
        if self.path == "/control/log":
            with lock:
                log = {k: state[k] for k in ("attempts", "acknowledged", "rejected")}
            return self.answer(200, json.dumps(log).encode(), {"Content-Type": "application/json"})
        self.answer(404)

    def do_POST(self):
        raw = self.read_body()
        if self.path.startswith("/control/"):
            data = json.loads(raw or b"{}")
            with lock:
                if self.path == "/control/secrets":
                    state["secrets"] = data["secrets"]
                elif self.path == "/control/script":
                    state["script"] = data["answers"]
                elif self.path == "/control/document":
                    state["document"] = data
                else:
                    return self.answer(404)
            return self.answer(204)
        if self.path != "/hook":
            return self.answer(404)
        headers = {k.lower(): v for k, v in self.headers.items()}
        msg_id = headers.get("webhook-id", "")
        signatures = len(headers.get("webhook-signature", "").split(" "))
        with lock:
            secrets = list(state["secrets"])
            scripted = state["script"].pop(0) if state["script"] else None
            state["attempts"].append({"id": msg_id, "signatures": signatures})
        if scripted and "sleep" in scripted:
            time.sleep(scripted["sleep"])
        body = None
        reason = "no secret set"
        verifier = None
        for secret in secrets:
            try:
                body = Webhook(secret).verify(raw, headers)
                verifier = Webhook(secret)
                break
            except Exception as e:  # the library's verification error, or a malformed header
                reason = str(e)
        if body is None:
            with lock:
                state["rejected"].append({"id": msg_id, "reason": reason})
            return self.answer(400, b"signature not verified")
        problem = check_schema(body)
        if problem:
            with lock:
                state["rejected"].append({"id": msg_id, "reason": problem})
            return self.answer(400, problem.encode())
        # The receiver's contract (WH-2): one flipped byte, or the same
        # signature with a timestamp past the tolerance, must not verify.
        tampered = bytearray(raw)
        tampered[len(tampered) // 2] ^= 0x01
        stale = dict(headers, **{"webhook-timestamp": str(int(headers["webhook-timestamp"]) - 600)})
        tamper_refused = True
        for attempt_body, attempt_headers in ((bytes(tampered), headers), (raw, stale)):
            try:
                verifier.verify(attempt_body, attempt_headers)
                tamper_refused = False
            except Exception:
                pass
        if scripted and "status" in scripted:
            extra = {}
            if "retry_after" in scripted:
                extra["Retry-After"] = str(scripted["retry_after"])
            if "location" in scripted:
                extra["Location"] = scripted["location"]
            return self.answer(scripted["status"], b"scripted answer", extra)
        with lock:
            state["acknowledged"].append(
                {"id": msg_id, "type": body["type"], "data": body["data"], "signatures": signatures, "tamper_refused": tamper_refused}
            )
        self.answer(204)


if __name__ == "__main__":
    server = ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler)
    print("ready", flush=True)
    server.serve_forever()
