#!/usr/bin/env python3
"""The deployment files checked without Docker (`make test`, step deploy-check): docker-compose.yml parses and runs
several API instances that share what they must, behind deploy/nginx/nginx.conf, with a daily backup; every file the
compose file and its Dockerfiles name exists; nginx sends what it must where it must. Exit status 1 lists the faults."""
import json
import re
import sys
from pathlib import Path

import yaml

root = Path(__file__).resolve().parent.parent
faults = []


def check(condition, message):
    if not condition:
        faults.append(message)


compose = yaml.safe_load((root / "docker-compose.yml").read_text())
services = compose.get("services", {})
for name in ("postgres", "redis", "api", "proxy", "backup"):
    check(name in services, f"docker-compose.yml: no `{name}` service")

# Every built image's Dockerfile, every file it copies from the repository, and every bind mount exist.
for name, service in services.items():
    build = service.get("build")
    if build:
        dockerfile = root / build.get("context", ".") / build.get("dockerfile", "Dockerfile")
        check(dockerfile.is_file(), f"{name}: {dockerfile.relative_to(root)} missing")
        if dockerfile.is_file():
            for line in dockerfile.read_text().splitlines():
                copy = re.match(r"COPY\s+(?!--from)(.+)\s+\S+$", line.strip())
                for source in copy.group(1).split() if copy else []:
                    check((root / source).exists(), f"{dockerfile.relative_to(root)}: COPY of missing {source}")
    for volume in service.get("volumes", []):
        source = volume.split(":")[0]
        if source.startswith("."):
            check((root / source).exists(), f"{name}: mounted {source} missing")
        else:
            check(source in (compose.get("volumes") or {}), f"{name}: volume {source} not declared")

api = services.get("api", {})
check(api.get("deploy", {}).get("replicas", 1) >= 2, "api: fewer than two replicas")
environment = api.get("environment", {})
# What every instance must share (docs/operations.md, "Several instances").
for setting in ("ConnectionStrings__Default", "Jwt__SigningKey", "DataProtection__IdDocumentKey", "Redis__Connection",
                "ForwardedHeaders__KnownNetworks"):
    check(setting in environment, f"api: {setting} not set")
check(set(api.get("depends_on", {})) >= {"postgres", "redis"}, "api: does not wait for postgres and redis")
check("ports" not in api, "api: a published port cannot be shared by several replicas (go through the proxy)")

proxy = services.get("proxy", {})
check(any(v.startswith("./deploy/nginx/nginx.conf:") for v in proxy.get("volumes", [])), "proxy: deploy/nginx/nginx.conf not mounted")
backup = services.get("backup", {})
check(any(v.endswith(":/backups") for v in backup.get("volumes", [])), "backup: no volume for the backups")
check("DATABASE_URL" in backup.get("environment", {}), "backup: DATABASE_URL not set")

# nginx: both upstreams over the api service; the routes it limits are the API's real ones.
nginx = (root / "deploy/nginx/nginx.conf").read_text()
upstreams = dict(re.findall(r"upstream\s+(\w+)\s*\{([^}]*)\}", nginx))
check(set(upstreams) == {"api", "api_sticky"}, f"nginx: upstreams {sorted(upstreams)}")
for name, body in upstreams.items():
    check("server api:8080" in body, f"nginx: upstream {name} is not the api service")
check("hash $binary_remote_addr" in upstreams.get("api_sticky", ""), "nginx: the hub's upstream is not sticky")
locations = dict(re.findall(r"location\s+([^{]+?)\s*\{([^}]*)\}", nginx))
hubs = locations.get("/hubs/", "")
check("proxy_pass http://api_sticky" in hubs, "nginx: /hubs/ does not go to the sticky upstream")
for header in ("Upgrade $http_upgrade", "Connection $connection_upgrade", "Host $host", "X-Forwarded-For"):
    check(f"proxy_set_header {header}" in hubs, f"nginx: /hubs/ does not set {header}")
# A location setting any header inherits none of the server's: each such location sets the forwarding ones itself.
for path, body in locations.items():
    if "proxy_set_header" in body:
        check("X-Forwarded-For" in body and "Host" in body, f"nginx: {path} sets headers but loses Host/X-Forwarded-For")
paths = json.loads((root / "docs/api/openapi.json").read_text())["paths"]
for prefix, zone in (("/api/v1/auth/", "auth_per_ip"), ("/api/v1/payments/webhooks/", "webhooks_per_provider")):
    check(f"zone={zone}" in locations.get(prefix, ""), f"nginx: {prefix} is not rate limited")
    check(any(p.startswith(prefix) for p in paths), f"nginx: {prefix} is no route of docs/api/openapi.json")
check(re.search(r"limit_req_status\s+429;", nginx) is not None, "nginx: limits must answer 429 as the API does")

for fault in faults:
    print(f"deploy-check: {fault}", file=sys.stderr)
print(f"deploy-check: {'FAILED' if faults else 'ok'} ({len(services)} services)")
sys.exit(1 if faults else 0)
