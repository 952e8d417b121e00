"""The case file of a subject, as a readable dossier: self-contained HTML and multi-page A4 PDF.

``sections(contexte, cas, taille)`` builds the dossier once as plain blocks (paragraphs, lists,
label/value pairs, tables of already formatted French numbers); ``dossier_html`` and
``dossier_pdf`` only lay those blocks out, so both always show the same figures. The exam
instructions are the RE's words, read from the reference data (``tailles.epreuve``).

The candidate's dossier never gives the answers of the analysis: the prospect's note shows what the
rep observed (« indices »), not the needs behind them, and names the people met without their role
in the buying centre. ``formateur=True`` adds both, for the trainer.
"""

from __future__ import annotations

import html
import textwrap
from pathlib import Path

from autograder.metier.examen.chiffres import Cas
from autograder.metier.examen.tailles import LIVRABLES, epreuve
from autograder.moteur import referentiel
from autograder.moteur.nombres import MOIS_ABREGES, duree, euros, nombre, pourcent

ENTETES_VENTES = ("Mois", "Commercial", "Région", "Leads", "Rendez-vous", "Devis", "Ventes",
                  "CA HT", "Objectif CA HT", "Objectif ventes", "Marge brute")  # fmt: skip
PAIEMENT = {
    "date_facture": "{j} jours à compter de la date d'émission de la facture",
    "fin_de_mois": "{j} jours fin de mois à compter de la date d'émission de la facture",
    "facture_periodique": "{j} jours à compter de la date d'émission de la facture périodique",
}


def mois_lisible(mois: str) -> str:
    """« 2025-08 » → « août 2025 »."""
    return f"{MOIS_ABREGES[int(mois[5:7]) - 1]} {mois[:4]}"


def paiement(conditions: dict) -> str:
    p = conditions["paiement"]
    return PAIEMENT[p["mode"]].format(j=p["jours"])


def _table(entetes, lignes, alignement, total=None) -> tuple:
    return ("table", tuple(entetes), [tuple(ligne) for ligne in lignes], alignement, total)


def _ventes(cas: Cas) -> tuple:
    v = cas.ventes
    lignes = [
        (mois_lisible(r.mois), r.commercial, r.region, nombre(r.leads), nombre(r.rendez_vous),
         nombre(r.devis), nombre(r.ventes), euros(r.ca_ht), euros(r.objectif_ca_ht),
         nombre(r.objectif_ventes), euros(r.marge_brute))
        for r in v.itertuples(index=False)
    ]  # fmt: skip
    total = ("Total de la période", "", "", *(nombre(v[c].sum()) for c in
             ("leads", "rendez_vous", "devis", "ventes")), euros(v["ca_ht"].sum()),
             euros(v["objectif_ca_ht"].sum()), nombre(v["objectif_ventes"].sum()),
             euros(v["marge_brute"].sum()))  # fmt: skip
    return _table(ENTETES_VENTES, lignes, "gggdddddddd", total)


def _produits(contexte: dict, cas: Cas) -> tuple:
    p = cas.produits.groupby("produit")[["commandes", "quantite", "ca_ht", "marge_brute"]].sum()
    lignes = []
    for o in contexte["offre"]:
        r = p.loc[o["id"]] if o["id"] in p.index else None
        valeurs = (0, 0, 0.0, 0.0) if r is None else tuple(r)
        lignes.append((o["designation"], nombre(int(valeurs[0])), nombre(int(valeurs[1])),
                       euros(valeurs[2]), euros(valeurs[3])))  # fmt: skip
    total = ("Total", nombre(int(p["commandes"].sum())), "", euros(p["ca_ht"].sum()),
             euros(p["marge_brute"].sum()))  # fmt: skip
    return _table(("Produit ou service", "Commandes", "Quantités", "CA HT", "Marge brute"),
                  lignes, "gdddd", total)  # fmt: skip


def _historique(cas: Cas) -> tuple:
    h = cas.historique.groupby("commercial", sort=False)[["ca_ht", "ventes"]].sum()
    lignes = [(nom, euros(r.ca_ht), nombre(int(r.ventes))) for nom, r in h.iterrows()]
    total = ("Total", euros(h["ca_ht"].sum()), nombre(int(h["ventes"].sum())))
    return _table(("Commercial", "CA HT", "Ventes"), lignes, "gdd", total)


def sections(contexte: dict, cas: Cas, taille: str = "titre", formateur: bool = False) -> list:
    """The dossier as [(key, title, blocks)]; a block is ("p", text), ("ul", items),
    ("dl", [(label, value)]) or ("table", headers, rows, alignment, total row or None)."""
    if cas.contexte != contexte.get("id"):
        raise ValueError(
            f"Ces chiffres ont été générés pour le contexte « {cas.contexte} », pas pour "
            f"« {contexte.get('id')} » : appelez chiffres.generer(contexte, graine)."
        )
    e, ent, pr = epreuve(taille), contexte["entreprise"], contexte["prospect"]
    debut, fin = cas.periode
    plateau = [f"{r['designation']} : {r['description']} {r['observations']}".replace(
        " Sans objet.", "") for r in referentiel.plateau_technique()]  # fmt: skip
    out = [
        ("consignes", "Consignes de l'épreuve", [
            ("dl", [("Épreuve", e.intitule), ("Partie", e.partie),
                    ("Durée", duree(e.duree_minutes)), ("Source", e.source)]),
            ("p", e.consigne),
            ("p", "Travaux à rendre, imprimés, au surveillant :"),
            ("ul", [LIVRABLES[k] for k in e.livrables]),
            ("p", "Ressources du candidat (RE, annexe 1) :"),
            ("ul", plateau),
        ]),
        ("entreprise", "L'entreprise", [
            ("dl", [("Raison sociale", f"{ent['nom']} ({ent['forme_juridique']})"),
                    ("Secteur", contexte["secteur"]), ("Siège", ent["ville"]),
                    ("Effectif", f"{nombre(ent['effectif'])} salariés"),
                    ("Chiffre d'affaires annuel", euros(ent["chiffre_affaires_annuel_ht"], 0)
                     + " HT")]),
            ("p", ent["historique"]),
            ("p", contexte["note"]),
        ]),
        ("offre", "L'offre", [
            _table(("Produit ou service", "Unité", "Prix unitaire HT", "Coût unitaire HT",
                    "Taux de TVA"),
                   [(o["designation"], o["unite"], euros(o["prix_ht"]), euros(o["cout_ht"]),
                     pourcent(o["taux_tva"], 1 if round(o["taux_tva"] * 1000) % 10 else 0))
                    for o in contexte["offre"]], "ggddd"),
            ("p", f"Coût unitaire : {_minuscule(contexte['convention_cout'])}."),
        ]),
        ("organisation", "L'organisation commerciale", [
            _table(("Commercial", "Secteur"),
                   [(f"{r['prenom']} {r['nom']}", r["region"]) for r in contexte["commerciaux"]],
                   "gg"),
            ("p", contexte["objectifs"]["description"]),
        ]),
        ("ventes", f"Les ventes de la période ({mois_lisible(debut)} à {mois_lisible(fin)})", [
            ("p", "Extraction du logiciel de gestion de la relation client : une ligne par mois "
                  "et par commercial. Ventes : nombre de commandes signées ; CA HT : montant HT "
                  "des commandes ; marge brute : CA HT moins le coût des produits vendus."),
            _ventes(cas),
            ("p", "Ventes de la période par produit ou service :"),
            _produits(contexte, cas),
            ("p", "Rappel de l'année précédente, base des objectifs de la première année "
                  f"({mois_lisible(cas.historique['mois'].min())} à "
                  f"{mois_lisible(cas.historique['mois'].max())}) :"),
            _historique(cas),
        ]),
        ("prospect", "Le premier contact prospect", [
            ("dl", [("Entreprise", pr["entreprise"]), ("Activité", pr["activite"]),
                    ("Implantation", pr["ville"]), ("Effectif", f"{nombre(pr['effectif'])} salariés"),
                    ("Interlocuteur", f"{pr['contact']['nom']}, {pr['contact']['fonction']}"),
                    ("Premier contact", pr["premier_contact"])]),
            ("p", "Besoins exprimés :"), ("ul", pr["besoins_exprimes"]),
            ("p", "Ce que le commercial a relevé pendant l'échange :"),
            ("ul", [b["indice"] + (f" → besoin non exprimé : {b['besoin']}" if formateur else "")
                    for b in pr["besoins_non_exprimes"]]),
            ("p", "Contraintes :"), ("ul", pr["contraintes"]),
            ("dl", [("Budget", pr["budget"]),
                    ("Processus de décision", pr["processus_decision"])]),
            ("p", "Personnes rencontrées ou citées :"),
            _table(("Nom", "Fonction", *(("Rôle",) if formateur else ()), "Attentes"),
                   [(m["nom"], m["fonction"], *((m["role"],) if formateur else ()),
                     m["attentes"]) for m in pr["centre_achat"]],
                   "ggg" + ("g" if formateur else "")),
        ]),
        ("concurrents", "Les concurrents", [
            _table(("Concurrent", "Offre comparable", "Prix HT", "Notre prix HT", "Forces",
                    "Faiblesses"),
                   [(k["nom"], _produit(contexte, k["produit"])["designation"],
                     euros(k["prix_ht"]), euros(_produit(contexte, k["produit"])["prix_ht"]),
                     " ; ".join(k["forces"]), " ; ".join(k["faiblesses"]))
                    for k in contexte["concurrents"]], "ggddgg"),
        ]),
        ("conditions", "Les conditions commerciales", [
            ("dl", [("Paiement", paiement(contexte["conditions"])),
                    ("Livraison", contexte["conditions"]["livraison"]),
                    ("Garantie", contexte["conditions"]["garantie"]),
                    ("Validité des offres", f"{contexte['conditions']['validite_offre_jours']} jours"),
                    ("Remises et pénalités", contexte["conditions"]["remises"])]),
        ]),
    ]  # fmt: skip
    if taille == "ccp_negociation":  # no dashboard in this CCP: the sales are not needed
        out = [s for s in out if s[0] != "ventes"]
    return out


def _minuscule(texte: str) -> str:
    return texte[:1].lower() + texte[1:]


def _produit(contexte: dict, ident: str) -> dict:
    return next(o for o in contexte["offre"] if o["id"] == ident)


def _titre(contexte: dict, cas: Cas) -> str:
    return f"Étude de cas — {contexte['entreprise']['nom']} (variante {cas.graine})"


# -- HTML -------------------------------------------------------------------------------------------

_STYLE = """
@page { size: A4; margin: 15mm 12mm; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 10pt; line-height: 1.4; color: #111;
       max-width: 60em; margin: auto; }
h1 { font-size: 16pt; } h2 { font-size: 13pt; border-bottom: 1px solid #555; margin-top: 1.4em; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: .15em 1em; }
dt { font-weight: bold; } dd { margin: 0; }
table { border-collapse: collapse; margin: .5em 0; font-size: 9pt; }
th, td { border-bottom: 1px solid #999; padding: .15em .5em; text-align: left; vertical-align: top; }
th.d { text-align: right; } td.d { text-align: right; white-space: nowrap; }
tbody td:first-child { white-space: nowrap; } tfoot td { font-weight: bold; }
.defile { overflow-x: auto; max-width: 100%; }
thead { display: table-header-group; } tr { page-break-inside: avoid; }
@media print { body { max-width: none; } section { page-break-before: always; }
               table { font-size: 7pt; } th, td { padding: .1em .25em; } .defile { overflow: visible; }
               section:first-of-type { page-break-before: avoid; } }
"""


def bloc_html(bloc, libelle: str) -> str:
    e = html.escape
    if bloc[0] == "p":
        return f"<p>{e(bloc[1])}</p>"
    if bloc[0] == "ul":
        return "<ul>" + "".join(f"<li>{e(x)}</li>" for x in bloc[1]) + "</ul>"
    if bloc[0] == "dl":
        return "<dl>" + "".join(f"<dt>{e(k)}</dt><dd>{e(v)}</dd>" for k, v in bloc[1]) + "</dl>"
    _, entetes, lignes, align, total = bloc

    def ligne(cellules, balise="td"):
        return (
            "<tr>"
            + "".join(
                f"<{balise}{' class=d' if a == 'd' else ''}>{e(str(c))}</{balise}>"
                for c, a in zip(cellules, align, strict=True)
            )
            + "</tr>"
        )

    corps = "".join(ligne(x) for x in lignes)
    pied = f"<tfoot>{ligne(total)}</tfoot>" if total else ""
    table = f"<table><thead>{ligne(entetes, 'th')}</thead><tbody>{corps}</tbody>{pied}</table>"
    # A wide table scrolls on screen, in a region a keyboard reaches (WCAG 2.1.1).
    return (
        f"<div class='defile' role='region' tabindex='0' "
        f"aria-label='{e(libelle, quote=True)}'>{table}</div>"
    )


def dossier_html(contexte: dict, cas: Cas, taille: str = "titre", formateur: bool = False) -> str:
    """The dossier as one self-contained HTML page (French, print CSS for A4)."""
    titre = _titre(contexte, cas)
    corps = [f"<h1>{html.escape(titre)}</h1>"]
    for cle, t, blocs in sections(contexte, cas, taille, formateur):
        corps.append(f"<section id='{cle}'><h2>{html.escape(t)}</h2>"
                     + "\n".join(bloc_html(b, t) for b in blocs) + "</section>")  # fmt: skip
    return (
        f"<!DOCTYPE html>\n<html lang='fr'><head><meta charset='utf-8'>"
        f"<title>{html.escape(titre)}</title><style>{_STYLE}</style></head><body>\n"
        + "\n".join(corps)
        + "\n</body></html>\n"
    )


# -- PDF --------------------------------------------------------------------------------------------

_A4 = (8.27, 11.69)  # inches, portrait
_MARGE, _BAS = 0.06, 0.05  # left margin and bottom limit, as a fraction of the page
_LARGEUR = 0.88  # usable width, fraction of the page


class _Pages:
    """A cursor over A4 pages drawn with matplotlib, written to a PdfPages."""

    def __init__(self, pdf):
        from matplotlib.figure import Figure

        self._Figure, self.pdf, self.fig, self.y = Figure, pdf, None, 0.0

    def nouvelle(self):
        self.fermer()
        self.fig, self.y = self._Figure(figsize=_A4), 0.95

    def fermer(self):
        if self.fig is not None:
            self.pdf.savefig(self.fig)
            self.fig = None

    def place(self, hauteur: float):
        if self.fig is None or self.y - hauteur < _BAS:
            self.nouvelle()

    def texte(self, texte: str, taille=9.5, gras=False, retrait=0.0, largeur=100):
        for ligne in textwrap.wrap(texte, largeur) or [""]:
            h = taille * 1.45 / 72 / _A4[1]
            self.place(h)
            self.fig.text(_MARGE + retrait, self.y, ligne, fontsize=taille, va="top",
                          weight="bold" if gras else "normal")  # fmt: skip
            self.y -= h

    def table(self, entetes, lignes, align, total, taille=8.0):
        # Column widths in characters: the longest cell (numbers never wrap; a header or a text
        # cell wraps on words), plus a gap.
        def mot(x) -> int:
            return max((len(m) for m in str(x).split()), default=1)

        largeurs = []
        for i, (e, a) in enumerate(zip(entetes, align, strict=True)):
            cellules = [str(ligne[i]) for ligne in [*lignes, *([total] if total else [])]]
            long = [len(c) if a == "d" else min(len(c), 38) for c in cellules]
            if a != "d" and total:  # a text total (« Total de la période ») wraps
                long[-1] = mot(cellules[-1])
            largeurs.append(max(mot(e), *long) + 2)
        echelle = _LARGEUR / sum(largeurs)
        # The font fits the columns to the page: a character is about 0.64 em wide.
        taille = min(taille, _LARGEUR * _A4[0] * 72 / (sum(largeurs) * 0.64))
        h = taille * 1.5 / 72 / _A4[1]

        def rang(cellules, gras=False):
            coupees = [textwrap.wrap(str(c), w - 2) or [""]
                       for c, w in zip(cellules, largeurs, strict=True)]  # fmt: skip
            n = max(len(c) for c in coupees)
            self.place(n * h + h)
            x = _MARGE
            for c, w, a in zip(coupees, largeurs, align, strict=True):
                xa, ha = (x + (w - 1) * echelle, "right") if a == "d" else (x, "left")
                self.fig.text(xa, self.y, "\n".join(c), fontsize=taille, va="top", ha=ha,
                              weight="bold" if gras else "normal", linespacing=1.3)  # fmt: skip
                x += w * echelle
            self.y -= n * h
            self.fig.add_artist(_trait(self.y + h * 0.15))

        rang(entetes, gras=True)
        for ligne in lignes:
            if self.fig is None or self.y - 2 * h < _BAS:
                self.nouvelle()
                rang(entetes, gras=True)  # the header again on every page
            rang(ligne)
        if total:
            rang(total, gras=True)
        self.y -= h


def _trait(y: float):
    from matplotlib.lines import Line2D

    return Line2D([_MARGE, _MARGE + _LARGEUR], [y, y], linewidth=0.3, color="0.6")


def dessiner(pages, contexte: dict, cas: Cas, taille: str, formateur: bool) -> None:
    """Lay the dossier out on `pages` (anything with ``savefig(figure)``, one call a page)."""
    dessiner_sections(pages, _titre(contexte, cas), sections(contexte, cas, taille, formateur))


def dessiner_sections(pages, titre_document: str, liste: list) -> None:
    """Lay any [(key, title, blocks)] out, each section from a new page (the jury kit too)."""
    if not isinstance(pages, _Pages):
        pages = _Pages(pages)
    pages.nouvelle()
    pages.texte(titre_document, taille=15, gras=True, largeur=70)
    for i, (_, titre, blocs) in enumerate(liste):
        if i:
            pages.nouvelle()
        pages.y -= 0.01
        pages.texte(titre, taille=13, gras=True, largeur=80)
        for bloc in blocs:
            if bloc[0] == "p":
                pages.texte(bloc[1])
            elif bloc[0] == "ul":
                for x in bloc[1]:
                    pages.texte("• " + x, retrait=0.02, largeur=96)
            elif bloc[0] == "dl":
                for k, v in bloc[1]:
                    pages.texte(f"{k} : {v}")
            else:
                pages.table(*bloc[1:])
            pages.y -= 0.006
    pages.fermer()


def dossier_pdf(contexte: dict, cas: Cas, chemin, taille: str = "titre",
                formateur: bool = False) -> Path:  # fmt: skip
    """The dossier as a multi-page A4 PDF at `chemin` (one section per page or more)."""
    titre = _titre(contexte, cas)
    liste = sections(contexte, cas, taille, formateur)
    return sections_pdf(chemin, titre, liste, contexte["secteur"])


def sections_pdf(chemin, titre: str, liste: list, sujet: str = "") -> Path:
    """Any [(key, title, blocks)] as a multi-page A4 PDF at `chemin`."""
    from matplotlib.backends.backend_pdf import PdfPages

    chemin = Path(chemin)
    with PdfPages(chemin) as pdf:
        dessiner_sections(_Pages(pdf), titre, liste)
        info = pdf.infodict()
        info["Title"], info["Subject"] = titre, sujet
    return chemin
