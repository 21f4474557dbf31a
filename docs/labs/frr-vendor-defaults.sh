#!/usr/bin/env bash
# Checks the defaults of arsim's `frr` vendor profile against the FRR a machine has (Debian 12:
# FRR 8.4.4), as docs/engine.md ("Vendor profiles") reports them. Needs root (network namespaces),
# FRR (zebra, staticd, bgpd, vtysh) and GoBGP (gobgpd, gobgp) as the route server's two instances.
#
#   sudo docs/labs/frr-vendor-defaults.sh            # runs every case, prints what FRR shows
#
# Layout, as in Azure: the NVA (FRR, AS 65001) at 10.1.1.4/24 in netns lab-nva; the route server's
# instances (GoBGP, AS 65515) at 10.0.255.4 and 10.0.255.5 in netns lab-rs, reached through
# 10.1.1.1 -- never on the NVA's subnet. The instances announce 10.50.0.0/16 (both) and
# 10.51.0.0/16 (instance 0 only). The NVA has a static route 10.60.0.0/16 via 10.1.1.1 backing
# `network 10.60.0.0/16`.
set -u
D=${LAB_DIR:-/tmp/arsim-frr-lab}
mkdir -p "$D" && chmod 777 "$D"

cleanup() {
  for p in "$D"/*.pid; do [ -f "$p" ] && kill "$(cat "$p")" 2>/dev/null; done
  sleep 1
  ip netns del lab-nva 2>/dev/null; ip netns del lab-rs 2>/dev/null
  rm -f "$D"/*.pid
}

setup() { # setup STATIC-ROUTE-TO-RS(yes|no)
  cleanup
  ip netns add lab-nva; ip netns add lab-rs
  ip link add nva0 type veth peer name rs0
  ip link set nva0 netns lab-nva; ip link set rs0 netns lab-rs
  ip -n lab-nva addr add 10.1.1.4/24 dev nva0; ip -n lab-nva link set nva0 up; ip -n lab-nva link set lo up
  ip -n lab-nva route add default via 10.1.1.1
  ip -n lab-rs addr add 10.1.1.1/24 dev rs0; ip -n lab-rs link set rs0 up; ip -n lab-rs link set lo up
  ip -n lab-rs addr add 10.0.255.4/32 dev lo; ip -n lab-rs addr add 10.0.255.5/32 dev lo
  { echo "hostname nva"; echo "ip route 10.60.0.0/16 10.1.1.1"
    [ "$1" = yes ] && echo "ip route 10.0.255.0/27 10.1.1.1"; } > "$D/zebra.conf"
  for i in 0 1; do
    cat > "$D/rs$i.toml" <<T
[global.config]
  as = 65515
  router-id = "10.0.255.$((4 + i))"
  port = 179
  local-address-list = ["10.0.255.$((4 + i))"]
[[neighbors]]
  [neighbors.config]
    neighbor-address = "10.1.1.4"
    peer-as = 65001
  [neighbors.transport.config]
    local-address = "10.0.255.$((4 + i))"
  [neighbors.ebgp-multihop.config]
    enabled = true
    multihop-ttl = 2
  [neighbors.timers.config]
    connect-retry = 2
T
    ip netns exec lab-rs gobgpd -f "$D/rs$i.toml" -t toml --api-hosts "127.0.0.1:5005$((1 + i))" --pprof-disable \
      > "$D/rs$i.log" 2>&1 &
    echo $! > "$D/rs$i.pid"
  done
  sleep 1
}

nva() { # nva NEIGHBOR-LINES...
  {
    echo "frr defaults traditional"; echo "hostname nva"; echo "router bgp 65001"; echo " bgp router-id 10.1.1.4"
    echo " no bgp ebgp-requires-policy"
    for n in 10.0.255.4 10.0.255.5; do
      echo " neighbor $n remote-as 65515"; echo " neighbor $n timers connect 2"
      for line in "$@"; do echo " neighbor $n $line"; done
    done
    echo " address-family ipv4 unicast"; echo "  network 10.60.0.0/16"; echo " exit-address-family"
  } > "$D/bgpd.conf"
  for daemon in zebra staticd; do
    ip netns exec lab-nva /usr/lib/frr/$daemon -d -f "$D/zebra.conf" -i "$D/$daemon.pid" -z "$D/zserv.api" \
      --vty_socket "$D" -P 0 >/dev/null 2>&1
    sleep 1
  done
  ip netns exec lab-nva /usr/lib/frr/bgpd -d -f "$D/bgpd.conf" -i "$D/bgpd.pid" -z "$D/zserv.api" --vty_socket "$D" \
    -P 0 >/dev/null 2>&1
}

announce() { # announce INSTANCE PREFIX
  ip netns exec lab-rs gobgp -p "5005$((1 + $1))" global rib add "$2" -a ipv4
}

show() { ip netns exec lab-nva vtysh --vty_socket "$D" -c "$1"; }

case_run() { # case_run TITLE STATIC-ROUTE NEIGHBOR-LINES...
  echo "=== $1"
  local static=$2; shift 2
  setup "$static"; nva "$@"; sleep 3
  announce 0 10.50.0.0/16; announce 1 10.50.0.0/16; announce 0 10.51.0.0/16
  sleep 10
  show "show bgp ipv4 unicast summary" | grep -E "^10\.0\.255"
  show "show bgp ipv4 unicast" | sed -n '/Network/,$p'
  echo "--- sent back to 10.0.255.4 (instance 0):"
  show "show bgp ipv4 unicast neighbors 10.0.255.4 advertised-routes" | grep -E "^\*" || true
}

case_run "single hop: sessions up, the instances' paths invalid (no *)" no
case_run "ebgp-multihop, but only the default route toward the instances: still invalid" no "ebgp-multihop 2"
case_run "ebgp-multihop and a static route: valid; best and multipath without maximum-paths; best path sent back" \
  yes "ebgp-multihop 2"
case_run "disable-connected-check and a static route: valid" yes "disable-connected-check"
case_run "solo: nothing sent back to the instance it came from" yes "ebgp-multihop 2" "solo"
echo "=== oldest path: 10.80.0.0/16 from instance 1 first, then from instance 0"
setup yes; nva "ebgp-multihop 2"; sleep 10
announce 1 10.80.0.0/16; sleep 4; announce 0 10.80.0.0/16; sleep 4
show "show bgp ipv4 unicast 10.80.0.0/16" | grep -E "best|multipath"
/usr/lib/frr/bgpd --version | grep -o "'--enable-multipath=[0-9]*'"
cleanup
