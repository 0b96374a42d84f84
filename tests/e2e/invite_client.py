#!/usr/bin/env python3
"""Participants for the window tests of the participants' page (issue #15), standard library only.

  invite_client.py load URL PARTICIPANTS NOTES OUT.json
      PARTICIPANTS phones, each with its own cookie, open the page and send NOTES notes at a
      human pace (1 to 3 s apart); OUT.json gets every acknowledged note (text, moment) and every
      response body seen.
  invite_client.py bad URL OUT.json
      requests a participant's phone never sends: no token, a wrong token, a 1 MB body, broken
      form encoding, invalid UTF-8, a wrong content type; OUT.json gets each status and body.
  invite_client.py idle URL COUNT SECONDS
      opens COUNT connections, sends nothing, holds them SECONDS, then closes them.
  invite_client.py one URL TEXT
      one participant sends one note; prints the status.
All traffic goes to the host in URL (the tests use 127.0.0.1 only).
"""
import http.client
import json
import random
import re
import socket
import sys
import threading
import time
import urllib.parse


def split(url):
    u = urllib.parse.urlsplit(url)
    return u.hostname, u.port, u.path  # path: "/TOKEN/"


class Phone:
    """One participant: one cookie, a fresh connection per request (like a phone on Wi-Fi)."""

    def __init__(self, url):
        self.host, self.port, self.base = split(url)
        self.cookie = None
        self.bodies = []

    def request(self, method, path, body=None, headers=None):
        conn = http.client.HTTPConnection(self.host, self.port, timeout=20)
        h = dict(headers or {})
        if self.cookie:
            h["Cookie"] = self.cookie
        conn.request(method, path, body=body, headers=h)
        r = conn.getresponse()
        data = r.read()
        set_cookie = r.getheader("Set-Cookie")
        if set_cookie:
            self.cookie = set_cookie.split(";")[0]
        conn.close()
        text = data.decode("utf-8", "replace")
        self.bodies.append(text)
        return r.status, r.getheader("Location"), text

    def page(self):
        status, _, html = self.request("GET", self.base)
        assert status == 200, status
        return [int(m) for m in re.findall(r'<option value="(\d+)"', html)]

    def send(self, moment, kind, text):
        body = urllib.parse.urlencode({"lang": "nl", "moment": moment, "kind": kind, "text": text})
        status, location, _ = self.request("POST", self.base + "note", body,
                                           {"Content-Type": "application/x-www-form-urlencoded"})
        return status, location


def load(url, participants, notes, out):
    acknowledged, refused, bodies, errors = [], [], [], []
    lock = threading.Lock()

    def participant(i):
        rng = random.Random(i)
        phone = Phone(url)
        try:
            moments = phone.page()
            time.sleep(rng.uniform(0.0, 2.0))
            for n in range(notes):
                text = f"Deelnemer {i} notitie {n}: wachttijd te lang, één vraag"
                moment = rng.choice(moments)
                status, location = phone.send(moment, rng.choice(["pain", "chance"]), text)
                with lock:
                    (acknowledged if status == 303 else refused).append(
                        {"text": text, "moment": moment, "status": status, "location": location})
                time.sleep(rng.uniform(1.0, 3.0))
        except Exception as e:  # a failed request is a finding, not a crash of the test
            with lock:
                errors.append(f"participant {i}: {e!r}")
        with lock:
            bodies.extend(phone.bodies)

    threads = [threading.Thread(target=participant, args=(i,)) for i in range(participants)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    json.dump({"acknowledged": acknowledged, "refused": refused, "errors": errors, "bodies": bodies},
              open(out, "w"), ensure_ascii=False)
    print(f"{len(acknowledged)} notes acknowledged, {len(refused)} refused, {len(errors)} errors")


def bad(url, out):
    host, port, base = split(url)
    token = base.strip("/")
    wrong = "a" * len(token)
    form = {"Content-Type": "application/x-www-form-urlencoded"}
    phone = Phone(url)
    moments = phone.page()
    good = f"lang=nl&moment={moments[0]}&kind=pain&text="
    cases = [
        ("no token", "GET", "/", None, {}),
        ("no token, note", "POST", "/note", good + "x", form),
        ("wrong token", "GET", f"/{wrong}/", None, {}),
        ("wrong token, note", "POST", f"/{wrong}/note", good + "x", form),
        ("token without slash", "GET", "/" + token, None, {}),
        ("path after token", "GET", base + "../../etc/passwd", None, {}),
        ("unknown page", "GET", base + "admin", None, {}),
        ("1 MB body", "POST", base + "note", good + "a" * (1 << 20), form),
        ("broken encoding", "POST", base + "note", good + "%zz%4", form),
        ("invalid UTF-8", "POST", base + "note", good + "%FF%FE%C3%28", form),
        ("surrogate", "POST", base + "note", good + "%ED%A0%80", form),
        ("NUL", "POST", base + "note", good + "a%00b", form),
        ("JSON body", "POST", base + "note", '{"text":"x"}', {"Content-Type": "application/json"}),
        ("PUT", "PUT", base + "note", good + "x", form),
        ("DELETE", "DELETE", base, None, {}),
        ("vote without a round", "POST", base + "vote", "add=1", form),
    ]
    results = []
    for name, method, path, body, headers in cases:
        try:
            status, _, text = phone.request(method, path, body.encode() if body else None, headers)
        except Exception as e:  # the server may close a connection it will not read
            status, text = None, repr(e)
        results.append({"case": name, "status": status, "body": text})
        print(f"{name}: {status}")
    json.dump({"results": results, "bodies": phone.bodies}, open(out, "w"), ensure_ascii=False)


def idle(url, count, seconds):
    host, port, _ = split(url)
    socks = []
    for _ in range(count):
        s = socket.socket()
        s.settimeout(10)
        try:
            s.connect((host, port))
            socks.append(s)
        except OSError:
            s.close()
    print(f"{len(socks)} idle connections open")
    sys.stdout.flush()
    time.sleep(seconds)
    for s in socks:
        s.close()


def one(url, text):
    phone = Phone(url)
    moments = phone.page()
    status, _ = phone.send(moments[0], "pain", text)
    print(status)


if __name__ == "__main__":
    cmd = sys.argv[1]
    if cmd == "load":
        load(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5])
    elif cmd == "bad":
        bad(sys.argv[2], sys.argv[3])
    elif cmd == "idle":
        idle(sys.argv[2], int(sys.argv[3]), float(sys.argv[4]))
    elif cmd == "one":
        one(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
