#!/usr/bin/env python3
"""Times "Forgot your password?" requests for addresses with and without an account against a running portal.

The page must answer as fast for an address without an account as for one with, so that timing does not
reveal which accounts exist: the account is looked up, and its e-mail queued, after the answer has gone.
Start the portal with CONSORTIA_BEHIND_PROXY=true ./run.sh (demo data), so that each request can come
from an address of its own (X-Forwarded-For) and the limit of ten requests per client in fifteen minutes
does not cut the run short; then run this script. It prints figures only; it never fails. Each demo
address is asked for at most three links, the limit per address.
"""
import http.cookiejar
import random
import re
import statistics
import sys
import time
import urllib.parse
import urllib.request
import uuid

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
DEMO_ACCOUNTS = ["admin", "strategy", "head.of.service", "cmt", "executive", "scrutiny", "chair", "vice.chair",
                 "officer", "member", "elected.member", "secretariat", "observer"]
REQUESTS_PER_ACCOUNT = 3


def ask_for_link(email):
    """Returns the seconds one request took, measured around the POST only, and whether it was answered as sent."""
    client = "10.%d.%d.%d" % (random.randint(1, 250), random.randint(0, 250), random.randint(1, 250))
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    response = opener.open(urllib.request.Request(BASE + "/forgot-password", headers={"X-Forwarded-For": client}))
    page = response.read().decode()
    view_state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]*)"', page).group(1)
    nonce = re.search(r"'nonce-([^']+)'", response.headers["Content-Security-Policy"]).group(1)
    form = urllib.parse.urlencode({"forgot": "forgot", "forgot:email": email, "forgot:send": "Send me a link",
                                   "jakarta.faces.ViewState": view_state, "primefaces.nonce": nonce}).encode()
    started = time.perf_counter()
    response = opener.open(urllib.request.Request(BASE + "/forgot-password", data=form,
                                                  headers={"Origin": BASE, "X-Forwarded-For": client}))
    answer = response.read().decode()
    return time.perf_counter() - started, 'id="sent"' in answer


def describe(label, samples):
    if not samples:
        print(f"{label:<34} none answered: the limits refused them (ask again in fifteen minutes)")
        return
    milliseconds = [sample * 1000 for sample in samples]
    print(f"{label:<34} n={len(milliseconds):3d}  median {statistics.median(milliseconds):7.1f} ms"
          f"  mean {statistics.mean(milliseconds):7.1f} ms  min {min(milliseconds):7.1f}  max {max(milliseconds):7.1f}")


def main():
    ask_for_link("warm-up-" + uuid.uuid4().hex + "@example.org")
    known, unknown, refused = [], [], 0
    for account in DEMO_ACCOUNTS:
        for _ in range(REQUESTS_PER_ACCOUNT):
            for address, samples in ((account + "@consortia.test", known),
                                     ("nobody-" + uuid.uuid4().hex + "@example.org", unknown)):
                seconds, sent = ask_for_link(address)
                if sent:
                    samples.append(seconds)
                else:
                    refused += 1
    print(f"Password reset requests against {BASE}")
    describe("address with an account", known)
    describe("address without one", unknown)
    if known and unknown:
        difference = statistics.median(known) - statistics.median(unknown)
        print(f"difference of medians: {difference * 1000:+.1f} ms")
    if refused:
        print(f"{refused} requests were refused by the limits (is CONSORTIA_BEHIND_PROXY=true?)")


if __name__ == "__main__":
    main()
