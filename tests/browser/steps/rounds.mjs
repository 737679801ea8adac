// A facilitator starts a round in the team channel: the form, then the round card everyone shares from.
import assert from 'node:assert/strict';
import * as cards from '../lib/cards.mjs';

export const question = 'What would make it easier to get help with your mental health?';

export default [
  {
    title: 'Someone who is not a facilitator types start round and gets a polite no',
    async run(j) {
      const jo = j.people.jo;
      await jo.switchTo('channel');
      await jo.send('start round');
      const no = await jo.waitForBot('Sorry, only the people running this work (facilitators) can do that.');
      assert.match(await no.innerText(), /You can still share stories and ideas/);
    },
  },
  {
    title: 'The facilitator types start round in the team channel and fills in the form: question and stage',
    async run(j) {
      const grace = j.people.grace;
      await grace.switchTo('channel');
      // She types @ElcBot herself, as she would in Teams: the page's own mention of ElcBot takes its place.
      await grace.send('@ElcBot start round');
      const form = await grace.waitForCard('Start a round');
      assert.equal(await grace.lastOwnMessageText(), '@ElcBot start round', 'she sees her own message in the channel, with ElcBot mentioned once');
      assert.match(await form.innerText(), /Ask one clear question/);
      await cards.type(form, 'Your question', question);
      await cards.choose(form, 'Discover: what matters to people');
      assert.equal(await cards.option(form, 'Discover: what matters to people').isChecked(), true);
      await grace.screenshot('round-start-form', form);
      j.remember('roundForm', await form.getAttribute('data-activity-id'));
    },
  },
  {
    title: 'She presses Start the round: the form becomes the round card, with Share a story and Share an idea',
    async run(j) {
      const grace = j.people.grace;
      const form = cards.message(grace, j.recall('roundForm'));
      const round = await cards.pressAndSeeReplaced(grace, form, 'Start the round', 'Tell us what matters');
      const text = await round.innerText();
      assert.ok(text.includes(question), 'the round card shows the question');
      assert.match(text, /Discover: what matters to people/);
      assert.match(text, /Everyone's voice counts the same/);
      for (const button of ['Share a story', 'Share an idea', 'See the ideas']) {
        assert.equal(await round.getByRole('button', { name: button, exact: true }).isVisible(), true, `the round card has "${button}"`);
      }
      j.remember('roundCard', await round.getAttribute('data-activity-id'));
      await grace.screenshot('round-card', round);
    },
  },
  {
    // The card answering her press is hers alone, as in Teams: the others see the round card because ElcBot also
    // updates the message for everyone.
    title: 'Others in the channel see the round card, not the start form, without a refresh',
    async run(j) {
      const jo = j.people.jo;
      const round = cards.message(jo, j.recall('roundCard'));
      await round.locator('.card .ac-adaptiveCard', { hasText: /^\s*Tell us what matters/ }).waitFor({ timeout: 15_000 });
      assert.ok((await round.innerText()).includes(question));
      assert.equal(await round.getByRole('button', { name: 'Start the round' }).count(), 0, 'the start form is gone for her too');
      assert.equal(await round.getByRole('button', { name: 'Share a story', exact: true }).isVisible(), true);
    },
  },
];
