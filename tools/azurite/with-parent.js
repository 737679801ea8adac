// Runs azurite-table as a child and stops it cleanly: when the bot asks (SIGTERM), when the terminal goes (SIGHUP), or
// when the process that started us goes away, so a bot killed without a chance to clean up (SIGKILL, a crashed test
// run) leaves no emulator behind.
// Usage: node with-parent.js <parent-pid> [azurite-table arguments...]
'use strict';
const { spawn } = require('child_process');
const path = require('path');

const parentPid = Number(process.argv[2]);
const bin = path.join(__dirname, 'node_modules', '.bin', 'azurite-table');
// Azurite writes its tables to disk on its first SIGINT, but a second one ends it at once, unsaved. Ctrl+C in a
// terminal interrupts its whole process group and the bot then asks us to stop too, so Azurite gets a group of its
// own (detached) and hears from this wrapper alone, once.
const child = spawn(bin, process.argv.slice(3), { stdio: 'inherit', detached: true });
// The starting process ends Azurite itself if it will not stop in time. It needs Azurite's own id for that: ending
// this wrapper's tree (first stopping each process, then killing it) can leave Azurite stopped, and orphaned, if it fails
// part-way.
console.log(`azurite-table pid ${child.pid}`);

// Saving a large data file takes seconds; one that has not finished by then is stuck.
const saveLimitMs = 30_000;
let stopping = false;

function stop() {
  if (stopping) { return; }
  stopping = true;
  child.kill('SIGINT');
  setTimeout(() => child.kill('SIGKILL'), saveLimitMs).unref();
}

function parentAlive() {
  try { process.kill(parentPid, 0); return true; } catch { return false; }
}

const timer = setInterval(() => {
  if (!parentAlive()) { stop(); }
}, 1000);

for (const signal of ['SIGTERM', 'SIGHUP']) {
  process.on(signal, stop);
}
// Ctrl+C in the terminal reaches us with the bot, which then finishes its last requests and writes. Azurite must
// outlive them, so the interrupt is left to the bot: it sends SIGTERM once it is done, or its exit is noticed above.
process.on('SIGINT', () => {});
child.on('exit', (code) => { clearInterval(timer); process.exit(code ?? 0); });
