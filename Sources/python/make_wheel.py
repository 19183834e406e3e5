"""Writes the sipdial-lint wheel: the static binary as the environment's `sipdial-lint`
script (the wheel's .data/scripts, as ruff's wheel does) and the small sipdial_lint
package for `python -m sipdial_lint`. Run by `make wheel`.
usage: make_wheel.py BINARY VERSION OUTDIR"""
import base64
import hashlib
import os
import sys
import zipfile

binary, version, outdir = sys.argv[1:4]
name = "sipdial_lint"
# The binary is static: it needs nothing of the system, so the oldest manylinux tag fits.
tag = "py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64"
here = os.path.dirname(os.path.abspath(__file__))
dist_info = f"{name}-{version}.dist-info"
data = f"{name}-{version}.data"

files = []  # (path in the wheel, bytes, executable)
for module in ("__init__.py", "__main__.py"):
    with open(os.path.join(here, name, module), "rb") as handle:
        files.append((f"{name}/{module}", handle.read(), False))
with open(binary, "rb") as handle:
    files.append((f"{data}/scripts/sipdial-lint", handle.read(), True))
metadata = f"""Metadata-Version: 2.1
Name: sipdial-lint
Version: {version}
Summary: A linter for voice-call XML: TwiML, LaML/cXML, RCML, TeXML
License: see the project's repository
Requires-Python: >=3.8

sipdial-lint checks voice-call XML documents before they reach a phone platform.
This wheel carries the static sipdial-lint executable; no Swift toolchain is needed.
"""
wheel = f"""Wheel-Version: 1.0
Generator: sipdial-lint make_wheel.py
Root-Is-Purelib: false
Tag: py3-none-manylinux_2_17_x86_64
Tag: py3-none-manylinux2014_x86_64
"""
files.append((f"{dist_info}/METADATA", metadata.encode(), False))
files.append((f"{dist_info}/WHEEL", wheel.encode(), False))


def digest(content):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(content).digest()).rstrip(b"=").decode()


record = "".join(f"{path},{digest(content)},{len(content)}\n" for path, content, _ in files) + f"{dist_info}/RECORD,,\n"
files.append((f"{dist_info}/RECORD", record.encode(), False))

os.makedirs(outdir, exist_ok=True)
target = os.path.join(outdir, f"{name}-{version}-{tag}.whl")
with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
    for path, content, executable in files:
        info = zipfile.ZipInfo(path, date_time=(2026, 1, 1, 0, 0, 0))
        info.external_attr = ((0o755 if executable else 0o644) | 0o100000) << 16
        info.compress_type = zipfile.ZIP_DEFLATED
        archive.writestr(info, content, compresslevel=9)
print(f"wrote {target} ({os.path.getsize(target)} bytes)")
