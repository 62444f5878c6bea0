#!/usr/bin/env python3
"""Counts the endpoint declarations in the raw text of API reference pages, without doc2swift.

An independent yardstick for Scripts/corpus-gate.sh: how many operations do the pages of each
corpus folder declare, so that the operations doc2swift finds can be given as a percentage.
Python 3 standard library only; it never runs or imports doc2swift.

USAGE
  Scripts/count-endpoints.py [--corpus DIR] [FOLDER ...]      table: folder, pages, lines, operations
  Scripts/count-endpoints.py --json [FOLDER ...]              the same as a JSON object keyed by folder
  Scripts/count-endpoints.py --list FOLDER                    the de-duplicated "METHOD /path" list
  Scripts/count-endpoints.py --lines FOLDER                   every candidate line: counted, or why not
  Scripts/count-endpoints.py --compare FOLDER FOUND.json      declared vs found (a JSON list of
                                                              [method, path] pairs), as JSON
  Scripts/count-endpoints.py --self-test                      check the rules below on small pages
The corpus is --corpus DIR, else $DOC2SWIFT_CORPUS, else ../shared/corpus beside the checkout;
FOLDER defaults to every sub-folder of it.

WHAT A PAGE IS
  Every file under the folder whose name ends in .md, .markdown or .mdx (any case), except the
  folder's own NOTES.md (the corpus notes, not a page). Text is read as UTF-8 (bad bytes replaced),
  CRLF/CR become LF, and a front-matter block (`---` on line 1 up to the next `---` or `...`) is
  skipped. Fences are ``` or ~~~ runs of 3 or more, indented up to 3 spaces; a fence closes at a
  run of the same character at least as long.

WHAT COUNTS AS A DECLARATION (METHOD is GET POST PUT PATCH DELETE HEAD OPTIONS, upper case only)
  A "method target" is METHOD, or several joined by `|` with or without [ ] (`[PUT | POST]`, one
  declaration per method), then optional spaces, then a target: `/path`, `\\path` or a full URL
  `scheme://host/path` (scheme and host are dropped: `GET https://{{HOST}}/x` declares `/x`); in
  L2 only, also a relative `word/...` path (accelo's `POST jobs/{job_id}/...`). Relative targets
  elsewhere are page titles that restate a path without its base (superoffice `# GET Contact/{id}`
  above `GET /api/v1/Contact/{id}`) and are not counted. The target ends at the first space
  outside braces; what follows must be nothing, `HTTP/<version>`, or (when the target has a `?`)
  the rest of its query.
  Such a method target declares an endpoint when it is:
  L1 a whole line inside a fence whose info string is empty, http (`http!`, `http_` too), https,
     plaintext, text or txt: gitlab/gogs/msgraph/superoffice endpoint fences;
  L2 a whole line outside fences that is exactly one code span: `` `GET /tasks/{id}` `` (accelo,
     slate `` `GET http://example.com/kittens/<ID>` ``);
  H1 a heading that is a method target, or ends with `% ` + a method target
     (`# GET /message`, discord `## Get Channel % GET /channels/{channel.id#...}`);
  H2 a heading `Name [METHOD /path]` (API Blueprint action with its own URI);
  H3 API Blueprint resources: a heading `/path` or `Name [/path]` sets the resource of the deeper
     headings; a heading `METHOD` or `Name [METHOD]` under it declares (METHOD, resource path);
  S1 sectioned pages (apollo-er): on one page, every URL line (a line, backticks removed, starting
     with `/` or `scheme://`) of a section headed exactly `URL` or `Endpoint`, paired with every
     method of a section headed exactly `Method` or `HTTP Method` (a line that is a method once
     HTML tags and backticks are removed: `<div class="get">GET</div>`). All pairs are counted.

WHAT DOES NOT COUNT
  Samples. A method target is a sample request, and not counted, when
  X1 it is followed by `HTTP/<version>` (an HTTP request line: accelo's http samples);
  X2 its fence also holds a `Host:` or `Authorization:` header line (any case): an HTTP message
     with a host or credentials is a sample, never a declaration (superoffice sample includes);
  X3 a heading above it contains the word example(s) or sample(s), any case (msgraph
     `## Examples` > `### Request`, superoffice `## Sample request`); DocFX tab markers
     `# [HTTP](#tab/http)` are not headings and do not end that section;
  X4 (fenced lines) the last non-blank line before its fence contains example or sample, any
     case (accelo `> Sample Request:`, `> For example, each of the following deletes…`).
  Never counted either: fences with any other info string (shell, curl, json, example, ruby, …:
  curl commands are never declarations), method targets inside prose, links, list items, table
  cells or block quotes (`See [`POST /x`](other.md)`, a changelog's `- [`GET /x`](#get-x)`),
  indented code blocks, and pages without any method (onoffice's action pages, which all go to
  one POST endpoint, declare nothing here).

NORMALISED PATH (what operations are de-duplicated by, with the upper-case method)
  `\\` becomes `/`; scheme and host of a full URL are dropped (a base path such as /api/v0 or
  /v1.0 is kept: the pages rarely say which part is the base); `{?...}` and `{&...}` (RFC 6570
  query templates) are dropped; every other `{...}` (braces may hold `#`, `/`, `|`, spaces),
  `<...>` and `:name` (at the start of a segment or right after another parameter) becomes `{}`;
  the query (`?...`) and fragment (`#...`) outside braces are dropped; repeated `/` become one,
  a leading `/` is added and a trailing one dropped. So `/channels/{channel.id#DOCS_X/y}`,
  `/channels/:id` and `/channels/<ID>/` are all `/channels/{}`.

COUNTS
  lines: declarations counted (one per method of a method target), before de-duplication; compare
  with the per-folder method-line counts in the corpus NOTES.md. operations: distinct
  (method, normalised path) pairs over the whole folder.

--compare: found pairs are normalised the same way; matched = declared ∩ found (equal method and
  normalised path, nothing looser: a path found with or without a base such as /api/v0 that the
  declaration lacks or has does not match). Output: declared, found, foundDistinct, matched,
  missing (declared, not found) and extra (found, not declared).
"""

import argparse
import json
import os
import re
import signal
import sys

METHOD = r"(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)"
METHODS_RE = re.compile(r"\[\s*(" + METHOD + r"(?:\s*\|\s*" + METHOD + r")*)\s*\]|(" + METHOD
                        + r"(?:\s*\|\s*" + METHOD + r")*)(?![A-Za-z])")
PAGE_SUFFIXES = (".md", ".markdown", ".mdx")
DECLARATION_FENCES = {"", "http", "https", "plaintext", "text", "txt"}
SAMPLE_WORD = re.compile(r"\b(examples?|samples?)\b", re.IGNORECASE)
HEADER_LINE = re.compile(r"^\s*(host|authorization)\s*:", re.IGNORECASE)
HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?[ \t]*$")
TAB_MARKER = re.compile(r"^\[[^\]]*\]\(#tab/[^)]*\)$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
HTTP_VERSION = re.compile(r"^HTTP/\d")


def split_methods(text):
    """`[PUT | POST] rest` → (["PUT", "POST"], "rest"); None when text does not start with methods."""
    match = METHODS_RE.match(text)
    if not match:
        return None
    names = match.group(1) or match.group(2)
    return [name.strip() for name in names.split("|")], text[match.end():]


def split_target(text):
    """The target token (up to the first space outside braces) and what follows it."""
    depth = 0
    for index, char in enumerate(text):
        if char == "{":
            depth += 1
        elif char == "}" and depth:
            depth -= 1
        elif char.isspace() and depth == 0:
            return text[:index], text[index:].strip()
    return text, ""


def is_target(token, relative):
    """Whether `token` is a path or URL; `relative` also accepts `word/...` with no leading slash."""
    return bool(token) and (token[0] in "/\\" or SCHEME.match(token) is not None
                            or (relative and re.match(r"^[A-Za-z0-9_.{}-]+/", token) is not None))


def method_target(text, relative=False):
    """Parses a whole method target. Returns (methods, raw path, has HTTP version) or None.
    - Parameter relative: accept a target without a leading `/` (only whole-line code spans do)."""
    parsed = split_methods(text.strip())
    if not parsed:
        return None
    methods, rest = parsed
    token, tail = split_target(rest.strip())
    if not is_target(token, relative):
        return None
    versioned = HTTP_VERSION.match(tail) is not None
    if tail and not versioned and "?" not in token:
        return None
    return methods, token, versioned


def normalise(raw):
    """The normalised path of a raw target (see the header)."""
    path = raw.replace("\\", "/")
    scheme = SCHEME.match(path)
    if scheme:
        rest, depth = path[scheme.end():], 0
        for index, char in enumerate(rest):
            if char == "{":
                depth += 1
            elif char == "}" and depth:
                depth -= 1
            elif char == "/" and depth == 0:
                path = rest[index:]
                break
        else:
            path = "/"
    out, index = [], 0
    while index < len(path):
        char = path[index]
        if char == "{":
            depth, end = 0, index
            while end < len(path):
                if path[end] == "{":
                    depth += 1
                elif path[end] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                end += 1
            inner = path[index + 1:end].lstrip("{")
            if not inner.startswith(("?", "&")):
                out.append("{}")
            index = end + 1
            continue
        if char in "?#":
            break
        out.append(char)
        index += 1
    path = "".join(out)
    path = re.sub(r"<[^<>/]*>", "{}", path)
    segments = []
    for segment in path.split("/"):
        if segment.startswith(":"):
            segment = re.sub(r":[A-Za-z_][A-Za-z0-9_.]*", "{}", segment)
        segments.append(segment)
    path = "/" + "/".join(segment for segment in segments if segment)
    return path


def strip_code_span(line):
    """The content of a line that is exactly one code span (`` `x` `` or ``` ``x`` ```), else None."""
    match = re.match(r"^\s*(`+)(?!`)(.+?)(?<!`)\1\s*$", line)
    return match.group(2).strip() if match else None


class Page:
    """The declarations and excluded samples of one page."""

    def __init__(self, display, text):
        self.display = display
        self.lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        self.found = []      # (line, method, raw, normalised, rule)
        self.excluded = []   # (line, text, reason)
        self.headings = {}   # level → text
        self.resources = {}  # level → normalised resource path (API Blueprint)
        self.urls = []       # (line, raw) in URL sections
        self.section_methods = []  # (line, method) in Method sections
        self.scan()

    def heading_path(self):
        return [self.headings[level] for level in sorted(self.headings)]

    def sample_heading(self, path=None):
        for text in (self.heading_path() if path is None else path):
            if SAMPLE_WORD.search(text):
                return text
        return None

    def add(self, number, methods, raw, rule):
        for method in methods:
            self.found.append((number, method, raw, normalise(raw), rule))

    def section(self):
        """The text of the innermost heading, lower-cased."""
        return self.headings[max(self.headings)].strip().lower() if self.headings else ""

    def scan(self):
        lines, start = self.lines, 0
        if lines and lines[0].strip() == "---":
            for index in range(1, len(lines)):
                if lines[index].strip() in ("---", "..."):
                    start = index + 1
                    break
        index = start
        while index < len(lines):
            line, number = lines[index], index + 1
            fence = FENCE.match(line)
            if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
                index = self.fenced_block(index, fence)
                continue
            heading = HEADING.match(line)
            if heading and not TAB_MARKER.match((heading.group(2) or "").strip()):
                self.heading(number, len(heading.group(1)), (heading.group(2) or "").strip())
            elif line.strip():
                self.prose_line(number, line)
            index += 1
        self.pair_sections()

    def fenced_block(self, index, fence):
        """Reads the fence opening at `index`; returns the index after its closing line."""
        marker, info = fence.group(1), fence.group(2).strip().lower()
        kind = re.match(r"[a-z]*", info).group(0)
        previous = next((self.lines[i].strip() for i in range(index - 1, -1, -1) if self.lines[i].strip()), "")
        body, end = [], index + 1
        while end < len(self.lines):
            closing = re.match(r"^ {0,3}(" + re.escape(marker[0]) + r"{" + str(len(marker)) + r",})\s*$",
                               self.lines[end])
            if closing:
                break
            body.append((end + 1, self.lines[end]))
            end += 1
        has_message_headers = any(HEADER_LINE.match(text) for _, text in body)
        for number, text in body:
            parsed = method_target(text)
            if not parsed:
                continue
            methods, raw, versioned = parsed
            reason = None
            if kind not in DECLARATION_FENCES:
                reason = "fence info '%s'" % info
            elif versioned:
                reason = "X1 HTTP request line"
            elif has_message_headers:
                reason = "X2 fence holds Host/Authorization"
            elif self.sample_heading():
                reason = "X3 under heading '%s'" % self.sample_heading()
            elif SAMPLE_WORD.search(previous):
                reason = "X4 after '%s'" % previous[:60]
            if reason:
                self.excluded.append((number, text.strip(), reason))
            else:
                self.add(number, methods, raw, "L1")
        return end + 1

    def heading(self, number, level, text):
        for deeper in [key for key in self.headings if key >= level]:
            del self.headings[deeper]
            self.resources.pop(deeper, None)
        ancestors = self.heading_path()
        self.headings[level] = text
        declared = None
        bracket = re.search(r"\[([^\[\]]+)\]\s*$", text)
        if "%" in text:
            parsed = method_target(text.rsplit("%", 1)[1])
            declared = (parsed, "H1") if parsed else None
        elif method_target(text):
            declared = (method_target(text), "H1")
        elif bracket and method_target(bracket.group(1)):
            declared = (method_target(bracket.group(1)), "H2")
        resource = None
        if declared is None:
            inner = bracket.group(1).strip() if bracket else text
            if inner.startswith("/") and " " not in inner:
                resource = normalise(inner)
                self.resources[level] = inner
            else:
                action = split_methods(inner)
                if action and not action[1].strip():
                    outer = [self.resources[key] for key in sorted(self.resources) if key < level]
                    if outer:
                        declared = ((action[0], outer[-1], False), "H3")
        if declared is None or resource is not None:
            return
        (methods, raw, versioned), rule = declared
        sample = self.sample_heading(ancestors)
        if versioned or sample:
            self.excluded.append((number, text, "X1 HTTP request line" if versioned
                                  else "X3 under heading '%s'" % sample))
        else:
            self.add(number, methods, raw, rule)

    def prose_line(self, number, line):
        section = self.section()
        if section in ("url", "endpoint"):
            candidate = line.strip().strip("`").strip()
            token, tail = split_target(candidate)
            if (candidate.startswith("/") or SCHEME.match(candidate)) and not tail:
                self.urls.append((number, token))
                return
        if section in ("method", "http method"):
            bare = re.sub(r"<[^>]*>", "", line).replace("`", "").strip()
            parsed = split_methods(bare)
            if parsed and not parsed[1].strip():
                self.section_methods.extend((number, method) for method in parsed[0])
                return
        content = strip_code_span(line)
        if content is None:
            return
        parsed = method_target(content, relative=True)
        if not parsed:
            return
        methods, raw, versioned = parsed
        sample = self.sample_heading()
        if versioned or sample:
            self.excluded.append((number, content, "X1 HTTP request line" if versioned
                                  else "X3 under heading '%s'" % sample))
        else:
            self.add(number, methods, raw, "L2")

    def pair_sections(self):
        for number, raw in self.urls:
            for _, method in self.section_methods:
                self.add(number, [method], raw, "S1")


def corpus_root(option):
    if option:
        return option
    if os.environ.get("DOC2SWIFT_CORPUS"):
        return os.environ["DOC2SWIFT_CORPUS"]
    return os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "corpus"))


def page_files(folder):
    found = []
    for directory, subfolders, files in os.walk(folder):
        subfolders.sort()
        for name in files:
            path = os.path.join(directory, name)
            if not name.lower().endswith(PAGE_SUFFIXES) or name.lower() in (".md", ".mdx", ".markdown"):
                continue
            if directory == folder and name == "NOTES.md":
                continue
            found.append(path)
    return sorted(found)


def count_folder(root, name):
    folder = os.path.join(root, name)
    pages = []
    for path in page_files(folder):
        with open(path, "rb") as handle:
            text = handle.read().decode("utf-8", errors="replace")
        pages.append(Page(os.path.relpath(path, folder), text))
    operations = {}
    for page in pages:
        for number, method, raw, path, rule in page.found:
            operations.setdefault((method, path), "%s:%d" % (page.display, number))
    return {
        "pages": pages,
        "lines": sum(len(page.found) for page in pages),
        "excluded": sum(len(page.excluded) for page in pages),
        "operations": operations,
    }


def compare(declared, found_pairs):
    """Declared (method, normalised path) pairs against pairs found by another tool."""
    found = {(method.upper(), normalise(path)) for method, path in found_pairs}
    return {"declared": len(declared), "found": len(found_pairs), "foundDistinct": len(found),
            "matched": len(declared & found),
            "missing": sorted("%s %s" % pair for pair in declared - found),
            "extra": sorted("%s %s" % pair for pair in found - declared)}


SELF_TEST_PAGES = [
    # (page text, the (method, normalised path) pairs it declares)
    ("```plaintext\nGET /projects/:id/milestones?iids[]=42\n```\n", [("GET", "/projects/{}/milestones")]),
    ("```http\nGET /users/{id | userPrincipalName}/todo/lists/\n```\n", [("GET", "/users/{}/todo/lists")]),
    ("## Get Channel % GET /channels/{channel.id#DOCS_RESOURCES_CHANNEL/channel-object}\n",
     [("GET", "/channels/{}")]),
    ("`GET http://example.com/kittens/<ID>`\n", [("GET", "/kittens/{}")]),
    ("`[PUT | POST] /filters/{filter_id}`\n`POST jobs/{job_id}`\n`GET/issues`\n",
     [("PUT", "/filters/{}"), ("POST", "/filters/{}"), ("POST", "/jobs/{}"), ("GET", "/issues")]),
    ("# Group Notes\n## Note [/notes/{id}{?fields}]\n### Delete [DELETE]\n## Notes [/notes]\n"
     "### Create [POST /notes/new]\n### List [GET]\n", [("DELETE", "/notes/{}"), ("POST", "/notes/new"), ("GET", "/notes")]),
    ("# /message\n## GET\n## PUT\n", [("GET", "/message"), ("PUT", "/message")]),
    ("## URL\n`https://{{HOST}}/apollo/er/entities/{entityId}?v={version}`\n## Method\n<div class=\"get\">GET</div>\n",
     [("GET", "/apollo/er/entities/{}")]),
    ("```\nGET /repos/:username/:reponame/archive/:ref:format\nAccept: application/vnd.gogs.sha\n```\n",
     [("GET", "/repos/{}/{}/archive/{}{}")]),
    # Not declarations: samples, references, titles, other fences.
    ("```http\nGET /api/v0/activities HTTP/1.1\n```\n", []),
    ("```http!\nDELETE /api/v1/Appointment/123\nAuthorization: Basic x\n```\n", []),
    ("## Examples\n### Request\n# [HTTP](#tab/http)\n```http\nGET https://graph.microsoft.com/v1.0/me/x/AAA=\n```\n", []),
    ("> Sample Request:\n\n```\nGET /api/v0/things/1\n```\n", []),
    ("```shell\ncurl -X GET https://h/x\n```\nSee [`POST /x`](other.md#x).\n- [`GET /y`](#y)\n| GET /z | table |\n", []),
    ("# GET Contact/{id}\nThe `GET /contacts` request supports this.\n", []),
]


def self_test():
    """Checks every rule of the header on a small page; returns 0 when all pass."""
    failures = 0
    for text, expected in SELF_TEST_PAGES:
        page = Page("test.md", text)
        got = [(method, path) for _, method, _, path, _ in page.found]
        if got != expected:
            failures += 1
            print("self-test: %r\n  expected %s\n  got      %s" % (text, expected, got), file=sys.stderr)
    print("count-endpoints self-test: %d of %d pages as expected" % (len(SELF_TEST_PAGES) - failures,
                                                                    len(SELF_TEST_PAGES)))
    return 1 if failures else 0


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends the output quietly
    parser = argparse.ArgumentParser(description="Counts endpoint declarations in corpus pages (see the header).")
    parser.add_argument("folders", nargs="*", help="corpus folders (default: all)")
    parser.add_argument("--corpus", help="the corpus root (default: $DOC2SWIFT_CORPUS or ../shared/corpus)")
    parser.add_argument("--json", action="store_true", help="print a JSON object keyed by folder")
    parser.add_argument("--list", metavar="FOLDER", help="print the folder's de-duplicated METHOD /path list")
    parser.add_argument("--lines", metavar="FOLDER", help="print every candidate line, counted or excluded")
    parser.add_argument("--compare", nargs=2, metavar=("FOLDER", "FOUND_JSON"),
                        help="compare with a JSON list of [method, path] pairs")
    parser.add_argument("--self-test", action="store_true", help="check the rules on built-in snippets")
    arguments = parser.parse_args()
    if arguments.self_test:
        return self_test()
    root = corpus_root(arguments.corpus)
    if not os.path.isdir(root):
        print("count-endpoints: corpus %s not found" % root, file=sys.stderr)
        return 2
    if arguments.list or arguments.lines or arguments.compare:
        name = arguments.list or arguments.lines or arguments.compare[0]
        if not os.path.isdir(os.path.join(root, name)):
            print("count-endpoints: no folder %s in %s" % (name, root), file=sys.stderr)
            return 2
        counted = count_folder(root, name)
        if arguments.list:
            for method, path in sorted(counted["operations"], key=lambda pair: (pair[1], pair[0])):
                print("%-7s %s" % (method, path))
        elif arguments.lines:
            for page in counted["pages"]:
                for number, method, raw, path, rule in page.found:
                    print("%s:%d: %s %s %s -> %s" % (page.display, number, rule, method, raw, path))
                for number, text, reason in page.excluded:
                    print("%s:%d: excluded (%s): %s" % (page.display, number, reason, text))
        else:
            with open(arguments.compare[1], encoding="utf-8") as handle:
                pairs = json.load(handle)
            print(json.dumps(compare(set(counted["operations"]), pairs), indent=2))
        return 0
    names = arguments.folders or sorted(entry for entry in os.listdir(root)
                                        if os.path.isdir(os.path.join(root, entry)))
    results = {}
    for name in names:
        if not os.path.isdir(os.path.join(root, name)):
            print("count-endpoints: no folder %s in %s" % (name, root), file=sys.stderr)
            return 2
        counted = count_folder(root, name)
        results[name] = {"pages": len(counted["pages"]), "lines": counted["lines"],
                         "samplesExcluded": counted["excluded"], "operations": len(counted["operations"]),
                         "endpoints": ["%s %s" % pair for pair in sorted(counted["operations"])]}
    if arguments.json:
        print(json.dumps(results, indent=2, sort_keys=True))
        return 0
    print("| folder | pages | declaration lines | samples excluded | declared operations |")
    print("|---|---:|---:|---:|---:|")
    for name in names:
        result = results[name]
        print("| %s | %d | %d | %d | %d |" % (name, result["pages"], result["lines"], result["samplesExcluded"],
                                             result["operations"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
