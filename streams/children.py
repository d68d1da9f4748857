"""Child processes (the embedded broker, `newsstream run`'s worker) end with their parent:
an orphaned in-memory broker holds memory and a port for nothing, and an orphaned worker
retries a broker that is gone."""

from __future__ import annotations

import os
import signal
import sys
import threading
from collections.abc import Callable


def die_with_parent() -> Callable[[], None] | None:
    """A ``preexec_fn`` that has Linux send the child SIGTERM when this process dies, however
    it dies (SIGKILL, the OOM killer, a SIGTERM no finalizer sees). None elsewhere, and off
    the main thread: the signal follows the *thread* that forked, which may end first."""
    if not sys.platform.startswith("linux") or threading.current_thread() is not threading.main_thread():
        return None
    import ctypes  # noqa: PLC0415

    prctl = ctypes.CDLL(None, use_errno=True).prctl
    parent, sigterm = os.getpid(), int(signal.SIGTERM)

    def arm() -> None:  # runs in the child between fork and exec: no allocation to speak of
        prctl(1, sigterm)  # PR_SET_PDEATHSIG
        if os.getppid() != parent:  # the parent died before the line above
            os._exit(1)
    return arm
