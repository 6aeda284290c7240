"""Resolution Tracker (متابعة المقررات): follow up the resolutions of a secretariat's meetings."""

__version__ = "0.1.0"
