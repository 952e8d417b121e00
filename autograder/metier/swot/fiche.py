"""The one-page handout of the entretien technique rehearsal, in HTML and in PDF.

The handout is what a candidate would bring to rehearse or print: the company, the 15-minute plan
(constat, analyse, suggestions, chiffres clés) with its speaking time, the opinions to check. It
always fits on one A4 page: each part is cut (with « … ») beyond its share of lines. The PDF is
written directly (a one-page PDF with the standard Helvetica fonts is a few hundred bytes of
structure): no new dependency, and none of matplotlib's import time in the rehearsal notebook.
"""

from __future__ import annotations

import html
import textwrap
from pathlib import Path

from autograder.metier.swot import cas as swot
from autograder.metier.swot.matrice import LIBELLES
from autograder.moteur.nombres import nombre
from autograder.moteur.texte import DEBIT_EXPOSE, compter_mots

PARTIES = (
    (
        "constat",
        "Constat",
        "Ce que j'ai repéré dans la matrice (forces, faiblesses, opportunités, menaces)",
    ),
    (
        "analyse",
        "Analyse",
        "Ce que cela signifie : liens entre interne et externe, pièges, opinions",
    ),
    ("suggestions", "Suggestions", "Mes propositions TOWS, avec indicateur, cible et échéance"),
    ("chiffres", "Chiffres clés", "Les chiffres que je cite, et ce qu'ils montrent"),
)
"""Parts of the presentation plan: (key, title, what goes in it)."""

MOTS_PAR_MINUTE = DEBIT_EXPOSE
"""Speaking rate used to turn a written plan into speaking time (130 words a minute, slower than a
pitch's 150: see autograder.moteur.texte)."""

LARGEUR = 96  # characters per line on the A4 page (9 pt)
LIGNES_PAR_PARTIE = 10  # 4 parts × 10 lines + header and footer fit one page


def lignes(texte: str, largeur: int = LARGEUR, maximum: int = LIGNES_PAR_PARTIE) -> list[str]:
    """Text → wrapped lines (its own line breaks kept), cut to `maximum` lines with « … »."""
    sortie: list[str] = []
    for paragraphe in (texte or "").strip().splitlines():
        sortie += textwrap.wrap(paragraphe, largeur) or [""]
    if len(sortie) > maximum:
        sortie = sortie[:maximum]
        sortie[-1] = sortie[-1][: largeur - 2].rstrip() + " …"
    return sortie


def paragraphes(texte: str, largeur: int = LARGEUR, maximum: int = LIGNES_PAR_PARTIE) -> list[str]:
    """Text → its paragraphs, cut like `lignes` (same budget) but not hard-wrapped: the browser
    wraps them itself."""
    sortie, reste = [], maximum
    tous = (texte or "").strip().splitlines()
    for i, paragraphe in enumerate(tous):
        n = len(textwrap.wrap(paragraphe, largeur)) or 1
        if n > reste:
            coupe = " ".join(textwrap.wrap(paragraphe, largeur)[:reste])
            sortie.append(coupe[: largeur * reste - 2].rstrip() + " …")
            break
        sortie.append(paragraphe)
        reste -= n
        if not reste:
            if i + 1 < len(tous):
                sortie[-1] += " …"
            break
    return sortie


def fiche_html(d: dict) -> str:
    """The handout as a standalone HTML page. `d`: titre, identifiant, date, plan {key: text},
    temps (text: speaking time vs the time allowed), opinions (texts), exemple (bool)."""
    blocs = []
    for cle, titre, aide in PARTIES:
        texte = paragraphes(d["plan"].get(cle, ""))
        corps = "<br>".join(html.escape(x) for x in texte) or "<i>(à compléter)</i>"
        blocs.append(
            f"<section><h2>{html.escape(titre)}</h2><p class='aide'>{html.escape(aide)}</p>"
            f"<p>{corps}</p></section>"
        )
    opinions = "".join(f"<li>{html.escape(o)}</li>" for o in d.get("opinions", ()))
    exemple = (
        "<p class='exemple'>Plan de démonstration : remplacez-le par le vôtre.</p>"
        if d.get("exemple")
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Fiche d'entretien technique — {html.escape(d["titre"])}</title>
<style>
@page {{ size: A4; margin: 12mm; }}
body {{ font-family: Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.25;
       max-width: 190mm; margin: auto; color: #111; }}
h1 {{ font-size: 13pt; margin: 0 0 2mm; }} h2 {{ font-size: 11pt; margin: 3mm 0 0; }}
.aide {{ color: #555; font-size: 8.5pt; margin: 0; }} section p {{ margin: 1mm 0; }}
.entete, .exemple {{ font-size: 9pt; color: #333; }} ul {{ margin: 1mm 0; }}
</style></head><body>
<h1>Entretien technique — {html.escape(d["titre"])}</h1>
<p class="entete">Candidat : {html.escape(d["identifiant"])} · {html.escape(d["date"])} ·
{html.escape(d["temps"])}</p>{exemple}
{"".join(blocs)}
<section><h2>Opinions à signaler au jury</h2><ul>{opinions}</ul></section>
</body></html>
"""


def fiche_pdf(d: dict, chemin: str | Path) -> Path:
    """The same handout as a one-page A4 PDF at `chemin` (matplotlib, imported only here)."""
    from matplotlib.figure import Figure

    hauteur_pt, marge = 841.89, 42.0
    fig = Figure(figsize=(8.27, 11.69))  # A4 portrait, in inches
    y = hauteur_pt - marge

    def ecrire(texte: str, taille: float = 9.0, gras: bool = False, gris: float = 0.07) -> None:
        nonlocal y
        y -= taille * 1.28
        fig.text(
            marge / 595.28,
            y / hauteur_pt,
            texte,
            fontsize=taille,
            weight="bold" if gras else "normal",
            color=str(gris),
        )

    for ligne in lignes(f"Entretien technique — {d['titre']}", 70, 2):
        ecrire(ligne, 13, gras=True)
    ecrire(f"Candidat : {d['identifiant']} · {d['date']} · {d['temps']}"[:120], 8.5, gris=0.2)
    if d.get("exemple"):
        ecrire("Plan de démonstration : remplacez-le par le vôtre.", 8.5, gris=0.2)
    for cle, titre, aide in PARTIES:
        y -= 6
        ecrire(titre, 11, gras=True)
        ecrire(aide, 8, gris=0.33)
        for ligne in lignes(d["plan"].get(cle, "")) or ["(partie vide)"]:
            ecrire(ligne, 9)
    y -= 6
    ecrire("Opinions à signaler au jury", 11, gras=True)
    for o in d.get("opinions", ())[:4]:
        for ligne in lignes("• " + o, maximum=2):
            ecrire(ligne, 9)
    assert y > marge / 2, "la fiche déborde de la page"  # guarded by the line limits above
    chemin = Path(chemin)
    fig.savefig(
        chemin,
        format="pdf",
        metadata={"Title": f"Entretien technique — {d['titre']}", "Author": d["identifiant"]},
    )
    return chemin


def mots(texte: str) -> int:
    """Spoken words, counted as for the pitch (CP5): « l'installation » is one word."""
    return compter_mots(texte)


def temps_de_parole(plan: dict) -> float:
    """Minutes of speech for the plan's words at MOTS_PAR_MINUTE."""
    return sum(mots(plan.get(cle, "")) for cle, *_ in PARTIES) / MOTS_PAR_MINUTE


def min_s(secondes: float) -> str:
    """Duration in words: 565 → « 9 min 25 s »."""
    s = max(0, int(round(secondes)))
    return f"{s // 60}\u00a0min\u00a0{s % 60:02d}\u00a0s"


def mm_ss(secondes: float) -> str:
    s = max(0, int(round(secondes)))
    return f"{s // 60:02d}:{s % 60:02d}"


_UNITES = (
    ("_pct_par_an", "% par an"),
    ("_pct_ca", "% du CA"),
    ("_md_eur", "Md€"),
    ("_meur", "M€"),
    ("_eur", "€"),
    ("_pct", "%"),
    ("_m2", "m²"),
    ("_jours", "jours"),
    ("_mois", "mois"),
    ("_semaines", "semaines"),
    ("_ans", "ans"),
    ("_heures", "h"),
    ("_sur_10", "/ 10"),
)
_MOTS = {
    "a": "à", "age": "âge", "btp": "BTP", "ca": "CA", "ce": "CE", "couts": "coûts",
    "decret": "décret", "delai": "délai", "departs": "départs", "disponibilite": "disponibilité",
    "duree": "durée", "ecart": "écart", "ecolabel": "écolabel", "ecommerce": "e-commerce",
    "economie": "économie", "electriciens": "électriciens", "energie": "énergie",
    "entrepots": "entrepôts", "equipes": "équipés", "etablissements": "établissements",
    "etiquettes": "étiquettes", "evolution": "évolution", "fideles": "fidèles",
    "francais": "français", "hopitaux": "hôpitaux", "ingenieurs": "ingénieurs",
    "marche": "marché", "marches": "marchés", "operationnelle": "opérationnelle",
    "pme": "PME", "prelevements": "prélèvements", "procedes": "procédés", "rd": "R&D",
    "reachat": "réachat", "recurrent": "récurrent", "recycle": "recyclé",
    "reduction": "réduction", "references": "références", "resiliation": "résiliation",
    "resultat": "résultat", "reutilisation": "réutilisation", "serie": "série",
    "dependance": "dépendance", "electrique": "électrique", "regional": "régional",
    "absenteisme": "absentéisme",
}  # fmt: skip
"""Words of the bank's key-figure names written without accents (JSON keys) → French."""


def libelle_chiffre(cle: str, valeur) -> str:
    """« ca_2025_meur », 41.2 → « CA 2025 : 41,2 M€ » (units read from the key's suffix)."""
    unite = ""
    for suffixe, u in _UNITES:
        if cle.endswith(suffixe):
            cle, unite = cle[: -len(suffixe)], u
            break
    nom = " ".join(_MOTS.get(m, m) for m in cle.split("_")).replace("sous trait", "sous-trait")
    texte = nombre(valeur, 0 if float(valeur).is_integer() else 1)
    return f"{nom[:1].upper()}{nom[1:]} : {texte}{(chr(0xA0) + unite) if unite else ''}"


def plan_de_demonstration(cas: dict) -> dict:
    """An example plan built from the case itself (to see the handout before writing one's own)."""
    par_q = swot.enonces_par_quadrant(cas)
    constat = "\n".join(f"{LIBELLES[q]} : {par_q[q][0]['texte']}" for q in "SWOT")
    opinions = [e for e in cas["enonces"] if e["fait_ou_opinion"] == "opinion"]
    analyse = "\n".join(
        [f"À vérifier : {e['texte']} ({e['justification']})" for e in opinions][:2]
        + [
            f"Piège : « {e['texte']} » ({e['piege']})"
            for e in cas["enonces"]
            if "piege" in e and e not in opinions
        ][:1]
    )
    suggestions = "\n".join(f"{p} : {idees[0]['texte']}" for p, idees in cas["tows"].items())
    chiffres = "\n".join(libelle_chiffre(k, v) for k, v in list(cas["chiffres_cles"].items())[:6])
    return {
        "constat": constat,
        "analyse": analyse,
        "suggestions": suggestions,
        "chiffres": chiffres,
    }
