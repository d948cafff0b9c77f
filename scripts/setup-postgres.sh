#!/usr/bin/env bash
# Makes the local PostgreSQL usable for Migrata's tests and sample:
#   1. the server answers on 127.0.0.1:5432 (a stopped Debian cluster is started);
#   2. the pgvector extension is available (built from Debian's source package when missing);
#   3. the database "migrata" used by the sample exists.
# Idempotent: when everything is in place a run only checks, in about a second.
#
# Needs root (or sudo) only when something must be started or installed.
# Environment: CI=true forces non-interactive apt; MIGRATA_PG_PORT overrides the port.
set -euo pipefail

readonly PG_HOST=127.0.0.1
readonly PG_PORT="${MIGRATA_PG_PORT:-5432}"
readonly PG_USER=postgres
readonly SAMPLE_DB=migrata
# Written only while pgvector is being built, then removed (see fetch_pgvector_source).
readonly SRC_LIST=/etc/apt/sources.list.d/migrata-pgvector-src.sources

log() { printf 'setup-postgres: %s\n' "$*" >&2; }
die() {
  printf 'setup-postgres: error: %s\n' "$*" >&2
  exit 1
}

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if [[ $EUID -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo DEBIAN_FRONTEND="${DEBIAN_FRONTEND:-}" "$@"
  else
    die "'$*' needs root and sudo is not installed; re-run this script as root"
  fi
}

# psql against the admin connection; -X ignores ~/.psqlrc so output is predictable.
psql_admin() {
  local db=$1
  shift
  PGOPTIONS='-c client_min_messages=warning' psql -X -q -At -v ON_ERROR_STOP=1 -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d "$db" "$@"
}

server_answers() {
  pg_isready -q -h "$PG_HOST" -p "$PG_PORT" >/dev/null 2>&1
}

# --- 1. the server -------------------------------------------------------------------------

ensure_server_running() {
  command -v psql >/dev/null || die "psql not found: install PostgreSQL first (apt-get install postgresql)"
  if server_answers; then
    return
  fi
  [[ -d /etc/postgresql ]] && command -v pg_ctlcluster >/dev/null ||
    die "nothing answers on $PG_HOST:$PG_PORT and no Debian PostgreSQL cluster is installed" \
      "(apt-get install postgresql), or point MIGRATA_TEST_DATABASE_URL at a server with pgvector"
  local version
  # Newest installed version with a "main" cluster; sort -V orders 9.6 before 15.
  version=$(find /etc/postgresql -mindepth 2 -maxdepth 2 -name main -printf '%h\n' |
    xargs -r -n1 basename | sort -V | tail -n1)
  [[ -n $version ]] || die "no PostgreSQL cluster named 'main' under /etc/postgresql; create one with pg_createcluster"
  log "starting PostgreSQL $version/main"
  # --skip-systemctl-redirect: containers and CI runners often have no systemd.
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start ||
    die "pg_ctlcluster $version main start failed; see /var/log/postgresql/postgresql-$version-main.log"
  local _
  for _ in $(seq 1 30); do
    server_answers && return
    sleep 1
  done
  die "PostgreSQL $version/main started but does not answer on $PG_HOST:$PG_PORT (is it configured for another port?)"
}

check_login() {
  local out
  out=$(psql_admin postgres -c 'SELECT 1' 2>&1) ||
    die "cannot log in as '$PG_USER' on $PG_HOST:$PG_PORT: $out" \
      "(tests expect trust authentication for local connections, or set PGPASSWORD)"
}

server_major() {
  # server_version_num is e.g. 150020 for 15.20 and 90624 for 9.6.24.
  local num
  num=$(psql_admin postgres -c 'SHOW server_version_num')
  if ((num >= 100000)); then echo $((num / 10000)); else echo "$((num / 10000)).$((num / 100 % 100))"; fi
}

# --- 2. pgvector ---------------------------------------------------------------------------

vector_available() {
  [[ $(psql_admin postgres -c "SELECT count(*) FROM pg_available_extensions WHERE name = 'vector'") == 1 ]]
}

package_installed() {
  [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null) == "install ok installed" ]]
}

# Installs the missing packages among "$@"; refreshes the package lists once if that fails
# (a fresh container has empty lists, an old one may list versions no longer on the mirror).
apt_install() {
  local missing=() pkg
  for pkg in "$@"; do
    package_installed "$pkg" || missing+=("$pkg")
  done
  ((${#missing[@]})) || return 0
  log "installing ${missing[*]}"
  if ! as_root apt-get install -y -q --no-install-recommends "${missing[@]}"; then
    log "refreshing apt package lists and retrying"
    as_root apt-get update -q || die "apt-get update failed"
    as_root apt-get install -y -q --no-install-recommends "${missing[@]}" ||
      die "could not install ${missing[*]}"
  fi
}

next_debian_release() {
  case "$1" in
    bullseye) echo bookworm ;;
    bookworm) echo trixie ;;
    trixie) echo forky ;;
    *) die "don't know which Debian release follows '$1'; extend next_debian_release in $0" ;;
  esac
}

# Prints "<mirror URI>\t<Signed-By or empty>" of the first apt source that serves the
# release's main suite, from deb822 (*.sources) or one-line (*.list) files.
find_debian_mirror() {
  local codename=$1 file
  for file in /etc/apt/sources.list.d/*.sources; do
    [[ -f $file ]] || continue
    awk -v suite="$codename" '
      BEGIN { RS = ""; FS = "\n" }
      {
        types = ""; uris = ""; suites = ""; comps = ""; signed = ""; enabled = "yes"
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^#/ || !match($i, /^[A-Za-z-]+:/)) continue
          key = tolower(substr($i, 1, RLENGTH - 1)); val = substr($i, RLENGTH + 1)
          gsub(/^[ \t]+|[ \t]+$/, "", val)
          if (key == "types") types = val
          else if (key == "uris") uris = val
          else if (key == "suites") suites = val
          else if (key == "components") comps = val
          else if (key == "signed-by") signed = val
          else if (key == "enabled") enabled = tolower(val)
        }
        if (enabled != "no" && (" " types " ") ~ / deb / && (" " suites " ") ~ (" " suite " ") &&
            (" " comps " ") ~ / main /) {
          split(uris, u, /[ \t]+/)
          # An inline key block is not a path; apt then falls back to its trusted keyrings.
          if (signed !~ /^\//) signed = ""
          print u[1] "\t" signed; exit
        }
      }' "$file" | grep . && return 0
  done
  for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -f $file ]] || continue
    awk -v suite="$codename" '
      $1 == "deb" {
        signed = ""; n = 2
        if ($2 ~ /^\[/) {  # options: [arch=amd64 signed-by=/path] up to the closing bracket
          for (; n <= NF; n++) {
            if ($n ~ /^\[?signed-by=/) { signed = $n; sub(/^\[?signed-by=/, "", signed); sub(/\]$/, "", signed) }
            if ($n ~ /\]$/) { n++; break }
          }
        }
        if ($(n + 1) != suite) next
        for (c = n + 2; c <= NF; c++) if ($c == "main") { print $n "\t" signed; exit }
      }' "$file" | grep . && return 0
  done
  return 1
}

# Writes the deb-src list for the next release's main suite. Only deb-src: binary packages of
# the newer release must never be installable here by accident.
write_source_list() {
  local uri=$1 signed=$2 suite=$3
  {
    echo "# Written by Migrata's scripts/setup-postgres.sh to fetch the pgvector source package."
    echo "Types: deb-src"
    echo "URIs: $uri"
    echo "Suites: $suite"
    echo "Components: main"
    [[ -z $signed ]] || echo "Signed-By: $signed"
  } | as_root tee "$SRC_LIST" >/dev/null
}

# Downloads and unpacks Debian's pgvector source package into $1.
fetch_pgvector_source() {
  local workdir=$1 codename next mirror uri signed
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
  [[ -n $codename ]] || die "cannot tell the Debian release from /etc/os-release; install pgvector by hand"
  next=$(next_debian_release "$codename")
  mirror=$(find_debian_mirror "$codename") ||
    die "no apt source for '$codename main' in /etc/apt/sources.list or /etc/apt/sources.list.d"
  IFS=$'\t' read -r uri signed <<<"$mirror"
  log "fetching the pgvector source package of Debian $next from $uri"
  write_source_list "$uri" "$signed" "$next"
  # Refresh only the new list; the machine's own lists stay as they are.
  as_root apt-get update -q -o Dir::Etc::SourceList="$SRC_LIST" -o Dir::Etc::SourceParts=- \
    -o APT::Get::List-Cleanup=0 ||
    die "apt-get update of the $next source index failed (network? keyring?)"
  # apt downloads as the unprivileged _apt user; it needs to write into the directory.
  if [[ $EUID -eq 0 ]] && id _apt >/dev/null 2>&1; then chown _apt "$workdir"; else chmod 0777 "$workdir"; fi
  (cd "$workdir" && as_root apt-get source -q -o Dir::Etc::SourceList="$SRC_LIST" \
    -o Dir::Etc::SourceParts=- pgvector) ||
    die "apt-get source pgvector failed"
  # Removed again so later apt-get update runs don't keep fetching the next release's index.
  as_root rm -f "$SRC_LIST"
}

build_pgvector() {
  local major=$1 workdir pg_config src
  pg_config="/usr/lib/postgresql/$major/bin/pg_config"
  # Debian's /usr/bin/pg_config picks the newest server-dev package, which may not be ours.
  [[ -x $pg_config ]] || pg_config=$(command -v pg_config) || die "pg_config not found"
  workdir=$(mktemp -d)
  # shellcheck disable=SC2064 # expand now: workdir is local. Also drops the source list on failure.
  trap "rm -rf '$workdir'; [[ ! -e $SRC_LIST ]] || as_root rm -f $SRC_LIST" EXIT
  fetch_pgvector_source "$workdir"
  src=$(find "$workdir" -mindepth 1 -maxdepth 1 -type d -name 'pgvector-*' | head -n1)
  [[ -n $src ]] || die "apt-get source left no pgvector-* directory in $workdir"
  log "building $(basename "$src") against $("$pg_config" --version)"
  make -s -C "$src" -j"$(nproc)" USE_PGXS=1 PG_CONFIG="$pg_config" >/dev/null ||
    die "building pgvector failed (see the compiler output above)"
  as_root make -s -C "$src" USE_PGXS=1 PG_CONFIG="$pg_config" install >/dev/null ||
    die "make install of pgvector failed"
}

# CREATE EXTENSION in a scratch database proves the control file, SQL scripts and shared
# library all match the running server.
verify_vector() {
  local scratch=migrata_setup_check
  psql_admin postgres -c "DROP DATABASE IF EXISTS $scratch" -c "CREATE DATABASE $scratch"
  local version
  version=$(psql_admin "$scratch" -c 'CREATE EXTENSION IF NOT EXISTS vector' \
    -c "SELECT extversion FROM pg_extension WHERE extname = 'vector'") || {
    psql_admin postgres -c "DROP DATABASE IF EXISTS $scratch"
    die "pgvector was installed but CREATE EXTENSION vector fails"
  }
  psql_admin postgres -c "DROP DATABASE $scratch"
  log "pgvector $version works"
}

ensure_pgvector() {
  vector_available && return
  local major
  major=$(server_major)
  log "pgvector is not installed for PostgreSQL $major"
  command -v apt-get >/dev/null || die "pgvector is missing and this is not a Debian system; install pgvector for PostgreSQL $major"
  if apt-cache show "postgresql-$major-pgvector" >/dev/null 2>&1; then
    # A repository (apt.postgresql.org, a newer Debian) packages it: use the binary.
    apt_install "postgresql-$major-pgvector"
  else
    apt_install "postgresql-server-dev-$major" build-essential dpkg-dev
    build_pgvector "$major"
  fi
  vector_available || die "pgvector was built but the server does not list it in pg_available_extensions"
  verify_vector
}

# --- 3. the sample's database --------------------------------------------------------------

ensure_sample_database() {
  if [[ -z $(psql_admin postgres -c "SELECT 1 FROM pg_database WHERE datname = '$SAMPLE_DB'") ]]; then
    log "creating database $SAMPLE_DB"
    psql_admin postgres -c "CREATE DATABASE $SAMPLE_DB"
  fi
}

main() {
  if [[ ${CI:-} == true || ! -t 0 ]]; then
    export DEBIAN_FRONTEND=noninteractive
  fi
  ensure_server_running
  check_login
  ensure_pgvector
  ensure_sample_database
  local base="$PG_HOST:$PG_PORT"
  log "PostgreSQL with pgvector is ready on $base"
  echo "export MIGRATA_TEST_DATABASE_URL='jdbc:postgresql://$base/postgres?user=$PG_USER'"
  echo "export DATABASE_URL='postgresql://$PG_USER@$base/$SAMPLE_DB'"
}

main "$@"
