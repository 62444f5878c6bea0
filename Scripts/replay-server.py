#!/usr/bin/env python3
"""Loopback replay server for doc2swift's generated clients.

Serves the samples of the API reference pages over HTTP on 127.0.0.1, so that the generated
replay tests can send each documented operation through the real client and a real socket:

    doc2swift schema Input > schema.json
    Scripts/replay-server.py --schema schema.json --port-file port.txt

Each test request names, in headers the client's `additionalHeaders` hook adds, the operation
and samples it means:

    X-Replay-API: SuperOffice              the API's name in the schema (percent-encoded)
    X-Replay-Operation: v1Contact_Get      the operation's id (percent-encoded)
    X-Replay-Request: 1                    1-based sample request to compare with; 0 compares
                                           with the documented method, path and required
                                           parameters only
    X-Replay-Response: 1                   1-based sample response to answer with
    X-Replay-Sample-Body: absent           the sample request shows no body though the docs
                                           document one: the client's (placeholder) body is not
                                           compared; refused when the sample does show a body
    X-Replay-Status: 204                   optional: answer with this status instead
    X-Replay-Body: ...                     the (percent-encoded) body sent with X-Replay-Status
    X-Replay-Delay: 5                      optional: wait this many seconds first (at most 10)

The request is compared with the sample request: method; path (a `{name}` the sample leaves
in place matches any one segment; segments are compared percent-decoded); query items as a
multiset of decoded name/value pairs; every header the sample shows (Content-Type by media type
only, and only when there is a body for it to describe); the body, JSON by meaning (doc2swift's rules: a key whose value is null may be absent,
numbers are equal as numbers, strings naming the same instant are equal), other bodies byte
for byte. A request that matches gets the sample response and `X-Replay-Verdict: match`; one
that differs gets status 599, `X-Replay-Verdict: mismatch` and a plain-text list of the
differences, which the tests print.

`GET /__replay/summary` returns what was exchanged, as JSON; `POST /__replay/shutdown` returns
the same and stops the server.

The server binds 127.0.0.1 only, on the port given (0 picks a free one; it is written to
--port-file once listening). It stops by itself when idle for --idle-timeout seconds, after
--max-lifetime seconds in all, after --max-requests requests, or when the process that started
it exits, so a crashed test run cannot leave it behind. Python 3 standard library only.
"""

import argparse
import datetime
import json
import os
import re
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOST = "127.0.0.1"
MAX_BODY_BYTES = 16 * 1024 * 1024
MAX_DELAY_SECONDS = 10.0
MISMATCH_STATUS = 599
# Headers that belong to the connection or to the HTTP library rather than to the API.
IGNORED_SAMPLE_HEADERS = {
    "host", "content-length", "connection", "transfer-encoding", "expect", "user-agent", "accept-encoding",
}
HOP_BY_HOP_RESPONSE_HEADERS = {"content-length", "transfer-encoding", "connection", "keep-alive"}


# --- The schema ------------------------------------------------------------------------------

def node_to_python(node):
    """A value of doc2swift's JSON tree (`{"number": {"_0": "12"}}`, …) as plain Python."""
    if not isinstance(node, dict) or len(node) != 1:
        raise ValueError("not a JSON node: %r" % (node,))
    kind, payload = next(iter(node.items()))
    if kind == "null":
        return None
    if kind == "bool":
        return bool(payload["_0"])
    if kind == "number":
        literal = payload["_0"]
        if re.fullmatch(r"-?\d+", literal):
            return int(literal)
        return float(literal)
    if kind == "string":
        return payload["_0"]
    if kind == "array":
        return [node_to_python(element) for element in payload["_0"]]
    if kind == "object":
        result = {}
        for member in payload["_0"]:
            result[member["key"]] = node_to_python(member["value"])
        return result
    raise ValueError("unknown JSON node kind %r" % kind)


def normalised_body_text(text):
    """The sample's body as the generated tests hold it: blanks at line ends removed."""
    return "\n".join(line.rstrip(" \t") for line in text.split("\n"))


def load_schemas(paths):
    """API name → operation id → operation, from `doc2swift schema` output files."""
    apis = {}
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        for api in document if isinstance(document, list) else [document]:
            operations = apis.setdefault(api["name"], {})
            for operation in api["operations"]:
                operations[operation["id"]] = operation
    return apis


# --- Comparing requests ----------------------------------------------------------------------

DATE_PATTERN = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$")


def instant_nanoseconds(text):
    """The instant an ISO 8601 date names, in nanoseconds since 1970 (no zone: UTC), or None."""
    match = DATE_PATTERN.match(text)
    if not match:
        return None
    year, month, day, hour, minute, second, fraction, zone = match.groups()
    try:
        moment = datetime.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                                   int(second or 0), tzinfo=datetime.timezone.utc)
    except ValueError:
        return None
    nanoseconds = int((fraction or "0")[:9].ljust(9, "0"))
    offset = 0
    if zone and zone not in ("Z", "z"):
        sign = -1 if zone[0] == "-" else 1
        digits = zone[1:].replace(":", "")
        offset = sign * (int(digits[:2]) * 3600 + (int(digits[2:4]) if len(digits) > 2 else 0) * 60)
    since_epoch = moment - datetime.datetime(1970, 1, 1, tzinfo=datetime.timezone.utc)
    seconds = since_epoch.days * 86400 + since_epoch.seconds - offset
    return seconds * 1_000_000_000 + nanoseconds


def summary(value):
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text if len(text) <= 80 else text[:79] + "…"


def path_component(key):
    if re.fullmatch(r"[A-Za-z_$][A-Za-z0-9_$]*", key):
        return "." + key
    return "[" + json.dumps(key, ensure_ascii=False) + "]"


def json_difference(expected, actual, path="$"):
    """The first difference between two JSON values under doc2swift's rules, or None."""
    if expected is None and actual is None:
        return None
    if isinstance(expected, bool) or isinstance(actual, bool):
        if isinstance(expected, bool) and isinstance(actual, bool) and expected == actual:
            return None
        return "%s: expected %s, found %s" % (path, summary(expected), summary(actual))
    if isinstance(expected, (int, float)) and isinstance(actual, (int, float)):
        if float(expected) == float(actual):
            return None
        return "%s: expected %s, found %s" % (path, summary(expected), summary(actual))
    if isinstance(expected, str) and isinstance(actual, str):
        if expected == actual:
            return None
        left, right = instant_nanoseconds(expected), instant_nanoseconds(actual)
        if left is not None and right is not None and abs(left - right) <= 1000:
            return None
        return "%s: expected %s, found %s" % (path, summary(expected), summary(actual))
    if isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            return "%s: expected %s (%d elements), found %s (%d elements)" % (
                path, summary(expected), len(expected), summary(actual), len(actual))
        for index, (left, right) in enumerate(zip(expected, actual)):
            difference = json_difference(left, right, "%s[%d]" % (path, index))
            if difference:
                return difference
        return None
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in sorted(set(expected) | set(actual)):
            member_path = path + path_component(key)
            if key in expected and key in actual:
                difference = json_difference(expected[key], actual[key], member_path)
                if difference:
                    return difference
            elif key in expected and expected[key] is not None:
                return "%s: expected %s, found no such key" % (member_path, summary(expected[key]))
            elif key in actual and actual[key] is not None:
                return "%s: expected no such key, found %s" % (member_path, summary(actual[key]))
        return None
    return "%s: expected %s, found %s" % (path, summary(expected), summary(actual))


def split_target(target):
    """Path and raw query of a sample's request target, which may be a full URL."""
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", target):
        parsed = urllib.parse.urlsplit(target)
        target = parsed.path + ("?" + parsed.query if parsed.query else "")
    path, _, query = target.partition("?")
    return path or "/", query


def query_pairs(query):
    pairs = []
    for item in query.split("&"):
        if not item:
            continue
        name, _, value = item.partition("=")
        pairs.append((urllib.parse.unquote(name), urllib.parse.unquote(value)))
    return sorted(pairs)


def path_segments(path):
    return [segment for segment in path.split("/") if segment]


def is_placeholder(segment):
    return segment.startswith("{") and segment.endswith("}") and len(segment) > 2


def compare_path(expected_path, actual_path, differences):
    expected = path_segments(expected_path)
    actual = [urllib.parse.unquote(segment) for segment in path_segments(actual_path)]
    if len(expected) != len(actual):
        differences.append("path: expected %s, found %s" % (expected_path, actual_path))
        return
    for position, (want, got) in enumerate(zip(expected, actual)):
        if is_placeholder(want):
            if not got:
                differences.append("path segment %d: expected a value for %s, found nothing" % (position + 1, want))
        elif urllib.parse.unquote(want).lower() != got.lower():
            differences.append("path segment %d: expected %r, found %r" % (position + 1, urllib.parse.unquote(want), got))


def media_type(value):
    return value.split(";", 1)[0].strip().lower()


def compare_with_sample(request_sample, method, raw_path, body, headers, sample_body_absent=False):
    """The differences between a received request and a sample request (the schema's
    `requestSamples` element: `sample` plus its parsed `json`), as lines."""
    sample = request_sample["sample"]
    parsed = request_sample.get("json")
    sample_text = sample.get("body")
    sample_has_body = sample_text is not None or parsed is not None
    differences = []
    if sample_body_absent and sample_has_body:
        differences.append("X-Replay-Sample-Body: absent, but the sample shows a body")
    if method != sample["method"].upper():
        differences.append("method: expected %s, found %s" % (sample["method"], method))
    expected_path, expected_query = split_target(sample["target"])
    actual_path, _, actual_query = raw_path.partition("?")
    compare_path(expected_path, actual_path, differences)
    want, got = query_pairs(expected_query), query_pairs(actual_query)
    if want != got:
        missing = [pair for pair in want if pair not in got]
        extra = [pair for pair in got if pair not in want]
        differences.append("query: expected %s, found %s%s%s" % (
            "&".join("%s=%s" % pair for pair in want) or "(none)",
            "&".join("%s=%s" % pair for pair in got) or "(none)",
            "; missing %s" % missing if missing else "", "; unexpected %s" % extra if extra else ""))
    for header in sample.get("headers", []):
        name = header["name"]
        if name.lower() in IGNORED_SAMPLE_HEADERS:
            continue
        received = headers.get_all(name)
        if not received and name.lower() == "content-type" and not sample_has_body and not body:
            continue
        if not received:
            differences.append("header %s: expected %r, found none" % (name, header["value"]))
            continue
        value = ", ".join(received)
        if name.lower() == "content-type" and not sample_has_body and not body:
            continue  # Content-Type describes a body; with none on either side there is nothing to type.
        if name.lower() == "content-type":
            if media_type(value) != media_type(header["value"]):
                differences.append("header %s: expected media type %r, found %r" % (name, header["value"], value))
        elif value.strip() != header["value"].strip():
            differences.append("header %s: expected %r, found %r" % (name, header["value"], value))
    if sample_body_absent:
        pass  # The docs do not show this body; the client sent a placeholder.
    elif not sample_has_body:
        if body:
            differences.append("body: the sample has none, found %d bytes" % len(body))
    elif parsed is not None:
        expected = node_to_python(parsed)
        try:
            actual = json.loads(body.decode("utf-8")) if body else None
        except (UnicodeDecodeError, ValueError) as error:
            differences.append("body: not JSON (%s): %s" % (error, body[:200].decode("utf-8", "replace")))
        else:
            difference = json_difference(expected, actual)
            if difference:
                differences.append("body " + difference)
    elif body != normalised_body_text(sample_text).encode("utf-8"):
        differences.append("body: expected %r, found %r" % (sample_text[:200], body[:200].decode("utf-8", "replace")))
    return differences


def compare_with_endpoint(operation, method, raw_path, headers):
    """The differences between a received request and the documented endpoint, as lines."""
    differences = []
    if method != operation["method"].upper():
        differences.append("method: expected %s, found %s" % (operation["method"], method))
    actual_path, _, actual_query = raw_path.partition("?")
    compare_path(operation["path"], actual_path, differences)
    query_names = {name for name, _ in query_pairs(actual_query)}
    for parameter in operation.get("parameters", []):
        if not parameter.get("isRequired"):
            continue
        if parameter["place"] == "query" and parameter["name"] not in query_names:
            differences.append("query: the required parameter %s is missing" % parameter["name"])
        if parameter["place"] == "header" and parameter["name"].lower() != "content-type" \
                and not headers.get_all(parameter["name"]):
            differences.append("header %s: required, found none" % parameter["name"])
    return differences


# --- The server ------------------------------------------------------------------------------

class Ledger:
    """What was exchanged, per API and operation; shared by the handler threads."""

    def __init__(self):
        self.lock = threading.Lock()
        self.exchanges = {}
        self.requests = 0
        self.last_activity = time.monotonic()

    def touch(self):
        with self.lock:
            self.requests += 1
            self.last_activity = time.monotonic()
            return self.requests

    def record(self, api, operation_id, request_index, response_index, differences, body_unchecked=False):
        with self.lock:
            entry = self.exchanges.setdefault(api, {}).setdefault(
                operation_id, {"matched": 0, "mismatched": 0, "withSampleRequest": 0, "withSampleResponse": 0,
                               "bodyUnchecked": 0, "differences": []})
            if body_unchecked:
                entry["bodyUnchecked"] += 1
            if differences:
                entry["mismatched"] += 1
                if len(entry["differences"]) < 20:
                    entry["differences"].append(differences)
            else:
                entry["matched"] += 1
            if request_index > 0:
                entry["withSampleRequest"] += 1
            if response_index > 0:
                entry["withSampleResponse"] += 1

    def snapshot(self):
        with self.lock:
            return json.loads(json.dumps({"requests": self.requests, "apis": self.exchanges}))


class ReplayHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "doc2swift-replay/1"

    def log_message(self, format, *args):
        if self.server.verbose:
            sys.stderr.write("replay-server: " + (format % args) + "\n")

    def do_GET(self):
        self.handle_request()

    def do_POST(self):
        self.handle_request()

    def do_PUT(self):
        self.handle_request()

    def do_PATCH(self):
        self.handle_request()

    def do_DELETE(self):
        self.handle_request()

    def do_HEAD(self):
        self.handle_request()

    def do_OPTIONS(self):
        self.handle_request()

    def read_body(self):
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks, total = [], 0
            for _ in range(100_000):
                size_line = self.rfile.readline(1024)
                size = int(size_line.split(b";", 1)[0].strip() or b"0", 16)
                if size == 0:
                    # Trailers end with an empty line; read at most a few.
                    for _ in range(100):
                        if self.rfile.readline(8192) in (b"\r\n", b"\n", b""):
                            break
                    break
                total += size
                if total > MAX_BODY_BYTES:
                    raise ValueError("body larger than %d bytes" % MAX_BODY_BYTES)
                chunks.append(self.rfile.read(size))
                self.rfile.readline(1024)
            return b"".join(chunks)
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY_BYTES:
            raise ValueError("body larger than %d bytes" % MAX_BODY_BYTES)
        return self.rfile.read(length) if length > 0 else b""

    def send(self, status, body=b"", headers=(), verdict=None, reason=None):
        self.send_response(status, reason)
        sent = set()
        for name, value in headers:
            if name.lower() in HOP_BY_HOP_RESPONSE_HEADERS:
                continue
            self.send_header(name, value)
            sent.add(name.lower())
        if verdict:
            self.send_header("X-Replay-Verdict", verdict)
        no_body = status in (204, 304) or 100 <= status < 200 or self.command == "HEAD"
        if not no_body:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if not no_body and body:
            self.wfile.write(body)

    def handle_request(self):
        count = self.server.ledger.touch()
        if count >= self.server.max_requests:
            self.server.stop_soon("served the maximum of %d requests" % self.server.max_requests)
        try:
            body = self.read_body()
        except ValueError as error:
            self.send(413, str(error).encode("utf-8"), [("Content-Type", "text/plain; charset=utf-8")])
            return
        if self.path.startswith("/__replay/"):
            self.handle_control()
            return
        try:
            self.handle_exchange(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # The client gave up (a time-out or cancellation test): nothing to answer.

    def handle_control(self):
        snapshot = json.dumps(self.server.ledger.snapshot(), indent=2, sort_keys=True).encode("utf-8")
        if self.path == "/__replay/summary" and self.command == "GET":
            self.send(200, snapshot, [("Content-Type", "application/json")])
        elif self.path == "/__replay/shutdown" and self.command == "POST":
            self.send(200, snapshot, [("Content-Type", "application/json")])
            self.server.stop_soon("asked to stop")
        elif self.path == "/__replay/health":
            self.send(200, b"ok", [("Content-Type", "text/plain")])
        else:
            self.send(404, b"unknown control path", [("Content-Type", "text/plain")])

    def mismatch(self, lines, api="?", operation_id="?", request_index=0, response_index=0):
        self.server.ledger.record(api, operation_id, request_index, response_index, lines)
        text = "%s %s (%s/%s, sample request %d):\n- %s\n" % (
            self.command, self.path, api, operation_id, request_index, "\n- ".join(lines))
        self.send(MISMATCH_STATUS, text.encode("utf-8"), [("Content-Type", "text/plain; charset=utf-8")],
                  verdict="mismatch", reason="Replay Mismatch")

    def handle_exchange(self, body):
        unquote = urllib.parse.unquote
        api = unquote(self.headers.get("X-Replay-API", ""))
        operation_id = unquote(self.headers.get("X-Replay-Operation", ""))
        try:
            request_index = int(self.headers.get("X-Replay-Request", "-1"))
            response_index = int(self.headers.get("X-Replay-Response", "-1"))
        except ValueError:
            request_index = response_index = -1
        if not api or not operation_id or request_index < 0 or response_index < 0:
            self.mismatch(["the request lacks the X-Replay-API, X-Replay-Operation, X-Replay-Request and "
                           "X-Replay-Response headers that name its operation and samples"])
            return
        operation = self.server.apis.get(api, {}).get(operation_id)
        if operation is None:
            self.mismatch(["no operation %r in API %r of the schema" % (operation_id, api)], api, operation_id)
            return
        request_samples = operation.get("requestSamples", [])
        response_samples = operation.get("responseSamples", [])
        if request_index > len(request_samples) or response_index > len(response_samples):
            self.mismatch(["the operation has %d sample requests and %d sample responses; asked for %d and %d" % (
                len(request_samples), len(response_samples), request_index, response_index)],
                api, operation_id, request_index, response_index)
            return

        if request_index > 0:
            body_absent = self.headers.get("X-Replay-Sample-Body", "").lower() == "absent"
            differences = compare_with_sample(request_samples[request_index - 1], self.command, self.path, body,
                                              self.headers, body_absent)
        else:
            differences = compare_with_endpoint(operation, self.command, self.path, self.headers)
        if differences:
            self.mismatch(differences, api, operation_id, request_index, response_index)
            return

        self.server.ledger.record(api, operation_id, request_index, response_index, [],
                                  request_index > 0 and self.headers.get("X-Replay-Sample-Body", "").lower() == "absent")
        delay = self.headers.get("X-Replay-Delay")
        if delay:
            try:
                seconds = min(max(float(delay), 0.0), MAX_DELAY_SECONDS)
            except ValueError:
                seconds = 0.0
            time.sleep(seconds)

        if self.headers.get("X-Replay-Status"):
            status = int(self.headers["X-Replay-Status"])
            payload = unquote(self.headers.get("X-Replay-Body", "")).encode("utf-8")
            response_headers = [("Content-Type", "application/json" if payload[:1] in (b"{", b"[") else "text/plain")]
        elif response_index > 0:
            sample = response_samples[response_index - 1]["sample"]
            status = int(sample["status"])
            text = sample.get("body")
            payload = normalised_body_text(text).encode("utf-8") if text is not None else b""
            response_headers = [(header["name"], header["value"]) for header in sample.get("headers", [])]
            if payload and not any(name.lower() == "content-type" for name, _ in response_headers):
                response_headers.append(("Content-Type", "application/json"))
        else:
            status, payload, response_headers = 200, b"", []
        self.send(status, payload, response_headers, verdict="match")


class ReplayServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, port, apis, verbose, max_requests):
        super().__init__((HOST, port), ReplayHandler)
        self.apis = apis
        self.verbose = verbose
        self.max_requests = max_requests
        self.ledger = Ledger()
        self.stop_reason = None

    def stop_soon(self, reason):
        if self.stop_reason is None:
            self.stop_reason = reason
            threading.Thread(target=self.shutdown, daemon=True).start()


def watchdog(server, idle_timeout, max_lifetime, parent_pid):
    """Stops the server when idle, too old, or orphaned. Bounded: it ends with the lifetime."""
    started = time.monotonic()
    while server.stop_reason is None:
        now = time.monotonic()
        if now - started > max_lifetime:
            server.stop_soon("reached the maximum lifetime of %d s" % max_lifetime)
        elif now - server.ledger.last_activity > idle_timeout:
            server.stop_soon("idle for %d s" % idle_timeout)
        elif parent_pid > 1 and os.getppid() != parent_pid:
            server.stop_soon("the process that started it exited")
        time.sleep(0.25)


def main():
    parser = argparse.ArgumentParser(description="Serve doc2swift schema samples on 127.0.0.1 for replay tests.")
    parser.add_argument("--schema", action="append", required=True,
                        help="`doc2swift schema` output (repeatable)")
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1; 0 picks a free one")
    parser.add_argument("--port-file", help="file to write the port to once listening")
    parser.add_argument("--summary-file", help="file to write the exchange summary to on exit")
    parser.add_argument("--idle-timeout", type=float, default=120, help="stop after this many idle seconds")
    parser.add_argument("--max-lifetime", type=float, default=3600, help="stop after this many seconds in all")
    parser.add_argument("--max-requests", type=int, default=100_000, help="stop after this many requests")
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    options = parser.parse_args()

    apis = load_schemas(options.schema)
    server = ReplayServer(options.port, apis, options.verbose, options.max_requests)
    port = server.server_address[1]
    if options.port_file:
        temporary = options.port_file + ".tmp"
        with open(temporary, "w", encoding="utf-8") as handle:
            handle.write("%d\n" % port)
        os.replace(temporary, options.port_file)
    operations = sum(len(operations) for operations in apis.values())
    sys.stderr.write("replay-server: http://%s:%d/ serving %d operations of %s\n" % (
        HOST, port, operations, ", ".join(sorted(apis))))
    threading.Thread(target=watchdog, args=(server, options.idle_timeout, options.max_lifetime, os.getppid()),
                     daemon=True).start()
    try:
        server.serve_forever(poll_interval=0.25)
    except KeyboardInterrupt:
        server.stop_reason = "interrupted"
    finally:
        server.server_close()
        if options.summary_file:
            with open(options.summary_file, "w", encoding="utf-8") as handle:
                json.dump(server.ledger.snapshot(), handle, indent=2, sort_keys=True)
        sys.stderr.write("replay-server: stopped (%s)\n" % (server.stop_reason or "unknown"))


if __name__ == "__main__":
    main()
