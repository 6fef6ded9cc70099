#!/usr/bin/env bash
# Uploads and downloads one large DICOM file through the gateway as the demo patient anna,
# and in the same run PUTs and GETs the same file on a plain local nginx, then compares the
# throughputs and the dossier-service's RSS growth during the upload.
#
# Needs: the local stack running (./platform up), curl, python3, nginx (Debian package nginx,
# only its binary is used: it runs on its own port with a configuration in a temp folder).
# Environment: GATEWAY_URL (http://localhost:8080), KEYCLOAK_URL (http://localhost:8180),
# SIZE_MB (1024), DOSSIER_PID (default: read from the stack's state folder .run/), NGINX_PORT (18089).
# To measure a bare dossier-service instead (no gateway, no Keycloak): BASE_URL (the service),
# ACCESS_TOKEN (a token it accepts) and REQUEST_ID (a request its referral context knows).
set -euo pipefail

GATEWAY=${GATEWAY_URL:-http://localhost:8080}
BASE=${BASE_URL:-$GATEWAY}
KEYCLOAK=${KEYCLOAK_URL:-http://localhost:8180}
SIZE_MB=${SIZE_MB:-1024}
NGINX_PORT=${NGINX_PORT:-18089}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$(mktemp -d)
NGINX_PID=""
SAMPLER_PID=""

cleanup() {
  [[ -n $SAMPLER_PID ]] && kill "$SAMPLER_PID" 2>/dev/null || true
  [[ -n $NGINX_PID ]] && kill "$NGINX_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

die() { printf 'error: %s\n' "$*" >&2; exit 1; }
command -v curl >/dev/null || die "curl is needed"
command -v python3 >/dev/null || die "python3 is needed"
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[[ -x $NGINX ]] || die "nginx is needed for the reference (apt-get install -y nginx)"

if [[ -z ${DOSSIER_PID:-} ]]; then
  for candidate in "${PLATFORM_HOME:-$ROOT/.run}/pids/dossier-service.pid"; do
    [[ -f $candidate ]] && DOSSIER_PID=$(cat "$candidate") && break
  done
fi
[[ -n ${DOSSIER_PID:-} && -d /proc/$DOSSIER_PID ]] || die "set DOSSIER_PID to the dossier-service's process id"

json() { python3 -c "import json,sys; print(json.load(sys.stdin)$1)"; }
token() {
  curl -fsS -d grant_type=password -d client_id=dev-cli -d "username=$1" -d "password=$1" \
    "$KEYCLOAK/realms/secondopinion/protocol/openid-connect/token" | json '["access_token"]'
}
rss_kb() { awk '/^VmRSS/ {print $2}' "/proc/$DOSSIER_PID/status"; }

echo "making a ${SIZE_MB} MiB DICOM file"
python3 "$(dirname "${BASH_SOURCE[0]}")/make-dicom.py" "$WORK/study.dcm" "$SIZE_MB"
BYTES=$(stat -c %s "$WORK/study.dcm")

if [[ -n ${ACCESS_TOKEN:-} ]]; then
  ANNA=$ACCESS_TOKEN
else
  ANNA=$(token anna)
fi
if [[ -n ${REQUEST_ID:-} ]]; then
  REQUEST=$REQUEST_ID
else
  echo "creating a request for anna"
  REQUEST=$(curl -fsS -H "Authorization: Bearer $ANNA" -H 'Content-Type: application/json' \
    -d '{"question":"Is surgery really the only option for my hernia? benchmark","reason":"DOUBT_ABOUT_TREATMENT","specialty":"neurology","treatingDoctor":{"name":"dr. P. Jansen","level":"MEDICAL_SPECIALIST","specialty":"neurology","institution":"Ziekenhuis Noord"},"insurer":{"uzovi":"3311","policyNumber":"ZK-1"},"facts":{"treatedAbroad":false,"imagingDone":true,"pathologyDone":false,"operated":false,"insuredAbroad":false}}' \
    "$GATEWAY/api/requests" | json '["id"]')
fi

echo "starting nginx on 127.0.0.1:$NGINX_PORT"
mkdir -p "$WORK/www" "$WORK/tmp" "$WORK/logs"
# Started as root, nginx's worker runs as nobody: it must be able to write the upload.
chmod 0755 "$WORK" && chmod 0777 "$WORK/www" "$WORK/tmp"
cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
error_log $WORK/logs/error.log;
pid $WORK/nginx.pid;
events { worker_connections 64; }
http {
  access_log off;
  client_body_temp_path $WORK/tmp;
  proxy_temp_path $WORK/tmp; fastcgi_temp_path $WORK/tmp; uwsgi_temp_path $WORK/tmp; scgi_temp_path $WORK/tmp;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
    client_max_body_size 0;
    location / { dav_methods PUT; create_full_put_path on; }
  }
}
CONF
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf" -g 'daemon off;' &
NGINX_PID=$!
sleep 1

seconds() { python3 -c "print(float('$1'))"; }
mibps() { python3 -c "print(round($BYTES / 1048576 / $1, 1))"; }

echo "nginx PUT / GET"
NGINX_UP=$(curl -fsS -o /dev/null -w '%{time_total}' -T "$WORK/study.dcm" "http://127.0.0.1:$NGINX_PORT/study.dcm")
NGINX_DOWN=$(curl -fsS -o /dev/null -w '%{time_total}' "http://127.0.0.1:$NGINX_PORT/study.dcm")

echo "dossier upload"
RSS_BEFORE=$(rss_kb)
( peak=$RSS_BEFORE; while true; do r=$(rss_kb); (( r > peak )) && peak=$r && echo "$peak" >"$WORK/rss-peak"; sleep 0.2; done ) &
SAMPLER_PID=$!
UPLOAD=$(curl -fsS -o "$WORK/upload.json" -w '%{time_total}' -H "Authorization: Bearer $ANNA" \
  -F type=IMAGING_STUDY -F "file=@$WORK/study.dcm;type=application/octet-stream" \
  "$BASE/api/dossiers/$REQUEST/documents")
kill "$SAMPLER_PID"; SAMPLER_PID=""
RSS_PEAK=$(cat "$WORK/rss-peak" 2>/dev/null || echo "$RSS_BEFORE")
DOCUMENT=$(json '["id"]' <"$WORK/upload.json")

echo "dossier download"
[[ -n ${ACCESS_TOKEN:-} ]] || ANNA=$(token anna)
DOWNLOAD=$(curl -fsS -o "$WORK/downloaded.dcm" -w '%{time_total}' -H "Authorization: Bearer $ANNA" \
  "$BASE/api/dossiers/$REQUEST/documents/$DOCUMENT/content")
cmp -s "$WORK/study.dcm" "$WORK/downloaded.dcm" || die "the download differs from the upload"

printf '\n%-28s %10s %10s\n' "" "seconds" "MiB/s"
printf '%-28s %10.1f %10s\n' "nginx PUT" "$NGINX_UP" "$(mibps "$NGINX_UP")"
printf '%-28s %10.1f %10s\n' "dossier upload" "$UPLOAD" "$(mibps "$UPLOAD")"
printf '%-28s %10.1f %10s\n' "nginx GET" "$NGINX_DOWN" "$(mibps "$NGINX_DOWN")"
printf '%-28s %10.1f %10s\n' "dossier download" "$DOWNLOAD" "$(mibps "$DOWNLOAD")"
python3 - "$NGINX_UP" "$UPLOAD" "$NGINX_DOWN" "$DOWNLOAD" "$RSS_BEFORE" "$RSS_PEAK" <<'PY'
import sys
nu, du, nd, dd, before, peak = map(float, sys.argv[1:])
up, down, growth = nu / du, nd / dd, (peak - before) / 1024
print(f"\nupload   {up:.2f}x nginx (target >= 0.5) {'ok' if up >= 0.5 else 'MISSED'}")
print(f"download {down:.2f}x nginx (target >= 0.7) {'ok' if down >= 0.7 else 'MISSED'}")
print(f"RSS growth during upload {growth:.0f} MB (target <= 64) {'ok' if growth <= 64 else 'MISSED'}")
PY
