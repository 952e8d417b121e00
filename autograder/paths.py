"""Where the course content lives: the engine reads data/ from the repository it is installed from."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = Path(os.environ.get("NTC_DATA", ROOT / "data"))


def data_path(*parts: str) -> Path:
    """Path of a file under data/ (NTC_DATA overrides it, e.g. for a centre's own cases)."""
    return DATA_DIR.joinpath(*parts)
