"""Generated from forms/*.ui by `python3 dev.py uic`: do not edit."""
