"""The order form (bon de commande) of a replayed negotiation: its figures, a printable HTML
document and a .docx. Every term comes from the replayed state, never from what a transcript
claims: `ecarts` says in French how a claimed order form differs from the agreed one.
"""

from __future__ import annotations

import html
from datetime import date

from autograder.calculs import marge, montant_tva, remises_successives, taux_de_marque
from autograder.calculs import paiement as legal
from autograder.metier.commande.cas import CONTREPARTIES, GESTE, PART_ACOMPTE, option_paiement
from autograder.moteur.calendrier import date_en_clair
from autograder.moteur.nombres import euros, nombre, pourcent

PENALITES = (
    "En cas de retard de paiement : pénalités de retard au taux de la BCE majoré de 10 points, "
    "et indemnité forfaitaire de 40 € pour frais de recouvrement (art. L441-10 II et D441-5 du "
    "Code de commerce). Pas d'escompte pour paiement anticipé."
)


def lignes(cas: dict, etat) -> list[dict]:
    """The order lines: the proposal's quantities, the extra quantity when the client gave it."""
    out = []
    for li in cas["lignes"]:
        q = li["quantite"]
        if "volume" in etat.obtenues and li["id"] == cas["volume"]["ligne"]:
            q += cas["volume"]["ajout"]
        out.append({**li, "quantite": q, "montant_ht": round(q * li["prix_ht"], 2)})
    return out


def totaux(cas: dict, etat) -> dict:
    ls = lignes(cas, etat)
    brut = round(sum(li["montant_ht"] for li in ls), 2)
    par_taux: dict[float, float] = {}
    for li in ls:
        par_taux[li["taux_tva"]] = par_taux.get(li["taux_tva"], 0) + li["montant_ht"]
    nets = {t: remises_successives(round(b, 2), [etat.remise / 100]) for t, b in par_taux.items()}
    net = round(sum(nets.values()), 2)
    tva = {t: montant_tva(n, t) for t, n in nets.items()}
    ttc = round(net + sum(tva.values()), 2)
    cout = round(sum(li["quantite"] * li["cout_ht"] for li in ls), 2)
    return {
        "lignes": ls,
        "brut_ht": brut,
        "remise": round(brut - net, 2),
        "net_ht": net,
        "tva": tva,
        "ttc": ttc,
        "acompte": round(ttc * PART_ACOMPTE, 2) if "acompte" in etat.obtenues else 0.0,
        "marge": marge(net, cout),
        "taux_de_marque": taux_de_marque(net, cout) if net > 0 else 0.0,
    }


def bon(cas: dict, etat) -> dict:
    """The order form's terms, as data (what `ecarts` compares)."""
    t, o = totaux(cas, etat), option_paiement(cas, etat.paiement)
    return {
        "numero": cas["numero"],
        "date": cas["date"],
        "lignes": [{"id": li["id"], "quantite": li["quantite"]} for li in t["lignes"]],
        "remise": etat.remise,
        "net_ht": t["net_ht"],
        "ttc": t["ttc"],
        "paiement": o["libelle"],
        "acompte": t["acompte"],
        "geste": etat.geste,
        "engagements": list(etat.obtenues),
        "validite": cas["validite"],
    }


def ecarts(cas: dict, etat, reclame) -> list[str]:
    """How a claimed order form differs from the one the replayed negotiation gives (French)."""
    if not isinstance(reclame, dict):
        return ["le bon de commande joint est illisible"]
    vrai, out = bon(cas, etat), []
    libelles = {
        "remise": ("la remise", lambda v: f"{v} %"),
        "net_ht": (
            "le montant net HT",
            lambda v: euros(v) if isinstance(v, int | float) else str(v),
        ),
        "paiement": ("le délai de paiement", str),
        "geste": ("l'accompagnement offert", lambda v: "oui" if v else "non"),
        "lignes": (
            "les quantités",
            lambda v: (
                ", ".join(f"{x.get('id')} × {x.get('quantite')}" for x in v if isinstance(x, dict))
                if isinstance(v, list)
                else str(v)
            ),
        ),
    }
    for cle, (quoi, montrer) in libelles.items():
        if cle in reclame and reclame[cle] != vrai[cle]:
            out.append(
                f"{quoi} : {montrer(reclame[cle])} n'a jamais été accepté par l'acheteur "
                f"(accord rejoué : {montrer(vrai[cle])})"
            )
    return out


def _date(iso: str) -> str:
    return date_en_clair(date.fromisoformat(iso))


def engagement(cas: dict, c: str) -> str:
    """A counterpart as the order form states it (the extra quantity named)."""
    if c != "volume":
        return CONTREPARTIES[c]
    li = next(x for x in cas["lignes"] if x["id"] == cas["volume"]["ligne"])
    ajout = nombre(cas["volume"]["ajout"])
    return (
        f"{CONTREPARTIES[c]}\u00a0: {ajout} × {li['unite']} de plus, ligne « {li['designation']} »"
    )


def alerte_secteur(cas: dict) -> str:
    quoi = cas.get("secteur_a_verifier")
    if not quoi:
        return ""
    return (
        f" Ce secteur peut relever d'un plafond plus court ({quoi}, art. L441-11 du Code de "
        "commerce) : délai à vérifier avant la signature."
    )


def conditions(cas: dict, etat) -> list[tuple[str, str]]:
    """(title, text) of each term printed under the lines."""
    t, o = totaux(cas, etat), option_paiement(cas, etat.paiement)
    paie = f"{o['libelle']}."
    if t["acompte"]:
        paie = (
            f"Acompte de {pourcent(PART_ACOMPTE, 0)} du TTC à la commande ({euros(t['acompte'])}), "
            f"solde à {o['libelle']}."
        )
    livraison = cas["conditions"]["livraison"]
    if etat.geste:
        livraison += f" Offert : {GESTE}."
    out = [
        ("Paiement", f"{paie} {legal.RAPPEL_LOI}{alerte_secteur(cas)}"),
        ("Retard de paiement", PENALITES),
        ("Livraison", livraison),
        ("Garantie", cas["conditions"]["garantie"]),
    ]
    if etat.obtenues:
        out.append(
            (
                "Engagements du client",
                "\u202f; ".join(engagement(cas, c) for c in etat.obtenues) + ".",
            )
        )
    out.append(("Validité", f"Offre valable jusqu'au {_date(cas['validite'])} inclus."))
    return out


def bon_html(cas: dict, etat) -> str:
    """The order form as a printable HTML fragment (A4, no script)."""
    t, v, c = totaux(cas, etat), cas["vendeur"], cas["client"]

    def e(x: str) -> str:
        return html.escape(x, quote=False)

    rangs = "".join(
        f"<tr><td>{e(li['designation'])}</td><td>{e(li['unite'])}</td>"
        f"<td style='text-align:right'>{nombre(li['quantite'])}</td>"
        f"<td style='text-align:right'>{euros(li['prix_ht'])}</td>"
        f"<td style='text-align:right'>{euros(li['montant_ht'])}</td></tr>"
        for li in t["lignes"]
    )
    pied = [("Total brut HT", t["brut_ht"])]
    if etat.remise:
        pied.append((f"Remise {etat.remise} %", -t["remise"]))
    pied.append(("Net HT", t["net_ht"]))
    pied += [(f"TVA {pourcent(k, 1 if k * 1000 % 10 else 0)}", m) for k, m in t["tva"].items()]
    pied.append(("Total TTC", t["ttc"]))
    pieds = "".join(
        f"<tr><th colspan='4' style='text-align:right'>{e(lib)}</th>"
        f"<td style='text-align:right'>{euros(m)}</td></tr>"
        for lib, m in pied
    )
    conds = "".join(f"<p><b>{e(k)} :</b> {e(x)}</p>" for k, x in conditions(cas, etat))
    return (
        "<div class='ntc-bon-de-commande' style='max-width:21cm;border:1px solid #555;"
        "padding:1em 1.5em;background:#fff;color:#000'>"
        f"<h2 style='margin-top:0'>Bon de commande n° {e(cas['numero'])}</h2>"
        f"<p><b>Fournisseur :</b> {e(v['entreprise'])} ({e(v['forme_juridique'])}), {e(v['ville'])}"
        f" — suivi par {e(v['prenom'])} {e(v['nom'])}<br><b>Client :</b> {e(c['entreprise'])}, "
        f"{e(c['ville'])} — {e(c['contact']['nom'])}, {e(c['contact']['fonction'])}<br>"
        f"<b>Date :</b> {_date(cas['date'])}</p>"
        "<table style='border-collapse:collapse;width:100%' border='1' cellpadding='4'>"
        "<caption style='text-align:left'>Lignes de la commande</caption>"
        "<thead><tr><th>Désignation</th><th>Unité</th><th>Quantité</th><th>Prix unitaire HT</th>"
        f"<th>Montant HT</th></tr></thead><tbody>{rangs}</tbody><tfoot>{pieds}</tfoot></table>"
        f"{conds}<h3>Bon pour accord</h3><p>Date : ……………… Nom : ……………… Fonction : ……………… "
        "Signature et cachet du client : ………………</p></div>"
    )


def bon_docx(cas: dict, etat, chemin) -> None:
    """The same order form as a Word document (python-docx)."""
    from docx import Document

    t, v, c = totaux(cas, etat), cas["vendeur"], cas["client"]
    doc = Document()
    doc.add_heading(f"Bon de commande n° {cas['numero']}", level=1)
    doc.add_paragraph(
        f"Fournisseur : {v['entreprise']} ({v['forme_juridique']}), {v['ville']} — suivi par "
        f"{v['prenom']} {v['nom']}\nClient : {c['entreprise']}, {c['ville']} — "
        f"{c['contact']['nom']}, {c['contact']['fonction']}\nDate : {_date(cas['date'])}"
    )
    tab = doc.add_table(rows=1, cols=5)
    tab.style = "Table Grid"
    for cell, titre in zip(
        tab.rows[0].cells,
        ("Désignation", "Unité", "Quantité", "Prix unitaire HT", "Montant HT"),
        strict=True,
    ):
        cell.text = titre
    for li in t["lignes"]:
        for cell, x in zip(
            tab.add_row().cells,
            (
                li["designation"],
                li["unite"],
                nombre(li["quantite"]),
                euros(li["prix_ht"]),
                euros(li["montant_ht"]),
            ),
            strict=True,
        ):
            cell.text = x
    lignes_pied = [("Total brut HT", t["brut_ht"])]
    if etat.remise:
        lignes_pied.append((f"Remise {etat.remise} %", -t["remise"]))
    lignes_pied += [
        ("Net HT", t["net_ht"]),
        ("TVA", sum(t["tva"].values())),
        ("Total TTC", t["ttc"]),
    ]
    for lib, m in lignes_pied:
        cells = tab.add_row().cells
        cells[0].text, cells[4].text = lib, euros(m)
    for k, x in conditions(cas, etat):
        doc.add_paragraph().add_run(f"{k} : ").bold = True
        doc.paragraphs[-1].add_run(x)
    doc.add_heading("Bon pour accord", level=2)
    doc.add_paragraph("Date :\nNom :\nFonction :\nSignature et cachet du client :")
    doc.save(str(chemin))
