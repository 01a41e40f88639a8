#!/usr/bin/env python3
"""The real coach's memory, as a patient uses it: `python3 benches/coach_memory.py KERN DATA_DIR`
starts the release binary in tmux (100x30, English) on a data folder (e.g. one of the journals
`benches/scale.rs` keeps under KERN_BENCH_DATA_DIR), opens Home, Progress (scrolled), the journal
(paged to its oldest entry, which is opened), Library and Settings, and prints the process's peak
resident memory (VmHWM, /proc/PID/status) after each. Linux and tmux only. Figures in
BENCHMARKS.md (issue 14, third pass)."""
import subprocess, sys, time
kern, data = sys.argv[1], sys.argv[2]
S = "kern-memory"
def tmux(*a): return subprocess.run(["tmux", *a], capture_output=True, text=True).stdout
def screen(): return tmux("capture-pane", "-p", "-t", S)
def keys(*k): tmux("send-keys", "-t", S, *k)
def hwm(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmHWM:"): return int(line.split()[1]) / 1000
def wait_for(text, t=20):
    end = time.time() + t
    while time.time() < end:
        if text in screen(): return True
        time.sleep(0.1)
    raise SystemExit(f"never saw {text!r}:\n{screen()}")
def choose(label):
    # Down from the top until the selected menu line holds the label.
    for _ in range(12): keys("Up")
    for _ in range(12):
        time.sleep(0.15)
        sel = [l for l in screen().splitlines() if "▶" in l or "›" in l]
        if any(label in l for l in sel): keys("Enter"); return
        keys("Down")
    raise SystemExit(f"no menu line {label!r}:\n{screen()}")
tmux("kill-session", "-t", S)
tmux("new-session", "-d", "-s", S, "-x", "100", "-y", "30",
     f"env KERN_LANG=en KERN_CONFIG_DIR=/tmp/kernmem-config {kern} --data-dir {data}; sleep 30")
time.sleep(1.5)
pid = subprocess.run(["pgrep", "-n", "-f", f"{kern} --data-dir {data}"], capture_output=True, text=True).stdout.split()[0]
wait_for("My progress")
home = hwm(pid)
choose("My progress"); time.sleep(1.0)
for _ in range(100): keys("Down")
time.sleep(0.5); progress = hwm(pid); keys("Escape"); time.sleep(0.3)
choose("My journal"); time.sleep(1.0)
def selected():
    return [l for l in screen().splitlines() if "▶" in l]
# Paged to the oldest entry: 200 steps at a time, each batch let through before the next.
last = None
while True:
    keys(*(["Down"] * 200))
    for _ in range(200):
        time.sleep(0.05)
        a = selected(); time.sleep(0.05)
        if a == selected(): break
    now = selected()
    if now == last: break
    last = now
oldest = "\n".join(last or [])
keys("Enter"); wait_for("scroll", 60); keys("Escape"); wait_for("Enter open", 30); keys("Escape"); wait_for("My progress", 30)
journal = hwm(pid)
choose("Exercises and programs"); time.sleep(0.5); keys("Escape"); time.sleep(0.3)
choose("Settings"); time.sleep(0.5); keys("Escape"); time.sleep(0.3)
every = hwm(pid)
keys("q"); time.sleep(0.5); tmux("kill-session", "-t", S)
print("oldest line:", oldest)
print(f"Home {home:.1f} MB / Progress {progress:.1f} MB / Journal {journal:.1f} MB / every screen {every:.1f} MB")
