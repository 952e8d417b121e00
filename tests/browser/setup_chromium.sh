#!/bin/sh
# Install Debian's Chromium for the browser tests (tests/browser), if it is not there yet.
# Playwright drives this system browser: never `playwright install` (no browser download here).
# Usage: sh tests/browser/setup_chromium.sh   (as root, or with sudo available)
set -u
CHROMIUM=/usr/bin/chromium

if [ -x "$CHROMIUM" ]; then
    echo "Chromium déjà installé : $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "ERREUR : $CHROMIUM est absent et l'installation demande les droits root (ni root, ni sudo)." >&2
    echo "Installez-le à la main : apt-get install chromium  (ou NTC_SANS_NAVIGATEUR=1 pour sauter les tests navigateur)." >&2
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ERREUR : $CHROMIUM est absent et apt-get n'existe pas sur cette machine (Debian/Ubuntu attendu)." >&2
    echo "Installez Chromium par le gestionnaire de paquets du système, en $CHROMIUM." >&2
    exit 1
fi

echo "Installation de Chromium (paquet Debian « chromium »)…"
export DEBIAN_FRONTEND=noninteractive
if ! $SUDO apt-get update -qq >/dev/null; then
    echo "ERREUR : apt-get update a échoué (dépôts Debian injoignables ?)." >&2
    exit 1
fi
if ! $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null; then
    echo "ERREUR : apt-get install chromium a échoué." >&2
    exit 1
fi
if [ ! -x "$CHROMIUM" ]; then
    echo "ERREUR : le paquet chromium est installé mais $CHROMIUM est introuvable." >&2
    exit 1
fi
echo "Chromium installé : $("$CHROMIUM" --version 2>/dev/null)"
