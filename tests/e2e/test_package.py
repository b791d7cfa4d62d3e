# SPDX-License-Identifier: Apache-2.0
# Copyright 2026 the robobrain authors
"""What QUALITY_DECLARATION.md says of the sources stays true: every source file carries the
license's SPDX identifier and a copyright line (the vendored r2r and the fixtures keep their
own)."""

import subprocess

from conftest import REPO

HEADER = ("SPDX-License-Identifier: Apache-2.0", "Copyright 2026 the robobrain authors")
SOURCE_SUFFIXES = (".rs", ".py", ".sh", ".cmake", ".msg", ".srv", ".action", ".yaml")


def source_files():
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    for path in tracked:
        if path.startswith(("vendor/", "tests/fixtures/")):
            continue
        name = path.rsplit("/", 1)[-1]
        if path.endswith(SOURCE_SUFFIXES) or name == "CMakeLists.txt" or path == ".ci/run":
            yield path


def test_every_source_file_carries_the_license_and_copyright_lines():
    files = list(source_files())
    assert len(files) > 100, files
    missing = [p for p in files if not all(h in (REPO / p).read_text()[:400] for h in HEADER)]
    assert not missing, f"add the SPDX and copyright lines to: {missing}"
