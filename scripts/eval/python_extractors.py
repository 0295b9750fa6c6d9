"""Runs one Python baseline over a batch of files and prints one JSON object per file.

Usage: python_extractors.py SYSTEM LISTFILE   (SYSTEM: trafilatura-html, trafilatura-text,
justext-text, whole-text; LISTFILE holds one path per line, .gz read transparently).
The whole batch runs in this one process so the caller can time it like `newsdesk process`.
"""
import gzip
import html
import json
import re
import sys


def read_bytes(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        return f.read()


def read(path):
    return read_bytes(path).decode("utf-8", errors="replace")


def text_as_html(text):
    """A text dump as HTML for extractors that only read HTML: every blank-line separated block
    a <p>, its lines joined by <br> (slightly better for jusText than a <p> per line)."""
    blocks = (block for block in re.split(r"\n\s*\n", text) if block.strip())
    paragraphs = ("<br>".join(html.escape(line.strip()) for line in block.splitlines() if line.strip())
                  for block in blocks)
    return "<html><body>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</body></html>"


def trafilatura_extractor():
    import trafilatura

    def extract(document):
        out = trafilatura.extract(document, output_format="json", with_metadata=True,
                                  include_comments=False)
        if not out:
            return {}
        data = json.loads(out)
        return {"title": data.get("title"), "author": data.get("author"),
                "date": data.get("date"), "body": data.get("text") or ""}
    return extract


def justext_extractor():
    import justext
    stoplist = justext.get_stoplist("English")

    def extract(document):
        paragraphs = justext.justext(document.encode("utf-8"), stoplist)
        return {"body": "\n\n".join(p.text for p in paragraphs if not p.is_boilerplate)}
    return extract


def main():
    system, list_file = sys.argv[1], sys.argv[2]
    raw = False
    if system == "trafilatura-html":
        # Bytes, so that trafilatura detects legacy charsets (GB2312, windows-1252) itself.
        extract, raw = trafilatura_extractor(), True
    elif system == "trafilatura-text":
        inner = trafilatura_extractor()
        extract = lambda text: inner(text_as_html(text))
    elif system == "justext-text":
        inner = justext_extractor()
        extract = lambda text: inner(text_as_html(text))
    elif system == "whole-text":
        extract = lambda text: {"body": text}
    else:
        sys.exit(f"unknown system {system}")
    with open(list_file) as f:
        paths = [line.rstrip("\n") for line in f if line.strip()]
    for path in paths:
        try:
            result = extract(read_bytes(path) if raw else read(path))
        except Exception as error:  # one bad page must not end the batch
            result = {"error": f"{type(error).__name__}: {error}"}
        result["input"] = path
        print(json.dumps(result), flush=False)


if __name__ == "__main__":
    main()
