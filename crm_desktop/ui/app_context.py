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

from PySide6.QtCore import QObject, Signal, Slot

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
    _finished = Signal(object, object, object)  # callback, result, error

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

    # -- background work ----------------------------------------------------------------
    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> Future:
        """Run ``fn(*args, **kwargs)`` on the database thread; call back on the GUI thread.

        ``on_done(result)`` or ``on_error(exception)`` is called in the GUI thread.
        Exceptions without an ``on_error`` are logged.
        """
        self._pending += 1
        if self._pending == 1:
            self.busyChanged.emit(True)

        def job() -> None:
            try:
                result = fn(*args, **kwargs)
            except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
                log.debug("task %s failed: %s", getattr(fn, "__name__", fn), exc)
                self._finished.emit(on_error or _log_error, None, exc)
            else:
                self._finished.emit(on_done, result, None)

        return self._executor.submit(job)

    @Slot(object, object, object)
    def _deliver(self, callback, result, error) -> None:
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

    def shutdown(self) -> None:
        self._executor.shutdown(wait=True)
        self.db.close()


def _log_error(exc: BaseException) -> None:
    log.error("background task failed: %s", "".join(traceback.format_exception(exc)))
