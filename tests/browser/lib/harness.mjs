// Asks the test that started this script (tests/ElcBot.IntegrationTests/Playground) to do something on the
// bot's side, such as a proactive post through the bot's own adapter. One JSON line out, one JSON line back.
import readline from 'node:readline';

const answers = new Map();
let next = 1;
let lines = null;

function listen() {
  if (lines) return;
  lines = readline.createInterface({ input: process.stdin });
  lines.on('line', (line) => {
    const answer = JSON.parse(line);
    const waiting = answers.get(answer.id);
    if (waiting) {
      answers.delete(answer.id);
      waiting(answer);
    }
  });
}

export const available = process.env.PLAYGROUND_HARNESS === 'stdio';

/** Sends a request named `name` and returns the harness's result, or throws with its error. */
export async function ask(name, args = {}) {
  if (!available) throw new Error(`This step needs the test harness (${name}); run it through dotnet test.`);
  listen();
  const id = next++;
  const answer = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The harness did not answer "${name}" in time.`)), 30_000);
    answers.set(id, (a) => { clearTimeout(timer); resolve(a); });
    process.stdout.write(`@@ask ${JSON.stringify({ id, name, args })}\n`);
  });
  if (!answer.ok) throw new Error(`The harness could not "${name}": ${answer.error}`);
  return answer.result;
}

export function stop() {
  if (lines) lines.close();
}
