"""One learner's rehearsal of the dashboard report (RE §3.1, oral part): the preparation clock,
the recordings, the self-evaluation grid. All kept beside the notebook, where nbgrader collects
the assignment folder:

- `.reponses/repetition_orale.json`: the clock's start, every recording's measure, the grid;
- `enregistrements/compte_rendu_oral-<n>.<ext>`: each recording, numbered; a new one never
  replaces an earlier one (a 3-second slip keeps the 14-minute take);
- `autoevaluation_oral.html` and `.pdf`: the printable sheet.

The recording kept for the trainer is the latest one within the time window, else the latest.
The widgets are in autograder.widgets.oral.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from autograder.metier.oral import fiche as feuille
from autograder.metier.oral.compte_rendu import min_s
from autograder.metier.oral.enregistrement import GARDE, INVITATION, VERDICTS, juger, mesurer
from autograder.metier.oral.sequence import fenetre, partie
from autograder.moteur.chrono import Chrono
from autograder.moteur.formats import ReponseInvalide
from autograder.moteur.reponses import Reponses
from autograder.moteur.seance import identifiant_par_defaut

STORE = "repetition_orale"
DOSSIER = "enregistrements"
NOM = "compte_rendu_oral"  # enregistrements/compte_rendu_oral-<n>.<ext>
FICHE = "autoevaluation_oral"
EXTENSIONS = (".webm", ".ogg", ".opus", ".wav", ".m4a", ".mp4", ".aac")
NIVEAUX = (
    ("", "À évaluer"),
    ("acquis", "Acquis"),
    ("en_cours", "En cours"),
    ("non_acquis", "Non acquis"),
)


class CarnetOral:
    """The rehearsal of the dashboard report for an exam size (« titre » or « ccp_prospection »:
    « ccp_negociation » has no dashboard report)."""

    def __init__(self, dossier=None, identifiant: str | None = None, taille: str = "titre"):
        self.dossier = Path(dossier) if dossier is not None else Path.cwd()
        self.taille = taille
        self.partie = partie("compte_rendu", taille)  # French ValueError without one
        self.preparation = partie("preparation", taille)
        self.reponses = Reponses(STORE, self.dossier)
        if identifiant:
            self.reponses.fixer_identifiant(identifiant)
        elif not self.reponses.identifiant:
            self.reponses.fixer_identifiant(identifiant_par_defaut())
        self.chrono = Chrono(
            self.reponses, f"preparation_{taille}", self.preparation.duree_minutes * 60,
            "Préparation de l'oral", "Passez au compte rendu, diaporama ouvert.",
        )  # fmt: skip

    @property
    def identifiant(self) -> str:
        return self.reponses.identifiant

    @property
    def fenetre(self) -> tuple[float, float]:
        return fenetre(self.partie)

    @property
    def allouee(self) -> int:
        return self.partie.duree_minutes * 60

    # -- recordings ----------------------------------------------------------------------------
    def essais(self) -> list[dict]:
        v = self.reponses.valeur("essais", [])
        return [e for e in v if isinstance(e, dict) and isinstance(e.get("fichier"), str)]

    def recevoir(self, contenu: bytes, duree_navigateur=None, type_mime=None) -> tuple[bool, str]:
        """A complete recording (or a dropped file): measured, saved as a new numbered file, its
        measure stored. (saved?, French message); a refused one changes nothing."""
        try:
            duree, extension, source = mesurer(bytes(contenu), duree_navigateur)
        except ReponseInvalide as exc:
            return False, str(exc)
        essais = self.essais()
        n = len(essais) + 1
        while list((self.dossier / DOSSIER).glob(f"{NOM}-{n}.*")):
            n += 1  # a file of an earlier store (or put there by hand) is never overwritten
        relatif = f"{DOSSIER}/{NOM}-{n}.{extension}"
        try:
            self.reponses.ecrire_fichier(relatif, bytes(contenu))
        except OSError as exc:
            return False, (
                f"Enregistrement non sauvegardé ({exc.strerror or exc}) : rien n'a changé. {GARDE}"
            )
        return True, self._ajouter(relatif, len(contenu), duree, source, duree_navigateur)

    def _ajouter(self, relatif, octets, duree, source, navigateur) -> str:
        verdict, message = juger(duree, self.fenetre, self.allouee)
        essai = {
            "fichier": relatif,
            "duree": round(duree, 2),
            "octets": octets,
            "mesure": source,
            "duree_navigateur": navigateur,
            "verdict": verdict,
            "horodatage": datetime.now().isoformat(timespec="seconds"),
        }
        try:
            self.reponses.enregistrer("essais", [*self.essais(), essai])
        except OSError as exc:
            return (
                f"{message} Le fichier {relatif} est écrit, mais la liste des enregistrements n'a "
                f"pas pu être mise à jour ({exc.strerror or exc}) : cliquez sur « Chercher mes "
                "fichiers » pour la reprendre."
            )
        return f"{message} Fichier gardé pour votre formateur : {relatif}."

    def chercher_fichiers(self) -> list[str]:
        """Recordings put in enregistrements/ by hand (a phone's file too heavy to drop): each one
        not yet listed is measured and listed. One French line per file found."""
        connus = {e["fichier"] for e in self.essais()}
        dossier = self.dossier / DOSSIER
        trouves = sorted(
            f for f in (dossier.iterdir() if dossier.is_dir() else ())
            if f.is_file() and f.suffix.lower() in EXTENSIONS and not f.name.startswith(".")
        )  # fmt: skip
        lignes = []
        for f in trouves:
            relatif = f"{DOSSIER}/{f.name}"
            if relatif in connus:
                continue
            try:
                contenu = f.read_bytes()
                duree, _, source = mesurer(contenu)
            except (ReponseInvalide, OSError) as exc:
                lignes.append(f"{f.name} : {exc}")
                continue
            lignes.append(f"{f.name} : {self._ajouter(relatif, len(contenu), duree, source, None)}")
        if not self.essais():
            lignes.append(
                f"Aucun enregistrement pour l'instant, ni dans le carnet ni dans le dossier "
                f"{DOSSIER}/. {INVITATION}"
            )
        elif not lignes:
            lignes.append(f"Aucun nouveau fichier dans {DOSSIER}/.")
        return lignes

    def retenu(self) -> dict | None:
        """The recording for the trainer: the latest within the window, else the latest."""
        essais = self.essais()
        dans = [e for e in essais if e.get("verdict") == "dans_le_temps"]
        return (dans or essais or [None])[-1]

    def etat(self) -> str:
        """One French line: which recording the trainer gets, or that there is none yet."""
        r = self.retenu()
        if r is None:
            return f"Aucun enregistrement pour l'instant. {INVITATION}"
        n = len(self.essais())
        return (
            f"Enregistrement gardé pour votre formateur : {r['fichier']} "
            f"({min_s(r['duree'])}, {VERDICTS.get(r.get('verdict'), '?')}) ; "
            f"{n} enregistrement{'s' if n > 1 else ''} en tout, tous conservés."
        )

    # -- self-evaluation -----------------------------------------------------------------------
    def criteres(self):
        return self.partie.criteres

    def grille(self) -> dict:
        v = self.reponses.valeur("grille")
        valeurs = {k for k, _ in NIVEAUX if k}
        ids = {c.id for c in self.criteres()}
        if not isinstance(v, dict):
            return {}
        return {k: n for k, n in v.items() if k in ids and n in valeurs}  # a hand edit: ignored

    def noter(self, critere: str, niveau: str) -> None:
        """Save one line of the grid (« » clears it); a French ValueError for unknown values."""
        if critere not in {c.id for c in self.criteres()}:
            raise ValueError(f"Critère « {critere} » absent de la grille de cette partie.")
        if niveau not in {k for k, _ in NIVEAUX}:
            raise ValueError(f"Niveau inconnu : « {niveau} » (acquis, en_cours, non_acquis).")
        grille = {**self.grille(), critere: niveau}
        self.reponses.enregistrer("grille", {k: n for k, n in grille.items() if n})

    def remarques(self) -> str:
        v = self.reponses.valeur("remarques", "")
        return v if isinstance(v, str) else ""

    def noter_remarques(self, texte: str) -> None:
        self.reponses.enregistrer("remarques", str(texte or "")[:2000])

    def synthese(self) -> tuple[int, int, int, int]:
        """(acquis, en cours, non acquis, not yet scored) over the grid's criteria."""
        g = self.grille()
        n = len(self.criteres())
        a, e, x = (sum(v == k for v in g.values()) for k in ("acquis", "en_cours", "non_acquis"))
        return a, e, x, n - a - e - x

    # -- the printable sheet -------------------------------------------------------------------
    def donnees_fiche(self) -> dict:
        niveaux = dict(NIVEAUX)
        g = self.grille()
        r = self.retenu()
        bas, haut = self.fenetre
        return {
            "titre": self.partie.titre,
            "identifiant": self.identifiant,
            "date": date.today().strftime("%d/%m/%Y"),
            "temps": f"Temps alloué : {min_s(self.allouee)} (répétition : de "
            f"{min_s(bas)} à {min_s(haut)})",
            "enregistrement": (
                f"{r['fichier']} · {min_s(r['duree'])} · {VERDICTS.get(r.get('verdict'))}"
                if r
                else "aucun enregistrement"
            ),
            "lignes": [
                (c.id, c.libelle, niveaux[g[c.id]] if c.id in g else "à évaluer")
                for c in self.criteres()
            ],
            "synthese": "Acquis : {} · En cours : {} · Non acquis : {} · À évaluer : {}".format(
                *self.synthese()
            ),
            "remarques": self.remarques(),
        }

    def fiche(self, dossier=None) -> tuple[Path, Path]:
        """Write the self-evaluation sheet beside the notebook: (html, pdf)."""
        d = self.donnees_fiche()
        base = Path(dossier) if dossier is not None else self.dossier
        page = base / f"{FICHE}.html"
        page.write_text(feuille.fiche_html(d), encoding="utf-8")
        return page, feuille.fiche_pdf(d, base / f"{FICHE}.pdf")
