// The card contract: every card the bot can produce, parsed and validated by the official Adaptive Cards SDK
// (npm adaptivecards, the renderer the playground uses). Fails on any parse or validation event, on a version
// above what Teams renders (1.5), and on a card too big to send.
//   node card-contract.mjs <folder of card JSON files>
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AdaptiveCards = require('adaptivecards/dist/adaptivecards.js');

const maxVersion = [1, 5];
// Teams refuses bot messages over about 28 KB. The card must leave room for the activity around it (ids,
// names, conversation, serviceUrl, summary text), which is well under 2 KB.
const maxBytes = 26 * 1024;

function versionProblem(card) {
  const match = /^(\d+)\.(\d+)$/.exec(String(card.version ?? ''));
  if (!match) return `version "${card.version}" is missing or not major.minor`;
  const [major, minor] = [Number(match[1]), Number(match[2])];
  const tooNew = major > maxVersion[0] || (major === maxVersion[0] && minor > maxVersion[1]);
  return tooNew ? `version ${card.version} is above ${maxVersion.join('.')}, the highest Teams renders` : null;
}

function check(file) {
  const text = fs.readFileSync(file, 'utf8');
  const json = JSON.parse(text);
  const problems = [];
  if (json.type !== 'AdaptiveCard') problems.push(`type is "${json.type}", not AdaptiveCard`);
  const version = versionProblem(json);
  if (version) problems.push(version);
  const bytes = Buffer.byteLength(JSON.stringify(json), 'utf8');
  if (bytes > maxBytes) problems.push(`${bytes} bytes, above ${maxBytes}`);

  const card = new AdaptiveCards.AdaptiveCard();
  const context = new AdaptiveCards.SerializationContext();
  card.parse(json, context);
  for (let i = 0; i < context.eventCount; i++) {
    const event = context.getEventAt(i);
    problems.push(`parse: ${event.message}`);
  }
  for (const event of card.validateProperties().validationEvents) {
    problems.push(`validation: ${event.message}`);
  }
  return { bytes, problems };
}

const folder = process.argv[2];
if (!folder || !fs.existsSync(folder)) {
  console.log('Give the folder of card JSON files to check.');
  process.exit(2);
}
const files = fs.readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
if (files.length === 0) {
  console.log(`No cards in ${folder}.`);
  process.exit(2);
}

let failures = 0;
for (const name of files) {
  const { bytes, problems } = check(path.join(folder, name));
  if (problems.length === 0) {
    console.log(`ok ${name} (${bytes} bytes)`);
  } else {
    failures++;
    console.log(`not ok ${name}\n  ${problems.join('\n  ')}`);
  }
}
console.log(`${files.length - failures} of ${files.length} cards keep the contract (adaptivecards ${require('adaptivecards/package.json').version}).`);
process.exit(failures === 0 ? 0 : 1);
