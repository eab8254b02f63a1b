#!/usr/bin/env python3
"""A tiny Graph Store Protocol server for NewsGraph's push tests, on 127.0.0.1 only.

Stores nothing: it counts N-Triples lines per request and logs each request as one JSON line
(method, query, content type, auth scheme, triples) to --log. It can fail the Nth POST/PUT
(--fail-request N, --fail-times K, --fail-status S), require basic auth (--basic USER:PASSWORD),
and refuse application/n-triples with 415 (--only-text-plain). Prints its port on stdout, then
serves until killed or until --lifetime seconds have passed (so a crashed test leaves nothing).
"""
import argparse, base64, json, sys, threading, os
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

parser = argparse.ArgumentParser()
parser.add_argument("--log", required=True)
parser.add_argument("--fail-request", type=int, default=0)
parser.add_argument("--fail-times", type=int, default=1)
parser.add_argument("--fail-status", type=int, default=500)
parser.add_argument("--basic", default="")
parser.add_argument("--only-text-plain", action="store_true")
parser.add_argument("--lifetime", type=float, default=120)
args = parser.parse_args()

lock = threading.Lock()
state = {"requests": 0, "failures": 0}

class Handler(BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def answer(self, status, text=""):
        body = text.encode()
        self.send_response(status)
        if status == 401:
            self.send_header("WWW-Authenticate", 'Basic realm="fake"')
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def handle_write(self):
        length = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(length)
        auth = self.headers.get("Authorization", "")
        ctype = self.headers.get("Content-Type", "")
        with lock:
            state["requests"] += 1
            number = state["requests"]
            entry = {"n": number, "method": self.command, "path": self.path, "contentType": ctype,
                     "auth": auth.split(" ")[0] if auth else "", "triples": body.count(b"\n"), "status": 0}
            if args.basic and auth != "Basic " + base64.b64encode(args.basic.encode()).decode():
                status = 401
            elif args.only_text_plain and ctype.startswith("application/n-triples"):
                status = 415
            elif number >= args.fail_request > 0 and state["failures"] < args.fail_times:
                state["failures"] += 1
                status = args.fail_status
            else:
                status = 204 if self.command == "POST" else 201
            entry["status"] = status
            with open(args.log, "a") as log:
                log.write(json.dumps(entry) + "\n")
        self.answer(status, "" if status < 300 else "fake failure %d on request %d" % (status, number))

    do_POST = handle_write
    do_PUT = handle_write

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
threading.Timer(args.lifetime, lambda: os._exit(0)).start()
server.serve_forever()
