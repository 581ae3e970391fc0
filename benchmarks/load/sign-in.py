#!/usr/bin/env python3
"""Signs people in to a running portal and prints, one line each, the Cookie header of their session.

Usage: sign-in.py BASE PASSWORD EMAIL...
"""
import http.cookiejar
import re
import sys
import urllib.error
import urllib.parse
import urllib.request


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def sign_in(base, email, password):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    response = opener.open(base + "/login")
    page = response.read().decode()
    view_state = re.search(r'name="jakarta.faces.ViewState"[^>]*value="([^"]*)"', page).group(1)
    # PrimeFaces' script sends the page's CSP nonce with every form; a script has to do the same.
    nonce = re.search(r"'nonce-([^']+)'", response.headers["Content-Security-Policy"]).group(1)
    form = urllib.parse.urlencode({"login": "login", "login:email": email, "login:password": password,
                                   "login:signIn": "Sign in", "jakarta.faces.ViewState": view_state,
                                   "primefaces.nonce": nonce}).encode()
    try:
        # A browser names the page's origin on a form post; the sign-in page requires it.
        answer = opener.open(urllib.request.Request(base + "/login", data=form, headers={"Origin": base}))
        # The sign-in page again, not the way on: the sign-in was refused.
        raise SystemExit(f"Signing in {email} failed: {answer.status}")
    except urllib.error.HTTPError as answer:
        if answer.code != 302:
            raise SystemExit(f"Signing in {email} failed: {answer.code}")
    return "; ".join(f"{cookie.name}={cookie.value}" for cookie in jar)


def main():
    base, password, emails = sys.argv[1], sys.argv[2], sys.argv[3:]
    for email in emails:
        print(sign_in(base, email, password))


if __name__ == "__main__":
    main()
