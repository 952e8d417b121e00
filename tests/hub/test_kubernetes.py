"""The Kubernetes path (deploy/helm/values.yaml for Zero to JupyterHub, deploy/Containerfile): the
values parse, use only keys the chart knows with the types it expects, and agree with the one-machine
hub (home page, exchange, idle timeout) and with the image.

The chart's own schema (values.schema.json) cannot be fetched here: the keys relied upon are listed
below, as the chart 4.x schema declares them (checked against jupyterhub/values.schema.yaml of
zero-to-jupyterhub-k8s, appVersion 5.5.0). With NTC_Z2JH_CHART=<an unpacked chart folder>, the whole
file is also validated against that chart's schema, merged over its defaults as helm does.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
VALEURS = ROOT / "deploy" / "helm" / "values.yaml"
CONTAINERFILE = ROOT / "deploy" / "Containerfile"
NOMBRE, TEXTE = (int, float), str
CLASSE = re.compile(r"^[A-Z]\w*$")  # hub.config: traitlets classes, any name with a capital

# Keys used, with the types the chart accepts; a dict is an object of known keys only, `...` an
# object whose content the chart passes through (Python config, roles, environment, k8s specs).
SCHEMA = {
    "hub": {"config": "classes", "loadRoles": ..., "extraConfig": ...},
    "singleuser": {
        "image": {"name": TEXTE, "tag": TEXTE},
        "defaultUrl": TEXTE,
        "fsGid": int,
        "cpu": {"guarantee": NOMBRE, "limit": NOMBRE},
        "memory": {"guarantee": (TEXTE, *NOMBRE), "limit": (TEXTE, *NOMBRE)},
        "storage": {
            "type": ("dynamic", "static", "none"),
            "capacity": TEXTE,
            "homeMountPath": TEXTE,
            "extraVolumes": list,
            "extraVolumeMounts": list,
        },
        "extraEnv": ...,
        "lifecycleHooks": {"postStart": ..., "preStop": ...},
    },
    "cull": {"enabled": bool, "timeout": int, "every": int},
    "scheduling": {
        "userScheduler": {"enabled": bool},
        "podPriority": {"enabled": bool},
        "userPlaceholder": {"enabled": bool, "replicas": int},
    },
}


def _inconnues(valeurs, schema, chemin="") -> list[str]:
    """Every key or value of `valeurs` outside `schema`, with its dotted path."""
    if schema is ...:
        return [] if isinstance(valeurs, dict) else [f"{chemin} : objet attendu"]
    if schema == "classes":
        return [
            f"{chemin}.{k}"
            for k, v in valeurs.items()
            if not CLASSE.match(k) or not isinstance(v, dict)
        ]
    if isinstance(schema, dict):
        if not isinstance(valeurs, dict):
            return [f"{chemin} : objet attendu"]
        fautes = []
        for cle, valeur in valeurs.items():
            ici = f"{chemin}.{cle}".lstrip(".")
            fautes += (
                _inconnues(valeur, schema[cle], ici) if cle in schema else [f"{ici} : clé inconnue"]
            )
        return fautes
    if isinstance(schema, tuple) and all(isinstance(x, str) for x in schema):
        return [] if valeurs in schema else [f"{chemin} : {valeurs!r} hors de {schema}"]
    types = schema if isinstance(schema, tuple) else (schema,)
    ok = isinstance(valeurs, types) and not (isinstance(valeurs, bool) and bool not in types)
    return [] if ok else [f"{chemin} : {type(valeurs).__name__} au lieu de {types}"]


@pytest.fixture(scope="module")
def valeurs() -> dict:
    return yaml.safe_load(VALEURS.read_text(encoding="utf-8"))


def test_values_use_only_known_keys(valeurs):
    assert _inconnues(valeurs, SCHEMA) == []


def test_the_explicit_check_catches_mistakes(valeurs):
    faux = {
        **valeurs,
        "singleuser": {**valeurs["singleuser"], "defaultURL": "/lab", "fsGid": "100"},
    }
    faux["cull"] = {**valeurs["cull"], "timeout": True}
    assert sorted(_inconnues(faux, SCHEMA)) == [
        "cull.timeout : bool au lieu de (<class 'int'>,)",
        "singleuser.defaultURL : clé inconnue",
        "singleuser.fsGid : str au lieu de (<class 'int'>,)",
    ]


def test_hub_python_compiles(valeurs):
    for nom, code in valeurs["hub"]["extraConfig"].items():
        compile(code, f"hub.extraConfig.{nom}", "exec")


def test_same_course_exchange_and_culler_as_one_machine(valeurs):
    config = (ROOT / "deploy" / "jupyterhub_config.py").read_text(encoding="utf-8")
    su = valeurs["singleuser"]
    assert f'c.Spawner.default_url = "{su["defaultUrl"]}"' in config
    assert f'"--timeout={valeurs["cull"]["timeout"]}"' in config
    assert valeurs["cull"]["enabled"] is True
    montages = {m["name"]: m["mountPath"] for m in su["storage"]["extraVolumeMounts"]}
    volumes = {
        v["name"]: v["persistentVolumeClaim"]["claimName"] for v in su["storage"]["extraVolumes"]
    }
    assert montages["ntc-echange"] == su["extraEnv"]["NTC_EXCHANGE"] == "/srv/ntc/echange"
    assert volumes["ntc-echange"] == "ntc-echange"  # the ReadWriteMany claim the README asks for
    commande = " ".join(su["lifecycleHooks"]["postStart"]["exec"]["command"])
    assert "/opt/ntc/course" in commande and "exercises" in commande
    roles = valeurs["hub"]["loadRoles"]["server"]["scopes"]
    assert "read:users:groups!user" in roles  # nbgrader's JupyterHubAuthPlugin needs it


def test_image_installs_the_repository_with_the_role_settings():
    texte = CONTAINERFILE.read_text(encoding="utf-8")
    assert re.search(r"^FROM quay\.io/jupyter/base-notebook:python-3\.11$", texte, re.M)
    assert "COPY --chown=root:root . /opt/ntc" in texte
    assert "pip install --no-cache-dir -e /opt/ntc" in texte
    chemins = re.search(r"JUPYTER_CONFIG_PATH=(\S+)", texte).group(1).split(":")
    for chemin in chemins:
        assert (ROOT / Path(chemin).relative_to("/opt/ntc")).is_dir(), chemin
    ignore = (ROOT / ".containerignore").read_text(encoding="utf-8").split()
    assert ".venv" in ignore and "**/node_modules" in ignore


@pytest.mark.skipif(not os.environ.get("NTC_Z2JH_CHART"), reason="NTC_Z2JH_CHART non défini")
def test_values_against_the_charts_own_schema(valeurs):
    import json

    import jsonschema

    chart = Path(os.environ["NTC_Z2JH_CHART"])
    fichier = next(
        p for p in (chart / "values.schema.json", chart / "values.schema.yaml") if p.exists()
    )
    schema = (
        json.loads(fichier.read_text())
        if fichier.suffix == ".json"
        else yaml.safe_load(fichier.read_text())
    )

    def fusion(a, b):
        if isinstance(a, dict) and isinstance(b, dict):
            return {**a, **{k: fusion(a[k], v) if k in a else v for k, v in b.items()}}
        return b

    tout = fusion(yaml.safe_load((chart / "values.yaml").read_text()), valeurs)
    fautes = [
        f"{list(e.path)} : {e.message}"
        for e in jsonschema.Draft7Validator(schema).iter_errors(tout)
    ]
    assert fautes == []
