"""Where the course content lives: the engine reads data/ from the repository it is installed from."""

import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]  # the repository: autograder/moteur/paths.py
DATA_DIR = Path(os.environ.get("NTC_DATA", ROOT / "data"))


def data_path(*parts: str) -> Path:
    """Path of a file under data/ (NTC_DATA overrides it, e.g. for a centre's own cases)."""
    return DATA_DIR.joinpath(*parts)


def charger_fiche(dossier: str, ident: str, erreur: type[Exception], valider, quoi: str) -> dict:
    """data/<dossier>/<ident>.json read and checked by `valider(data, nom)`; every problem raises
    `erreur` with a French message naming the file (a missing one lists what is available)."""
    chemin, nom = data_path(dossier, f"{ident}.json"), f"{dossier}/{ident}.json"
    if not chemin.is_file():
        dispo = ", ".join(sorted(f.stem for f in data_path(dossier).glob("*.json")))
        raise erreur(f"{nom} : fichier introuvable ; {quoi} : {dispo}.")
    try:
        data = json.loads(chemin.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise erreur(f"{nom} : JSON illisible (ligne {exc.lineno}) : {exc.msg}.") from exc
    valider(data, nom)
    if data["id"] != ident:
        raise erreur(f"{nom} : id vaut « {data['id']} » ; attendu « {ident} » (nom du fichier).")
    return data
