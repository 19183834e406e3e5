"""`make bench`: times sipdial-lint against `xmllint --noout` on the same inputs, side
by side in one run, with hyperfine, and prints ratios (absolute times on a shared machine
mean little). Usage: bench.py BINARY BENCH_DIR [--quick]"""
import json
import os
import resource
import subprocess
import sys

binary, directory = sys.argv[1], sys.argv[2]
quick = "--quick" in sys.argv
small = "examples/signalwire/good.xml"
corpus = os.path.join(directory, "corpus")
files = sorted(os.path.join(root, name) for root, _, names in os.walk(corpus) for name in names if name.endswith(".xml"))
with open(os.path.join(directory, "files.txt"), "w") as handle:
    handle.write("\n".join(files) + "\n")


def hyperfine(name, commands, runs, warmup, shell=False):
    export = os.path.join(directory, name + ".json")
    arguments = ["hyperfine", "--ignore-failure", "--style", "none", "--runs", str(runs), "--warmup", str(warmup),
                 "--export-json", export]
    if not shell:
        arguments.append("-N")
    subprocess.run(arguments + commands, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(export) as handle:
        return [result["mean"] for result in json.load(handle)["results"]]


def peak_kib(command):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(after, before)


rows = []
scale = 0.2 if quick else 1.0
# As users run it (a pre-commit hook, `sipdial-lint file.xml`), and with an option.
x, s, j = hyperfine("small", [f"xmllint --noout {small}", f"{binary} {small}", f"{binary} --format json {small}"],
                    int(200 * scale) or 20, 10)
rows.append(("one small file (start-up)", x, s, 1.2))
rows.append(("  the same, with --format json", x, j, 1.2))
x, s = hyperfine("corpus", [f"xmllint --noout $(cat {directory}/files.txt) > /dev/null",
                            f"{binary} {corpus} > /dev/null"], 3 if quick else 5, 1, shell=True)
rows.append((f"{len(files)}-file corpus, one run", x, s, 1.0))
big = os.path.join(directory, "big-10mb.xml")
x, s = hyperfine("big", [f"xmllint --noout {big}", f"{binary} --format json {big}"], 3 if quick else 10, 1)
rows.append(("10 MB document", x, s, 1.5))
# Lines and columns cost the same on one line as on many: the same mistake-dense bytes
# (tens of thousands of diagnostics) with line breaks, and with spaces instead.
lines, oneline = (os.path.join(directory, f"dense-{name}-10mb.xml") for name in ("lines", "oneline"))
x, s = hyperfine("dense", [f"{binary} {lines}", f"{binary} {oneline}"], 3 if quick else 10, 1)
rows.append(("one-line vs many-line 10 MB document", x, s, 1.2))

print(f"{'case':38} {'xmllint --noout':>16} {'sipdial-lint':>14} {'ratio':>7} {'bar':>6}")
for name, x, s, bar in rows:
    verdict = "ok" if s / x <= bar else "MISSED"
    print(f"{name:38} {x * 1000:13.1f} ms {s * 1000:11.1f} ms {s / x:6.2f}x {bar:5.1f}x {verdict}")
print("(one-line vs many-line: both are sipdial-lint, the many-line document in the first column)")

size_kib = os.path.getsize(big) / 1024
# Peak memory: run each in a fresh process so one's peak does not mask the other's.
lint_peak = int(subprocess.run(["python3", "-c", f"import resource,subprocess;subprocess.run(['{binary}','{big}'],stdout=subprocess.DEVNULL);print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"],
                               capture_output=True, text=True).stdout)
xml_peak = int(subprocess.run(["python3", "-c", f"import resource,subprocess;subprocess.run(['xmllint','--noout','{big}']);print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"],
                              capture_output=True, text=True).stdout)
print(f"peak memory on the 10 MB document: sipdial-lint {lint_peak / 1024:.0f} MiB = {lint_peak / size_kib:.1f}x the file "
      f"(bar 6x {'ok' if lint_peak / size_kib <= 6 else 'MISSED'}); xmllint {xml_peak / 1024:.0f} MiB = {xml_peak / size_kib:.1f}x")

sizes = [1, 10, 100]
paths = [os.path.join(directory, f"big-{size}mb.xml") for size in sizes]
times = hyperfine("growth", [f"{binary} {path}" for path in paths], 2 if quick else 3, 0)
print("growth with size: " + ", ".join(f"{size} MB {t * 1000:.0f} ms" for size, t in zip(sizes, times))
      + f"; 100 MB / 1 MB = {times[2] / times[0]:.0f}x (bar 120x {'ok' if times[2] / times[0] <= 120 else 'MISSED'})")
