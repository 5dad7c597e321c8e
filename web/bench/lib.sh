# Shared by the benchmarks that load a running Parallax (failover.sh, jit.sh); sourced, with $out
# (where logs go) and a say function defined first.

# hey (HTTP load) from Debian's packages, installed when missing.
need_hey() {
  command -v hey >/dev/null && return
  say "Installing hey from Debian's packages ..."
  local sudo_=()
  [ "$(id -u)" = 0 ] || sudo_=(sudo)
  "${sudo_[@]}" apt-get install -y -q hey >"$out/apt.log" 2>&1 ||
    { "${sudo_[@]}" apt-get update -q >>"$out/apt.log" 2>&1 &&
      "${sudo_[@]}" apt-get install -y -q hey >>"$out/apt.log" 2>&1; } ||
    { say "Could not install hey; see $out/apt.log"; exit 1; }
}

# Free ports, so a benchmark can run beside other Payara, Keycloak or PostgreSQL instances.
free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
free_run() { # a first port with $1 free ports after it
  local base i
  for _ in $(seq 100); do
    base=$((20000 + RANDOM % 30000))
    for ((i = 0; i < $1; i++)); do free $((base + i)) || continue 2; done
    echo "$base"; return
  done
  say "No $1 free ports in a row"; exit 1
}
