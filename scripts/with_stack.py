"""Runs a command against a fresh stack with demo data, then stops the stack: `with_stack.py -- CMD ...`.

The browser tests use it; the command gets XQ_E2E_BASE_URL and its exit code is passed on.
"""

import argparse
import os
import subprocess
import sys
import tempfile
from collections import deque
from pathlib import Path

from stack import Stack


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port-base", type=int, default=18000)
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    with tempfile.TemporaryDirectory(prefix="xq-stack-") as folder:
        stack = Stack(data_dir=Path(folder), port_base=args.port_base, demo=True, quiet=True)
        stack.prepare()
        returncode = 1
        last: deque[str] = deque(maxlen=80)
        try:
            stack.start_all()
            # The registration test reads the confirmation code where the development sender writes it.
            env = {**os.environ, "XQ_E2E_BASE_URL": stack.url(),
                   "XQ_E2E_GATEWAY_LOG": str(Path(folder) / "logs" / "gateway.log")}
            returncode = run_keeping_the_end(command, env, last)
        finally:
            stack.stop_all()
            if returncode != 0:
                for log in sorted((Path(folder) / "logs").glob("*.log")):
                    tail = log.read_text(errors="replace").splitlines()[-15:]
                    print(f"--- {log.name} (last lines)", *tail, sep="\n", file=sys.stderr)
                # Last, so that a CI log's tail shows what failed rather than the services' shutdown.
                print("--- the command's last lines", *last, sep="\n", file=sys.stderr)
        return returncode


def run_keeping_the_end(command: list[str], env: dict[str, str], last: deque[str]) -> int:
    """Runs the command with its output passed through line by line, keeping the last lines in `last`."""
    with subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                          errors="replace", bufsize=1) as process:
        assert process.stdout is not None
        for line in process.stdout:
            sys.stdout.write(line)
            sys.stdout.flush()
            last.append(line.rstrip("\n"))
        return process.wait()


if __name__ == "__main__":
    sys.exit(main())
