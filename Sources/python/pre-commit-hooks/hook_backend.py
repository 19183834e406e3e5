"""A PEP 517 build backend that needs nothing but Python: it builds the hook's wheel, which
holds only metadata (its name, version and dependencies, read from pyproject.toml's
[project] table, one line each as written there), so pip installs the hook without
fetching a build tool."""
import base64
import hashlib
import io
import os
import re
import tarfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def _project():
    with open(os.path.join(HERE, "pyproject.toml"), encoding="utf-8") as handle:
        text = handle.read()

    def value(key):
        match = re.search(rf'^{key} = (.*)$', text, re.MULTILINE)
        if match is None:
            raise ValueError(f"pyproject.toml has no {key} line")
        return match.group(1)

    def strings(line):
        return re.findall(r'"([^"]*)"', line)

    return {
        "name": strings(value("name"))[0],
        "version": strings(value("version"))[0],
        "summary": strings(value("description"))[0],
        "requires-python": strings(value("requires-python"))[0],
        "dependencies": strings(value("dependencies")),
    }


def _dist_info(project):
    name = re.sub(r"[-_.]+", "_", project["name"]).lower()
    return name, f"{name}-{project['version']}.dist-info"


def _metadata(project):
    lines = [
        "Metadata-Version: 2.1",
        f"Name: {project['name']}",
        f"Version: {project['version']}",
        f"Summary: {project['summary']}",
        f"Requires-Python: {project['requires-python']}",
    ]
    lines += [f"Requires-Dist: {dependency}" for dependency in project["dependencies"]]
    return "\n".join(lines) + "\n"


def _files(project):
    _, dist_info = _dist_info(project)
    wheel = "Wheel-Version: 1.0\nGenerator: hook_backend\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    return [(f"{dist_info}/METADATA", _metadata(project).encode()), (f"{dist_info}/WHEEL", wheel.encode())]


def get_requires_for_build_wheel(config_settings=None):
    return []


def get_requires_for_build_sdist(config_settings=None):
    return []


def prepare_metadata_for_build_wheel(metadata_directory, config_settings=None):
    project = _project()
    _, dist_info = _dist_info(project)
    for path, content in _files(project):
        os.makedirs(os.path.join(metadata_directory, os.path.dirname(path)), exist_ok=True)
        with open(os.path.join(metadata_directory, path), "wb") as handle:
            handle.write(content)
    return dist_info


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    project = _project()
    name, dist_info = _dist_info(project)
    files = _files(project)

    def digest(content):
        return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(content).digest()).rstrip(b"=").decode()

    record = "".join(f"{path},{digest(content)},{len(content)}\n" for path, content in files)
    files.append((f"{dist_info}/RECORD", (record + f"{dist_info}/RECORD,,\n").encode()))
    filename = f"{name}-{project['version']}-py3-none-any.whl"
    with zipfile.ZipFile(os.path.join(wheel_directory, filename), "w", zipfile.ZIP_DEFLATED) as archive:
        for path, content in files:
            archive.writestr(zipfile.ZipInfo(path, date_time=(2026, 1, 1, 0, 0, 0)), content)
    return filename


def build_sdist(sdist_directory, config_settings=None):
    project = _project()
    name, _ = _dist_info(project)
    base = f"{name}-{project['version']}"
    with tarfile.open(os.path.join(sdist_directory, f"{base}.tar.gz"), "w:gz") as archive:
        for path in ("pyproject.toml", "hook_backend.py", ".pre-commit-hooks.yaml", "README.md"):
            archive.add(os.path.join(HERE, path), f"{base}/{path}")
        info = tarfile.TarInfo(f"{base}/PKG-INFO")
        content = _metadata(project).encode()
        info.size = len(content)
        archive.addfile(info, io.BytesIO(content))
    return f"{base}.tar.gz"
