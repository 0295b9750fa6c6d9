"""The extraction dev sets under ../shared/data/extraction, each as pages with their truth, and how
each set is scored (metrics as defined in the data README). One primary score per set feeds the
leave-one-set-out table.
"""
import gzip
import json
import re
from pathlib import Path

from metrics import Accuracy, BodyScore, SnippetScore, page_group, same_author, same_date, same_title


class Page:
    def __init__(self, page_id, source, truth, group):
        self.id, self.source, self.truth, self.group = page_id, source, truth, group
        self.path = None  # the decompressed file the systems read


def gunzip_all(pages, target_dir):
    """Decompresses .gz pages once (outside any timing) and sets each page's path."""
    target_dir.mkdir(parents=True, exist_ok=True)
    for page in pages:
        if page.source.suffix != ".gz":
            page.path = page.source
            continue
        target = target_dir / page.source.name[:-3]
        if not target.exists():
            with gzip.open(page.source, "rb") as f:
                target.write_bytes(f.read())
        page.path = target


def html_lang(path):
    """The primary subtag of <html lang>, read from the page's first 8 KB; '' when absent."""
    head = Path(path).read_bytes()[:8192].decode("utf-8", errors="replace")
    match = re.search(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", head, re.IGNORECASE)
    return match.group(1).lower() if match else ""


class DataSet:
    """name, input kind (html/text), pages; `score` returns (metrics dict, per-page primary values)."""
    name = ""
    kind = "html"
    primary = ""
    columns = []

    def __init__(self, root, limit):
        self.root = Path(root)
        self.pages = self.load()[: limit or None]

    def finish_groups(self):
        for page in self.pages:
            if page.group is None:
                page.group = page_group(html_lang(page.path) if self.kind == "html" else "", self.group_text(page))

    def group_text(self, page):
        return ""


def body_metrics(pages, predictions, truth_of, char_level=False, label="body"):
    score = BodyScore(char_level=char_level)
    per_page = {}
    for page in pages:
        truth = truth_of(page)
        if truth is None:
            continue
        per_page[page.id] = score.add(predictions[page.id]["body"], truth)
    return score, per_page


class WCXB(DataSet):
    primary = "shingle F1 all"
    columns = ["shingle F1 articles", "word F1 articles", "shingle F1 all", "P all", "R all", "with ↑", "without ↓",
               "title (art.)", "author (art.)", "date (art.)"]

    def __init__(self, root, limit, kind):
        self.kind = kind
        self.name = f"wcxb-dev {kind}"
        super().__init__(root, limit)

    def load(self):
        root = self.root / "wcxb-dev"
        ids = sorted(p.stem for p in (root / "txt").glob("*.txt"))
        pages = []
        for i in ids:
            record = json.loads((root / "ground-truth" / f"{i}.json").read_text())
            source = root / "txt" / f"{i}.txt" if self.kind == "text" else root / "html" / f"{i}.html.gz"
            pages.append(Page(i, source, record, "en"))
        return pages

    def score(self, predictions):
        articles, everything, snippets = BodyScore(), BodyScore(), SnippetScore()
        title, author, date = Accuracy(), Accuracy(), Accuracy()
        per_page = {}
        for page in self.pages:
            predicted, record = predictions[page.id], page.truth
            truth = record["ground_truth"]
            per_page[page.id] = everything.add(predicted["body"], truth.get("main_content") or "")
            snippets.add(predicted["body"], truth.get("with"), truth.get("without"))
            if record.get("_internal", {}).get("page_type", {}).get("primary") != "article":
                continue
            articles.add(predicted["body"], truth.get("main_content") or "")
            if truth.get("title"):
                title.add(same_title(predicted["title"], truth["title"]))
            if truth.get("author"):
                author.add(same_author(predicted["author"], truth["author"]))
            if truth.get("publish_date"):
                date.add(same_date(predicted["date"], truth["publish_date"]))
        values = {"shingle F1 articles": articles.shingle_f1, "word F1 articles": articles.word,
                  "shingle F1 all": everything.shingle_f1, "P all": everything.precision, "R all": everything.recall,
                  "with ↑": snippets.with_rate, "without ↓": snippets.without_rate,
                  "title (art.)": title.value if self.kind == "html" or title.total else None,
                  "author (art.)": author.value, "date (art.)": date.value}
        return values, per_page


class TrafilaturaEval(DataSet):
    name = "trafilatura-eval"
    primary = "snippet F1"
    columns = ["snippet F1", "with ↑", "without ↓", "title", "author", "date"]

    def load(self):
        root = self.root / "trafilatura-eval"
        cases = json.loads((root / "evaldata.json").read_text())
        entries = sorted(cases.items(), key=lambda item: item[1]["file"])
        return [Page(case["file"], root / "html" / (case["file"] + ".gz"), dict(case, url=url), None)
                for url, case in entries]

    def score(self, predictions):
        snippets, title, author, date = SnippetScore(), Accuracy(), Accuracy(), Accuracy()
        per_page = {}
        for page in self.pages:
            predicted, case = predictions[page.id], page.truth
            one = SnippetScore()
            one.add(predicted["body"], case.get("with"), case.get("without"))
            snippets.add(predicted["body"], case.get("with"), case.get("without"))
            if one.with_total or one.without_total:
                per_page[page.id] = one.f1
            if case.get("title"):
                title.add(same_title(predicted["title"], case["title"]))
            if case.get("author"):
                author.add(same_author(predicted["author"], case["author"]))
            if case.get("date"):
                date.add(same_date(predicted["date"], case["date"]))
        return {"snippet F1": snippets.f1, "with ↑": snippets.with_rate, "without ↓": snippets.without_rate,
                "title": title.value, "author": author.value, "date": date.value}, per_page

    def group_text(self, page):
        return " ".join(page.truth.get("with") or [])


class Readability(DataSet):
    name = "readability-tests"
    primary = "shingle F1"
    columns = ["shingle F1", "P", "R", "title", "byline", "date"]

    def load(self):
        root = self.root / "readability-tests"
        truth = json.loads((root / "ground-truth.json").read_text())
        # The 36 synthetic fixtures test one cleaning rule each on lorem ipsum: real pages only.
        return [Page(name, root / "html" / f"{name}.html.gz", record, None)
                for name, record in sorted(truth.items()) if record.get("kind") == "real-page"]

    def score(self, predictions):
        title, byline, date = Accuracy(), Accuracy(), Accuracy()
        body, per_page = body_metrics(self.pages, predictions, lambda p: p.truth.get("main_content") or "")
        for page in self.pages:
            predicted, truth = predictions[page.id], page.truth
            if truth.get("title"):
                title.add(same_title(predicted["title"], truth["title"]))
            if truth.get("byline"):
                byline.add(same_author(predicted["author"], truth["byline"]))
            if truth.get("published_time"):
                date.add(same_date(predicted["date"], truth["published_time"][:10]))
        return {"shingle F1": body.shingle_f1, "P": body.precision, "R": body.recall, "title": title.value,
                "byline": byline.value, "date": date.value}, per_page

    def group_text(self, page):
        return page.truth.get("main_content") or ""


class HtmlDate(DataSet):
    name = "htmldate-dev"
    primary = "date"
    columns = ["date", "dated pages", "undated pages right"]

    def load(self):
        root = self.root / "htmldate-dev"
        truth = json.loads((root / "ground-truth.json").read_text())
        return [Page(i, root / "html" / f"{i}.html.gz", record, None) for i, record in sorted(truth.items())]

    def score(self, predictions):
        date, undated = Accuracy(), Accuracy()
        per_page = {}
        for page in self.pages:
            predicted, truth = predictions[page.id]["date"], page.truth.get("date")
            if truth:
                ok = same_date(predicted, truth)
                date.add(ok)
            else:
                # htmldate's own evaluation: "no date found" is right on pages without a date.
                ok = not predicted
                undated.add(ok)
            per_page[page.id] = 1.0 if ok else 0.0
        return {"date": (date.right + undated.right) / max(1, date.total + undated.total),
                "dated pages": date.value, "undated pages right": f"{undated.right}/{undated.total}"}, per_page


class ZhWebContent(DataSet):
    name = "zh-web-content"
    primary = "char F1"
    columns = ["char F1", "P", "R", "date", "author"]

    def load(self):
        root = self.root / "zh-web-content"
        truth = json.loads((root / "ground-truth.json").read_text())
        return [Page(i, root / "html" / f"{i}.html.gz", record, None) for i, record in sorted(truth.items())]

    def score(self, predictions):
        # The gold was copied from hard-wrapped pages: whitespace removed, character shingles.
        body, per_page = body_metrics(self.pages, predictions, lambda p: p.truth.get("main_content") or "", char_level=True)
        date, author = Accuracy(), Accuracy()
        for page in self.pages:
            predicted, truth = predictions[page.id], page.truth
            if truth.get("date"):
                date.add(same_date(predicted["date"], truth["date"]))
            if truth.get("author_raw"):
                author.add(same_author(predicted["author"], truth["author_raw"]))
        return {"char F1": body.shingle_f1, "P": body.precision, "R": body.recall, "date": date.value,
                "author": author.value}, per_page

    def group_text(self, page):
        return page.truth.get("main_content") or ""


def all_sets(root, limit):
    return [WCXB(root, limit, "html"), WCXB(root, limit, "text"), TrafilaturaEval(root, limit), Readability(root, limit),
            HtmlDate(root, limit), ZhWebContent(root, limit)]
