"""The main window's feature controllers, created in one place and owned by the window.

Reminders (panel, tray, timer), reports (the Reports menu, Ctrl+P, export and import),
the safety net (automatic backups, backup and restore, the instance server) and the
territories (province, local secretariats, fan-out) each live in a controller object of
their own. :func:`install` makes them for an attached window and
gives them to it as one typed :class:`Features`; the window reaches them as
``window.features.reports`` and so on, and they reach the window through its public
methods only.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tracker.services.core import Tracker
    from tracker.ui.main_window import MainWindow
    from tracker.ui.reminders import RemindersController
    from tracker.ui.report_actions import ReportsController
    from tracker.ui.review_actions import ReviewController
    from tracker.ui.safety import SafetyController
    from tracker.ui.territory_actions import TerritoryController


@dataclass(frozen=True)
class Features:
    reminders: RemindersController
    reports: ReportsController
    safety: SafetyController
    territories: TerritoryController | None = None  # None in tests that need none
    # the meeting cycle: agenda, review mode, changes, minutes (None in tests that leave it out)
    review: ReviewController | None = None

    def shutdown(self) -> None:
        """Stop the timers and let work in progress finish before the file is closed."""
        self.reminders.timer.stop()
        if self.territories is not None:
            self.territories.timer.stop()
        self.reminders.wait_idle()  # a check in progress finishes before the file closes
        self.safety.shutdown()


def install(
    window: MainWindow,
    tracker: Tracker,
    *,
    interactive: bool = True,
    clock: Callable[[], datetime] = datetime.now,
) -> Features:
    """Make the controllers of ``window`` (attached to ``tracker``) and hand them to it.

    ``interactive=False`` (a screenshot) lists reminders without announcing them and takes
    the first reminder check on the GUI thread.
    """
    from tracker.ui.reminders import install_reminders
    from tracker.ui.report_actions import install_report_actions
    from tracker.ui.review_actions import install_review_actions
    from tracker.ui.safety import install_safety
    from tracker.ui.territory_actions import install_territory_actions

    reports = install_report_actions(window, tracker, window.today)
    features = Features(
        reminders=install_reminders(
            window, tracker, clock, announce=interactive, background=interactive
        ),
        reports=reports,
        safety=install_safety(window, tracker),
        territories=install_territory_actions(window, tracker),
        review=install_review_actions(window, tracker, reports),
    )
    window.use_features(features)
    return features
