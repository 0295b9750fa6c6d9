"""Scores Newsdesk and its peers on every extraction dev set; prints per-set, per-language/script and
leave-one-set-out tables (Markdown) and writes the figures to WORK/summary.json.

Every system runs each set as one single-process batch pinned to one core; throughput is pages over
the wall time of the whole batch (start-up included), and pages over the batch's CPU time (user and
system), which other work on a shared machine moves less; peak RSS is the batch process's own maximum.
Per-file errors become empty predictions and are counted.

Leave-one-set-out: for each swept tunable, Newsdesk runs once per value on the sets the tunable can
change; for each such set, the value is chosen by the mean primary score of the *other* sets and
scored on the set left out. A change helps only if it helps there, not on one set.
"""
import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from datasets import WCXB, all_sets, gunzip_all

HERE = Path(__file__).resolve().parent
EMPTY = {"body": "", "title": None, "author": "", "date": None}


def run_batch(command, out_path):
    """Runs one batch on one core; returns (wall seconds, peak RSS in MB, CPU seconds or None).

    Peak RSS comes from GNU time, whose child forks from a small process: Linux keeps a
    process's RSS high-water mark across exec, so a batch forked straight from this (large)
    Python process would report this process's size as its own."""
    if shutil.which("taskset"):
        command = ["taskset", "-c", "0"] + command
    rss_file = str(out_path) + ".rss"
    command = ["/usr/bin/time", "-f", "%M %U %S", "-o", rss_file] + command
    with open(out_path, "w") as out, open(str(out_path) + ".stderr", "w") as err:
        start = time.perf_counter()
        subprocess.run(command, stdout=out, stderr=err)
        seconds = time.perf_counter() - start
    try:
        # The last line; GNU time writes "Command exited with non-zero status N" above it.
        peak, user, system = Path(rss_file).read_text().splitlines()[-1].split()
        peak_kb, cpu = int(peak), float(user) + float(system)
    except (OSError, ValueError, IndexError):
        peak_kb, cpu = 0, None
    return seconds, peak_kb / 1024, cpu


def read_jsonl(path):
    records = {}
    with open(path, encoding="utf-8", errors="replace") as f:
        for line in f:
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue  # a crash mid-line: the file counts as missing
            if isinstance(record, dict) and "input" in record:
                records[record["input"]] = record
    return records


def newsdesk_prediction(record):
    return {"body": record.get("body") or "", "title": record.get("title"),
            "author": record.get("authors") or [], "date": record.get("published_at")}


def python_prediction(record):
    return {"body": record.get("body") or "", "title": record.get("title"),
            "author": record.get("author") or "", "date": record.get("date")}


class System:
    def __init__(self, name, kind, command, to_prediction, timed=True, cached=False, only_set=None):
        self.name, self.kind, self.command, self.to_prediction = name, kind, command, to_prediction
        self.timed, self.cached, self.only_set = timed, cached, only_set

    def run(self, data_set, work, reuse=False, tag=""):
        """Returns ({page id: prediction}, errors, seconds, peak MB, CPU seconds or None)."""
        stem = f"{data_set.name.replace(' ', '-')}.{self.name}{tag}"
        out, list_file, timing = work / f"{stem}.jsonl", work / f"{stem}.list", work / f"{stem}.timing.json"
        paths = [str(page.path) for page in data_set.pages]
        listing = "\n".join(paths) + "\n"
        if reuse and self.cached and out.exists() and timing.exists() and list_file.exists() and list_file.read_text() == listing:
            # Runs stored before CPU time was recorded have two fields.
            seconds, peak, cpu = (json.loads(timing.read_text()) + [None])[:3]
        else:
            list_file.write_text(listing)
            seconds, peak, cpu = run_batch(self.command(paths, list_file), out)
            timing.write_text(json.dumps([seconds, peak, cpu]))
        records = read_jsonl(out)
        predictions, errors = {}, 0
        for page in data_set.pages:
            record = records.get(str(page.path))
            if record is None or "error" in record:
                errors += 1
                predictions[page.id] = dict(EMPTY)
            else:
                predictions[page.id] = self.to_prediction(record)
        return predictions, errors, seconds, peak, cpu


def systems(args):
    def newsdesk(kind, *extra):
        return lambda paths, _: [args.newsdesk, "process", "--as", kind, *extra] + paths

    def python(name):
        return lambda _, list_file: [args.python, str(HERE / "python_extractors.py"), name, str(list_file)]

    return [
        System("newsdesk", "html", newsdesk("html", "--extract-only"), newsdesk_prediction),
        System("newsdesk", "text", newsdesk("text", "--extract-only"), newsdesk_prediction),
        # Extraction alone is what the peers do; this row times the whole pipeline, on WCXB only.
        System("newsdesk+enrichment", "html", newsdesk("html"), newsdesk_prediction, only_set="wcxb-dev html"),
        System("trafilatura", "html", python("trafilatura-html"), python_prediction, cached=True),
        System("trafilatura", "text", python("trafilatura-text"), python_prediction, cached=True),
        System("justext", "text", python("justext-text"), python_prediction, cached=True),
        System("whole-dump", "text", python("whole-text"), python_prediction, timed=False, cached=True),
    ]


def fmt(value, digits=3):
    if value is None:
        return "—"
    return value if isinstance(value, str) else f"{value:.{digits}f}"


def table(title, header, rows):
    print(f"\n## {title}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(fmt(v) if not isinstance(v, str) else v for v in row) + " |")
    sys.stdout.flush()


def tune_args(tunes):
    return [arg for tune in tunes for arg in ("--tune", tune)]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--newsdesk", required=True)
    parser.add_argument("--python", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--limit", type=int, default=0, help="pages per set (0: all)")
    parser.add_argument("--only", action="append", help="system (repeatable): newsdesk, newsdesk+enrichment, "
                        "trafilatura, justext, whole-dump")
    parser.add_argument("--sets", action="append", help="set name prefix (repeatable), e.g. wcxb, htmldate")
    parser.add_argument("--tune", action="append", default=[], help="NAME=VALUE for every Newsdesk run")
    parser.add_argument("--sweep", action="append", default=[],
                        help="NAME=V1,V2,... for leave-one-set-out (repeatable; 'none' for no sweep)")
    parser.add_argument("--reuse-peers", action="store_true",
                        help="reuse the peers' predictions and timings from an earlier run on the same pages")
    args = parser.parse_args()
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    sweeps = [] if "none" in args.sweep else (args.sweep or ["html.minimumShareBeforeTail=0.4,0.8",
                                                             "html.boilerplatePenalty=0.3,0.8"])
    chosen = [s for s in systems(args) if not args.only or s.name in args.only]
    sets = [s for s in all_sets(args.data, args.limit) if not args.sets or any(s.name.startswith(p) for p in args.sets)]
    for data_set in sets:
        gunzip_all(data_set.pages, work / "pages" / data_set.name.split(" ")[0])
        data_set.finish_groups()

    summary = {"sets": {}, "groups": {}, "sweeps": {}}
    per_page = {}
    for data_set in sets:
        rows = []
        for system in chosen:
            if system.kind != data_set.kind or system.only_set not in (None, data_set.name):
                continue
            command = system.command
            if system.name.startswith("newsdesk") and args.tune:
                system = System(system.name, system.kind, lambda p, l, c=command: c(p, l) + tune_args(args.tune),
                                system.to_prediction)
            predictions, errors, seconds, peak, cpu = system.run(data_set, work, reuse=args.reuse_peers)
            values, pages = data_set.score(predictions)
            per_page[(data_set.name, system.name)] = pages
            speed = len(data_set.pages) / seconds if system.timed and seconds > 0 else None
            cpu_speed = len(data_set.pages) / cpu if system.timed and cpu else None
            summary["sets"].setdefault(data_set.name, {})[system.name] = dict(values, pages_per_s=speed,
                                                                             pages_per_cpu_s=cpu_speed,
                                                                             peak_rss_mb=peak if system.timed else None,
                                                                             errors=errors)
            rows.append([system.name] + [values[c] for c in data_set.columns]
                        + [fmt(speed, 1), fmt(cpu_speed, 1), fmt(peak if system.timed else None, 0), str(errors)])
            print(f"{data_set.name}: {system.name} done", file=sys.stderr, flush=True)
        table(f"{data_set.name}: {len(data_set.pages)} pages (primary: {data_set.primary})",
              ["system"] + data_set.columns + ["pages/s", "pages/CPU-s", "peak RSS MB", "errors"], rows)

    # Per language/script: the mean page score of each system over the pages of each group.
    rows = []
    for data_set in sets:
        groups = {}
        for page in data_set.pages:
            groups.setdefault(page.group, []).append(page.id)
        names = [s for s in ("newsdesk", "trafilatura") if (data_set.name, s) in per_page]
        for group, ids in sorted(groups.items(), key=lambda item: -len(item[1])):
            means = []
            for name in names:
                scores = [per_page[(data_set.name, name)][i] for i in ids if i in per_page[(data_set.name, name)]]
                means.append(statistics.mean(scores) if scores else None)
            summary["groups"].setdefault(data_set.name, {})[group] = dict(zip(names, means), pages=len(ids))
            rows.append([data_set.name, group or "und", str(len(ids))] + means + [None] * (2 - len(means)))
    table("Per language/script: mean page score (body F1, snippet F1 or date right)",
          ["set", "language/script", "pages", "newsdesk", "trafilatura"], rows)

    if any(s.name == "newsdesk" for s in chosen):
        leave_one_set_out(args, sets, sweeps, summary, work)
    (work / "summary.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False))


def leave_one_set_out(args, sets, sweeps, summary, work):
    newsdesk = {s.kind: s for s in systems(args) if s.name == "newsdesk"}
    for sweep in sweeps:
        name, values = sweep.split("=", 1)
        kind = "html" if name.startswith("html.") else "text"
        affected = [s for s in sets if s.kind == kind]
        scores = {"default": {s.name: summary["sets"][s.name]["newsdesk"][s.primary] for s in affected}}
        for value in values.split(","):
            tunes = args.tune + [f"{name}={value}"]
            base = newsdesk[kind].command
            system = System("newsdesk", kind, lambda p, l, b=base, t=tunes: b(p, l) + tune_args(t), newsdesk_prediction)
            scores[value] = {}
            for data_set in affected:
                predictions, _, _, _, _ = system.run(data_set, work, tag=f".{name}={value}")
                scores[value][data_set.name] = data_set.score(predictions)[0][data_set.primary]
            print(f"sweep {name}={value} done", file=sys.stderr, flush=True)
        rows, held_out = [], []
        for data_set in affected:
            others = [s.name for s in affected if s is not data_set]
            if not others:
                rows.append([data_set.name, "— (no other set)", None, scores["default"][data_set.name], None, None, None])
                continue
            # Ties keep the default: a value must earn its place on the other sets.
            chosen = max(scores, key=lambda v: (statistics.mean(scores[v][o] for o in others), v == "default"))
            oracle = max(scores, key=lambda v: scores[v][data_set.name])
            peer = summary["sets"][data_set.name].get("trafilatura", {}).get(data_set.primary)
            score = scores[chosen][data_set.name]
            held_out.append((score, scores[oracle][data_set.name], peer))
            rows.append([data_set.name, chosen, score, scores["default"][data_set.name],
                         f"{scores[oracle][data_set.name]:.3f} ({oracle})", peer,
                         None if peer is None else score - peer])
        if held_out:
            regrets = [oracle - score for score, oracle, _ in held_out]
            margins = [score - peer for score, _, peer in held_out if peer is not None]
            rows.append(["spread", "", f"{min(h[0] for h in held_out):.3f}–{max(h[0] for h in held_out):.3f}", None,
                         f"regret ≤ {max(regrets):.3f}", None,
                         f"{min(margins):+.3f}…{max(margins):+.3f}" if margins else None])
        summary["sweeps"][name] = scores
        table(f"Leave one set out: {name} (values {values}, default = current)",
              ["held-out set", "value chosen on the others", "held-out score", "default", "best on this set",
               "trafilatura", "newsdesk − trafilatura"], rows)


if __name__ == "__main__":
    main()
