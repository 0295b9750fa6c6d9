"""PgQueuer peer for scripts/bench-queue: one no-op throughput round, printed as jobs/s.

    pgqueuer_bench.py JOBS [WORKERS] [BATCH]      (DSN from $DATABASE_URL)

Installs PgQueuer's own schema (its tables: pgqueuer, pgqueuer_log, ...) into the benchmark
database once, empties it, enqueues JOBS jobs for a no-op entrypoint with PgQueuer's batch
enqueue (list arguments: one INSERT per chunk), then starts WORKERS worker processes, each a
QueueManager on one asyncpg connection, dequeuing BATCH jobs per statement in drain mode (each
exits by itself once nothing is queued and its jobs are logged). Enqueue and worker start-up are
outside the measurement.

Throughput comes from PgQueuer's own log table, as scripts/bench-queue measures newsdesk from
newsdesk.jobs: JOBS / (last 'successful' log row's created - first 'picked' log row's created).
Both are now() of the statement's transaction, like newsdesk's started_at / finished_at. The
round counts only if every job was picked once and logged successful once, and the queue table
is empty; otherwise it prints -1, as the bash side does for a run that lost or duplicated jobs.
Workers still running after a time bound are killed (and the round prints -1).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from datetime import timedelta

import asyncpg
import uvloop
from pgqueuer import QueueManager
from pgqueuer.db import AsyncpgDriver
from pgqueuer.models import Job
from pgqueuer.queries import Queries
from pgqueuer.types import QueueExecutionMode

ENTRYPOINT = "noop"
ENQUEUE_CHUNK = 5000


async def prepare(dsn: str, jobs: int) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        queries = Queries(AsyncpgDriver(conn))
        if not await queries.schema_is_installed():
            await queries.install()  # what `pgq install` runs
        await conn.execute(
            "TRUNCATE pgqueuer, pgqueuer_log, pgqueuer_statistics RESTART IDENTITY"
        )
        for start in range(0, jobs, ENQUEUE_CHUNK):
            n = min(ENQUEUE_CHUNK, jobs - start)
            await queries.enqueue(
                [ENTRYPOINT] * n,
                [f"payload {start + i + 1}".encode() for i in range(n)],
                [0] * n,
            )
        # Same as reset_jobs does for newsdesk.jobs before each run.
        await conn.execute("VACUUM ANALYZE pgqueuer")
        await conn.execute("VACUUM ANALYZE pgqueuer_log")
    finally:
        await conn.close()


async def work(dsn: str, batch: int) -> None:
    conn = await asyncpg.connect(dsn)
    try:
        qm = QueueManager(Queries(AsyncpgDriver(conn)))

        @qm.entrypoint(ENTRYPOINT)
        async def noop(job: Job) -> None:
            pass

        # Unlimited in-flight (PgQueuer's default, max_concurrent_tasks=None); a short dequeue
        # timeout only shortens the idle tail before drain mode notices the queue is empty.
        await qm.run(
            batch_size=batch,
            mode=QueueExecutionMode.drain,
            dequeue_timeout=timedelta(seconds=1),
        )
    finally:
        await conn.close()


async def measure(dsn: str, jobs: int) -> int:
    conn = await asyncpg.connect(dsn)
    try:
        return await conn.fetchval(
            """
            SELECT CASE WHEN count(*) FILTER (WHERE status = 'picked') = $1
                         AND count(*) FILTER (WHERE status = 'successful') = $1
                         AND count(DISTINCT job_id) FILTER (WHERE status = 'successful') = $1
                         AND NOT EXISTS (SELECT 1 FROM pgqueuer)
                    THEN round($1 / extract(epoch FROM max(created) FILTER (WHERE status = 'successful')
                                                     - min(created) FILTER (WHERE status = 'picked')))
                    ELSE -1 END
            FROM pgqueuer_log
            """,
            jobs,
        )
    finally:
        await conn.close()


async def clear(dsn: str) -> None:
    """Leave no dead PgQueuer rows behind for the other systems' runs to vacuum."""
    conn = await asyncpg.connect(dsn)
    try:
        await conn.execute("TRUNCATE pgqueuer, pgqueuer_log, pgqueuer_statistics")
    finally:
        await conn.close()


def main() -> None:
    dsn = os.environ["DATABASE_URL"]
    if len(sys.argv) >= 2 and sys.argv[1] == "worker":
        uvloop.run(work(dsn, int(sys.argv[2])))  # uvloop, as `pgq run` uses when installed
        return
    jobs = int(sys.argv[1])
    workers = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    batch = int(sys.argv[3]) if len(sys.argv) > 3 else 32
    asyncio.run(prepare(dsn, jobs))

    procs = [
        subprocess.Popen([sys.executable, __file__, "worker", str(batch)])
        for _ in range(workers)
    ]
    deadline = time.monotonic() + 60 + jobs / 100  # generous: even 100 jobs/s finishes
    ok = True
    for proc in procs:
        try:
            ok = proc.wait(timeout=max(0.0, deadline - time.monotonic())) == 0 and ok
        except subprocess.TimeoutExpired:
            ok = False
    for proc in procs:
        if proc.poll() is None:
            print(f"pgqueuer worker {proc.pid} still running at the time bound: killed", file=sys.stderr)
            proc.kill()
            proc.wait()
    print(asyncio.run(measure(dsn, jobs)) if ok else -1)
    asyncio.run(clear(dsn))


if __name__ == "__main__":
    main()
