#!/usr/bin/env python3
"""Times failed logins for known and unknown e-mail addresses against a running portal.

A login for an unknown address must take as long as one for a known address, so that timing does
not reveal which accounts exist. Start the portal with ./run.sh (demo data), then run this script.
It prints figures only; it never fails. Each demo account gets at most four wrong passwords, so
none of them is locked by the run.
"""
import http.cookiejar
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
ATTEMPTS_PER_ACCOUNT = 4


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def failed_login(email):
    """Returns the seconds one failed login took, measured around the POST only."""
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)
    response = opener.open(BASE + "/login")
    page = response.read().decode()
    view_state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]*)"', page).group(1)
    # PrimeFaces' script sends the page's CSP nonce with every form; a script has to do the same.
    nonce = re.search(r"'nonce-([^']+)'", response.headers["Content-Security-Policy"]).group(1)
    form = urllib.parse.urlencode({"login": "login", "login:email": email, "login:password": "not the password",
                                   "login:signIn": "Sign in", "jakarta.faces.ViewState": view_state,
                                   "primefaces.nonce": nonce}).encode()
    started = time.perf_counter()
    # A browser names the page's origin on a form post; the sign-in page requires it.
    response = opener.open(urllib.request.Request(BASE + "/login", data=form, headers={"Origin": BASE}))
    response.read()
    return time.perf_counter() - started


def describe(label, samples):
    milliseconds = [sample * 1000 for sample in samples]
    print(f"{label:<34} n={len(milliseconds):3d}  median {statistics.median(milliseconds):7.1f} ms"
          f"  mean {statistics.mean(milliseconds):7.1f} ms  min {min(milliseconds):7.1f}  max {max(milliseconds):7.1f}")


def main():
    failed_login("warm-up-" + uuid.uuid4().hex + "@example.org")
    known, unknown = [], []
    for account in DEMO_ACCOUNTS:
        for _ in range(ATTEMPTS_PER_ACCOUNT):
            known.append(failed_login(account + "@consortia.test"))
            unknown.append(failed_login("nobody-" + uuid.uuid4().hex + "@example.org"))
    print(f"Failed logins against {BASE}")
    describe("known address, wrong password", known)
    describe("unknown address", unknown)
    difference = statistics.median(known) - statistics.median(unknown)
    print(f"difference of medians: {difference * 1000:+.1f} ms")


if __name__ == "__main__":
    main()
