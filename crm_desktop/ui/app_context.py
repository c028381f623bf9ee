"""What every window and dialog shares: the open database, the acting user, the
database worker and the application-wide "data changed" signal.

All writes run on one background thread (as Anki's TaskManager with one worker),
so a busy shared file never freezes the window; results return to the GUI thread
through a queued signal. No ORM object or Session crosses threads: services take
and return plain data.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from crm_desktop.config import Settings
from crm_desktop.domain.enums import NodeKind
from crm_desktop.services.database import Actor, Database

log = logging.getLogger("crm_desktop.ui")


@dataclass(frozen=True)
class Change:
    """What a write changed, for the views that listen to ``AppContext.dataChanged``.

    ``kind``/``ids``: the records created or modified; ``parent``: the (kind, id)
    of the tree node whose children changed (None: top level), ``retired``: ids
    that disappeared (split/merged rooms).
    """

    kind: NodeKind
    ids: tuple[int, ...] = ()
    parent: tuple[NodeKind, int] | None = None
    retired: tuple[int, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


class AppContext(QObject):
    dataChanged = Signal(object)  # Change
    busyChanged = Signal(bool)
    # Another program (another clerk's PC) committed to the shared file: re-read.
    externalChange = Signal()
    _finished = Signal(object, object, object, bool)  # callback, result, error, counted

    WATCH_INTERVAL_MS = 3000

    def __init__(
        self,
        db: Database,
        actor: Actor,
        settings: Settings | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.settings = settings or Settings()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="crm-db")
        self._pending = 0
        self._finished.connect(self._deliver)
        self._watcher = None
        self._watch_timer: QTimer | None = None
        self._polling = False
        self._closed = False

    # -- background work ----------------------------------------------------------------
    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        quiet: bool = False,
        **kwargs: Any,
    ) -> Future:
        """Run ``fn(*args, **kwargs)`` on the database thread; call back on the GUI thread.

        ``on_done(result)`` or ``on_error(exception)`` is called in the GUI thread.
        Exceptions without an ``on_error`` are logged. A ``quiet`` task (background
        polling) does not show the busy indicator.
        """
        if self._closed:
            # A timer of a window being torn down at exit: nothing to read any more.
            log.debug("not running %s: the database is closed", getattr(fn, "__name__", fn))
            future: Future = Future()
            future.cancel()
            return future
        counted = not quiet
        if counted:
            self._pending += 1
            if self._pending == 1:
                self.busyChanged.emit(True)

        def job() -> None:
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                log.debug("task %s failed: %s", getattr(fn, "__name__", fn), exc)
                self._finished.emit(on_error or _log_error, None, exc, counted)
            else:
                self._finished.emit(on_done, result, None, counted)

        return self._executor.submit(job)

    @Slot(object, object, object, bool)
    def _deliver(self, callback, result, error, counted) -> None:
        if counted:
            self._pending -= 1
            if self._pending == 0:
                self.busyChanged.emit(False)
        if callback is None:
            return
        callback(error if error is not None else result)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def notify(self, change: Change) -> None:
        """Announce a write to every view (called on the GUI thread)."""
        self.dataChanged.emit(change)

    # -- other PCs' changes --------------------------------------------------------------
    def start_watching(self, interval_ms: int | None = None) -> bool:
        """Poll the shared file for other PCs' commits; emits ``externalChange``."""
        self._watcher = self.db.watcher()
        if self._watcher is None:
            return False
        self._watch_timer = QTimer(self)
        self._watch_timer.timeout.connect(self.poll_external_changes)
        self._watch_timer.start(interval_ms or self.WATCH_INTERVAL_MS)
        return True

    @Slot()
    def poll_external_changes(self) -> None:
        """Ask (on the database thread) whether the file changed; never two at a time."""
        if self._watcher is None or self._polling:
            return
        self._polling = True
        self.run(
            self._watcher.changed, on_done=self._polled, on_error=self._poll_failed, quiet=True
        )

    def _polled(self, changed: bool) -> None:
        self._polling = False
        if changed:
            self.externalChange.emit()

    def _poll_failed(self, exc: BaseException) -> None:
        # The share may be briefly unreachable; the next poll tries again.
        self._polling = False
        log.info("checking the database for changes failed: %s", exc)

    def shutdown(self) -> None:
        self._closed = True
        if self._watch_timer is not None:
            self._watch_timer.stop()
        self._executor.shutdown(wait=True)
        if self._watcher is not None:
            self._watcher.close()
        self.db.close()


def _log_error(exc: BaseException) -> None:
    log.error("background task failed: %s", "".join(traceback.format_exception(exc)))
