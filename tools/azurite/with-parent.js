// Runs azurite-table as a child and stops it when the process that started us goes away,
// so a bot killed without a chance to clean up (SIGKILL, a crashed test run) leaves no emulator behind.
// Usage: node with-parent.js <parent-pid> [azurite-table arguments...]
'use strict';
const { spawn } = require('child_process');
const path = require('path');

const parentPid = Number(process.argv[2]);
const bin = path.join(__dirname, 'node_modules', '.bin', 'azurite-table');
const child = spawn(bin, process.argv.slice(3), { stdio: 'inherit' });

function parentAlive() {
  try { process.kill(parentPid, 0); return true; } catch { return false; }
}

const timer = setInterval(() => {
  if (!parentAlive()) { child.kill('SIGTERM'); }
}, 1000);

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code) => { clearInterval(timer); process.exit(code ?? 0); });
