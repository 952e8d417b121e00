"""E-réputation : noter des avis clients avec un petit lexique français et suivre la tendance.

Le lexique (`data/ereputation/lexique.json`) donne un poids positif ou négatif à des mots et à
quelques expressions. Le score d'un avis est la somme des poids de ses mots, corrigée par trois
règles simples, toutes documentées dans le lexique :

- **négation** : un mot précédé, dans les `fenetre_negation` mots de la même proposition, d'une
  négation (« ne », « pas », « jamais », « aucun », « sans »…) change de signe : « pas déçu »
  devient positif, « aucune panne » aussi ;
- **intensité** : « très », « vraiment », « trop »… multiplient le mot suivant (× 1,5), « assez »
  et « plutôt » l'atténuent ; « un peu » l'atténue (× 0,5), « peu » seul l'inverse
  (« peu réactif » est négatif) ;
- **« mais »** : ce qui précède « mais » dans la phrase compte pour moitié (« bon produit mais SAV
  lent » penche vers le négatif).

Ce que le lexique ne voit pas (à dire aux apprenants) : l'ironie (« Bravo pour le délai ! »), les
faits sans mot chargé (« trois relances pour un devis »), les fautes de frappe, les émojis, les
comparaisons (« moins fiable que X ») et le vocabulaire du métier qu'il ne connaît pas. Un score
de lexique est un **tri de premier niveau** pour repérer vite les avis à lire, jamais un
jugement.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache

import pandas as pd

from autograder.moteur.nombres import MOIS_ABREGES
from autograder.moteur.paths import data_path

MOT = re.compile(r"[a-zàâäçéèêëîïôöùûüÿœæ]+(?:-[a-zàâäçéèêëîïôöùûüÿœæ]+)*")
FIN_DE_PROPOSITION = re.compile(r"[.!?;:,()\n]+")
POLARITES = ("négatif", "neutre", "positif")
CANAUX = ("Google", "LinkedIn", "site", "salon")


@cache
def charger_lexique() -> dict:
    """Le lexique du cours (poids des mots, négations, intensifieurs, seuils)."""
    with open(data_path("ereputation", "lexique.json"), encoding="utf-8") as f:
        return json.load(f)


def charger_avis() -> pd.DataFrame:
    """Les avis clients d'Hydralis : date, canal, note (1 à 5 étoiles), texte, piège éventuel."""
    with open(data_path("ereputation", "avis.json"), encoding="utf-8") as f:
        brut = json.load(f)
    avis = pd.DataFrame(brut["avis"])
    avis["date"] = pd.to_datetime(avis["date"])
    return avis


def _normaliser(texte: str) -> str:
    texte = unicodedata.normalize("NFC", str(texte)).lower()
    texte = texte.replace("’", "'")
    # « n'est », « l'installation » : l'élision devient un mot à part (« n », « l »).
    return texte.replace("'", " ")


def propositions(texte: str) -> list[list[str]]:
    """Le texte découpé en propositions (la ponctuation arrête une négation), chacune en mots."""
    morceaux = FIN_DE_PROPOSITION.split(_normaliser(texte))
    return [m for m in (MOT.findall(p) for p in morceaux) if m]


def detail_score(texte: str, lexique: dict | None = None) -> list[tuple[str, float]]:
    """Les mots ou expressions qui comptent dans un avis, avec leur poids final (signé)."""
    lex = lexique or charger_lexique()
    expressions = {tuple(e.split()): p for e, p in lex["expressions"].items()}
    negations = set(lex["negations"])
    intens = lex["intensifieurs"]
    fenetre = lex["fenetre_negation"]
    termes: list[tuple[str, float]] = []
    for mots in propositions(texte):
        debut_phrase = len(termes)
        i = 0
        while i < len(mots):
            trouve = next(
                (e for e in expressions if tuple(mots[i : i + len(e)]) == e),
                None,
            )
            if trouve:
                mot, poids, longueur = " ".join(trouve), float(expressions[trouve]), len(trouve)
            elif mots[i] in lex["positifs"]:
                mot, poids, longueur = mots[i], float(lex["positifs"][mots[i]]), 1
            elif mots[i] in lex["negatifs"]:
                mot, poids, longueur = mots[i], -float(lex["negatifs"][mots[i]]), 1
            else:
                if mots[i] == "mais":  # ce qui précède « mais » compte pour moitié
                    termes[debut_phrase:] = [
                        (m, p * lex["poids_avant_mais"]) for m, p in termes[debut_phrase:]
                    ]
                i += 1
                continue
            avant = mots[max(0, i - fenetre) : i]
            if any(m in negations for m in avant):
                poids = -poids
            if i >= 1 and mots[i - 1] in intens:
                poids *= intens[mots[i - 1]]
            if i >= 1 and mots[i - 1] == "peu":
                un_peu = i >= 2 and mots[i - 2] == "un"
                poids *= lex["attenuation_un_peu"] if un_peu else lex["inversion_peu"]
            termes.append((mot, round(poids, 3)))
            i += longueur
    return termes


def score_avis(texte: str, lexique: dict | None = None) -> float:
    """Score de sentiment d'un avis : somme des poids de ses mots (positif > 0 > négatif)."""
    return round(sum(p for _, p in detail_score(texte, lexique)), 3)


def polarite(score: float, lexique: dict | None = None) -> str:
    """« positif », « neutre » ou « négatif » selon les seuils du lexique."""
    seuils = (lexique or charger_lexique())["seuils"]
    if score >= seuils["positif"]:
        return "positif"
    if score <= seuils["negatif"]:
        return "négatif"
    return "neutre"


def polarite_etoiles(note: int) -> str:
    """Ce que disent les étoiles : 4–5 positif, 3 neutre, 1–2 négatif."""
    return "positif" if note >= 4 else ("neutre" if note == 3 else "négatif")


def scorer(avis: pd.DataFrame, lexique: dict | None = None) -> pd.DataFrame:
    """Les avis avec deux colonnes de plus : `score` (lexique) et `polarite`."""
    scores = avis["texte"].map(lambda t: score_avis(t, lexique))
    return avis.assign(score=scores, polarite=scores.map(lambda s: polarite(s, lexique)))


def accord_etoiles(avis_notes: pd.DataFrame) -> float:
    """Part des avis tranchés (1–2 ou 4–5 étoiles) où le lexique donne la même polarité."""
    tranches = avis_notes[avis_notes["note"] != 3]
    if tranches.empty:
        return float("nan")
    return float((tranches["polarite"] == tranches["note"].map(polarite_etoiles)).mean())


def tendance_mensuelle(avis_notes: pd.DataFrame) -> pd.DataFrame:
    """Par mois : nombre d'avis, note moyenne, score moyen, part d'avis négatifs (lexique)."""
    mois = avis_notes["date"].dt.to_period("M")
    t = avis_notes.groupby(mois).agg(
        avis=("texte", "size"),
        note_moyenne=("note", "mean"),
        score_moyen=("score", "mean"),
        part_negatifs=("polarite", lambda p: (p == "négatif").mean()),
    )
    t.index.name = "mois"
    return t


def mois_en_clair(periode) -> str:
    """Period('2025-04', 'M') → « avr. 2025 »."""
    p = pd.Period(periode, "M")
    return f"{MOIS_ABREGES[p.month - 1]} {p.year}"


def figure_tendance(tendance: pd.DataFrame, seuil_alerte: float = 0.25):
    """Score moyen et part d'avis négatifs par mois (palette Okabe–Ito, motifs distincts)."""
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    from autograder.moteur.graphiques import OKABE_ITO
    from autograder.moteur.nombres import nombre

    fig = Figure(figsize=(9, 4.6))
    ax = fig.add_subplot()
    x = range(len(tendance))
    ax.plot(
        x,
        tendance["score_moyen"],
        color=OKABE_ITO["bleu"],
        marker="o",
        linewidth=2,
        label="Score moyen du lexique (axe de gauche)",
    )
    ax.axhline(0, color=OKABE_ITO["noir"], linewidth=0.8)
    ax.set_ylabel("Score moyen (lexique)")
    ax2 = ax.twinx()
    ax2.bar(
        x,
        tendance["part_negatifs"] * 100,
        color=OKABE_ITO["vermillon"],
        alpha=0.35,
        hatch="///",
        edgecolor=OKABE_ITO["vermillon"],
        label="Part d'avis négatifs, en % (axe de droite)",
    )
    ax2.axhline(
        seuil_alerte * 100,
        color=OKABE_ITO["vermillon"],
        linestyle="--",
        linewidth=1.2,
        label=f"Seuil d'alerte : {round(seuil_alerte * 100)} % d'avis négatifs",
    )
    ax2.set_ylabel("Avis négatifs (%)")
    ax2.set_ylim(0, 100)
    ax.set_zorder(ax2.get_zorder() + 1)
    ax.patch.set_visible(False)
    ax.set_xticks(list(x))
    ax.set_xticklabels([mois_en_clair(p) for p in tendance.index], rotation=60, ha="right")
    ax.set_title("E-réputation d'Hydralis : tendance mensuelle des avis clients")
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: nombre(v, 1)))
    ax2.yaxis.set_major_formatter(FuncFormatter(lambda v, _p: nombre(v, 0)))
    lignes = ax.get_legend_handles_labels()
    barres = ax2.get_legend_handles_labels()
    fig.legend(
        lignes[0] + barres[0],
        lignes[1] + barres[1],
        loc="lower center",
        ncol=3,
        fontsize=8,
        frameon=False,
    )
    fig.tight_layout(rect=(0, 0.07, 1, 1))
    return fig


def texte_alternatif(tendance: pd.DataFrame, seuil_alerte: float = 0.25) -> str:
    """La figure en mots : meilleur et pire mois, mois au-dessus du seuil d'alerte, dernier mois."""
    from autograder.moteur.nombres import nombre, pourcent

    pire = tendance["score_moyen"].idxmin()
    meilleur = tendance["score_moyen"].idxmax()
    alertes = [mois_en_clair(m) for m in tendance.index[tendance["part_negatifs"] > seuil_alerte]]
    dernier = tendance.index[-1]
    texte = (
        f"Sur {len(tendance)} mois ({mois_en_clair(tendance.index[0])} à "
        f"{mois_en_clair(dernier)}), {int(tendance['avis'].sum())} avis. "
        f"Score moyen le plus haut en {mois_en_clair(meilleur)} "
        f"({nombre(tendance.loc[meilleur, 'score_moyen'], 2)}), le plus bas en "
        f"{mois_en_clair(pire)} ({nombre(tendance.loc[pire, 'score_moyen'], 2)}). "
    )
    if alertes:
        texte += (
            f"Part d'avis négatifs au-dessus de {pourcent(seuil_alerte, 0)} en : "
            f"{', '.join(alertes)}. "
        )
    else:
        texte += f"Aucun mois au-dessus de {pourcent(seuil_alerte, 0)} d'avis négatifs. "
    texte += (
        f"Dernier mois : score {nombre(tendance.loc[dernier, 'score_moyen'], 2)}, "
        f"{pourcent(tendance.loc[dernier, 'part_negatifs'], 0)} d'avis négatifs."
    )
    return texte


def afficher_tendance(tendance: pd.DataFrame, seuil_alerte: float = 0.25) -> None:
    """Affiche la figure (image PNG avec son texte alternatif) puis sa description en clair."""
    import base64
    import html
    import io

    from IPython.display import HTML, display

    fig = figure_tendance(tendance, seuil_alerte)
    tampon = io.BytesIO()
    fig.savefig(tampon, format="png", dpi=90)
    alt = texte_alternatif(tendance, seuil_alerte)
    image = base64.b64encode(tampon.getvalue()).decode("ascii")
    display(
        HTML(
            f"<img src='data:image/png;base64,{image}' alt='{html.escape(alt, quote=True)}' "
            "style='max-width:100%'>"
            f"<p><b>Description du graphique :</b> {html.escape(alt)}</p>"
        )
    )
