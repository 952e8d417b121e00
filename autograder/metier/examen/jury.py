"""The jury kit of the oral part, printable: HTML (print CSS, one brief or grid per page) and PDF.

``kit(ident)`` accepts an exam context (data/examen/contextes) or a subject (both its contexts);
``kit_appel`` lays out the briefs of a phone case (data/telephone, built by
autograder.metier.telephone.jury) with the phone grid. The kit is a list of sections in the exam
dossier's block format (``dossier.sections``), so the PDF is laid out by the dossier's own helper
(``dossier.sections_pdf``) and the HTML by its ``bloc_html``:

* the oral's timetable, read from data/referentiel (RE §3.1);
* the role briefs (``jury_roles``): switchboard, decision-maker, buyer;
* one observation grid per oral part (``jury_donnees.grilles``), official wording quoted with its
  source; its points are those of the assignment examen_oral's manual grade cell;
* the question guides of the two jury exchanges, with what a good answer contains.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from autograder.metier.examen import contextes
from autograder.metier.examen import jury_donnees as donnees
from autograder.metier.examen.dossier import bloc_html, sections_pdf
from autograder.metier.examen.jury_roles import Role, ecarts_concurrents, membre, roles_contexte
from autograder.moteur import referentiel
from autograder.moteur.nombres import duree, euros, nombre

DEVOIR = "examen_oral"  # the nbgrader assignment whose manual cells follow the grids


@dataclass(frozen=True)
class Kit:
    ident: str
    titre: str
    sections: list  # [(key, title, blocks)], as dossier.sections

    def html(self) -> str:
        return kit_html(self)

    def pdf(self, chemin) -> Path:
        return sections_pdf(chemin, self.titre, self.sections, "Kit du jury")


def identifiants() -> dict[str, str]:
    """What ``kit`` accepts: id -> kind (contexte, sujet)."""
    out = {c: "contexte" for c in contextes.contextes()}
    out.update({s["id"]: "sujet" for s in contextes.sujets()})
    return out


def variables(contexte: dict) -> dict[str, str]:
    """The values of a question's variables for one context (jury_donnees.VARIABLES)."""
    ecarts = ecarts_concurrents(contexte)
    concurrent = ecarts[0]["concurrent"] if ecarts else contexte["concurrents"][0]["nom"]
    return {
        "entreprise": contexte["entreprise"]["nom"],
        "prospect": contexte["prospect"]["entreprise"],
        "decideur": membre(contexte, "décideur")["nom"],
        "acheteur": membre(contexte, "acheteur")["nom"],
        "prescripteur": membre(contexte, "prescripteur")["nom"],
        "concurrent": concurrent,
        "budget": euros(contexte["prospect"]["budget_ht"], 0) + " HT",
    }


# -- sections --------------------------------------------------------------------------------------
def _deroulement() -> tuple:
    oral = donnees.partie_orale()
    lignes = [(t, duree(m), d) for t, m, d in donnees.deroulement()]
    s = referentiel.charger().source
    return ("deroulement", "Le déroulement de l'oral", [
        ("dl", [("Épreuve", "Mise en situation professionnelle, " + oral.titre),
                ("Durée", duree(oral.duree_minutes)),
                ("Source", f"RE §3.1, titre {s['sigle']} ({s['code']} version {s['millesime']})")]),
        ("p", oral.description),
        ("table", ("Partie", "Durée", "Ce que dit le RE"), lignes, "gdg", None),
        ("p", f"Les points de chaque grille se reportent dans le devoir nbgrader « {DEVOIR} » : "
              "une cellule notée à la main par partie, mêmes points, mêmes critères ; ils "
              "arrivent ainsi dans le carnet de notes et dans ntc report."),
    ])  # fmt: skip


def section_role(r: Role, prefixe: str) -> tuple:
    blocs = [
        ("dl", [("Vous jouez", r.personnage),
                ("Partie", f"{r.partie} ({duree(r.duree_minutes)})")]),
        ("p", r.situation),
        ("p", "Ce que vous savez :"), ("ul", list(r.sait)),
        ("p", "Ce que vous dites, et quand céder :"),
        ("table", ("Vous dites", "Quand céder"), list(r.objections), "gg", None),
        ("p", "Vos limites :"), ("ul", list(r.limites)),
        ("p", "Quand céder :"), ("ul", list(r.ceder)),
    ]  # fmt: skip
    if r.chiffres:
        blocs.append(("table", ("Pour le jury", "Valeur"), list(r.chiffres), "gd", None))
    return (f"{prefixe}-{r.cle}", f"Fiche de rôle — {r.titre}", blocs)


def section_grille(g: donnees.Grille) -> tuple:
    ref = referentiel.tous_les_criteres()
    lignes = [(ligne.observable, ", ".join(ligne.criteres), nombre(ligne.points, 1), "")
              for ligne in g.lignes]  # fmt: skip
    total = ("Total", "", nombre(g.points, 1), "")
    return (f"grille-{g.id}", f"Grille d'observation — {g.titre}", [
        ("dl", [("Partie du RE", g.partie), ("Durée", duree(g.duree_minutes)),
                ("Report", f"devoir {DEVOIR}, cellule « oral-{g.id} »")]),
        ("p", g.consigne),
        ("table", ("Ce que le jury observe", "Critères", "Points", "Note"), lignes, "ggdd", total),
        ("p", "Libellés officiels des critères, cités mot pour mot :"),
        ("ul", [f"{c} : « {ref[c].libelle} » ({donnees.source_critere(c)})" for c in g.criteres]),
    ])  # fmt: skip


def section_questions(echange: str, contexte: dict | None, prefixe: str) -> tuple:
    partie = donnees.grille(echange).partie
    valeurs = variables(contexte) if contexte else None
    blocs: list = [("p", f"{partie} ({duree(donnees.duree(partie))}). Posez trois à cinq "
                         "questions ; notez ce que contient chaque réponse.")]  # fmt: skip
    for i, q in enumerate(donnees.questions()[echange], start=1):
        texte = q.question.format(**valeurs) if valeurs else q.question
        blocs += [
            ("p", f"{i}. {texte} ({', '.join(q.criteres)})"),
            ("ul", [f"Une bonne réponse contient : {x}" for x in q.bonne_reponse_contient]),
        ]
    titre = "Guide de questionnement" if echange != "echange_travaux" else "Guide d'entretien"
    return (f"{prefixe}-questions-{echange}", f"{titre} — {partie}", blocs)


def inconnu(ident: str, autres: dict[str, list[str]]) -> donnees.ErreurJury:
    """The French error for an id the kit does not know, listing every known id by kind."""
    connus = identifiants()
    listes = {"Contextes": [k for k, v in connus.items() if v == "contexte"],
              "Sujets": [k for k, v in connus.items() if v == "sujet"], **autres}  # fmt: skip
    return donnees.ErreurJury(
        [f"« {ident} » est inconnu. "
         + " ".join(f"{nom} : {', '.join(ids)}." for nom, ids in listes.items())]
    )  # fmt: skip


def kit(ident: str) -> Kit:
    """The jury kit of a context or a subject; an unknown id lists the known ones."""
    nature = identifiants().get(ident)
    if nature is None:
        raise inconnu(ident, {})
    sections = [_deroulement()]
    if nature == "sujet":
        sujet = next(s for s in contextes.sujets() if s["id"] == ident)
        lus, titre = [contextes.contexte(c) for c in sujet["contextes"]], sujet["titre"]
    else:
        lus = [contextes.contexte(ident)]
        titre = f"{lus[0]['entreprise']['nom']} et {lus[0]['prospect']['entreprise']}"
    for c in lus:
        sections += [section_role(r, c["id"]) for r in roles_contexte(c)]
    sections += [section_grille(g) for g in donnees.grilles()]
    for c in lus:
        sections += [section_questions(e, c, c["id"]) for e in donnees.questions()]
    return Kit(ident, f"Kit du jury — {titre}", sections)


def kit_appel(ident: str, entreprise: str, briefs: list[dict]) -> Kit:
    """The kit of a phone case: its briefs (dicts of Role's fields) and the phone grid."""
    sections = [_deroulement()]
    sections += [section_role(Role(**b), ident) for b in briefs]
    sections.append(section_grille(donnees.grille("telephone")))
    return Kit(ident, f"Kit du jury — appel à {entreprise}", sections)


# -- HTML ------------------------------------------------------------------------------------------
_STYLE = """
@page { size: A4; margin: 14mm 12mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.35; color: #111;
       max-width: 60em; margin: auto; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; border-bottom: 1px solid #555; margin-top: 1.2em; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; }
dt { font-weight: bold; } dd { margin: 0; }
table { border-collapse: collapse; margin: .5em 0; width: 100%; font-size: 9.5pt; }
th, td { border: 1px solid #999; padding: .2em .4em; text-align: left; vertical-align: top; }
th.d, td.d { text-align: right; } tfoot td { font-weight: bold; }
thead { display: table-header-group; } tr { break-inside: avoid; page-break-inside: avoid; }
section { break-before: page; page-break-before: always; }
section:first-of-type { break-before: avoid; page-break-before: avoid; }
@media print { body { max-width: none; } .defile { overflow: visible; } }
"""


def kit_html(k: Kit) -> str:
    """The kit as one self-contained HTML page; every section starts a new printed page."""
    corps = [f"<h1>{html.escape(k.titre)}</h1>"]
    for cle, titre, blocs in k.sections:
        corps.append(
            f"<section id='{html.escape(cle, quote=True)}'><h2>{html.escape(titre)}"
            "</h2>" + "\n".join(bloc_html(b, titre) for b in blocs) + "</section>"
        )
    return (
        "<!DOCTYPE html>\n<html lang='fr'><head><meta charset='utf-8'>"
        f"<title>{html.escape(k.titre)}</title><style>{_STYLE}</style></head><body>\n"
        + "\n".join(corps)
        + "\n</body></html>\n"
    )


def ecrire(k: Kit, dossier, pdf: bool = False) -> list[Path]:
    """Write jury_<ident>.html (and .pdf) in `dossier`; returns the paths written."""
    dossier = Path(dossier)
    dossier.mkdir(parents=True, exist_ok=True)
    chemins = [dossier / f"jury_{k.ident}.html"]
    chemins[0].write_text(k.html(), encoding="utf-8")
    if pdf:
        chemins.append(k.pdf(dossier / f"jury_{k.ident}.pdf"))
    return chemins
