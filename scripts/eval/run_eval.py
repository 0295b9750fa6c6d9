"""Scores Newsdesk and baseline extractors on the shared extraction sets; prints one table per set.

Every system runs as one single-process batch pinned to one core; throughput is pages over the
wall time of the whole batch (parse included, interpreter/binary start-up included), peak RSS is
the batch process's own maximum. Per-file errors become empty predictions and are counted.
"""
import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

from metrics import Accuracy, BodyScore, PageTypeScore, SnippetScore, same_author, same_date, same_title

HERE = Path(__file__).resolve().parent


def run_batch(command, out_path):
    """Runs one batch on one core; returns (seconds, peak RSS in MB)."""
    if shutil.which("taskset"):
        command = ["taskset", "-c", "0"] + command
    with open(out_path, "w") as out, open(str(out_path) + ".stderr", "w") as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err)
        _, _, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
    process.returncode = 0  # reaped by wait4 (which also gives this child's own peak RSS)
    return seconds, usage.ru_maxrss / 1024


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
            "author": record.get("authors") or [], "date": record.get("published_at"),
            "date_or_updated": record.get("published_at") or record.get("modified_at"),
            "article": record.get("page_type") == "article"}


def python_prediction(record):
    return {"body": record.get("body") or "", "title": record.get("title"),
            "author": record.get("author") or "", "date": record.get("date"), "date_or_updated": record.get("date"),
            "article": None}


class System:
    def __init__(self, name, input_kind, command, to_prediction, timed=True):
        self.name, self.input_kind, self.command = name, input_kind, command
        self.to_prediction, self.timed = to_prediction, timed

    def run(self, paths, work):
        """Returns ({path: prediction}, errors, seconds, peak MB)."""
        out = work / f"{self.name}-{self.input_kind}.jsonl"
        list_file = work / f"{self.name}-{self.input_kind}.list"
        list_file.write_text("\n".join(map(str, paths)) + "\n")
        seconds, peak = run_batch(self.command(paths, list_file), out)
        records = read_jsonl(out)
        predictions, errors = {}, 0
        for path in map(str, paths):
            record = records.get(path)
            if record is None or "error" in record:
                errors += 1
                predictions[path] = {"body": "", "title": None, "author": "", "date": None, "date_or_updated": None,
                                     "article": False}
            else:
                predictions[path] = self.to_prediction(record)
        return predictions, errors, seconds, peak


def systems(args):
    # Extraction alone is what the peers do; the enriched row times the whole pipeline.
    newsdesk = lambda kind, *extra: (lambda paths, _: [args.newsdesk, "process", "--as", kind, *extra] + list(map(str, paths)))
    python = lambda name: (lambda _, list_file: [args.python, str(HERE / "python_extractors.py"), name, str(list_file)])
    return [
        System("newsdesk", "text", newsdesk("text", "--extract-only"), newsdesk_prediction),
        System("newsdesk", "html", newsdesk("html", "--extract-only"), newsdesk_prediction),
        System("newsdesk+enrichment", "html", newsdesk("html"), newsdesk_prediction),
        System("trafilatura", "html", python("trafilatura-html"), python_prediction),
        System("trafilatura", "text", python("trafilatura-text"), python_prediction),
        System("justext", "text", python("justext-text"), python_prediction),
        System("whole-dump", "text", python("whole-text"), python_prediction, timed=False),
    ]


def gunzip_all(sources, target_dir):
    """Decompresses .html.gz pages once (outside any timing); returns the new paths in order."""
    target_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for source in sources:
        target = target_dir / source.name[:-3]
        if not target.exists():
            with gzip.open(source, "rb") as f:
                target.write_bytes(f.read())
        paths.append(target)
    return paths


def add_metadata(title, author, date, predicted, true_title, true_author, true_date):
    """Scores one page's title, author and date, each only where the truth has a value."""
    if true_title:
        title.add(same_title(predicted["title"], true_title))
    if true_author:
        author.add(same_author(predicted["author"], true_author))
    if true_date:
        date.add(same_date(predicted["date"], true_date))


def fmt(value, digits=3):
    return "—" if value is None else f"{value:.{digits}f}"


def wcxb(args, chosen, work):
    root = Path(args.data) / "wcxb-dev"
    ids = sorted(p.stem for p in (root / "txt").glob("*.txt"))[: args.limit or None]
    truths = {i: json.loads((root / "ground-truth" / f"{i}.json").read_text()) for i in ids}
    inputs = {"text": [root / "txt" / f"{i}.txt" for i in ids],
              "html": gunzip_all([root / "html" / f"{i}.html.gz" for i in ids], work / "wcxb-html")}
    header = ("| system | input | shingle F1 articles | word F1 articles | shingle F1 all | word F1 all "
              "| with ↑ | without ↓ | title (art.) | author (art.) | date (art.) | date or updated (art.) | pages/s "
              "| peak RSS MB | article P | article R | errors |")
    rows = []
    for system in chosen:
        paths = inputs[system.input_kind]
        predictions, errors, seconds, peak = system.run(paths, work)
        articles, everything, snippets = BodyScore(), BodyScore(), SnippetScore()
        title, author, date, date_or_updated = Accuracy(), Accuracy(), Accuracy(), Accuracy()
        page_type = PageTypeScore()
        for page_id, path in zip(ids, map(str, paths)):
            record, predicted = truths[page_id], predictions[path]
            truth = record["ground_truth"]
            everything.add(predicted["body"], truth.get("main_content") or "")
            snippets.add(predicted["body"], truth.get("with"), truth.get("without"))
            is_article = record.get("_internal", {}).get("page_type", {}).get("primary") == "article"
            page_type.add(predicted["article"], is_article)
            if not is_article:
                continue
            articles.add(predicted["body"], truth.get("main_content") or "")
            add_metadata(title, author, date, predicted, truth.get("title"), truth.get("author"), truth.get("publish_date"))
            if truth.get("publish_date"):
                date_or_updated.add(same_date(predicted["date_or_updated"], truth["publish_date"]))
        speed = len(paths) / seconds if system.timed and seconds > 0 else None
        rows.append(f"| {system.name} | {system.input_kind} | {fmt(articles.shingle_f1)} | {fmt(articles.word)} "
                    f"| {fmt(everything.shingle_f1)} | {fmt(everything.word)} | {fmt(snippets.with_rate)} "
                    f"| {fmt(snippets.without_rate)} | {fmt(title.value)} | {fmt(author.value)} | {fmt(date.value)} "
                    f"| {fmt(date_or_updated.value)} | {fmt(speed, 1)} | {fmt(peak if system.timed else None, 0)} "
                    f"| {fmt(page_type.precision)} | {fmt(page_type.recall)} | {errors} |")
        print(rows[-1], file=sys.stderr, flush=True)
    print(f"\n## WCXB dev: {len(ids)} pages, {sum(1 for r in truths.values() if r['_internal']['page_type']['primary'] == 'article')} articles\n")
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    print("\n".join(rows))


def trafilatura_eval(args, chosen, work):
    root = Path(args.data) / "trafilatura-eval"
    cases = json.loads((root / "evaldata.json").read_text())
    entries = sorted(cases.values(), key=lambda c: c["file"])[: args.limit or None]
    paths = gunzip_all([root / "html" / (c["file"] + ".gz") for c in entries], work / "trafilatura-eval-html")
    header = "| system | input | title | author | date | with ↑ | without ↓ | pages/s | errors |"
    rows = []
    for system in (s for s in chosen if s.input_kind == "html"):
        predictions, errors, seconds, _ = system.run(paths, work / "te")
        title, author, date, snippets = Accuracy(), Accuracy(), Accuracy(), SnippetScore()
        for case, path in zip(entries, map(str, paths)):
            predicted = predictions[path]
            snippets.add(predicted["body"], case.get("with"), case.get("without"))
            add_metadata(title, author, date, predicted, case.get("title"), case.get("author"), case.get("date"))
        rows.append(f"| {system.name} | html | {fmt(title.value)} | {fmt(author.value)} | {fmt(date.value)} "
                    f"| {fmt(snippets.with_rate)} | {fmt(snippets.without_rate)} | {fmt(len(paths) / seconds, 1)} | {errors} |")
    print(f"\n## trafilatura-eval (multilingual, HTML only): {len(entries)} pages; metadata accuracy over pages with a value\n")
    print(header)
    print("|" + "---|" * (header.count("|") - 1))
    print("\n".join(rows))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True)
    parser.add_argument("--newsdesk", required=True)
    parser.add_argument("--python", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--only", action="append",
                        help="system name (repeatable): newsdesk, newsdesk+enrichment, trafilatura, justext, whole-dump")
    args = parser.parse_args()
    chosen = [s for s in systems(args) if not args.only or s.name in args.only]
    work = Path(args.work)
    (work / "te").mkdir(parents=True, exist_ok=True)
    wcxb(args, chosen, work)
    trafilatura_eval(args, chosen, work)


if __name__ == "__main__":
    main()
