#!/usr/bin/env bash
# Uploads and downloads one large DICOM file through the gateway as the demo patient anna,
# and in the same run PUTs and GETs the same file on a plain local nginx, then compares the
# throughputs and the dossier-service's RSS growth during the upload. Also in the same run, as the
# storage floor, the same file straight into GridFS and back with the MongoDB Java driver
# (GridFsFloor.java: no gateway, no service, no encryption), which shows how much of the gap to
# nginx is the database and how much is the service. A 64 MiB upload and download through the
# gateway first warms up the stack, so the measured phases run JIT-compiled code.
#
# Needs: the local stack running (./platform up), curl, python3, nginx (Debian package nginx,
# only its binary is used: it runs on its own port with a configuration in a temp folder), Maven
# (resolves the MongoDB driver from dossier-service/pom.xml) and Java 21 or newer (JAVA_HOME, else
# the newest found under /usr/lib/jvm).
# Environment: GATEWAY_URL (http://localhost:8080), KEYCLOAK_URL (http://localhost:8180),
# MONGODB_URL (mongodb://localhost:27017, the stack's MongoDB; the floor uses its own database
# dossier-benchmark and deletes its file again), SIZE_MB (1024),
# DOSSIER_PID (default: read from the stack's state folder .run/), NGINX_PORT (18089).
# To measure a bare dossier-service instead (no gateway, no Keycloak): BASE_URL (the service),
# ACCESS_TOKEN (a token it accepts) and REQUEST_ID (a request its referral context knows).
set -euo pipefail

GATEWAY=${GATEWAY_URL:-http://localhost:8080}
BASE=${BASE_URL:-$GATEWAY}
KEYCLOAK=${KEYCLOAK_URL:-http://localhost:8180}
MONGODB=${MONGODB_URL:-mongodb://localhost:27017}
SIZE_MB=${SIZE_MB:-1024}
WARMUP_MB=64
NGINX_PORT=${NGINX_PORT:-18089}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
WORK=$(mktemp -d)
NGINX_PID=""
SAMPLER_PID=""
REQUEST=""
UPLOADED=()

# The benchmark's documents are deleted again (anna may delete her own uploads while no
# consultant has the case): gigabytes left behind would slow every later run of the stand-in.
delete_uploads() {
  local id bearer
  ((${#UPLOADED[@]})) || return 0
  bearer=${ACCESS_TOKEN:-$(token anna 2>/dev/null || true)}
  for id in "${UPLOADED[@]}"; do
    curl -fsS -o /dev/null -X DELETE -H "Authorization: Bearer $bearer" \
      "$BASE/api/dossiers/$REQUEST/documents/$id" || printf 'warning: document %s not deleted\n' "$id" >&2
  done
}

cleanup() {
  delete_uploads
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
command -v mvn >/dev/null || die "Maven (mvn) is needed for the MongoDB driver of the GridFS floor"

# Java for GridFsFloor.java: JAVA_HOME if it is 21 or newer, else the newest under /usr/lib/jvm or on
# the PATH; the system default may be older.
java_major() { "$1" -version 2>&1 | awk -F'"' '/ version "/ && !m {split($2, v, "."); m = v[1] == 1 ? v[2] : v[1]} END {print m + 0}'; }
JAVA=""
if [[ -n ${JAVA_HOME:-} && -x $JAVA_HOME/bin/java ]] && (( $(java_major "$JAVA_HOME/bin/java") >= 21 )); then
  JAVA=$JAVA_HOME/bin/java
else
  newest=0
  for candidate in /usr/lib/jvm/*/bin/java "$(command -v java || true)"; do
    [[ -x $candidate ]] || continue
    major=$(java_major "$candidate")
    (( major >= 21 && major > newest )) && JAVA=$candidate newest=$major
  done
fi
[[ -n $JAVA ]] || die "Java 21 or newer is needed for the GridFS floor (set JAVA_HOME)"

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

# CPU seconds (user + system) each stack process spent in a phase: shows which one is the
# bottleneck on a machine where they all share the same cores.
STATE=${PLATFORM_HOME:-$ROOT/.run}/pids
CPU_COMPONENTS=(gateway dossier-service mongo)
cpu_ticks() { [[ -f $STATE/$1.pid && -r /proc/$(cat "$STATE/$1.pid")/stat ]] && awk '{print $14 + $15}' "/proc/$(cat "$STATE/$1.pid")/stat" || echo 0; }
cpu_snapshot() { for c in "${CPU_COMPONENTS[@]}"; do printf '%s ' "$(cpu_ticks "$c")"; done; }
TICKS=$(getconf CLK_TCK)
cpu_report() { # phase, snapshot before, snapshot after, optionally the components to show (default all)
  local phase=$1 i=0 show=" ${*:4} "; local -a before=($2) after=($3)
  for c in "${CPU_COMPONENTS[@]}"; do
    [[ $# -le 3 || $show == *" $c "* ]] &&
      printf '%-28s %10s\n' "  CPU s $c" "$(python3 -c "print(round((${after[$i]} - ${before[$i]}) / $TICKS, 1))")"
    i=$((i + 1))
  done
}

echo "resolving the MongoDB driver for the GridFS floor"
mvn -q -B -ntp -f "$ROOT/dossier-service/pom.xml" dependency:build-classpath -DincludeScope=runtime \
  -DincludeGroupIds=org.mongodb -Dmdep.outputFile="$WORK/cp.txt" >"$WORK/mvn.log" 2>&1 ||
  { cat "$WORK/mvn.log" >&2; die "Maven could not resolve the MongoDB driver"; }
DRIVER_CP=$(cat "$WORK/cp.txt")
[[ $DRIVER_CP == *mongodb-driver-sync* ]] || die "no mongodb-driver-sync in the dossier-service's runtime classpath"

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

# Not measured: the first transfer after a start runs about twice as slowly, in code not yet
# JIT-compiled, in the gateway, the service and MongoDB.
echo "warm-up: ${WARMUP_MB} MiB up and down through the same path, not measured"
python3 "$(dirname "${BASH_SOURCE[0]}")/make-dicom.py" "$WORK/warmup.dcm" "$WARMUP_MB"
WARMUP=$(curl -fsS -H "Authorization: Bearer $ANNA" \
  -F type=IMAGING_STUDY -F "file=@$WORK/warmup.dcm;type=application/octet-stream" \
  "$BASE/api/dossiers/$REQUEST/documents" | json '["id"]')
UPLOADED+=("$WARMUP")
curl -fsS -o "$WORK/warmup-downloaded.dcm" -H "Authorization: Bearer $ANNA" \
  "$BASE/api/dossiers/$REQUEST/documents/$WARMUP/content"
cmp -s "$WORK/warmup.dcm" "$WORK/warmup-downloaded.dcm" || die "the warm-up download differs from its upload"
rm -f "$WORK/warmup.dcm" "$WORK/warmup-downloaded.dcm"

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
CPU_UP_BEFORE=$(cpu_snapshot)
UPLOAD=$(curl -fsS -o "$WORK/upload.json" -w '%{time_total}' -H "Authorization: Bearer $ANNA" \
  -F type=IMAGING_STUDY -F "file=@$WORK/study.dcm;type=application/octet-stream" \
  "$BASE/api/dossiers/$REQUEST/documents")
CPU_UP_AFTER=$(cpu_snapshot)
kill "$SAMPLER_PID"; SAMPLER_PID=""
RSS_PEAK=$(cat "$WORK/rss-peak" 2>/dev/null || echo "$RSS_BEFORE")
DOCUMENT=$(json '["id"]' <"$WORK/upload.json")
UPLOADED+=("$DOCUMENT")

echo "dossier download"
[[ -n ${ACCESS_TOKEN:-} ]] || ANNA=$(token anna)
CPU_DOWN_BEFORE=$(cpu_snapshot)
DOWNLOAD=$(curl -fsS -o "$WORK/downloaded.dcm" -w '%{time_total}' -H "Authorization: Bearer $ANNA" \
  "$BASE/api/dossiers/$REQUEST/documents/$DOCUMENT/content")
CPU_DOWN_AFTER=$(cpu_snapshot)
cmp -s "$WORK/study.dcm" "$WORK/downloaded.dcm" || die "the download differs from the upload"
rm -f "$WORK/downloaded.dcm"

# GridFsFloor.java prints upload_seconds= when its upload ends and download_seconds= when its
# download ends: the CPU snapshots are taken as those lines arrive.
echo "GridFS direct upload / download"
FLOOR_UP="" FLOOR_DOWN=""
CPU_FLOOR_UP_BEFORE=$(cpu_snapshot)
exec 3< <("$JAVA" -cp "$DRIVER_CP" "$ROOT/dossier-service/bench/GridFsFloor.java" "$MONGODB" "$WORK/study.dcm")
FLOOR_PID=$!
while IFS= read -r line <&3; do
  case $line in
    upload_seconds=*) FLOOR_UP=${line#*=}; CPU_FLOOR_UP_AFTER=$(cpu_snapshot) ;;
    download_seconds=*) FLOOR_DOWN=${line#*=}; CPU_FLOOR_DOWN_AFTER=$(cpu_snapshot) ;;
    *) printf '%s\n' "$line" ;;
  esac
done
exec 3<&-
wait "$FLOOR_PID" || die "the GridFS floor failed"
[[ -n $FLOOR_UP && -n $FLOOR_DOWN ]] || die "the GridFS floor printed no upload_seconds or download_seconds"

printf '\n%-28s %10s %10s\n' "" "seconds" "MiB/s"
printf '%-28s %10.1f %10s\n' "nginx PUT" "$NGINX_UP" "$(mibps "$NGINX_UP")"
printf '%-28s %10.1f %10s\n' "dossier upload" "$UPLOAD" "$(mibps "$UPLOAD")"
cpu_report upload "$CPU_UP_BEFORE" "$CPU_UP_AFTER"
printf '%-28s %10.1f %10s\n' "GridFS direct upload" "$FLOOR_UP" "$(mibps "$FLOOR_UP")"
cpu_report "GridFS direct upload" "$CPU_FLOOR_UP_BEFORE" "$CPU_FLOOR_UP_AFTER" mongo
printf '%-28s %10.1f %10s\n' "nginx GET" "$NGINX_DOWN" "$(mibps "$NGINX_DOWN")"
printf '%-28s %10.1f %10s\n' "dossier download" "$DOWNLOAD" "$(mibps "$DOWNLOAD")"
cpu_report download "$CPU_DOWN_BEFORE" "$CPU_DOWN_AFTER"
printf '%-28s %10.1f %10s\n' "GridFS direct download" "$FLOOR_DOWN" "$(mibps "$FLOOR_DOWN")"
cpu_report "GridFS direct download" "$CPU_FLOOR_UP_AFTER" "$CPU_FLOOR_DOWN_AFTER" mongo
python3 - "$NGINX_UP" "$UPLOAD" "$NGINX_DOWN" "$DOWNLOAD" "$RSS_BEFORE" "$RSS_PEAK" "$FLOOR_UP" "$FLOOR_DOWN" <<'PY'
import sys
nu, du, nd, dd, before, peak, fu, fd = map(float, sys.argv[1:])
up, down, growth = nu / du, nd / dd, (peak - before) / 1024
print(f"\nupload   {up:.2f}x nginx (target >= 0.5) {'ok' if up >= 0.5 else 'MISSED'}")
print(f"download {down:.2f}x nginx (target >= 0.7) {'ok' if down >= 0.7 else 'MISSED'}")
print(f"dossier upload = {fu / du:.2f} x GridFS direct")
print(f"dossier download = {fd / dd:.2f} x GridFS direct")
print(f"RSS growth during upload {growth:.0f} MB (target <= 64) {'ok' if growth <= 64 else 'MISSED'}")
PY
