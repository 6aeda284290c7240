"""``python -m tracker``: the command line (``tracker.cli.main``)."""

try:
    from tracker.cli import main
except KeyboardInterrupt:  # Ctrl+C while Python was still loading: nothing was started
    raise SystemExit(130) from None

raise SystemExit(main())
