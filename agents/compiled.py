"""Cython-compiled copies of the entity stage's hot modules, used only while current.

``scripts/compile.py`` compiles the modules in ``COMPILED_MODULES`` (unchanged Python,
no annotations read as C types) into ``build/compiled/`` with a manifest of each
source's SHA-256.  The finder installed here loads a compiled copy only when the
``.py`` beside it still has that digest and the extension was built for this
interpreter; anything else (an edited source, another Python, no build at all)
imports the plain ``.py``.  So an edit is never shadowed by a stale build, and a
checkout without a compiler behaves exactly as before, 11-15 % slower in the
entity stage (``python -m benchmarks.bench_entities_speed``).

``NEWSSTREAM_PURE_PYTHON=1`` turns the finder off (profiling, line-level
debugging); ``NEWSSTREAM_COMPILED_DIR`` points at a build elsewhere (a container
whose packages are installed into site-packages).
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from pathlib import Path

import orjson

COMPILED_MODULES = (
    "agents.entities.amounts",
    "agents.entities.arabic",
    "agents.entities.bulgarian",
    "agents.entities.candidates",
    "agents.entities.catalan",
    "agents.entities.chinese",
    "agents.entities.croatian",
    "agents.entities.czech",
    "agents.entities.danish",
    "agents.entities.declension",
    "agents.entities.dutch",
    "agents.entities.english",
    "agents.entities.extract",
    "agents.entities.finnish",
    "agents.entities.greek",
    "agents.entities.hebrew",
    "agents.entities.hindi",
    "agents.entities.hungarian",
    "agents.entities.indonesian",
    "agents.entities.kb",
    "agents.entities.names",
    "agents.entities.norwegian",
    "agents.entities.persian",
    "agents.entities.polish",
    "agents.entities.portuguese",
    "agents.entities.romance",
    "agents.entities.romanian",
    "agents.entities.russian",
    "agents.entities.slavic_forms",
    "agents.entities.slovak",
    "agents.entities.swedish",
    "agents.entities.thai",
    "agents.entities.turkish",
    "agents.entities.ukrainian",
    "agents.entities.vietnamese",
)

PACKAGE_ROOT = Path(__file__).resolve().parent.parent     # the directory holding agents/
MANIFEST = "manifest.json"
EXTENSION_SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]   # e.g. .cpython-311-x86_64-linux-gnu.so


def compiled_dir() -> Path:
    return Path(os.environ.get("NEWSSTREAM_COMPILED_DIR") or PACKAGE_ROOT / "build" / "compiled")


def source_path(module: str) -> Path:
    return PACKAGE_ROOT.joinpath(*module.split(".")).with_suffix(".py")


def extension_path(directory: Path, module: str) -> Path:
    return directory.joinpath(*module.split(".")).with_name(module.rsplit(".", 1)[1] + EXTENSION_SUFFIX)


def source_digest(module: str) -> str:
    return hashlib.sha256(source_path(module).read_bytes()).hexdigest()


def _manifest(directory: Path) -> dict:
    try:
        got = orjson.loads((directory / MANIFEST).read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return {}
    return got if isinstance(got, dict) else {}


def read_manifest(directory: Path) -> dict[str, str]:
    """{module: digest of the source it was compiled from}; empty without a build."""
    got = _manifest(directory).get("modules", {})
    return got if isinstance(got, dict) else {}


def profile_guided_modules(directory: Path | None = None) -> list[str]:
    """The modules of the build that were compiled profile-guided (``compile.py --pgo``)."""
    got = _manifest(directory or compiled_dir()).get("profile_guided", [])
    return got if isinstance(got, list) else []


def current_modules(directory: Path | None = None) -> list[str]:
    """The modules whose compiled copy would be imported now."""
    directory = directory or compiled_dir()
    built = read_manifest(directory)
    return [m for m in COMPILED_MODULES
            if built.get(m) and extension_path(directory, m).is_file() and built[m] == source_digest(m)]


class CompiledLoader(importlib.machinery.ExtensionFileLoader):
    """Runs the compiled module with ``__file__`` naming its source, as the plain
    module would have it, so paths to the package's data files stay the same."""

    def exec_module(self, module):
        module.__file__ = str(source_path(module.__name__))
        super().exec_module(module)


class CompiledFinder(importlib.abc.MetaPathFinder):
    """Serves the current compiled copies; every other import falls through."""

    def __init__(self, directory: Path):
        self.directory = directory
        self.current = frozenset(current_modules(directory))

    def find_spec(self, fullname, path=None, target=None):
        if fullname not in self.current:
            return None
        extension = str(extension_path(self.directory, fullname))
        return importlib.util.spec_from_file_location(fullname, extension, loader=CompiledLoader(fullname, extension))


def install() -> None:
    """Put the finder first on ``sys.meta_path`` (once), unless turned off or nothing is built."""
    if os.environ.get("NEWSSTREAM_PURE_PYTHON", "") not in ("", "0"):
        return
    if any(isinstance(f, CompiledFinder) for f in sys.meta_path):
        return
    finder = CompiledFinder(compiled_dir())
    if finder.current:
        sys.meta_path.insert(0, finder)


def mode() -> str:
    """How the entity modules run in this process, for benchmarks and logs."""
    loaded = [m for m in COMPILED_MODULES
              if m in sys.modules and isinstance(getattr(sys.modules[m], "__loader__", None), CompiledLoader)]
    if not loaded:
        return "pure Python"
    if len(loaded) < len(COMPILED_MODULES):
        return f"{len(loaded)} of {len(COMPILED_MODULES)} modules compiled"
    guided = len(set(loaded) & set(profile_guided_modules()))
    return "compiled (Cython, profile-guided)" if guided == len(loaded) else \
        "compiled (Cython)" if not guided else f"compiled (Cython, {guided} profile-guided)"
