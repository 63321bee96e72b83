"""setuptools cannot discover a mapped folder, so the one mapping lives here: ``resources/``
(fonts, rule presets, translations) installs inside the package as ``desktop.bundled``.
Everything else is in pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["desktop", "desktop.*"]), "desktop.bundled"],
    package_dir={"desktop.bundled": "resources"},
)
