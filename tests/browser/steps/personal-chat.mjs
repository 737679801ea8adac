// A facilitator meets ElcBot in her personal chat: welcome on install, help, and a kind pointer.
import assert from 'node:assert/strict';

export default [
  {
    title: 'A facilitator opens her personal chat: ElcBot is added and says hello with its welcome card',
    async run(j) {
      const grace = await j.as('grace', 'personal');
      await grace.systemLine('Grace Mensah added ElcBot to this chat.');
      const welcome = await grace.waitForCard("Hello, I'm ElcBot");
      assert.match(await welcome.innerText(), /Everyone's voice counts the same here/);
      const added = grace.lastSentToBot((a) => a.type === 'conversationUpdate');
      assert.equal(added.channelId, 'msteams');
      assert.equal(added.conversation.conversationType, 'personal');
      assert.ok(added.membersAdded.some((m) => m.id === added.recipient.id), 'the bot is among the members added');
      await grace.screenshot('welcome-personal', welcome);
    },
  },
  {
    title: 'She types help and sees the help card listing what she can do',
    async run(j) {
      const grace = j.people.grace;
      await grace.send('help');
      assert.equal(await grace.lastOwnMessageText(), 'help');
      const help = await grace.waitForCard('What I can do');
      assert.match(await help.innerText(), /See what I can do/);
      const sent = grace.lastSentToBot((a) => a.type === 'message');
      assert.equal(sent.text, 'help');
      assert.equal(sent.entities.some((e) => e.type === 'mention'), false, 'no mention in a personal chat');
      await grace.screenshot('help', help);
    },
  },
  {
    title: 'Something ElcBot does not know gets a kind pointer to help',
    async run(j) {
      const grace = j.people.grace;
      await grace.send('what is the weather like?');
      const pointer = await grace.waitForBot("Sorry, I didn't understand that.");
      assert.equal(await pointer.locator('.text strong').innerText(), 'help');
    },
  },
];
