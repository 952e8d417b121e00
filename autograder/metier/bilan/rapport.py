"""Compte rendu du bilan d'activité (CP8) : graphiques, rapport HTML autonome et PDF, contrôle.

* ``figure_tendance`` / ``alternative_tendance`` : CA mensuel de la période et de l'année
  précédente ; ``figure_ecarts`` / ``alternative_ecarts`` : taux de réalisation par indicateur ;
* ``Rapport`` : titre, destinataire, sections (texte, tableau, graphique + texte alternatif) ;
  ``rapport.ecrire("bilan_T3_2025")`` écrit ``bilan_T3_2025.html`` (images PNG intégrées en
  base64, un seul fichier à envoyer), ``bilan_T3_2025.pdf`` (``PdfPages`` de matplotlib) et
  ``bilan_T3_2025.docx`` (le même rapport en document Word : autograder.metier.bilan.document) ;
* ``controler_rapport(fichiers)`` : les rubriques présentes et les défauts repérés.

Couleurs : palette Okabe-Ito ; l'information ne passe jamais par la couleur seule.
"""

from __future__ import annotations

import base64
import html
import re
import textwrap
from pathlib import Path

import pandas as pd
from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter

from autograder.metier.bilan.activite import MOIS, ErreurBilan, Periode
from autograder.metier.bilan.controle import (
    DEFAUTS,
    LIGNES_MAX,
    RUBRIQUES,
    Section,
    cle_rubrique,
    controler_sections,
)
from autograder.metier.bilan.document import ecrire_docx, index_utile, textes_tableau
from autograder.moteur.graphiques import OKABE_ITO, figure_en_png
from autograder.moteur.nombres import MOIS_ABREGES, euros, nombre, pourcent

# -- graphiques ---------------------------------------------------------------------------------


def _axes(fig: Figure):
    ax = fig.add_subplot()
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="y", alpha=0.3)
    ax.set_axisbelow(True)
    return ax


def figure_tendance(mensuel: pd.DataFrame, reference: pd.DataFrame | None, titre: str) -> Figure:
    """CA HT mois par mois : ligne pleine (période) et tiretée (même période, un an plus tôt)."""
    fig = Figure(figsize=(7.5, 3.8))
    fig.subplots_adjust(left=0.14, right=0.97, top=0.88, bottom=0.22)
    ax = _axes(fig)
    x = list(range(len(mensuel)))
    noms = [MOIS_ABREGES[int(m[5:7]) - 1] for m in mensuel.index]
    ax.plot(x, mensuel["ca"], color=OKABE_ITO["bleu"], marker="o", linewidth=2.2,
            label=f"{mensuel.index[0][:4]}")  # fmt: skip
    if reference is not None:
        ax.plot(x, reference["ca"].to_numpy(), color=OKABE_ITO["orange"], marker="s",
                linestyle="--", linewidth=1.8, label=f"{reference.index[0][:4]}")  # fmt: skip
    ax.set_xticks(x, noms)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: euros(v, 0)))
    ax.set_ylabel("CA HT des commandes")
    ax.set_ylim(bottom=0)
    ax.set_title(titre, loc="left")
    fig.legend(loc="lower center", ncols=2, frameon=False, fontsize="small")
    return fig


def alternative_tendance(mensuel: pd.DataFrame, reference: pd.DataFrame | None) -> str:
    """Texte alternatif du graphique de tendance : chaque mois en clair."""
    mois = [f"{MOIS[int(m[5:7]) - 1]} {euros(v, 0)}" for m, v in mensuel["ca"].items()]
    texte = f"CA HT mensuel des commandes, {mensuel.index[0][:4]} : " + ", ".join(mois)
    if reference is not None:
        avant = [euros(v, 0) for v in reference["ca"]]
        texte += f" ; même période de {reference.index[0][:4]} : " + ", ".join(avant)
        texte += (
            f". Total : {euros(mensuel['ca'].sum(), 0)} contre {euros(reference['ca'].sum(), 0)}."
        )
    return texte


def figure_ecarts(comparaison: pd.DataFrame, titre: str) -> Figure:
    """Taux de réalisation par indicateur : barres horizontales, repère à 100 %, valeur écrite."""
    fig = Figure(figsize=(7.5, 3.4))
    fig.subplots_adjust(left=0.27, right=0.93, top=0.86, bottom=0.16)
    ax = fig.add_subplot()
    ax.spines[["top", "right"]].set_visible(False)
    taux = comparaison["taux_realisation"]
    y = list(range(len(taux)))[::-1]
    atteint = [t >= 1 for t in taux]
    ax.barh(y, taux, color=[OKABE_ITO["vert"] if a else OKABE_ITO["vermillon"] for a in atteint],
            hatch=["" if a else "///" for a in atteint], edgecolor=OKABE_ITO["noir"])  # fmt: skip
    ax.axvline(1, color=OKABE_ITO["noir"], linestyle="--", linewidth=1.2)
    for yi, t, a in zip(y, taux, atteint, strict=True):
        ax.text(t + 0.02, yi, pourcent(t, 0) + ("" if a else " ▼"), va="center")
    ax.set_yticks(y, list(taux.index))
    ax.set_xlim(0, max(1.25, float(taux.max()) + 0.3))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: pourcent(v, 0)))
    ax.set_xlabel("Taux de réalisation (réalisé ÷ objectif) ; tirets : objectif (100 %)")
    ax.set_title(titre, loc="left")
    return fig


def alternative_ecarts(comparaison: pd.DataFrame) -> str:
    """Texte alternatif du graphique des écarts : chaque indicateur, objectif et réalisé."""
    parts = []
    for ind, r in comparaison.iterrows():
        fmt = (lambda v: euros(v, 0)) if "affaires" in ind else nombre
        etat = "atteint" if r["taux_realisation"] >= 1 else "non atteint"
        parts.append(
            f"{ind} : {fmt(r['realise'])} pour un objectif de {fmt(r['objectif'])}, "
            f"soit {pourcent(r['taux_realisation'], 0)} (objectif {etat})"
        )
    return "Taux de réalisation des objectifs. " + " ; ".join(parts) + "."


# -- le rapport ---------------------------------------------------------------------------------


class Rapport:
    """Compte rendu à un tiers : ``section(titre, texte, tableau=, figure=, alternative=)``."""

    def __init__(self, titre: str, auteur: str, destinataire: str, periode: Periode):
        self.titre, self.auteur, self.destinataire, self.periode = (
            titre,
            auteur,
            destinataire,
            periode,
        )
        self.sections: list[dict] = []

    def section(self, titre, texte="", *, tableau=None, figure=None, alternative=None):
        """Ajoute une section ; un graphique exige son texte alternatif (lecteur d'écran, PDF
        imprimé en noir et blanc, lecteur pressé)."""
        if figure is not None and not (alternative or "").strip():
            raise ErreurBilan(
                f"Section « {titre} » : donnez le texte alternatif du graphique "
                '(alternative="…") : ce que le graphique montre, chiffres à l\'appui.'
            )
        if tableau is not None and not isinstance(tableau, pd.DataFrame):
            raise ErreurBilan(f"Section « {titre} » : le tableau doit être un DataFrame pandas.")
        self.sections.append(
            {"titre": titre, "cle": cle_rubrique(titre), "texte": str(texte or "").strip(),
             "tableau": tableau, "figure": figure, "alternative": alternative}
        )  # fmt: skip
        return self

    # HTML: one self-contained file (the images are inside), readable without Python.
    def html(self) -> str:
        e = html.escape
        corps = [
            f"<h1>{e(self.titre)}</h1>",
            f"<p class='entete'>De : {e(self.auteur)} · À : {e(self.destinataire)} · "
            f"Période : {e(self.periode.libelle)} ({self.periode.dates}) · "
            "Source : base CRM, objectifs 2025.</p>",
        ]
        for i, s in enumerate(self.sections, start=1):
            bloc = [f"<section id='{s['cle']}' data-cle='{s['cle']}'>", f"<h2>{e(s['titre'])}</h2>"]
            bloc += [f"<p>{e(p)}</p>" for p in s["texte"].split("\n") if p.strip()]
            if s["tableau"] is not None:
                t = s["tableau"]
                bloc.append(t.to_html(border=0, classes="donnees", index=index_utile(t)))
            if s["figure"] is not None:
                png = base64.b64encode(figure_en_png(s["figure"], dpi=110)).decode()
                bloc.append(
                    f"<figure><img src='data:image/png;base64,{png}' alt='{e(s['titre'])}' "
                    f"aria-describedby='alt-{i}' style='max-width:100%'>"
                    f"<figcaption id='alt-{i}' class='alternative'>{e(s['alternative'])}"
                    "</figcaption></figure>"
                )
            corps.append("\n".join([*bloc, "</section>"]))
        style = (
            "body{font-family:sans-serif;max-width:60em;margin:auto;line-height:1.45;color:#111}"
            "table.donnees{border-collapse:collapse}table.donnees td,table.donnees th"
            "{border-bottom:1px solid #999;padding:.2em .6em;text-align:right}"
            "table.donnees tr>:first-child{text-align:left}"
            ".alternative{font-size:.9em;color:#333}.entete{color:#333}"
        )
        return (
            f"<!DOCTYPE html>\n<html lang='fr'><head><meta charset='utf-8'>"
            f"<title>{e(self.titre)}</title><style>{style}</style></head><body>\n"
            + "\n".join(corps)
            + "\n</body></html>\n"
        )

    def _pages_pdf(self):
        """Page de titre, puis une page de texte par section et une page par graphique."""
        yield _page_texte(
            self.titre,
            f"De : {self.auteur}\nÀ : {self.destinataire}\nPériode : {self.periode.libelle} "
            f"({self.periode.dates})\n"
            "Source : base CRM, objectifs 2025.\n\nSommaire :\n"
            + "\n".join(f"{i}. {s['titre']}" for i, s in enumerate(self.sections, start=1)),
        )
        for s in self.sections:
            yield _page_texte(s["titre"], s["texte"], s["tableau"])
            if s["figure"] is not None:
                yield s["figure"]

    def ecrire(self, nom: str, dossier=".") -> dict[str, Path]:
        """Écrit ``nom.html``, ``nom.pdf`` et ``nom.docx`` (le même rapport en document Word, à
        reprendre dans un traitement de texte) dans ``dossier`` ; renvoie leurs chemins."""
        if not self.sections:
            raise ErreurBilan("Le rapport est vide : ajoutez des sections avec rapport.section().")
        dossier = Path(dossier)
        dossier.mkdir(parents=True, exist_ok=True)
        chemins = {e: dossier / f"{nom}.{e}" for e in ("html", "pdf", "docx")}
        chemins["html"].write_text(self.html(), encoding="utf-8")
        ecrire_docx(self, chemins["docx"])
        with PdfPages(chemins["pdf"]) as pdf:
            for page in self._pages_pdf():
                pdf.savefig(page)
            info = pdf.infodict()
            info["Title"], info["Author"] = self.titre, self.auteur
            info["Subject"] = f"Bilan d'activité, {self.periode.libelle}"
            info["Keywords"] = "rubriques=" + ",".join(s["cle"] for s in self.sections)
        return chemins


def _page_texte(titre: str, texte: str, tableau: pd.DataFrame | None = None) -> Figure:
    """Une page A4 portrait : titre, paragraphes repliés à 85 caractères, tableau éventuel."""
    fig = Figure(figsize=(8.27, 11.69))
    fig.text(0.08, 0.94, titre, fontsize=17, weight="bold", va="top")
    lignes = [ligne for p in texte.split("\n") for ligne in textwrap.wrap(p, 85) or [""]]
    fig.text(0.08, 0.89, "\n".join(lignes[:60]), fontsize=10, va="top", linespacing=1.5)
    if tableau is not None and not tableau.empty:
        t = tableau.head(LIGNES_MAX)
        haut = min(0.5, 0.035 * (len(t) + 1))
        ax = fig.add_axes((0.08, 0.83 - 0.022 * len(lignes) - haut, 0.84, haut))
        ax.axis("off")
        entetes, cellules = textes_tableau(t)
        tab = ax.table(cellText=cellules, colLabels=entetes, loc="upper center", cellLoc="left")
        tab.auto_set_font_size(False)
        tab.set_fontsize(8)
    return fig


# -- contrôle d'un rapport écrit ----------------------------------------------------------------

QUALITES = {
    "alternatives": "Chaque graphique a un texte alternatif",
    "pdf": "Le PDF est lisible et reprend les mêmes rubriques",
}
__all__ = ["DEFAUTS", "QUALITES", "RUBRIQUES", "Rapport", "controler_rapport"]


def pages_pdf(chemin) -> int:
    """Nombre de pages d'un PDF écrit par matplotlib (objets « /Type /Page »)."""
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", Path(chemin).read_bytes()))


def controler_rapport(fichiers: dict) -> list[str]:
    """Clés des rubriques présentes et remplies (``RUBRIQUES``), des qualités (``QUALITES``) et
    des défauts repérés (``DEFAUTS``) dans le rapport écrit (chemins rendus par ``ecrire``)."""
    try:
        page = Path(fichiers["html"]).read_text(encoding="utf-8")
        brut = Path(fichiers["pdf"]).read_bytes()
    except (KeyError, TypeError) as exc:
        raise ErreurBilan(
            "controler_rapport attend les chemins rendus par rapport.ecrire(...) : "
            "{'html': ..., 'pdf': ...}."
        ) from exc
    except OSError as exc:
        raise ErreurBilan(f"Fichier du rapport introuvable : {exc.filename}.") from exc
    sections, cles = [], []
    for cle, contenu in re.findall(r"<section id='[^']*' data-cle='([^']*)'>(.*?)</section>",
                                   page, flags=re.S):  # fmt: skip
        cles.append(cle)
        titre = re.search(r"<h2>(.*?)</h2>", contenu, flags=re.S)
        sections.append(Section(
            html.unescape(titre[1]) if titre else cle,
            [html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", contenu, flags=re.S)],
            [contenu.count("<tr>") - 1] if "<table" in contenu else [],
            [html.unescape(m[1]) if m else "" for m in (
                re.search(r"class='alternative'>([^<]*)</figcaption>", f)
                for f in re.findall(r"<img .*?(?:</figure>|$)", contenu, flags=re.S))],
        ))  # fmt: skip
    trouve = controler_sections(sections)
    m = re.search(rb"/Keywords \((.*?)\)", brut)
    cles_pdf = m[1].decode("latin-1").removeprefix("rubriques=").split(",") if m else []
    n_pages = 1 + len(cles) + sum(len(s.alternatives) for s in sections)
    if brut.startswith(b"%PDF") and cles_pdf == cles and pages_pdf(fichiers["pdf"]) == n_pages:
        trouve.add("pdf")
    ordre = [*RUBRIQUES, *QUALITES, *DEFAUTS]
    return [c for c in ordre if c in trouve]


def tableau_lisible(comparaison: pd.DataFrame) -> pd.DataFrame:
    """Le tableau de ``bilan.comparer`` écrit pour un lecteur : euros, signes et pourcentages."""
    lignes = {}
    for ind, r in comparaison.iterrows():
        ca = "affaires" in ind
        fmt = (lambda v: euros(v, 0)) if ca else nombre
        signe = "+" if r["ecart"] > 0 else ""
        lignes[ind] = {
            "Objectif": fmt(r["objectif"]),
            "Réalisé": fmt(r["realise"]),
            "Écart": signe + fmt(r["ecart"]),
            "Taux de réalisation": pourcent(r["taux_realisation"], 0),
        }
    return pd.DataFrame.from_dict(lignes, orient="index")
