"""PyInstaller hook: every caseintake module, including those imported by name at run time.

`caseintake gui` imports caseintake.app through importlib (so a missing Qt is one clear sentence
instead of a traceback); static analysis cannot see that import.
"""

from PyInstaller.utils.hooks import collect_submodules

hiddenimports = collect_submodules("caseintake")
