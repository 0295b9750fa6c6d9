"""Extraction metrics, as defined in /work/shared/data/README.md ("Metrics")."""
import re
import unicodedata
from collections import Counter

TOKEN = re.compile(r"\w+")


def tokens(text):
    return TOKEN.findall(text or "")


def shingles(text, n=4):
    """Token n-grams as a multiset; a text under n tokens is one shorter shingle."""
    toks = tokens(text)
    if not toks:
        return Counter()
    if len(toks) < n:
        return Counter([tuple(toks)])
    return Counter(tuple(toks[i:i + n]) for i in range(len(toks) - n + 1))


def overlap(pred, truth):
    """(TP, FP, FN) of two multisets."""
    tp = sum((pred & truth).values())
    return tp, sum(pred.values()) - tp, sum(truth.values()) - tp


class BodyScore:
    """Accumulates the shingle F1 (ScrapingHub) and word F1 (WCXB) over pages."""

    def __init__(self):
        self.shingle_p, self.shingle_r, self.word_f1 = [], [], []

    def add(self, predicted, truth):
        tp, fp, fn = overlap(shingles(predicted), shingles(truth))
        if tp + fp > 0 or tp + fn > 0:
            # An empty prediction against a non-empty truth counts P=0 as well as R=0.
            self.shingle_p.append(tp / (tp + fp) if tp + fp else 0.0)
        if tp + fn > 0:
            self.shingle_r.append(tp / (tp + fn))
        words_p, words_t = Counter(t.lower() for t in tokens(predicted)), Counter(t.lower() for t in tokens(truth))
        if words_p or words_t:
            wtp, wfp, wfn = overlap(words_p, words_t)
            p = wtp / (wtp + wfp) if wtp + wfp else 0.0
            r = wtp / (wtp + wfn) if wtp + wfn else 0.0
            self.word_f1.append(2 * p * r / (p + r) if p + r else 0.0)

    @property
    def shingle_f1(self):
        p, r = mean(self.shingle_p), mean(self.shingle_r)
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def word(self):
        return mean(self.word_f1)


class SnippetScore:
    """Share of `with` snippets found in the body (higher is better) and of `without` (lower is better)."""

    def __init__(self):
        self.with_found = self.with_total = self.without_found = self.without_total = 0

    def add(self, predicted, with_snippets, without_snippets):
        body = squash(predicted)
        for s in with_snippets or []:
            if squash(s):
                self.with_total += 1
                self.with_found += squash(s) in body
        for s in without_snippets or []:
            if squash(s):
                self.without_total += 1
                self.without_found += squash(s) in body

    @property
    def with_rate(self):
        return self.with_found / self.with_total if self.with_total else 0.0

    @property
    def without_rate(self):
        return self.without_found / self.without_total if self.without_total else 0.0


class Accuracy:
    def __init__(self):
        self.right = self.total = 0

    def add(self, ok):
        self.total += 1
        self.right += bool(ok)

    @property
    def value(self):
        return self.right / self.total if self.total else 0.0


def squash(text):
    return " ".join((text or "").split()).casefold()


def normalise_text(text):
    """NFKC + casefold + punctuation to space, whitespace collapsed."""
    text = unicodedata.normalize("NFKC", text or "").casefold()
    text = "".join(" " if unicodedata.category(c).startswith(("P", "S")) else c for c in text)
    return " ".join(text.split())


def same_title(predicted, truth):
    return bool(predicted) and normalise_text(predicted) == normalise_text(truth)


def normalise_author(author):
    """Author lists compare as names: "A, B and C" equals "A B C"."""
    if isinstance(author, list):
        author = " ".join(author)
    words = normalise_text(author).split()
    return " ".join(w for w in words if w not in ("and", "by", "und"))


def same_author(predicted, truth):
    return bool(normalise_author(predicted)) and normalise_author(predicted) == normalise_author(truth)


DATE = re.compile(r"\d{4}-\d{2}(-\d{2})?")


def same_date(predicted, truth):
    """Same YYYY-MM-DD; a truth given only as YYYY-MM matches any day of that month."""
    match = DATE.match(predicted or "")
    if not match or not truth:
        return False
    return match.group(0)[:len(truth)] == truth[:10] if len(truth) == 7 else match.group(0)[:10] == truth[:10]


def mean(values):
    return sum(values) / len(values) if values else 0.0


class PageTypeScore:
    """Article vs not: precision and recall of calling a page an article (None: not predicted)."""

    def __init__(self):
        self.tp = self.fp = self.fn = 0
        self.seen = False

    def add(self, predicted, truth):
        if predicted is None:
            return
        self.seen = True
        self.tp += predicted and truth
        self.fp += predicted and not truth
        self.fn += truth and not predicted

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.seen and self.tp + self.fp else None

    @property
    def recall(self):
        return self.tp / (self.tp + self.fn) if self.seen and self.tp + self.fn else None
