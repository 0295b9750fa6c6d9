"""Fault-containment run for scripts/chaos: good jobs mixed with hostile inputs and jobs that
crash, hang or exhaust memory in the processor; workers SIGKILLed at random and restarted;
PostgreSQL restarted; done jobs re-queued by hand with plain SQL. Then every worker drains
the queue and the invariants are checked:

  1. every job is terminal (done, failed, dead) once the run settles;
  2. exactly one article row per done job, and none for a job never done;
  3. no innocent job (a page that asked for no fault) is dead, and every good page is done;
  4. each fault ends as it must: crash, hang, memory and exit jobs dead, poison failed;
  5. no innocent job was charged an attempt for a worker's death;
  6. no worker stalls: no live worker ever lets a lease expire (it would if its dispatcher
     stopped for longer than a lease); PostgreSQL restart windows excluded. The longest gap
     between completions while jobs were claimable is printed too, for information.

Prints a table and exits non-zero on any violation. Run by scripts/chaos, which starts the
throwaway PostgreSQL and builds the binary; settings come from the command line.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import threading
import time

WORDS = ("council budget river harbour ferry school teacher minister election market farmers "
         "weather storm bridge railway hospital nurses museum library festival court judge police "
         "report village mayor plan road repairs funding spring summer winter workers union strike "
         "price energy water forest research university students science data study").split()


def article(rng: random.Random, n: int) -> str:
    title = " ".join(w.capitalize() for w in rng.sample(WORDS, 5))
    paragraphs = []
    for p in range(rng.randint(4, 9)):
        sentences = []
        for _ in range(rng.randint(2, 5)):
            words = rng.choices(WORDS, k=rng.randint(8, 18))
            sentences.append(" ".join(words).capitalize() + ".")
        paragraphs.append(f"Part {p} of story {n}. " + " ".join(sentences))
    return title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def hostile(rng: random.Random, kind: str) -> tuple[bytes, str | None]:
    """A hostile payload and the end it must reach: 'done', 'failed' or 'either'."""
    base = article(rng, rng.randint(0, 10**9)).encode()
    if kind == "nul":
        at = rng.randint(0, len(base))
        return base[:at] + b"\x00" + base[at:], "either"
    if kind == "nul-late":
        return base + b"x" * 9000 + b"\x00 more text after the nul byte.\n", "done"
    if kind == "huge":
        return (b"Huge Page Title\n\n" + b"\n\n".join(
            f"Paragraph {i} of a very long page goes on and on about the harbour.".encode() for i in range(120_000))), "done"
    if kind == "deep":
        return b"<html><body>" + b"<div>" * 100_000 + b"deep</body></html>", "either"
    if kind == "many-p":
        return b"<html><body>" + b"<p></p>" * 300_000 + b"</body></html>", "failed"
    if kind == "script-only":
        return b"<html><head><script>var x = 1;</script><style>p{}</style></head><body><script>go()</script></body></html>", "failed"
    if kind == "latin1":
        return base.replace(b"e", b"\xe9"), "either"
    if kind == "garbage":
        return bytes(rng.getrandbits(8) for _ in range(4000)), "failed"
    if kind == "empty":
        return b"   \n", "failed"
    raise ValueError(kind)


HOSTILE_KINDS = ["nul", "nul-late", "huge", "deep", "many-p", "script-only", "latin1", "garbage", "empty"]
FAULTS = {"crash": "dead", "hang": "dead", "oom": "dead", "exit": "dead", "poison": "failed", "slow": "done"}


class Run:
    def __init__(self, args: argparse.Namespace):
        self.args = args
        self.db = os.environ["DATABASE_URL"]
        self.rng = random.Random(args.seed)
        self.expect: dict[int, str] = {}        # job id -> done / failed / dead / either
        self.innocent: set[int] = set()
        self.requeued: set[int] = set()
        self.workers: list[subprocess.Popen] = []
        self.stats = {"kills": 0, "pg_restarts": 0, "requeued_by_hand": 0}
        self.samples: list[tuple[float, int, int, bool]] = []  # time, done, claimable, restarting
        self.stalled: set[str] = set()  # lease owners of live workers seen with expired leases
        self.restarting = False
        self.stop_sampling = threading.Event()

    # --- database -----------------------------------------------------------------------
    def sql(self, query: str, *params: str) -> str:
        args = ["psql", "-qAtX", "-v", "ON_ERROR_STOP=1", self.db]
        for i, p in enumerate(params, 1):
            args += ["-v", f"p{i}={p}"]
        out = subprocess.run(args, input=query, capture_output=True, text=True, timeout=120)
        if out.returncode != 0:
            raise RuntimeError(out.stderr.strip())
        return out.stdout.strip()

    def enqueue(self, payload: bytes, expect: str, innocent: bool, max_attempts: int = 3) -> None:
        hexed = payload.hex()
        job = int(self.sql(f"SELECT newsdesk.enqueue(raw => NULL, raw_bytes => '\\x{hexed}'::bytea, "
                           f"max_attempts => {max_attempts}::smallint)"))
        self.expect[job] = expect
        if innocent:
            self.innocent.add(job)

    # --- workers ------------------------------------------------------------------------
    def start_worker(self) -> subprocess.Popen:
        a = self.args
        cmd = [a.newsdesk, "run", "--fault-injection", "--concurrency", str(a.concurrency), "--lease", str(a.lease),
               "--job-timeout", str(a.job_timeout), "--job-memory-limit-mb", "512", "--poll-interval", "0.5",
               "--shutdown-grace", "5", "--log-level", "error"]
        return subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)

    def sample(self) -> None:
        while not self.stop_sampling.is_set():
            try:
                row = self.sql("SELECT count(*) FILTER (WHERE state = 'done'), "
                               "count(*) FILTER (WHERE state = 'queued' AND run_at <= now()) FROM newsdesk.jobs")
                done, claimable = (int(x) for x in row.split("|"))
                self.samples.append((time.monotonic(), done, claimable, self.restarting))
                if not self.restarting:
                    live = {w.pid for w in self.workers if w.poll() is None}
                    for owner in self.sql("SELECT worker FROM newsdesk.workers WHERE expired_leases > 0").split():
                        parts = owner.split(":")
                        if len(parts) >= 3 and parts[-2].isdigit() and int(parts[-2]) in live and not self.restarting:
                            self.stalled.add(owner)
            except Exception:
                self.samples.append((time.monotonic(), -1, -1, True))
            self.stop_sampling.wait(0.5)

    def restart_postgres(self) -> None:
        self.restarting = True
        mode = self.rng.choice(["fast", "immediate"])
        subprocess.run(["bash", "-c", f'source "{self.args.root}/scripts/lib/common.sh"; '
                        f'as_pg "$(pg_bin)/pg_ctl" -D "{self.args.pgdata}" restart -m {mode} -w >/dev/null'],
                       check=False, timeout=120)
        self.stats["pg_restarts"] += 1
        time.sleep(self.args.lease)  # the restart window: excluded from the stall measure
        self.restarting = False

    # --- the run ------------------------------------------------------------------------
    def run(self) -> int:
        a = self.args
        for n in range(a.jobs):
            self.enqueue(article(self.rng, n).encode(), "done", innocent=True)
        for kind in HOSTILE_KINDS:
            for _ in range(a.hostile):
                payload, end = hostile(self.rng, kind)
                self.enqueue(payload, end, innocent=True)
        for fault, end in FAULTS.items():
            for i in range(a.faults):
                self.enqueue(f"newsdesk-fault:{fault} {i}\n\n".encode() + article(self.rng, -i).encode(), end,
                             innocent=False, max_attempts=2)
        total = len(self.expect)
        print(f"enqueued {total} jobs ({a.jobs} good, {len(HOSTILE_KINDS) * a.hostile} hostile, "
              f"{len(FAULTS) * a.faults} asking for faults)", file=sys.stderr)

        sampler = threading.Thread(target=self.sample, daemon=True)
        sampler.start()
        self.workers = [self.start_worker() for _ in range(a.workers)]
        start = time.monotonic()
        deadline = start + a.duration
        # PostgreSQL restarts at evenly spaced moments, whatever the random actions do.
        restarts_at = [start + a.duration * (k + 1) / (a.pg_restarts + 1) for k in range(a.pg_restarts)]
        while time.monotonic() < deadline:
            time.sleep(self.rng.uniform(0.5, 2.5))
            if restarts_at and time.monotonic() >= restarts_at[0]:
                restarts_at.pop(0)
                self.restart_postgres()
                continue
            action = self.rng.random()
            if action < 0.45:
                victim = self.rng.randrange(len(self.workers))
                os.killpg(self.workers[victim].pid, signal.SIGKILL)
                self.workers[victim].wait()
                self.stats["kills"] += 1
                self.workers[victim] = self.start_worker()
            elif action < 0.75:
                done = self.sql("UPDATE newsdesk.jobs SET state = 'queued' WHERE id IN ("
                                "SELECT id FROM newsdesk.jobs WHERE state = 'done' ORDER BY random() LIMIT 5) RETURNING id")
                self.stats["requeued_by_hand"] += len(done.split())
                self.requeued.update(int(i) for i in done.split())
            else:
                for n in range(20):
                    self.enqueue(article(self.rng, 10**6 + n).encode(), "done", innocent=True)

        # Settle: everything claimable gets done; retries after backoff included.
        settle_deadline = time.monotonic() + a.settle
        while time.monotonic() < settle_deadline:
            left = int(self.sql("SELECT count(*) FROM newsdesk.jobs WHERE state IN ('queued', 'running')"))
            if left == 0:
                break
            # Backoffs can be long after several failures; pull retries forward.
            self.sql("UPDATE newsdesk.jobs SET run_at = now() WHERE state = 'queued' AND run_at > now()")
            time.sleep(1)
        self.stop_sampling.set()
        sampler.join()
        for w in self.workers:
            os.killpg(w.pid, signal.SIGTERM)
        for w in self.workers:
            try:
                w.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(w.pid, signal.SIGKILL)
        return self.check(total)

    def check(self, total: int) -> int:
        states = dict((int(i), s) for i, s in (r.split("|") for r in self.sql(
            "SELECT id, state FROM newsdesk.jobs").splitlines()))
        attempts = dict((int(i), int(n)) for i, n in (r.split("|") for r in self.sql(
            "SELECT id, attempts FROM newsdesk.jobs").splitlines()))
        violations: list[str] = []
        not_terminal = [i for i, s in states.items() if s not in ("done", "failed", "dead", "cancelled")]
        if not_terminal:
            violations.append(f"{len(not_terminal)} jobs not terminal, e.g. {not_terminal[:5]}")
        mismatches = int(self.sql("SELECT count(*) FROM newsdesk.jobs j FULL JOIN newsdesk.articles a ON a.job_id = j.id "
                                  "WHERE (j.state = 'done') <> (a.job_id IS NOT NULL)"))
        if mismatches:
            violations.append(f"{mismatches} jobs without exactly one article row per done job")
        innocent_dead = [i for i in self.innocent if states.get(i) == "dead"]
        if innocent_dead:
            violations.append(f"{len(innocent_dead)} innocent jobs dead, e.g. {innocent_dead[:5]}")
        wrong_end = [(i, states.get(i), e) for i, e in self.expect.items() if e != "either" and states.get(i) != e]
        if wrong_end:
            violations.append(f"{len(wrong_end)} jobs ended wrongly (id, state, expected): {wrong_end[:5]}")
        # A job re-queued by hand keeps its attempts, so its next claim counts one more.
        charged = [i for i in self.innocent - self.requeued if self.expect[i] == "done" and attempts.get(i, 0) > 1]
        if charged:
            violations.append(f"{len(charged)} innocent jobs used more than one attempt, e.g. {charged[:5]}")
        stall = self.longest_stall()
        if self.stalled:
            violations.append(f"live workers let leases expire: {sorted(self.stalled)[:3]}")

        rows = [
            ("jobs", total),
            ("  good pages (must end done)", self.args.jobs),
            ("  hostile inputs", len(HOSTILE_KINDS) * self.args.hostile),
            ("  jobs asking for a crash, hang, memory blow-up, exit, poison or delay", len(FAULTS) * self.args.faults),
            ("workers SIGKILLed (and restarted)", self.stats["kills"]),
            ("PostgreSQL restarts", self.stats["pg_restarts"]),
            ("done jobs re-queued by hand", self.stats["requeued_by_hand"]),
            ("done / failed / dead", "{} / {} / {}".format(*(sum(1 for s in states.values() if s == x)
                                                              for x in ("done", "failed", "dead")))),
            ("innocent jobs dead", len(innocent_dead)),
            ("innocent jobs charged an extra attempt", len(charged)),
            ("live workers that let a lease expire", len(self.stalled)),
            ("longest gap between completions with jobs claimable (s)", f"{stall:.1f}"),
            ("invariant violations", len(violations)),
        ]
        width = max(len(r[0]) for r in rows)
        print()
        for name, value in rows:
            print(f"{name:<{width}}  {value}")
        for v in violations:
            print("VIOLATION:", v)
        return 1 if violations else 0

    def longest_stall(self) -> float:
        longest, since, last_done = 0.0, None, None
        for t, done, claimable, restarting in self.samples:
            if restarting or done < 0:
                since, last_done = None, None
                continue
            if last_done is None or done > last_done or claimable == 0:
                since, last_done = t, done
                continue
            longest = max(longest, t - since)
        return longest


def main() -> int:
    p = argparse.ArgumentParser()
    p.add_argument("--newsdesk", required=True)
    p.add_argument("--root", required=True)
    p.add_argument("--pgdata", required=True)
    p.add_argument("--jobs", type=int, default=600)
    p.add_argument("--hostile", type=int, default=3, help="jobs per hostile kind")
    p.add_argument("--faults", type=int, default=3, help="jobs per fault kind")
    p.add_argument("--workers", type=int, default=3)
    p.add_argument("--concurrency", type=int, default=2)
    p.add_argument("--duration", type=float, default=90)
    p.add_argument("--settle", type=float, default=240)
    p.add_argument("--lease", type=float, default=5)
    p.add_argument("--job-timeout", type=float, default=60)
    p.add_argument("--pg-restarts", type=int, default=3)
    p.add_argument("--seed", type=int, default=1)
    return Run(p.parse_args()).run()


if __name__ == "__main__":
    sys.exit(main())
