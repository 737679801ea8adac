// Seeing and supporting ideas: the list, "This matters to me too", and "Build on this".
import assert from 'node:assert/strict';
import * as cards from '../lib/cards.mjs';
import { words } from './sharing.mjs';

// It holds Markdown, as pasted words often do: cards must show it as written, never as bold or a live link.
export const builtOn = 'While people wait for talking therapy, send them a text each week saying where they are on the list and who to call: **the duty team** at [the clinic](https://example.test/clinic).';

/** The block of one idea on an ideas card. */
function idea(list, text) {
  return list.locator('.ac-container').filter({ hasText: text }).filter({ has: list.page().getByRole('button', { name: 'Build on this' }) }).last();
}

export default [
  {
    title: 'Tom types ideas and sees both ideas, newest first, each with This matters to me too and Build on this',
    async run(j) {
      const tom = j.people.tom;
      await tom.send('ideas');
      const list = await tom.waitForCard('Ideas so far');
      const text = await list.innerText();
      assert.ok(text.indexOf(words.tomIdea) >= 0 && text.indexOf(words.joIdea) > text.indexOf(words.tomIdea), 'newest first');
      assert.ok(!text.includes(words.story), 'stories are not in the ideas list');
      assert.match(text, /Tom Hughes · Someone who works in health or care/);
      assert.match(text, /Shared without a name · Someone who uses services/);
      assert.equal(await idea(list, words.joIdea).getByRole('button', { name: 'This matters to me too (0)' }).isVisible(), true);
      j.remember('ideasList', await list.getAttribute('data-activity-id'));
      await tom.screenshot('ideas-list', list);
    },
  },
  {
    title: "He presses This matters to me too on Jo's idea: the list comes back in place with the count at 1",
    async run(j) {
      const tom = j.people.tom;
      const list = cards.message(tom, j.recall('ideasList'));
      const joIdea = idea(list, words.joIdea);
      const presses = () => tom.sentToBot.filter((a) => a.type === 'invoke').length;
      const before = presses();
      // A quick double press counts once, as in Teams: the card takes no second press until the first is answered.
      await joIdea.getByRole('button', { name: 'This matters to me too (0)' }).dblclick();
      const supported = list.filter({ hasText: 'Thank you. You said this idea matters to you too.' });
      await supported.waitFor({ timeout: 15_000 });
      assert.equal(presses(), before + 1, 'the double press reached ElcBot once');
      await idea(supported, words.joIdea).getByRole('button', { name: 'This matters to me too (1)' }).waitFor({ timeout: 15_000 });
      assert.match(await idea(supported, words.joIdea).innerText(), /1 person says this matters to them\./);
      assert.match(await idea(supported, words.tomIdea).innerText(), /No one has said this matters to them yet\./);
    },
  },
  {
    // ElcBot updates the list for everyone with the new count; the thanks and the offer are for Tom alone.
    title: "Jo sees the new count on the same list without a refresh, without Tom's thanks",
    async run(j) {
      const jo = j.people.jo;
      const list = cards.message(jo, j.recall('ideasList'));
      await idea(list, words.joIdea).getByRole('button', { name: 'This matters to me too (1)' }).waitFor({ timeout: 15_000 });
      const text = await list.innerText();
      assert.ok(!text.includes('Thank you. You said this idea matters to you too.'), "Tom's thanks is not shown to Jo");
      assert.equal(await list.getByRole('button', { name: 'Tell me what happens to this idea' }).count(), 0, 'the offer to follow the idea is for Tom');
    },
  },
  {
    title: 'Tom presses Build on this on his own idea and shares an idea built on it',
    async run(j) {
      const tom = j.people.tom;
      const list = cards.message(tom, j.recall('ideasList'));
      const form = await cards.pressAndSeeBelow(tom, idea(list, words.tomIdea), 'Build on this', 'Share an idea', "I've put a form below for you.");
      assert.ok((await form.innerText()).includes(`You are building on this idea: "${words.tomIdea}"`), 'the form says which idea it builds on');
      await cards.fillContribution(form, {
        label: 'What would make it better?', text: builtOn, role: 'Someone who works in health or care', consent: 'You can quote my words in summaries',
      });
      const thanks = await cards.pressAndSeeReplaced(tom, form, 'Share', 'Thank you. Your idea is saved.');
      assert.match(await thanks.innerText(), /It is shared without your name\./);
    },
  },
  {
    title: 'The list, opened again from the thanks card, shows the new idea marked as building on another',
    async run(j) {
      const tom = j.people.tom;
      const thanks = (await tom.waitForCard('Thank you. Your idea is saved.'));
      const list = await cards.pressAndSeeReplaced(tom, thanks, 'See the ideas', 'Ideas so far');
      const text = await list.innerText();
      assert.ok(text.indexOf(builtOn) >= 0 && text.indexOf(builtOn) < text.indexOf(words.tomIdea), 'the new idea comes first');
      assert.match(await idea(list, builtOn).innerText(), /builds on another idea/);
      assert.equal(await list.locator('a[href="https://example.test/clinic"]').count(), 0, 'a link someone wrote is shown as text, not made live');
      assert.equal(await list.locator('strong', { hasText: 'the duty team' }).count(), 0, 'stars someone wrote are shown, not made bold');
      assert.equal(await idea(list, words.joIdea).getByRole('button', { name: 'This matters to me too (1)' }).isVisible(), true);
    },
  },
];
