#!/usr/bin/env python3
"""Times commands in interleaved rounds, for ratios that hold on a shared, noisy machine.

hyperfine runs all of one command's runs before the next command's, so a slowdown of the
machine that lasts a minute lands on one side of a ratio. Here each round runs every
command once (in reverse order every other round, so no command always goes first), and
the ratio to the first command is taken within each round: its median and range are
what to report.

Usage: interleave.py ROUNDS JSON_OUT NAME=COMMAND [NAME=COMMAND ...]
A warm-up round is run and not counted. Output: one line per command; JSON_OUT gets
{"rounds": N, "times": {NAME: [seconds, ...]}}.
"""
import json
import statistics
import subprocess
import sys
import time


def run(command):
    start = time.perf_counter()
    subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def main():
    rounds, out = int(sys.argv[1]), sys.argv[2]
    commands = [argument.split("=", 1) for argument in sys.argv[3:]]
    for _, command in commands:  # warm-up: page cache, reference snapshot
        run(command)
    times = {name: [] for name, _ in commands}
    for index in range(rounds):
        for name, command in (commands if index % 2 == 0 else commands[::-1]):
            times[name].append(run(command))
    reference = commands[0][0]
    for name, _ in commands:
        ratios = [a / b for a, b in zip(times[reference], times[name])]
        print(f"  {name:12s} {statistics.median(times[name]):7.2f} s median   "
              f"{reference}/{name} per round: {statistics.median(ratios):.2f}x "
              f"(range {min(ratios):.2f}-{max(ratios):.2f})")
    json.dump({"rounds": rounds, "times": times}, open(out, "w"))


if __name__ == "__main__":
    main()
