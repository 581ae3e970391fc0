#!/usr/bin/env python3
"""An operator's bad day, measured on the provisioned WildFly (run by benchmarks/faults.sh).

1. Saves acknowledged against saves present after `kill -9` of the server during a stream of saves,
   followed by a second `kill -9` while the server is starting again, five rounds on the embedded H2
   database and five on PostgreSQL.
2. On PostgreSQL: the seconds until pages answer again once PostgreSQL, stopped under load, is back,
   and how many requests failed meanwhile; the prober stays signed in throughout.
3. Backups: on PostgreSQL one taken under a stream of saves, on H2 one taken with the portal
   stopped, each restored into a fresh database and compared with the original (row counts of every
   table and the history of one risk entry).

It prints figures only and never fails a build. It stops and starts the machine's PostgreSQL.
"""
import http.cookiejar
import html.parser
import os
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TEMPLATE = os.path.join(ROOT, "ear", "target", "server")
EAR = os.path.join(ROOT, "ear", "target", "consortia.ear")
WORK = "/tmp/consortia-faults"
BASE = "http://127.0.0.1:8080"
ROUNDS = 5
PG_VERSION = sorted(os.listdir("/etc/postgresql"))[0] if os.path.isdir("/etc/postgresql") else None
PG_DATABASE = "consortia_faults"
H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"


# ---- the portal over HTTP -------------------------------------------------------------------

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class FormReader(html.parser.HTMLParser):
    """The fields of one form as a browser would send them, and the form's action."""

    def __init__(self, form_id):
        super().__init__()
        self.form_id, self.inside, self.action, self.fields = form_id, False, None, {}
        self.select, self.first_option, self.textarea = None, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id") == self.form_id:
            self.inside, self.action = True, a.get("action")
        if not self.inside:
            return
        if tag == "input" and a.get("name") and a.get("type") not in ("submit", "checkbox", "radio"):
            self.fields[a["name"]] = a.get("value") or ""
        elif tag == "input" and a.get("type") == "checkbox" and "checked" in a:
            self.fields[a["name"]] = a.get("value") or "on"
        elif tag == "select":
            self.select, self.first_option = a.get("name"), None
        elif tag == "option" and self.select:
            if self.first_option is None:
                self.first_option = a.get("value", "")
                self.fields[self.select] = self.first_option
            if "selected" in a:
                self.fields[self.select] = a.get("value", "")
        elif tag == "textarea":
            self.textarea = a.get("name")
            self.fields[self.textarea] = ""

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea":
            self.textarea = None


class Portal:
    def __init__(self):
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect())

    def request(self, path, data=None, timeout=10):
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        try:
            # A browser names the page's origin on a form post; the sign-in page requires it.
            request = urllib.request.Request(BASE + path, data=body, headers={"Origin": BASE} if body else {})
            with self.opener.open(request, timeout=timeout) as answer:
                return answer.status, answer.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as answer:
            return answer.code, answer.read().decode("utf-8", "replace")

    def submit(self, path, form_id, changes, button):
        status, page = self.request(path)
        if status != 200:
            return status
        form = FormReader(form_id)
        form.feed(page)
        fields = dict(form.fields, **changes)
        fields[button] = "go"
        return self.request(urllib.parse.urljoin(path, form.action), fields)[0]

    def sign_in(self, email="chair@consortia.test"):
        return self.submit("/login", "login", {"login:email": email, "login:password": "consortia-demo"},
                           "login:signIn") == 302

    def add_risk(self, title):
        """True once the portal has acknowledged the save (it redirects to the register)."""
        return self.submit("/w/community-safety/risk", "form", {"form:title": title, "form:category": "Financial"},
                           "form:save") == 302


    def give_history(self, versions):
        """Saves one risk entry of the register again and again; returns its id."""
        entry = re.search(r"risk\?id=(\d+)", self.request("/w/community-safety/risks")[1]).group(1)
        for version in range(versions):
            self.submit(f"/w/community-safety/risk?id={entry}", "form",
                        {"form:description": f"Reworded for the backup test, version {version + 1}."}, "form:save")
        return entry


class SaveStream(threading.Thread):
    """Saves one risk entry after another until stopped or the server goes away."""

    def __init__(self, prefix):
        super().__init__(daemon=True)
        self.prefix, self.acknowledged, self.refused, self.running = prefix, [], 0, True

    def run(self):
        portal = Portal()
        if not portal.sign_in():
            return
        number = 0
        while self.running:
            number += 1
            title = f"{self.prefix} {number}"
            try:
                if portal.add_risk(title):
                    self.acknowledged.append(title)
                else:
                    self.refused += 1
            except OSError:
                return


# ---- the server -----------------------------------------------------------------------------

class Server:
    def __init__(self, name, environment):
        self.home = os.path.join(WORK, name)
        shutil.rmtree(self.home, ignore_errors=True)
        shutil.copytree(TEMPLATE, self.home, symlinks=True)
        shutil.copy(EAR, os.path.join(self.home, "standalone", "deployments"))
        self.environment = dict(os.environ, CONSORTIA_DEMO_DATA="true", **environment)
        self.process = None

    def start(self, wait=True):
        log = open(os.path.join(WORK, os.path.basename(self.home) + ".console.log"), "a")
        self.process = subprocess.Popen([os.path.join(self.home, "bin", "standalone.sh")], env=self.environment,
                                        stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        if wait:
            deadline = time.time() + 240
            while time.time() < deadline:
                try:
                    if Portal().request("/login", timeout=2)[0] == 200:
                        return
                except OSError:
                    pass
                time.sleep(0.5)
            raise RuntimeError("the server did not start: see " + log.name)

    def java_pid(self):
        found = subprocess.run(["pgrep", "-f", f"jboss.home.dir={self.home} "], capture_output=True, text=True)
        pids = found.stdout.split()
        return int(pids[0]) if pids else None

    def kill9(self):
        deadline = time.time() + 30
        while self.java_pid() is None and time.time() < deadline:
            time.sleep(0.1)
        os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait()
        while self.java_pid() is not None:
            time.sleep(0.1)

    def stop(self):
        pid = self.java_pid()
        if pid:
            os.kill(pid, signal.SIGTERM)
        self.process.wait(timeout=90)


# ---- the databases --------------------------------------------------------------------------

def h2_jar():
    folder = os.path.join(TEMPLATE, "modules", "system", "layers", "base", "com", "h2database", "h2", "main")
    return os.path.join(folder, next(name for name in os.listdir(folder) if name.endswith(".jar")))


def h2_query(database_file, sql):
    """Rows of a query on an embedded database whose server is not running."""
    answer = subprocess.run(["java", "-cp", h2_jar(), "org.h2.tools.Shell", "-url",
                             f"jdbc:h2:file:{database_file}{H2_SETTINGS}", "-user", "sa", "-password", "consortia",
                             "-sql", sql], capture_output=True, text=True, check=True)
    lines = [line for line in answer.stdout.splitlines() if line.strip()]
    return [[cell.strip() for cell in line.split("|")] for line in lines[1:] if not line.startswith("(")]


def psql(database, sql):
    answer = subprocess.run(["psql", "-h", "127.0.0.1", "-U", "postgres", "-d", database, "-At", "-F", "|", "-c", sql],
                            capture_output=True, text=True, check=True)
    return [line.split("|") for line in answer.stdout.splitlines() if line]


def fresh_postgresql_database(name):
    for sql in (f"drop database if exists {name}", f"create database {name}"):
        psql("postgres", sql)
    psql("postgres", "do $$ begin if not exists (select from pg_roles where rolname = 'consortia_app') then "
                     "create role consortia_app login password 'consortia_app' nosuperuser nobypassrls; end if; end $$")


def postgresql_environment(database):
    return {"CONSORTIA_DB_DRIVER": "postgresql", "CONSORTIA_DB_URL": f"jdbc:postgresql://127.0.0.1:5432/{database}",
            "CONSORTIA_DB_USER": "consortia_app", "CONSORTIA_DB_PASSWORD": "consortia_app",
            "CONSORTIA_DB_OWNER_USER": "postgres", "CONSORTIA_DB_OWNER_PASSWORD": "postgres"}


def postgresql(command):
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", PG_VERSION, "main", command, "-m", "fast"]
                   if command == "stop" else ["pg_ctlcluster", "--skip-systemctl-redirect", PG_VERSION, "main", command],
                   check=True, capture_output=True)
    if command == "start":
        while subprocess.run(["pg_isready", "-h", "127.0.0.1", "-q"]).returncode != 0:
            time.sleep(0.1)


def table_counts(query, tables_sql):
    return {row[0]: int(query(f"select count(*) from {row[0]}")[0][0]) for row in query(tables_sql)}


# ---- the figures ----------------------------------------------------------------------------

def kill_rounds(label, server, present_titles):
    print(f"\n## kill -9 during a stream of saves: {label}")
    print("| round | saves acknowledged | present after restart | lost |")
    print("|---|---|---|---|")
    lost_in_all = 0
    for round_number in range(1, ROUNDS + 1):
        prefix = f"fault round {round_number} of {label}"
        stream = SaveStream(prefix)
        stream.start()
        time.sleep(4 + round_number)
        server.kill9()
        stream.running = False
        stream.join(timeout=15)
        server.start(wait=False)
        time.sleep(5 + round_number)  # while the deployment opens the database again
        server.kill9()
        present = present_titles(prefix)
        lost = [title for title in stream.acknowledged if title not in present]
        lost_in_all += len(lost)
        print(f"| {round_number} | {len(stream.acknowledged)} | {len(set(stream.acknowledged) & present)} | {len(lost)} |")
        server.start()
    print(f"Acknowledged saves lost in all rounds ({label}): {lost_in_all}")


def embedded_database():
    server = Server("h2", {})
    database_file = os.path.join(server.home, "standalone", "data", "consortia")
    server.start()

    def present(prefix):
        return {row[0] for row in h2_query(database_file, f"select title from risk_entry where title like '{prefix} %'")}

    kill_rounds("embedded H2", server, present)

    entry = entry_with_history()

    print("\n## Stopping the server (SIGTERM) during a stream of saves")
    stream = SaveStream("saved while stopping")
    stream.start()
    time.sleep(3)
    server.stop()
    stream.running = False
    stream.join(timeout=15)
    kept = {row[0] for row in h2_query(database_file, "select title from risk_entry where title like 'saved while stopping %'")}
    print(f"saves acknowledged: {len(stream.acknowledged)}, present after the stop: "
          f"{len(set(stream.acknowledged) & kept)}, refused while suspending: {stream.refused}")

    print("\n## Backup and restore of the embedded database (portal stopped)")
    backup = os.path.join(WORK, "h2.backup.sql")
    restored = os.path.join(WORK, "h2-restored", "consortia")
    shutil.rmtree(os.path.dirname(restored), ignore_errors=True)
    environment = dict(os.environ, JBOSS_HOME=TEMPLATE, CONSORTIA_DB_URL=f"jdbc:h2:file:{database_file}{H2_SETTINGS}")
    started = time.time()
    subprocess.run([os.path.join(ROOT, "scripts", "backup.sh"), backup], env=environment, check=True, capture_output=True)
    backed_up = time.time() - started
    environment["CONSORTIA_DB_URL"] = f"jdbc:h2:file:{restored}{H2_SETTINGS}"
    started = time.time()
    subprocess.run([os.path.join(ROOT, "scripts", "restore.sh"), backup], env=environment, check=True, capture_output=True)
    print(f"backup {backed_up:.1f} s ({os.path.getsize(backup) // 1024} KiB), restore {time.time() - started:.1f} s")
    tables = "select table_name from information_schema.tables where table_schema = 'public' order by 1"
    compare(lambda sql: h2_query(database_file, sql), lambda sql: h2_query(restored, sql), tables, exact=True,
            entry=entry)


def entry_with_history(versions=10):
    """A risk entry saved ten times over, whose history the restored copy must have too."""
    editor = Portal()
    editor.sign_in()
    return editor.give_history(versions)


def compare(original, restored, tables_sql, exact, entry):
    before, after = table_counts(original, tables_sql), table_counts(restored, tables_sql)
    differing = {table: (before[table], after.get(table)) for table in before if before[table] != after.get(table)}
    print(f"tables: {len(before)}, rows in the original: {sum(before.values())}, restored: {sum(after.values())}")
    if differing:
        note = "" if exact else " (the original went on taking saves after the backup's snapshot)"
        print("tables whose counts differ" + note + ": " +
              ", ".join(f"{table} {counts[0]} vs {counts[1]}" for table, counts in sorted(differing.items())))
    else:
        print("every table has the same number of rows")
    revisions = (f"select a.rev, a.revtype, a.description, r.account_name, r.revtstmp from risk_entry_aud a"
                 f" join revinfo r on r.rev = a.rev where a.id = {entry} order by a.rev")
    same = original(revisions) == restored(revisions)
    print(f"history of risk entry {entry} ({len(original(revisions))} versions): "
          + ("identical" if same else "DIFFERENT"))


def postgresql_database():
    fresh_postgresql_database(PG_DATABASE)
    server = Server("postgresql", postgresql_environment(PG_DATABASE))
    server.start()

    def present(prefix):
        return {row[0] for row in psql(PG_DATABASE, f"select title from risk_entry where title like '{prefix} %'")}

    kill_rounds("PostgreSQL", server, present)

    print("\n## PostgreSQL stopped and started under load")
    print("| outage | seconds until pages answer again once PostgreSQL is back | requests failed | still signed in |")
    print("|---|---|---|---|")
    for outage_seconds in (5, 15):
        prober, samples, running = Portal(), [], [True]
        prober.sign_in()

        def probe():
            while running[0]:
                try:
                    status = prober.request("/w/community-safety/risks", timeout=5)[0]
                except OSError:
                    status = 0
                samples.append((time.time(), status))
                time.sleep(0.1)

        thread = threading.Thread(target=probe, daemon=True)
        thread.start()
        time.sleep(2)
        stopped = time.time()
        postgresql("stop")
        time.sleep(outage_seconds)
        postgresql("start")
        back = time.time()
        deadline = back + 60
        while time.time() < deadline and not any(at > back and status == 200 for at, status in samples):
            time.sleep(0.1)
        time.sleep(2)
        running[0] = False
        thread.join()
        first = min((at for at, status in samples if at > back and status == 200), default=None)
        failed = sum(1 for at, status in samples if at >= stopped and status != 200)
        statuses = sorted({status for at, status in samples if at >= stopped and status != 200})
        recovery = f"{first - back:.1f}" if first else "not within 60"
        print(f"| {outage_seconds} s | {recovery} | {failed} (answered {statuses}) | "
              f"{'yes' if samples[-1][1] == 200 else 'no'} |")

    entry = entry_with_history()

    print("\n## Backup under load and restore (PostgreSQL)")
    stream = SaveStream("saved during the backup")
    stream.start()
    time.sleep(2)
    backup = os.path.join(WORK, "postgresql.backup")
    environment = dict(os.environ, **postgresql_environment(PG_DATABASE))
    started = time.time()
    subprocess.run([os.path.join(ROOT, "scripts", "backup.sh"), backup], env=environment, check=True, capture_output=True)
    backed_up = time.time() - started
    time.sleep(1)
    stream.running = False
    stream.join()
    print(f"saves acknowledged while the backup ran: {len(stream.acknowledged)}")
    restored = PG_DATABASE + "_restored"
    fresh_postgresql_database(restored)
    environment["CONSORTIA_DB_URL"] = f"jdbc:postgresql://127.0.0.1:5432/{restored}"
    started = time.time()
    subprocess.run([os.path.join(ROOT, "scripts", "restore.sh"), backup], env=environment, check=True, capture_output=True)
    print(f"backup {backed_up:.1f} s ({os.path.getsize(backup) // 1024} KiB), restore {time.time() - started:.1f} s")
    tables = "select table_name from information_schema.tables where table_schema = 'public' order by 1"
    compare(lambda sql: psql(PG_DATABASE, sql), lambda sql: psql(restored, sql), tables, exact=False,
            entry=entry)
    server.stop()

    print("\n## The portal started while PostgreSQL is down")
    postgresql("stop")
    server.start(wait=False)
    time.sleep(20)
    postgresql("start")
    back = time.time()
    deadline = back + 240
    while time.time() < deadline and not ready():
        time.sleep(0.5)
    print(f"ready {time.time() - back:.1f} s after PostgreSQL came back (it was down for the first 20 s of start-up)"
          if ready() else "not ready within 240 s of PostgreSQL coming back")
    server.stop()


def ready():
    try:
        with urllib.request.urlopen("http://127.0.0.1:9990/health/ready", timeout=2) as answer:
            return answer.status == 200
    except (OSError, urllib.error.HTTPError):
        return False


if __name__ == "__main__":
    os.makedirs(WORK, exist_ok=True)
    only = sys.argv[1] if len(sys.argv) > 1 else "all"
    if only in ("all", "h2"):
        embedded_database()
    if only in ("all", "postgresql") and PG_VERSION:
        postgresql_database()
