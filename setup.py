"""setuptools cannot discover a mapped folder, so the mappings live here: ``resources/`` (fonts,
rule presets, standards, translations) installs inside the package as ``desktop.bundled`` and
``forms/`` (Designer files, sheet layouts) as ``desktop.bundled_forms``. Everything else is in
pyproject.toml."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["desktop", "desktop.*"]), "desktop.bundled", "desktop.bundled_forms"],
    package_dir={"desktop.bundled": "resources", "desktop.bundled_forms": "forms"},
)
