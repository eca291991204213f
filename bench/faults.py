#!/usr/bin/env python3
"""Portico under faults: prints what was lost, duplicated and seen.

Run through `bench/faults` (it builds the release binary and seeds the data).
Scenarios, each on SQLite and PostgreSQL unless noted:

  kill     eight clients register deals (submitted, so mail is written) while
           the server is killed with SIGKILL every 0.3-1.5 s and restarted;
           a client that saw no answer sends the same form again (same
           one-time key), as a person would. Afterwards: acknowledged deals
           missing, duplicates, 5xx seen, SQLite's integrity_check, mail.
  outage   (PostgreSQL) the database refuses connections for 20 s while a
           client reads a page every 100 ms: what it sees and how fast, and
           /readyz.
  diskfull (SQLite) the server may not grow any file (ulimit -f) while a
           client writes: what the writes get, /readyz.
  signin   64 clients hammer POST /sign-in (a different forwarded address
           each) while one client reads the partner's deal list.
  probes   512 connections on the deal list; /healthz on the main listener
           and on PORTICO_OPS_BIND.

Only loopback addresses are used. Standard library only.
"""

import http.client
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.parse

BIN = os.environ["PORTICO_BIN"]
PORT = int(os.environ.get("FAULTS_PORT", "18090"))
OPS_PORT = PORT + 1
HOST = f"bench-00001.localhost:{PORT}"
PASSWORD = "bench-password-2026"
KILLS = int(os.environ.get("FAULTS_KILLS", "200"))


def log(*a):
    print(*a, file=sys.stderr, flush=True)


class Server:
    def __init__(self, env, prefix=None):
        self.env, self.prefix, self.proc = env, prefix or [], None

    def start(self):
        out = open(os.path.join(self.env["PORTICO_DATA_DIR"], "serve.log"), "ab")
        self.proc = subprocess.Popen(self.prefix + [BIN, "serve"], env=self.env, stdout=out, stderr=out)
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                if request("GET", "/healthz", host=f"localhost:{PORT}", timeout=1)[0] == 200:
                    return
            except OSError:
                pass
            time.sleep(0.02)
        raise SystemExit("portico serve did not come up")

    def kill(self):
        if self.proc:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()
            self.proc = None

    def stop(self):
        if self.proc:
            self.proc.terminate()
            self.proc.wait(timeout=20)
            self.proc = None


def request(method, path, host=HOST, cookie=None, body=None, timeout=10, port=PORT, headers=None):
    """(status, headers dict, body text, seconds)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    h = {"Host": host, "Sec-Fetch-Site": "same-origin"}
    if cookie:
        h["Cookie"] = f"portico_session={cookie}"
    if body is not None:
        body = urllib.parse.urlencode(body)
        h["Content-Type"] = "application/x-www-form-urlencoded"
    h.update(headers or {})
    started = time.time()
    try:
        conn.request(method, path, body=body, headers=h)
        res = conn.getresponse()
        text = res.read().decode("utf-8", "replace")
        return res.status, {k.lower(): v for k, v in res.getheaders()}, text, time.time() - started
    finally:
        conn.close()


def field(page, name):
    m = re.search(rf'name="{name}" value="([^"]*)"', page)
    return m.group(1) if m else None


def sign_in(email):
    status, headers, page, _ = request("GET", "/sign-in")
    cookie = re.search(r"portico_session=([^;]+)", headers.get("set-cookie", "")).group(1)
    body = {"csrf_token": field(page, "csrf_token"), "email": email, "password": PASSWORD, "return_to": "/"}
    status, headers, _, _ = request("POST", "/sign-in", cookie=cookie, body=body)
    assert status == 303, f"sign-in of {email}: {status}"
    return re.search(r"portico_session=([^;]+)", headers["set-cookie"]).group(1)


def deal_form(cookie):
    status, _, page, _ = request("GET", "/deals/new", cookie=cookie, timeout=5)
    if status != 200:
        raise OSError(f"form {status}")
    return field(page, "csrf_token"), field(page, "form_key")


def deal_body(csrf, key, company):
    close = time.strftime("%Y-%m-%d", time.gmtime(time.time() + 60 * 86400))
    return {
        "csrf_token": csrf, "form_key": key, "customer_company": company, "customer_domain": f"{company}.test",
        "country": "DE", "contact_name": "Bea", "contact_email": "bea@example.test", "value": "1000",
        "currency": "EUR", "expected_close": close, "description": "fault run", "action": "submit",
    }


# ---------------------------------------------------------------- kill loop

def kill_loop(backend, env, db):
    server = Server(env)
    server.start()
    cookies = [sign_in(f"pu{i + 1}@bench-00001.test") for i in range(8)]
    acked, attempted, five_xx, stop = set(), set(), [0], threading.Event()
    lock = threading.Lock()

    def writer(i):
        n = 0
        while not stop.is_set():
            company = f"fault-{backend}-{i}-{n}"
            form = None
            while not stop.is_set():
                try:
                    if form is None:
                        form = deal_form(cookies[i])
                    with lock:
                        attempted.add(company)
                    status, headers, _, _ = request("POST", "/deals", cookie=cookies[i], body=deal_body(*form, company), timeout=5)
                    if status >= 500:
                        with lock:
                            five_xx[0] += 1
                        time.sleep(0.05)
                        continue  # the same form again
                    if status == 303 and "/deals/" in headers.get("location", ""):
                        with lock:
                            acked.add(company)
                        break
                    raise SystemExit(f"unexpected {status} for {company}")
                except OSError:
                    time.sleep(0.05)  # no answer: send the same form again
            n += 1

    threads = [threading.Thread(target=writer, args=(i,), daemon=True) for i in range(8)]
    for t in threads:
        t.start()
    for cycle in range(KILLS):
        time.sleep(random.uniform(0.3, 1.5))
        server.kill()
        server.start()
        if (cycle + 1) % 25 == 0:
            log(f"  {backend}: {cycle + 1} kills, {len(acked)} acknowledged")
    time.sleep(1)
    stop.set()
    for t in threads:
        t.join(timeout=15)
    # Let the mail worker deliver what is queued.
    deadline = time.time() + 60
    while time.time() < deadline and db.scalar("SELECT COUNT(*) FROM mail_outbox WHERE status <> 'sent'") > 0:
        time.sleep(0.5)
    server.stop()

    counts = dict(db.rows("SELECT customer_company, COUNT(*) FROM deals WHERE customer_company LIKE 'fault-%' GROUP BY customer_company"))
    lost = sorted(c for c in acked if c not in counts)
    dups = sum(n - 1 for n in counts.values() if n > 1)
    unsent = db.scalar("SELECT COUNT(*) FROM mail_outbox WHERE status <> 'sent'")
    mails = db.scalar("SELECT COUNT(*) FROM mail_outbox")
    mailbox = sum(len([f for f in fs if f.endswith(".json")]) for _, _, fs in os.walk(os.path.join(env["PORTICO_DATA_DIR"], "mailbox")))
    integrity = db.integrity()
    return {
        "kills": KILLS, "acknowledged": len(acked), "attempted": len(attempted), "lost": len(lost),
        "duplicates": dups, "5xx": five_xx[0], "integrity": integrity,
        "mail_written": mails, "mail_unsent": unsent, "mailbox_files": mailbox,
    }


# ---------------------------------------------------------------- outage (PostgreSQL)

def outage(env, db):
    server = Server(env)
    server.start()
    cookie = sign_in("pu1@bench-00001.test")
    seen, stop = [], threading.Event()

    def reader():
        while not stop.is_set():
            try:
                status, _, _, took = request("GET", "/deals", cookie=cookie, timeout=10)
            except OSError:
                status, took = "reset", 0
            seen.append((time.time(), status, took))
            time.sleep(0.1)

    t = threading.Thread(target=reader, daemon=True)
    t.start()
    time.sleep(2)
    down_at = time.time()
    db.admin(f"ALTER DATABASE {db.name} ALLOW_CONNECTIONS false")
    db.admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{db.name}'")
    ready = []
    while time.time() - down_at < 20:
        try:
            ready.append(request("GET", "/readyz", host=f"localhost:{PORT}", timeout=2)[0::3])
        except OSError:
            ready.append(("timeout", 2))
        time.sleep(0.5)
    db.admin(f"ALTER DATABASE {db.name} ALLOW_CONNECTIONS true")
    up_at = time.time()
    back = None
    while time.time() - up_at < 30:
        if seen and seen[-1][1] == 200 and seen[-1][0] > up_at:
            back = seen[-1][0] - up_at
            break
        time.sleep(0.05)
    stop.set()
    t.join()
    server.stop()
    during = [s for s in seen if down_at + 0.5 < s[0] < up_at]
    statuses = {}
    for _, s, _ in during:
        statuses[s] = statuses.get(s, 0) + 1
    slowest = max((took for _, _, took in during), default=0)
    return {
        "pages_during_outage": statuses, "slowest_answer_s": round(slowest, 3),
        "readyz_during": sorted({str(s) for s, _ in ready}), "readyz_slowest_s": round(max(t for _, t in ready), 3),
        "first_200_after_s": round(back, 2) if back is not None else None,
    }


# ---------------------------------------------------------------- disk full (SQLite)

def disk_full(env, db_path):
    size = max(os.path.getsize(db_path), os.path.getsize(db_path + "-wal") if os.path.exists(db_path + "-wal") else 0)
    blocks = (size + 2 * 1024 * 1024) // 512
    server = Server(env, prefix=["/bin/sh", "-c", f"trap '' XFSZ; ulimit -f {blocks}; exec \"$0\" \"$@\""])
    server.start()
    cookie = sign_in("pu1@bench-00001.test")
    statuses, first_503 = {}, None
    for n in range(3000):
        try:
            form = deal_form(cookie)
            status = request("POST", "/deals", cookie=cookie, body=deal_body(*form, f"full-{n}"), timeout=5)[0]
        except OSError as e:
            status = f"form failed: {e}"
        statuses[status] = statuses.get(status, 0) + 1
        if status == 503 and first_503 is None:
            first_503 = n
        if first_503 is not None and n > first_503 + 20:
            break
    ready = request("GET", "/readyz", host=f"localhost:{PORT}")
    server.stop()
    integrity = sqlite3.connect(db_path).execute("PRAGMA integrity_check").fetchone()[0]
    return {"writes": statuses, "readyz": f"{ready[0]} {ready[2].strip()}", "integrity_after": integrity}


# ---------------------------------------------------------------- wrk scenarios

def wrk(args, url, lua=None):
    cmd = ["wrk", "-t1", "--latency", "--timeout", "5s"] + args
    if lua:
        cmd += ["-s", lua]
    out = subprocess.run(cmd + [url], capture_output=True, text=True).stdout

    def grab(pattern):
        m = re.search(pattern, out)
        return m.group(1) if m else "0"
    return {
        "req/s": grab(r"Requests/sec:\s+([\d.]+)"), "p50": grab(r"\s50%\s+(\S+)"), "p99": grab(r"\s99%\s+(\S+)"),
        "non-2xx/3xx": grab(r"Non-2xx or 3xx responses: (\d+)"),
        "socket errors": grab(r"Socket errors: (.*)") if "Socket errors" in out else "none",
    }


def sign_in_flood(env, work):
    server = Server(env)
    server.start()
    cookie = sign_in("pu1@bench-00001.test")
    status, headers, page, _ = request("GET", "/sign-in")
    anon = re.search(r"portico_session=([^;]+)", headers.get("set-cookie", "")).group(1)
    lua = os.path.join(work, "signin.lua")
    with open(lua, "w") as f:
        f.write(f"""
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Host"] = "{HOST}"
wrk.headers["Sec-Fetch-Site"] = "same-origin"
wrk.headers["Cookie"] = "portico_session={anon}"
request = function()
  local n = math.random(1, 2000000000)
  wrk.headers["X-Forwarded-For"] = string.format("198.%d.%d.%d", n % 256, math.floor(n / 256) % 256, math.floor(n / 65536) % 256)
  local body = "csrf_token={field(page, 'csrf_token')}&email=nobody" .. n .. "%40example.test&password=not+the+password+" .. n .. "&return_to=%2F"
  return wrk.format(nil, "/sign-in", nil, body)
end
""")
    alone = wrk(["-c4", "-d8s", "-H", f"Host: {HOST}", "-H", f"Cookie: portico_session={cookie}"], f"http://127.0.0.1:{PORT}/deals")
    flood = subprocess.Popen(["wrk", "-t1", "-c64", "-d14s", "--timeout", "15s", "-s", lua, f"http://127.0.0.1:{PORT}/sign-in"],
                             stdout=subprocess.PIPE, text=True)
    time.sleep(3)
    during = wrk(["-c4", "-d8s", "-H", f"Host: {HOST}", "-H", f"Cookie: portico_session={cookie}"], f"http://127.0.0.1:{PORT}/deals")
    flood_out = flood.communicate()[0]
    server.stop()
    m = re.search(r"Requests/sec:\s+([\d.]+)", flood_out)
    codes = re.search(r"Non-2xx or 3xx responses: (\d+)", flood_out)
    return {"deal list alone": alone, "deal list during the flood": during,
            "sign-ins/s": m.group(1) if m else "0", "sign-in answers (401/429/503)": codes.group(1) if codes else "0"}


def probes_under_load(env):
    server = Server(env)
    server.start()
    cookie = sign_in("pu1@bench-00001.test")
    load = subprocess.Popen(["wrk", "-t1", "-c512", "-d12s", "--timeout", "10s", "-H", f"Host: {HOST}", "-H",
                             f"Cookie: portico_session={cookie}", f"http://127.0.0.1:{PORT}/deals"],
                            stdout=subprocess.DEVNULL)
    time.sleep(3)
    main, ops = [], []
    for _ in range(20):
        main.append(request("GET", "/healthz", host=f"localhost:{PORT}", timeout=10)[3])
        ops.append(request("GET", "/healthz", host="localhost", port=OPS_PORT, timeout=10)[3])
        time.sleep(0.2)
    load.wait()
    server.stop()

    def summary(xs):
        xs = sorted(xs)
        return f"median {xs[len(xs) // 2] * 1000:.1f} ms, max {xs[-1] * 1000:.1f} ms"
    return {"healthz on the main listener": summary(main), "healthz on PORTICO_OPS_BIND": summary(ops)}


# ---------------------------------------------------------------- databases

class SqliteDb:
    def __init__(self, path):
        self.path = path

    def _conn(self):
        return sqlite3.connect(self.path, timeout=30)

    def scalar(self, sql):
        with self._conn() as c:
            return c.execute(sql).fetchone()[0]

    def rows(self, sql):
        with self._conn() as c:
            return c.execute(sql).fetchall()

    def integrity(self):
        return self.scalar("PRAGMA integrity_check")


class PgDb:
    def __init__(self, admin_url, name, url):
        self.admin_url, self.name, self.url = admin_url, name, url

    def _psql(self, url, sql):
        out = subprocess.run(["psql", url, "-qAtF", "\t", "-c", sql], capture_output=True, text=True, check=True).stdout
        return [line.split("\t") for line in out.splitlines() if line]

    def admin(self, sql):
        self._psql(self.admin_url, sql)

    def scalar(self, sql):
        return int(self._psql(self.url, sql)[0][0])

    def rows(self, sql):
        return [(r[0], int(r[1])) for r in self._psql(self.url, sql)]

    def integrity(self):
        return "n/a (PostgreSQL)"


def main():
    backend, work, db_url = sys.argv[1], sys.argv[2], sys.argv[3]
    env = dict(os.environ)
    env.update({
        "DATABASE_URL": db_url, "PORTICO_DATA_DIR": work, "PORTICO_BASE_DOMAIN": "localhost",
        "PORTICO_PUBLIC_URL": f"http://localhost:{PORT}", "PORTICO_BIND": f"127.0.0.1:{PORT}",
        "PORTICO_OPS_BIND": f"127.0.0.1:{OPS_PORT}", "PORTICO_TRUSTED_PROXIES": "127.0.0.1",
        "PORTICO_SECRET_KEY": "5f2b7c1d9e8a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b9c",
        "PORTICO_LOG": "warn", "PORTICO_WORKERS": "2", "PORTICO_DB_POOL_SIZE": "8", "PORTICO_MAIL_POLL_MS": "200",
    })
    if backend == "sqlite":
        db = SqliteDb(db_url.removeprefix("sqlite://"))
    else:
        name = os.environ["FAULTS_PG_NAME"]
        db = PgDb(os.environ["FAULTS_PG_ADMIN"], name, db_url)
    results = {}
    scenarios = os.environ.get("FAULTS_SCENARIOS", "kill,outage,diskfull,signin,probes").split(",")
    if "signin" in scenarios:
        log(f"{backend}: sign-in flood")
        results["signin"] = sign_in_flood(env, work)
    if "probes" in scenarios:
        log(f"{backend}: probes at 512 connections")
        results["probes"] = probes_under_load(env)
    if "kill" in scenarios:
        log(f"{backend}: kill loop ({KILLS} kills)")
        results["kill"] = kill_loop(backend, env, db)
    if "outage" in scenarios and backend == "postgres":
        log(f"{backend}: 20 s outage")
        results["outage"] = outage(env, db)
    if "diskfull" in scenarios and backend == "sqlite":
        log(f"{backend}: disk full")
        results["diskfull"] = disk_full(env, db.path)
    print(json.dumps({backend: results}, indent=2))


if __name__ == "__main__":
    main()
