"""A proposal written from a context, right (the exercise's key) or with chosen defects (the
tests, ``exemple_proposition(contexte, juste=False)``). No date, no clock: the same context gives
the same content."""

from __future__ import annotations

from autograder.calculs import montant_tva
from autograder.metier.examen.proposition_lecture import couvert
from autograder.metier.examen.proposition_modele import (
    SECTIONS,
    document_vierge,
    octets,
    tableau_de_prix,
)
from autograder.moteur.nombres import euros, nombre, pourcent

DEFAUTS = (
    "section", "besoin", "ligne", "tva", "ttc", "paiement", "penalites", "validite",
    "signature", "prospect", "budget",
)  # fmt: skip
FAUTIF = frozenset({"besoin", "ligne", "paiement", "penalites"})


def _choix(contexte: dict, depasser: bool) -> list[tuple[dict, float]]:
    """Products of the offer at their usual quantity, as long as the budget allows (at least
    one); every product when ``depasser``."""
    budget, total, choix = contexte["prospect"]["budget_ht"], 0.0, []
    for p in contexte["offre"]:
        montant = p["prix_ht"] * p["quantite_par_commande"]
        if depasser or not choix or total + montant <= budget:
            choix.append((p, p["quantite_par_commande"]))
            total += montant
    if depasser and total <= budget:  # over the budget for sure
        p, q = choix[0]
        choix[0] = (p, q + int(budget // p["prix_ht"]) + 1)
    return choix


def offre_reference(contexte: dict) -> list[tuple[dict, float]]:
    """The key proposal's lines (product, quantity): what the jury kit prices."""
    return _choix(contexte, False)


def besoin_oublie(contexte: dict) -> str:
    """The expressed need the « besoin » defect leaves out: the last one that the names of the
    products chosen do not answer by themselves."""
    noms = " ".join(p["designation"] for p, _ in _choix(contexte, False))
    besoins = contexte["prospect"]["besoins_exprimes"]
    return next((b for b in reversed(besoins) if not couvert(b, noms)), besoins[-1])


def _paiement(contexte: dict, defauts) -> str:
    p = contexte["conditions"]["paiement"]
    if "paiement" in defauts:
        return "Paiement à 90 jours date de facture, par virement."
    if p["mode"] == "fin_de_mois":
        return f"Paiement à {p['jours']} jours fin de mois, par virement."
    periodique = " (facturation périodique)" if p["mode"] == "facture_periodique" else ""
    return f"Paiement à {p['jours']} jours date de facture{periodique}, par virement."


def rediger_proposition(contexte: dict, defauts=()) -> bytes:
    """The proposal for ``contexte``, with the ``DEFAUTS`` named."""
    defauts = set(defauts)
    prospect, vendeur = contexte["prospect"], contexte["entreprise"]["nom"]
    doc = document_vierge(contexte)
    titres = {cle: titre for cle, (titre, *_) in SECTIONS.items()}
    client = "votre entreprise" if "prospect" in defauts else prospect["entreprise"]
    if "prospect" not in defauts:
        doc.add_paragraph(
            f"À l'attention de {prospect['contact']['nom']}, {prospect['contact']['fonction']}, "
            f"{prospect['entreprise']}, {prospect['ville']}."
        )
    if "section" not in defauts:
        doc.add_heading(titres["contexte"], level=1)
    doc.add_paragraph(f"{client} : {prospect['activite']}. {prospect['premier_contact']}")
    doc.add_paragraph("Vos besoins : " + " ; ".join(prospect["besoins_exprimes"]) + ".")
    decele = prospect["besoins_non_exprimes"][0]
    doc.add_paragraph(f"Nous avons aussi relevé ceci : {decele['indice']} D'où un besoin : "
                      f"{decele['besoin']}")  # fmt: skip

    choix = _choix(contexte, "budget" in defauts)
    doc.add_heading(titres["solution"], level=1)
    noms = ", ".join(p["designation"] for p, _ in choix)
    besoins = list(prospect["besoins_exprimes"])
    if "besoin" in defauts:
        besoins.remove(besoin_oublie(contexte))
    for besoin in besoins:
        doc.add_paragraph(f"Votre besoin « {besoin} » : notre réponse s'appuie sur {noms}.",
                          style="List Bullet")  # fmt: skip
    doc.add_paragraph(f"Le besoin décelé, « {decele['besoin']} », est couvert par la même offre.",
                      style="List Bullet")  # fmt: skip

    doc.add_heading(titres["financier"], level=1)
    lignes, bases = [], {}
    for i, (p, q) in enumerate(choix):  # a wrong line is carried on into the totals
        montant = round(p["prix_ht"] * q, 2) + (10 if "ligne" in defauts and i == 0 else 0)
        bases[p["taux_tva"]] = bases.get(p["taux_tva"], 0) + montant
        lignes.append((p["designation"], nombre(q), euros(p["prix_ht"]), euros(montant)))
    total = round(sum(bases.values()), 2)
    tvas = {t: montant_tva(b, t) * (1.1 if "tva" in defauts else 1) for t, b in bases.items()}
    tvas = {t: round(v, 2) for t, v in tvas.items()}
    ttc = round(total + sum(tvas.values()), 2) + (100 if "ttc" in defauts else 0)
    tableau_de_prix(
        doc,
        lignes,
        [("Total HT", euros(total)),
         *((f"TVA {pourcent(t, 1 if t * 100 % 1 else 0)}", euros(v)) for t, v in tvas.items()),
         ("Total TTC", euros(ttc))],
    )  # fmt: skip
    if total > prospect["budget_ht"] and "budget" not in defauts:
        doc.add_paragraph("Ce total dépasse le budget prévu : l'écart se justifie par le retour "
                          "sur investissement attendu, et une mise en place par phases reste "
                          "possible.")  # fmt: skip

    doc.add_heading(titres["conditions"], level=1)
    conditions = contexte["conditions"]
    doc.add_paragraph(f"Livraison et démarrage : {conditions['livraison']}")
    doc.add_paragraph(f"Garantie : {conditions['garantie']}")
    doc.add_paragraph(_paiement(contexte, defauts))
    if "penalites" not in defauts:
        doc.add_paragraph(
            "En cas de retard de paiement : pénalités de retard au taux de la BCE majoré de 10 "
            "points et indemnité forfaitaire de 40 € pour frais de recouvrement."
        )
    if "validite" not in defauts:
        doc.add_paragraph(f"Offre valable {conditions['validite_offre_jours']} jours.")

    doc.add_heading(titres["accord"], level=1)
    if "signature" in defauts:
        doc.add_paragraph(f"Nous restons à votre disposition. L'équipe {vendeur}.")
    else:
        doc.add_paragraph(f"Pour {client}, mention manuscrite « Bon pour accord » :")
        for champ in ("Date :", "Nom :", "Fonction :", "Signature :"):
            doc.add_paragraph(champ)
    return octets(doc)


def exemple_proposition(contexte: dict, juste: bool = True) -> bytes:
    """A right proposal for ``contexte`` or, with ``juste=False``, a flawed one."""
    return rediger_proposition(contexte, () if juste else FAUTIF)
