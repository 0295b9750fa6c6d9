"""Extraction metrics, as defined in /work/shared/data/README.md ("Metrics")."""
import re
import unicodedata
from collections import Counter

TOKEN = re.compile(r"\w+")


def tokens(text):
    return TOKEN.findall(text or "")


def char_tokens(text):
    """Word characters one by one with all whitespace removed: for Chinese gold copied from
    hard-wrapped pages (zh-web-content), where \\w+ runs would be whole sentences."""
    return TOKEN_CHAR.findall(re.sub(r"\s+", "", text or ""))


TOKEN_CHAR = re.compile(r"\w")


def shingles(text, n=4, char_level=False):
    """Token n-grams as a multiset; a text under n tokens is one shorter shingle."""
    toks = char_tokens(text) if char_level else tokens(text)
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
    """Accumulates the shingle F1 (ScrapingHub) and word F1 (WCXB) over pages; `char_level`
    shingles characters with whitespace removed instead of \\w+ tokens."""

    def __init__(self, char_level=False):
        self.char_level = char_level
        self.shingle_p, self.shingle_r, self.word_f1 = [], [], []

    def add(self, predicted, truth):
        """Adds one page; returns its own shingle F1 (for per-page breakdowns)."""
        tp, fp, fn = overlap(shingles(predicted, char_level=self.char_level), shingles(truth, char_level=self.char_level))
        p = r = 0.0
        if tp + fp > 0 or tp + fn > 0:
            # An empty prediction against a non-empty truth counts P=0 as well as R=0.
            p = tp / (tp + fp) if tp + fp else 0.0
            self.shingle_p.append(p)
        if tp + fn > 0:
            r = tp / (tp + fn)
            self.shingle_r.append(r)
        words_p, words_t = Counter(t.lower() for t in tokens(predicted)), Counter(t.lower() for t in tokens(truth))
        if words_p or words_t:
            wtp, wfp, wfn = overlap(words_p, words_t)
            p = wtp / (wtp + wfp) if wtp + wfp else 0.0
            r = wtp / (wtp + wfn) if wtp + wfn else 0.0
            self.word_f1.append(2 * p * r / (p + r) if p + r else 0.0)
        page_p, page_r = (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
        return 2 * page_p * page_r / (page_p + page_r) if page_p + page_r else 0.0

    @property
    def precision(self):
        return mean(self.shingle_p)

    @property
    def recall(self):
        return mean(self.shingle_r)

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

    @property
    def f1(self):
        """Harmonic mean of the share of `with` found and the share of `without` left out."""
        found = self.with_rate if self.with_total else 1.0
        clean = 1 - self.without_rate if self.without_total else 1.0
        return 2 * found * clean / (found + clean) if found + clean else 0.0


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


SCRIPTS = [("Han", 0x4E00, 0x9FFF), ("Han", 0x3400, 0x4DBF), ("Kana", 0x3040, 0x30FF), ("Hangul", 0xAC00, 0xD7AF),
           ("Cyrillic", 0x0400, 0x052F), ("Arabic", 0x0600, 0x06FF), ("Hebrew", 0x0590, 0x05FF), ("Thai", 0x0E00, 0x0E7F),
           ("Myanmar", 0x1000, 0x109F), ("Greek", 0x0370, 0x03FF), ("Devanagari", 0x0900, 0x097F)]


def script_of(text):
    """The dominant script of a text's letters; Japanese (any kana among Han) is "Kana"."""
    counts = {}
    for ch in (text or "")[:5000]:
        if not ch.isalpha():
            continue
        code = ord(ch)
        name = next((s for s, lo, hi in SCRIPTS if lo <= code <= hi), "Latin" if code < 0x250 else "other")
        counts[name] = counts.get(name, 0) + 1
    if not counts:
        return ""
    if counts.get("Kana", 0) * 20 >= counts.get("Han", 0) and counts.get("Kana"):
        return "Kana"
    return max(counts, key=counts.get)


def page_group(lang, text):
    """The language/script a page is reported under: its declared language, and the script of its
    gold text when that is not Latin ("zh Han", "ja Kana", "und Han", "de")."""
    script = script_of(text)
    label = lang or "und"
    return f"{label} {script}" if script and script != "Latin" else label
