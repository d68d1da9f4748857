"""Compile the entity stage's hot modules with Cython (about 8 % faster, same output).

    python scripts/compile.py [--out DIR] [--force] [-q]

Compiles each module of ``agents.compiled.COMPILED_MODULES`` whose source changed
since its last build (``--force``: all) into ``DIR`` (default ``build/compiled``,
or ``NEWSSTREAM_COMPILED_DIR``), then records the sources' digests in its
manifest; ``agents.compiled`` loads a copy only while its source is unchanged.
Needs Cython and a C compiler (``pip install -e .[compiled]``); ``scripts/setup.sh``
runs it, and the stage falls back to the plain modules when it cannot.
The sources are compiled as they are: type annotations stay Python annotations
(``annotation_typing=False``), so the compiled module behaves like the ``.py``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import orjson  # noqa: E402

from agents.compiled import (  # noqa: E402
    COMPILED_MODULES, MANIFEST, compiled_dir, current_modules, extension_path, read_manifest, source_digest,
    source_path,
)


# -O2 without debug info: as fast as Python's own -O3 -g here, half the build time, a sixth of the size
COMPILE_ARGS = ["-g0", "-O2"]


def stale(directory: Path) -> list[str]:
    current = set(current_modules(directory))
    return [m for m in COMPILED_MODULES if m not in current]


def build(modules: list[str], directory: Path, quiet: bool) -> None:
    from Cython.Build import cythonize
    from setuptools import Distribution, Extension

    digests = {m: source_digest(m) for m in modules}   # of the text that is compiled
    with tempfile.TemporaryDirectory(prefix="newsstream-cython-") as tmp:
        extensions = cythonize(
            [Extension(m, [str(source_path(m).relative_to(ROOT))], extra_compile_args=COMPILE_ARGS) for m in modules],
            build_dir=tmp, language_level=3, quiet=quiet, force=True,
            # binding=False: module functions as plain C functions, not Cython's function
            # objects (no __defaults__ or signature to introspect; calls about 1.5 % faster)
            compiler_directives={"annotation_typing": False, "binding": False},
        )
        dist = Distribution({"name": "newsstream-compiled", "ext_modules": extensions})
        command = dist.get_command_obj("build_ext")
        command.build_lib, command.build_temp = str(Path(tmp) / "lib"), tmp
        command.parallel = os.cpu_count() or 1
        command.ensure_finalized()
        command.run()
        for m in modules:
            _replace(extension_path(Path(tmp) / "lib", m).read_bytes(), extension_path(directory, m))
    manifest = read_manifest(directory) | digests
    _replace(orjson.dumps({"modules": manifest}, option=orjson.OPT_INDENT_2), directory / MANIFEST)


def _replace(data: bytes, path: Path) -> None:
    """Write ``path`` as a new file under the old name: a running worker that has the old
    extension mapped keeps reading that file, which overwriting in place would corrupt."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    part.write_bytes(data)
    os.replace(part, path)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=None, help="build directory (default build/compiled)")
    ap.add_argument("--force", action="store_true", help="rebuild every module")
    ap.add_argument("-q", "--quiet", action="store_true")
    args = ap.parse_args(argv)
    directory = (args.out or compiled_dir()).resolve()
    directory.mkdir(parents=True, exist_ok=True)
    todo = list(COMPILED_MODULES) if args.force else stale(directory)
    if not todo:
        if not args.quiet:
            print(f"compiled modules in {directory} are current")
        return 0
    try:
        import Cython  # noqa: F401
    except ImportError:
        print("Cython is not installed (pip install -e '.[compiled]'): the plain entity modules run", file=sys.stderr)
        return 1
    print(f"compiling {len(todo)} entity module(s) with Cython into {directory} (a few minutes the first time)",
          file=sys.stderr)
    os.chdir(ROOT)   # Extension sources are relative paths
    build(todo, directory, args.quiet)
    return 0


if __name__ == "__main__":
    sys.exit(main())
