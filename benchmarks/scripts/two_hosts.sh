#!/usr/bin/env bash
# Two "hosts" on one machine: two network namespaces joined by a veth pair (10.77.0.1/24 and
# 10.77.0.2/24), one MPI rank in each, talking over TCP only (Open MPI's tcp BTL; no shared memory).
# mpirun runs in the first namespace and starts the second rank's daemon through a stand-in for ssh
# that does 'ip netns exec' (plm_rsh_agent). Runs the seed network (short simtime) once as one
# process and once over the two namespaces, and checks that spikes.csv is byte-identical.
# Prints the times, the bytes each rank's collectives moved (SYNCYTIUM_MPI_STATS) and the bytes
# that crossed the veth link. Needs root (ip netns), Open MPI and a Java 22+ for the ranks.
# The namespaces and the temporary folder are removed on every exit.
#
# Usage: benchmarks/scripts/two_hosts.sh [SIMTIME_MS]   (default 20; docs/distributed.md)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
simtime="${1:-20}"
scenario="$root/examples/gap_junctions_inhibitory.yaml"
a=syncytium-host-a
b=syncytium-host-b
work="$(mktemp -d "${TMPDIR:-/tmp}/syncytium-two-hosts.XXXXXX")"

cleanup() {
    ip netns del "$a" 2>/dev/null || true # deleting a namespace deletes its end of the veth pair (and so both)
    ip netns del "$b" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

[[ "$(id -u)" -eq 0 ]] || { echo "two_hosts.sh: needs root for ip netns" >&2; exit 1; }
command -v mpirun >/dev/null || { echo "two_hosts.sh: needs mpirun (apt-get install openmpi-bin libopenmpi-dev)" >&2; exit 1; }

ip netns add "$a"
ip netns add "$b"
ip link add syn-veth-a type veth peer name syn-veth-b
ip link set syn-veth-a netns "$a"
ip link set syn-veth-b netns "$b"
ip -n "$a" addr add 10.77.0.1/24 dev syn-veth-a
ip -n "$b" addr add 10.77.0.2/24 dev syn-veth-b
for ns in "$a" "$b"; do
    ip -n "$ns" link set lo up
done
ip -n "$a" link set syn-veth-a up
ip -n "$b" link set syn-veth-b up

# The stand-in for ssh: Open MPI calls it as 'agent [options] HOST COMMAND...' to start its daemon.
cat >"$work/agent" <<EOF
#!/usr/bin/env bash
while [[ "\$1" == -* ]]; do shift; done
host="\$1"; shift
case "\$host" in
    10.77.0.1) ns=$a ;;
    10.77.0.2) ns=$b ;;
    *) echo "agent: unknown host \$host" >&2; exit 255 ;;
esac
exec ip netns exec "\$ns" /bin/sh -c "\$*"
EOF
chmod +x "$work/agent"

veth_bytes() { # bytes sent + received on host a's end of the link
    local rx tx
    rx="$(ip netns exec "$a" cat /sys/class/net/syn-veth-a/statistics/rx_bytes)"
    tx="$(ip netns exec "$a" cat /sys/class/net/syn-veth-a/statistics/tx_bytes)"
    echo $((rx + tx))
}

cd "$root"
./syncytium --help >/dev/null # build once, outside the timing

echo "== one process (threads=2), simtime $simtime ms"
start=$(date +%s.%N)
./syncytium run "$scenario" --set simtime="$simtime" --set threads=2 --out "$work/one" >"$work/one.txt" 2>"$work/one.err"
echo "wall $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN{printf "%.1f", e-s}') s; $(grep -E 'Simulate time|Spikes' "$work/one.txt" | tr -s ' ' | paste -sd ';')"

echo "== two namespaces, one rank each over TCP (10.77.0.1, 10.77.0.2), threads=2"
before="$(veth_bytes)"
start=$(date +%s.%N)
ip netns exec "$a" env SYNCYTIUM_MPI_STATS=1 SYNCYTIUM_MPIRUN_OPTS="--host 10.77.0.1:1,10.77.0.2:1 \
--mca plm_rsh_agent $work/agent --mca btl tcp,self --mca btl_tcp_if_include 10.77.0.0/24 \
--mca oob_tcp_if_include 10.77.0.0/24" \
    ./syncytium --ranks 2 run "$scenario" --set simtime="$simtime" --set threads=2 --out "$work/two" \
    >"$work/two.txt" 2>"$work/two.err"
echo "wall $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN{printf "%.1f", e-s}') s; $(grep -E 'Simulate time|Spikes' "$work/two.txt" | tr -s ' ' | paste -sd ';')"
echo "bytes over the veth link (both directions, all traffic incl. Open MPI's startup): $(( $(veth_bytes) - before ))"
grep '^mpi rank' "$work/two.err" || true

if cmp "$work/one/spikes.csv" "$work/two/spikes.csv"; then
    echo "spikes.csv identical ($(($(wc -l <"$work/one/spikes.csv") - 1)) spikes)"
else
    echo "spikes.csv DIFFERS between one process and two hosts" >&2
    exit 1
fi
