"""Everything Qt: widgets, item models over service queries, dialogs, printing, tray."""
