# Imports the entity stage's Cython-compiled modules where a current build exists
# (agents.compiled, scripts/compile.py); the plain modules otherwise.
from agents.compiled import install as _install_compiled

_install_compiled()
