"""`make bench`: the language server's latency, from a `textDocument/didChange` (the whole
text) to the `textDocument/publishDiagnostics` it answers with, for a ~100 KB document
cut from the bench corpus (the mistake-dense one: each change has diagnostics to send).
Prints the median and the 95th percentile of 50 changes; fails when the median is over
20 ms. Usage: lsp_bench.py BINARY BENCH_DIR"""
import json
import os
import statistics
import subprocess
import sys
import time

LIMIT_MS = 20.0
CHANGES = 50


class Client:
    def __init__(self, command):
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.next_id = 1

    def send(self, message):
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def receive(self):
        length = None
        while True:
            line = self.process.stdout.readline()
            if not line:
                raise SystemExit("lsp_bench: the server closed its output")
            if line in (b"\r\n", b"\n"):
                break
            name, _, value = line.decode().partition(":")
            if name.strip().lower() == "content-length":
                length = int(value)
        return json.loads(self.process.stdout.read(length))

    def request(self, method, params):
        self.send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        self.next_id += 1
        while True:
            message = self.receive()
            if message.get("id") == self.next_id - 1 and "method" not in message:
                return message

    def notify(self, method, params):
        self.send({"jsonrpc": "2.0", "method": method, "params": params})

    def diagnostics(self, uri):
        while True:
            message = self.receive()
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                return message["params"]


def document(directory, size=100_000):
    """The first ~100 KB of the dense bench document, cut after a whole line and closed."""
    with open(os.path.join(directory, "dense-lines-10mb.xml"), encoding="utf-8") as handle:
        text = handle.read(size * 2)
    cut = text.rfind("\n  <Dial", 0, size)
    return text[:cut + 1] + "</Response>\n"


def main():
    binary, directory = sys.argv[1], sys.argv[2]
    text = document(directory)
    client = Client([binary, "--lsp"])
    client.request("initialize", {"processId": os.getpid(), "rootUri": None, "capabilities": {}})
    client.notify("initialized", {})
    uri = "untitled:bench.xml"
    client.notify("textDocument/didOpen", {"textDocument": {"uri": uri, "languageId": "xml", "version": 1, "text": text}})
    first = client.diagnostics(uri)
    latencies = []
    for version in range(2, CHANGES + 2):
        # Each change differs (a comment's number), as typing would make it.
        changed = text.replace("<Response>", f"<Response><!-- {version} -->", 1)
        start = time.perf_counter()
        client.notify("textDocument/didChange",
                      {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": changed}]})
        published = client.diagnostics(uri)
        latencies.append((time.perf_counter() - start) * 1000)
        assert published["version"] == version, published.get("version")
        assert len(published["diagnostics"]) == len(first["diagnostics"])
    client.request("shutdown", None)
    client.notify("exit", None)
    status = client.process.wait(timeout=10)
    latencies.sort()
    median = statistics.median(latencies)
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    print(f"lsp: didChange -> publishDiagnostics, {len(text.encode()) // 1000} KB document with "
          f"{len(first['diagnostics'])} diagnostics, {CHANGES} changes: median {median:.1f} ms, p95 {p95:.1f} ms "
          f"(limit: median {LIMIT_MS:.0f} ms); server exit status {status}")
    if status != 0:
        raise SystemExit("lsp_bench: the server did not exit with status 0 after shutdown and exit")
    if median > LIMIT_MS:
        raise SystemExit(f"lsp_bench: median latency {median:.1f} ms is over {LIMIT_MS:.0f} ms")


main()
