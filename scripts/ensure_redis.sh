#!/usr/bin/env bash
# The gateway's rate-limit tests also run against Redis (127.0.0.1:6379, nothing kept on disk).
# Starts it when it is installed but stopped; installs it when missing.
set -euo pipefail
if redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG; then
  exit 0
fi
SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
if ! command -v redis-server >/dev/null; then
  echo "Installing Redis ..."
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq redis-server >/dev/null
fi
$SUDO mkdir -p /var/lib/redis /var/log/redis
$SUDO redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
  --dir /var/lib/redis --logfile /var/log/redis/xiangqing-tests.log
for _ in $(seq 1 20); do
  redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null | grep -q PONG && exit 0
  sleep 0.5
done
echo "Redis did not start on 127.0.0.1:6379" >&2
exit 1
