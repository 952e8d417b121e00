"""Companies (with deliberate duplicates) and their contacts (with deliberate defects)."""

from __future__ import annotations

import random
from datetime import date, timedelta

from ._outils import date_entre, iso, sans_accents, siren, slug, tirage

_SANS_FORME = ("Syndicat", "Régie", "Communauté", "Agglomération")


def _raison_sociale(rng: random.Random, p: dict, secteur: dict) -> str:
    mot = rng.choice(secteur["mots"])
    racine = rng.choice(p["racines_noms"] if rng.random() < 0.6 else p["noms"])
    nom = f"{mot} {racine}" if rng.random() < 0.7 else f"{racine} {mot}"
    if mot.startswith(_SANS_FORME):
        return f"{mot} {racine}"
    return f"{nom} {rng.choice(p['formes_juridiques'])}"


def _variante(rng: random.Random, nom: str, formes: list[str]) -> str:
    """Same company typed again by someone else: case, spaces, accents or legal form differ."""
    variantes = [
        nom.upper(),
        nom.lower(),
        "  ".join(nom.split(" ", 1)),
        nom + " ",
        sans_accents(nom).upper(),
    ]
    mots = nom.split()
    if mots[-1] in formes:
        variantes += [" ".join(mots[:-1]), " ".join(mots[:-1]) + " " + ".".join(mots[-1]) + "."]
    while True:
        v = rng.choice(variantes)
        if v != nom:
            return v


def entreprises(rng: random.Random, p: dict, commerciaux: list[dict]) -> list[dict]:
    """Companies in insertion order (ids 1..n), duplicates interleaved after their original.

    Each row carries private keys (starting with ``_``) used by the other generators:
    ``_doublon_de`` (index of the original) and ``_client_initial``.
    """
    secteurs = p["secteurs"]
    regions = p["regions"]
    tailles = p["tailles"]
    taux = p["taux_defauts"]
    par_region = {
        r["region"]: [c for c in commerciaux if c["region"] == r["region"]] for r in regions
    }
    sirens: set[str] = set()
    noms: set[str] = set()
    lignes = []
    for _ in range(p["nombre_entreprises"]):
        secteur = rng.choices(secteurs, weights=[s["poids"] for s in secteurs])[0]
        nom = _raison_sociale(rng, p, secteur)
        while nom in noms:
            nom = _raison_sociale(rng, p, secteur)
        noms.add(nom)
        taille = rng.choices(tailles, weights=[t["poids"] for t in tailles])[0]
        region = rng.choices(regions, weights=[r["poids"] for r in regions])[0]
        ville = rng.choice(region["villes"])
        d = p["dispersion_coordonnees_degres"]
        manquant = rng.random() < taux["secteur_manquant"]
        lignes.append(
            {
                "raison_sociale": nom,
                "siren": siren(rng, sirens),
                "secteur": None if manquant else secteur["secteur"],
                "code_naf": None if manquant else secteur["code_naf"],
                "taille": taille["taille"],
                "effectif": rng.randint(taille["effectif_min"], taille["effectif_max"]),
                "region": region["region"],
                "ville": ville["ville"],
                "latitude": round(ville["latitude"] + rng.uniform(-d, d), 4),
                "longitude": round(ville["longitude"] + rng.uniform(-d, d), 4),
                "statut": "prospect",
                "commercial": rng.choice(par_region[region["region"]])["nom_complet"],
                "_secteur": secteur["secteur"],
                "_client_initial": rng.random() < p["part_clients_debut"],
                "_doublon_de": None,
            }
        )
    nb_doublons = round(len(lignes) * taux["doublons_entreprises"])
    originaux = rng.sample(range(len(lignes)), nb_doublons)
    ordre: list[dict] = list(lignes)
    for i in sorted(originaux):
        o = lignes[i]
        copie = dict(o)
        copie.update(
            raison_sociale=_variante(rng, o["raison_sociale"], p["formes_juridiques"]),
            statut="prospect",
            commercial=rng.choice(par_region[o["region"]])["nom_complet"],
            _client_initial=False,
            _doublon_de=i,
        )
        if rng.random() < 0.3:
            copie.update(secteur=None, code_naf=None)
        position = ordre.index(o) + 1
        ordre.insert(rng.randint(position, len(ordre)), copie)
    for n, ligne in enumerate(ordre, start=1):
        ligne["id"] = n
    return ordre


def _telephone(rng: random.Random, indicatif: str, mobile: bool) -> str:
    tete = rng.choice(["06", "07"]) if mobile else indicatif
    chiffres = tete + "".join(str(rng.randint(0, 9)) for _ in range(8))
    paires = [chiffres[i : i + 2] for i in range(0, 10, 2)]
    forme = rng.random()
    if forme < 0.55:
        return " ".join(paires)
    if forme < 0.75:
        return chiffres
    if forme < 0.9:
        return ".".join(paires)
    return "+33 " + chiffres[1] + " " + " ".join(paires[1:])


def _telephone_invalide(rng: random.Random, bon: str) -> str:
    chiffres = "".join(c for c in bon if c.isdigit())
    if bon.startswith("+33"):
        chiffres = "0" + chiffres[2:]
    return rng.choice(
        [
            chiffres[:8],  # too short
            chiffres[1:],  # leading 0 forgotten
            chiffres + str(rng.randint(0, 9)),  # one digit too many
            chiffres[:4] + " AB " + chiffres[6:],  # letters
            "00 00 00 00",
        ]
    )


def _email_invalide(rng: random.Random, local: str, domaine: str) -> str:
    return rng.choice(
        [
            f"{local}.{domaine}",  # no @
            f"{local}@@{domaine}",
            f"{local}@{domaine.rsplit('.', 1)[0]}",  # no top-level domain
            f"{local.replace('.', ' ')}@{domaine}",  # space
            f"{local}@{domaine.replace('.', ',')}",  # comma
        ]
    )


def contacts(rng: random.Random, p: dict, societes: list[dict], reference: date) -> list[dict]:
    """Contacts of every company (duplicates get one copy of a contact of the original)."""
    borne = p["contacts_par_entreprise"]
    limite_obsolete = reference.replace(year=reference.year - p["anciennete_fiche_obsolete_ans"])
    lignes = []
    for s in societes:
        if s["_doublon_de"] is not None:
            continue
        mots = s["raison_sociale"].split()
        if mots[-1] in p["formes_juridiques"]:
            mots = mots[:-1]
        domaine = slug(" ".join(mots)) + ".fr"
        vus = set()
        for k in range(rng.randint(borne["min"], borne["max"])):
            prenom, nom = rng.choice(p["prenoms"]), rng.choice(p["noms"])
            while (prenom, nom) in vus:
                prenom, nom = rng.choice(p["prenoms"]), rng.choice(p["noms"])
            vus.add((prenom, nom))
            lignes.append(_contact(rng, p, s, prenom, nom, domaine, k == 0, limite_obsolete))
    for s in societes:
        if s["_doublon_de"] is None:
            continue
        originaux = [c for c in lignes if c["entreprise_id"] == s["_doublon_de"] + 1]
        if originaux:
            copie = dict(rng.choice(originaux))
            copie["entreprise_id"] = s["id"]
            lignes.append(copie)
    # ids in an order that does not give away the duplicates
    lignes.sort(key=lambda c: (c["entreprise_id"], c["nom"], c["prenom"]))
    for n, c in enumerate(lignes, start=1):
        c["id"] = n
    return lignes


def _contact(rng, p, s, prenom, nom, domaine, principal, limite_obsolete) -> dict:
    taux = p["taux_defauts"]
    local = f"{slug(prenom)}.{slug(nom)}".replace("-", "")
    email = f"{local}@{domaine}"
    if rng.random() < taux["email_manquant"]:
        email = None
    elif rng.random() < taux["email_invalide"] / (1 - taux["email_manquant"]):
        email = _email_invalide(rng, local, domaine)
    type_tel = tirage(rng, p["types_telephone"])
    indicatif = p["indicatifs_regionaux"][s["region"]]
    tel = _telephone(rng, indicatif, type_tel != "fixe professionnel")
    valide = True
    if rng.random() < taux["telephone_manquant"]:
        tel = None
    elif rng.random() < taux["telephone_invalide"] / (1 - taux["telephone_manquant"]):
        tel, valide = _telephone_invalide(rng, tel), False
    bloctel = int(
        type_tel == "mobile personnel"
        and tel is not None
        and valide
        and rng.random() < taux["bloctel_parmi_mobiles_personnels"]
    )
    oppose = not principal and rng.random() < taux["opposition_prospection"] * 1.6
    if rng.random() < taux["fiche_obsolete"]:
        maj = date_entre(rng, date(2019, 1, 1), limite_obsolete - timedelta(days=1))
    else:
        maj = date_entre(rng, date(2024, 1, 1), date(2025, 12, 31))
    opposition = date_entre(rng, date(2023, 1, 1), date(2025, 9, 30)) if oppose else None
    if opposition is not None:
        maj = max(maj, opposition)  # recording the opposition updated the record
    return {
        "entreprise_id": s["id"],
        "prenom": prenom,
        "nom": nom,
        "role": rng.choice(p["roles"]),
        "email": email,
        "telephone": tel,
        "type_telephone": type_tel if tel is not None else None,
        "canal_prefere": rng.choice(p["canaux"]),
        "consentement_email": int(email is not None and not oppose and rng.random() < 0.8),
        "opposition_prospection": int(oppose),
        "date_opposition": iso(opposition) if opposition else None,
        "inscrit_bloctel": bloctel,
        "date_maj": iso(maj),
    }
