// The playground journey in a real browser: each step does what a person would and checks what the page shows.
// Run by tests/ElcBot.IntegrationTests/Playground (dotnet test), or by hand against a running host:
//   PLAYGROUND_URL=http://localhost:3978 node tests/browser/journey.mjs
import { launch } from './lib/browser.mjs';
import * as harness from './lib/harness.mjs';
import { Playground } from './lib/playground.mjs';
import steps from './steps/index.mjs';

const baseUrl = (process.env.PLAYGROUND_URL || 'http://localhost:3978').replace(/\/$/, '');
const screenshots = process.env.SCREENSHOTS || '';

const browser = await launch();
const memory = new Map();
const journey = {
  people: {},
  /** The page of `person`, opened in `chat`; each person has their own tab. */
  async as(person, chat) {
    const page = await browser.context.newPage();
    page.on('pageerror', (error) => console.log(`  page error (${person}): ${error.message}`));
    const playground = new Playground(page, baseUrl, screenshots);
    await playground.open(person, chat);
    this.people[person] = playground;
    return playground;
  },
  ask: harness.ask,
  remember: (key, value) => memory.set(key, value),
  recall: (key) => memory.get(key),
};

let failed = false;
for (const [index, step] of steps.entries()) {
  const started = Date.now();
  try {
    await step.run(journey);
    console.log(`ok ${index + 1} - ${step.title} (${Date.now() - started} ms)`);
  } catch (error) {
    failed = true;
    console.log(`not ok ${index + 1} - ${step.title}`);
    console.log(`  ${String(error.stack || error).split('\n').join('\n  ')}`);
    for (const [person, playground] of Object.entries(journey.people)) {
      console.log(`  --- what ${person}'s page showed:\n  ${(await playground.page.locator('body').innerText()).split('\n').join('\n  ')}`);
    }
    break;
  }
}

await browser.close();
harness.stop();
console.log(failed ? 'The journey failed.' : `The journey passed: ${steps.length} steps.`);
process.exit(failed ? 1 : 0);
