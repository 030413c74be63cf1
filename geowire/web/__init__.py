"""The dashboard: static files served by :mod:`geowire.api` (no CDN, no build step at run time).

The front-end libraries in ``static/vendor`` are copied from npm packages by
``web/build.sh`` at the repository root and committed, so users need no npm.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["static_dir"]


def static_dir() -> Path:
    """The folder holding ``index.html``, ``app.js``, ``app.css`` and ``vendor/``."""
    return Path(str(resources.files("geowire.web") / "static"))
