#!/bin/sh
# Install the Debian packages the tests need and pip cannot give, when they are missing:
# hunspell and its French dictionary (hunspell-fr) for the French spelling check (tests/francais),
# with the English one (hunspell-en-us) for the French feedback that quotes English (anglais_b2b).
# hunspell-fr pulls in hunspell-fr-classical, Grammalecte's recommended variant (fr_FR); the
# « moderne » variant no longer exists upstream (Debian dropped hunspell-fr-modern in 7.0).
# LibreOffice Calc (libreoffice-calc) recalculates and saves a workbook in tests/test_examen_tableau.py,
# as a learner's spreadsheet does at the exam.
# Usage: sh tests/setup_debian.sh [PAQUET...]   (as root, or with sudo available); without
# arguments, the hunspell packages.
set -u
PAQUETS="${*:-hunspell hunspell-fr hunspell-en-us}"

manquants=""
for paquet in $PAQUETS; do
    if ! dpkg-query -W -f='${Status}' "$paquet" 2>/dev/null | grep -q "install ok installed"; then
        manquants="$manquants $paquet"
    fi
done
if [ -z "$manquants" ]; then
    echo "Paquets Debian déjà installés :$(printf ' %s' $PAQUETS)."
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "ERREUR : paquets absents ($manquants ) et l'installation demande les droits root (ni root, ni sudo)." >&2
    echo "Installez-les à la main : apt-get install$manquants" >&2
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ERREUR : paquets absents ($manquants ) et apt-get n'existe pas sur cette machine (Debian/Ubuntu attendu)." >&2
    echo "Installez$manquants par le gestionnaire de paquets du système." >&2
    exit 1
fi

echo "Installation des paquets Debian :$manquants…"
export DEBIAN_FRONTEND=noninteractive
# The package lists of a fresh machine are empty: update them once first.
if ! $SUDO apt-get update -qq >/dev/null; then
    echo "ERREUR : apt-get update a échoué (dépôts Debian injoignables ?)." >&2
    exit 1
fi
# shellcheck disable=SC2086  # one word per package
if ! $SUDO apt-get install -y -qq --no-install-recommends $manquants >/dev/null; then
    echo "ERREUR : apt-get install$manquants a échoué." >&2
    exit 1
fi
case " $manquants " in *" hunspell-fr "*) verifier_fr=1 ;; *) verifier_fr=0 ;; esac
if [ "$verifier_fr" -eq 1 ] && ! hunspell -D </dev/null 2>&1 | grep -q "/fr_FR$"; then
    echo "ERREUR : hunspell-fr est installé mais le dictionnaire fr_FR est introuvable." >&2
    exit 1
fi
echo "Paquets installés :$manquants."
