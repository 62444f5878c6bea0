#!/usr/bin/env python3
"""Pages built to be slow: each shape at n and 4n, timed through `doc2swift generate`.

    Scripts/complexity-probe.py [path/to/doc2swift] [--limit SECONDS]

Each shape (unclosed brackets, wide tables, thousands of parameters, deep nesting, huge lines, …)
is written at a base size and at four times that size into a temporary folder and generated with
the given executable (default .build/release/doc2swift; build it with
`swift build -c release --product doc2swift`). Prints a table of seconds and the 4n/n ratio: a
linear shape stays near 4, a quadratic one near 16. Exits 1 when a run fails, exceeds the time
limit (default 60 s) or a ratio exceeds 8.
"""
import os, shutil, subprocess, sys, tempfile, time

H = "# POST X\n\n```http\nPOST /a\n```\n\n"
TABLE = "| Property Name | Type | Description |\n|---|---|---|\n"

def shapes(f):
    return {
        "unclosed brackets": H + "[" * (200000 * f) + "\n",
        "links": H + "[a](b) " * (50000 * f) + "\n",
        "open links": H + "[a](" * (50000 * f) + "\n",
        "link list": H + "".join("- [item%d](x%d.md)\n" % (i, i) for i in range(50000 * f)),
        "pipes": H + "| a | b |\n|---|---|\n" + "|" * (300000 * f) + "\n",
        "table rows": H + "| a | b |\n|---|---|\n" + "| x | y |\n" * (20000 * f),
        "wide table": H + "| Property Name | Type | Description |" + " x |" * (5000 * f) + "\n|---|---|---|"
            + "---|" * (5000 * f) + "\n" + "| a | string | d |\n" * 50,
        "backtick runs": H + "".join("`" * (i % 50 + 1) + "x" for i in range(20000 * f)) + "\n",
        "emphasis": H + "*a" * (150000 * f) + "\n",
        "entities": H + "&amp" * (100000 * f) + "\n",
        "long line": H + "word " * (400000 * f) + "\n",
        "headings": "".join("# H%d\n" % i for i in range(50000 * f)),
        "nested lists": "# GET X\n\n" + "".join("  " * (i % 500) + "- x\n" for i in range(3000 * f)),
        "html tags": H + "<div>" * (100000 * f) + "\n",
        "html comments": H + "<!--" * (100000 * f) + "\n",
        "fences": H + "```\n" * (50000 * f),
        "unclosed fence": H + "```json\n" + "{\"a\": 1,\n" * (50000 * f),
        "front matter": "---\n" + "a: b\n" * (50000 * f) + "\n",
        "json nesting": H + "```json\n" + "[" * (100000 * f) + "]" * (100000 * f) + "\n```\n",
        "json keys": H + "```json\n{" + ",".join('"k%d": %d' % (i, i) for i in range(50000 * f)) + "}\n```\n",
        "json duplicate keys": H + "```json\n{" + ",".join('"k": %d' % i for i in range(50000 * f)) + "}\n```\n",
        "curl headers": H + "```bash\ncurl " + "-H 'a: b' " * (50000 * f) + "\n```\n",
        "http headers": H + "```http\nGET /a HTTP/1.1\n" + "".join("H%d: v\n" % i for i in range(50000 * f)) + "```\n",
        "query parameters": H + "| Parameter Name | Type | Description |\n|---|---|---|\n"
            + "".join("| p%d | int32 | d |\n" % i for i in range(10000 * f)),
        "path parameters": "# GET X\n\n```http\nGET /a" + "".join("/{p%d}" % i for i in range(2000 * f))
            + "\n```\n\n| Path Part | Type | Description |\n|---|---|---|\n"
            + "".join("| p%d | int32 | d |\n" % i for i in range(2000 * f)),
        "undocumented types": H + "## Request Body: T\n\n" + TABLE
            + "".join("| p%d | T%d | d |\n" % (i, i) for i in range(5000 * f)),
        "type chain": H + "## Request Body: A0\n\n" + "".join(
            "Response body: A%d\n\n%s| next | A%d | n |\n\n" % (i, TABLE, (i + 1) % (2000 * f)) for i in range(2000 * f)),
        "many types": H + "".join("Response body: T%d\n\n%s| a | string | n |\n\n" % (i, TABLE) for i in range(3000 * f)),
        "samples": H + "".join("## Request\n\n```http\nPOST /a HTTP/1.1\nContent-Type: application/json\n\n{\"a\": %d}\n```\n\n"
            % i for i in range(1000 * f)),
        "statuses": H + "## Response: object\n\n| Response | Description |\n|---|---|\n"
            + "".join("| %d | OK. |\n" % (200 + i % 300) for i in range(5000 * f)),
        "includes": H + "".join("[!include[x](x%d.md)]\n\n" % i for i in range(5000 * f)),
        "CRLF table": (H + TABLE + "| a | string | d |\n" * (20000 * f)).replace("\n", "\r\n"),
        "NUL bytes": H + "\0" * (300000 * f),
    }

def run(executable, folder, limit):
    out = folder + ".out"
    start = time.monotonic()
    try:
        result = subprocess.run([executable, "generate", folder, "--output", out, "-q"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=limit)
        code = result.returncode
    except subprocess.TimeoutExpired:
        code = "timeout"
    seconds = time.monotonic() - start
    shutil.rmtree(out, ignore_errors=True)
    return seconds, code

def main():
    args = sys.argv[1:]
    limit = 60.0
    if "--limit" in args:
        index = args.index("--limit")
        limit = float(args[index + 1])
        del args[index:index + 2]
    executable = os.path.abspath(args[0] if args else ".build/release/doc2swift")
    if not os.access(executable, os.X_OK):
        sys.exit("complexity-probe: no executable at %s; swift build -c release --product doc2swift" % executable)
    failed = False
    root = tempfile.mkdtemp(prefix="doc2swift-probe-")
    try:
        print("| shape | n: s | 4n: s | ratio |")
        print("|---|---|---|---|")
        small, large = shapes(1), shapes(4)
        for name in small:
            times = []
            for label, text in (("n", small[name]), ("4n", large[name])):
                folder = os.path.join(root, label, name.replace(" ", "-"))
                os.makedirs(os.path.join(folder, "P"))
                with open(os.path.join(folder, "P", "page.md"), "w") as page:
                    page.write(text)
                times.append(run(executable, folder, limit))
            (a, code_a), (b, code_b) = times
            ratio = b / a if a > 0 else 0
            bad = code_a != 0 or code_b != 0 or ratio > 8
            failed = failed or bad
            note = "" if not bad else "  <- exit %s/%s" % (code_a, code_b) if (code_a or code_b) else "  <- superlinear"
            print("| %s | %.2f | %.2f | %.1f%s |" % (name, a, b, ratio, note))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    sys.exit(1 if failed else 0)

if __name__ == "__main__":
    main()
