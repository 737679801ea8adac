// Two people share through the round card: Jo (uses services) a story and an idea, Tom (a community nurse) an idea.
import assert from 'node:assert/strict';
import * as cards from '../lib/cards.mjs';
import { question } from './rounds.mjs';

const formSent = "I've put a form below for you.";
const quote = 'You can quote my words in summaries';

export const words = {
  story: 'When I was struggling I waited eleven weeks to talk to someone. The waiting list for talking therapy was so long that I nearly gave up asking for help.',
  joIdea: 'A same-day phone line where you can talk to someone about your mental health, without waiting weeks for therapy.',
  tomIdea: 'Let people refer themselves for talking therapy online, so they do not wait weeks for a GP appointment first.',
};

/** Opens a form from the round card, fills it in as `who`, presses Share and checks the thanks that replaces it. */
async function share(j, who, { kind, text, role, consent, byName = false }) {
  const person = j.people[who];
  const round = cards.message(person, j.recall('roundCard'));
  const title = kind === 'story' ? 'Share a story' : 'Share an idea';
  const form = await cards.pressAndSeeBelow(person, round, title, title, formSent);
  assert.ok((await form.innerText()).includes(question), 'the form shows the round question');
  const label = kind === 'story' ? /^Your story/ : 'What would make it better?';
  await cards.fillContribution(form, { label, text, role, consent, byName });
  const formId = await form.getAttribute('data-activity-id');
  const thanks = await cards.pressAndSeeReplaced(person, cards.message(person, formId), 'Share',
    kind === 'story' ? 'Thank you. Your story is saved.' : 'Thank you. Your idea is saved.');
  const shown = await thanks.innerText();
  assert.match(shown, byName ? /It is shared with your name\./ : /It is shared without your name\./);
  assert.ok(shown.includes(`You chose: ${consent}.`), 'the thanks repeats the consent chosen');
  assert.ok(!shown.includes(text), 'the thanks, which others can see, does not repeat the words');
  return { person, form, thanks };
}

export default [
  {
    title: 'Jo presses Share a story on the round card, fills in the form, and sees thanks in place of the form',
    async run(j) {
      const jo = j.people.jo;
      const round = cards.message(jo, j.recall('roundCard'));
      const form = await cards.pressAndSeeBelow(jo, round, 'Share a story', 'Share a story', formSent);
      const shown = await form.innerText();
      for (const part of ['I am...', 'Someone who uses services', 'Should we show your name?', 'How can we use your words?', quote]) {
        assert.ok(shown.includes(part), `the story form offers "${part}"`);
      }
      await jo.screenshot('story-form', form);
      // Share pressed too early: the form itself says what is missing by each field, as Teams does, and nothing is sent,
      // so nothing is kept and nothing typed is lost. (ElcBot still checks, for clients that send it anyway.)
      const formId = await form.getAttribute('data-activity-id');
      const sent = jo.sentToBot.length;
      await form.getByRole('button', { name: 'Share', exact: true }).click();
      await form.getByText('Please write your story.').waitFor({ timeout: 15_000 });
      const missing = await form.innerText();
      for (const message of ['Please choose your role.', 'Please choose how we can use your words.', 'Please tick this box so we can keep what you share.']) {
        assert.ok(missing.includes(message), `the form says "${message}" by its field`);
      }
      assert.equal(jo.sentToBot.length, sent, 'the press did not reach ElcBot');
      await cards.fillContribution(cards.message(jo, formId), {
        label: /^Your story/, text: words.story, role: 'Someone who uses services', consent: quote,
      });
      const thanks = await cards.pressAndSeeReplaced(jo, cards.message(jo, formId), 'Share', 'Thank you. Your story is saved.');
      assert.match(await thanks.innerText(), /It is shared without your name\./);
      assert.ok((await thanks.innerText()).includes(`You chose: ${quote}.`));
      assert.ok(!(await thanks.innerText()).includes(words.story), 'the thanks does not repeat the story');
    },
  },
  {
    title: 'Jo shares an idea too, from the same round card',
    async run(j) {
      await share(j, 'jo', { kind: 'idea', text: words.joIdea, role: 'Someone who uses services', consent: quote });
    },
  },
  {
    title: 'Priya tells ElcBot about her dad in the channel: it offers a story form holding her words, and keeps nothing yet',
    async run(j) {
      const priya = j.people.priya;
      await priya.switchTo('channel');
      const told = 'The discharge team rang me every evening until Dad was settled at home. It meant I could sleep again.';
      await priya.send(told);
      await priya.waitForBot('Before I keep anyone\'s words I ask how they may be used');
      const form = await priya.waitForCard('Share a story');
      assert.equal(await form.getByRole('textbox', { name: /^Your story/ }).inputValue(), told, 'her words are in the form, as she wrote them');
      assert.ok((await form.innerText()).includes(question), 'the form is for the open round');
    },
  },
  {
    title: 'Tom, a community nurse, comes to the channel and shares an idea with his name',
    async run(j) {
      const tom = j.people.tom;
      await tom.switchTo('channel');
      await share(j, 'tom', { kind: 'idea', text: words.tomIdea, role: 'Someone who works in health or care', consent: quote, byName: true });
    },
  },
];
