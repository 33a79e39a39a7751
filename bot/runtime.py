"""Loads and validates everything once: the library the engine reads and the catalogue that renders it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from flows.library import Library
from flows.loader import DATA_DIR, default_locales_dir, load_library
from flows.messages import Catalog


@dataclass(frozen=True)
class Runtime:
    library: Library
    catalog: Catalog


def load(data_dir: Path = DATA_DIR, locales_dir: Path | None = None) -> Runtime:
    catalog = Catalog(locales_dir or default_locales_dir())
    return Runtime(library=load_library(data_dir, catalog=catalog), catalog=catalog)
