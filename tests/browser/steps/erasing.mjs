// Taking one thing back: its author removes a quoted story or idea from "my contributions", and the summary card
// already posted in the channel changes to leave its words out.
import assert from 'node:assert/strict';
import * as cards from '../lib/cards.mjs';
import { words } from './sharing.mjs';

const authors = new Map([[words.story, ['jo', 'story']], [words.joIdea, ['jo', 'idea']], [words.tomIdea, ['tom', 'idea']]]);

export default [
  {
    title: 'Someone quoted in the summary removes those words from my contributions, after a check',
    async run(j) {
      const removed = j.recall('quoted').find((w) => authors.has(w));
      assert.ok(removed, 'the summary quotes words that Jo or Tom shared');
      const [who, kind] = authors.get(removed);
      const person = j.people[who];
      await person.switchTo('personal');
      await person.send('my contributions');
      const list = await person.waitForCard("What you've shared");
      const item = list.locator('.ac-container').filter({ hasText: removed.slice(0, 60) }).filter({ has: person.page.getByRole('button', { name: `Remove this ${kind}` }) }).last();
      const asked = await cards.pressAndSeeReplaced(person, item, `Remove this ${kind}`, `Remove this ${kind}?`);
      assert.match(await asked.innerText(), /You can't get it back\./);
      await cards.pressAndSeeReplaced(person, asked, 'Yes, remove it', "Done. I've removed it.");
      j.remember('removed', removed);
    },
  },
  {
    title: 'The summary card posted in the channel changes in place, without the removed words',
    async run(j) {
      const grace = j.people.grace;
      await grace.switchTo('channel');
      const removed = j.recall('removed');
      await cards.message(grace, j.recall('summary'))
        .filter({ hasText: 'Summary of what people shared' })
        .filter({ hasNotText: removed.slice(0, 60) })
        .waitFor({ timeout: 15_000 });
    },
  },
];
