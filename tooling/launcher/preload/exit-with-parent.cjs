/* global process, setInterval, clearInterval, setTimeout */
// Loaded with `--require` into the launcher and (through NODE_OPTIONS) into every app process
// and their children: a process whose parent went away (killed with SIGKILL, so it could not
// stop its children) stops itself instead of living on as an orphan that holds its port.
// When a parent dies, Linux (and every Unix) re-parents its children: `process.ppid` changes.
"use strict";

const parent = process.ppid;
const CHECK_EVERY_MS = 250;
// A clean stop (SIGTERM handlers) gets this long before the process is ended anyway.
const GRACE_MS = 15_000;

const watch = setInterval(() => {
  if (process.ppid === parent) return;
  clearInterval(watch);
  setTimeout(() => process.exit(1), GRACE_MS).unref();
  process.kill(process.pid, "SIGTERM");
}, CHECK_EVERY_MS);
// The watch alone never keeps a process alive.
watch.unref();
