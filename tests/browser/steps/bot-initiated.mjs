// What the bot does on its own, outside a turn: a proactive post appears without a refresh, and updates replace it.
// The buttons of a real summary are pressed later in the journey (summary.mjs), once a round has something to sum up.
import assert from 'node:assert/strict';

function conversationOf(person) {
  return person.lastSentToBot((a) => a.type === 'conversationUpdate').conversation.id;
}

export default [
  {
    title: 'A card the bot posts later, through its own adapter, appears in the open group chat without a refresh',
    async run(j) {
      const priya = j.people.priya;
      const before = await priya.messages().count();
      const posted = await j.ask('post-summary', { conversationId: conversationOf(priya) });
      assert.equal(posted.outcome, 'Posted');
      const summary = await priya.waitForCard('Summary of what people shared');
      assert.equal(await priya.messages().count(), before + 1);
      const text = await summary.innerText();
      assert.match(text, /Knowing who to call \(automatic name\)/);
      assert.match(text, /Shared ground/);
      j.remember('postedId', await summary.getAttribute('data-activity-id'));
    },
  },
  {
    title: 'When the bot updates one of its messages, the page replaces it in place',
    async run(j) {
      const priya = j.people.priya;
      const id = j.recall('postedId');
      const before = await priya.messages().count();
      await j.ask('update-summary', { conversationId: conversationOf(priya), activityId: id, note: 'Shared with the commissioning panel.' });
      const updated = priya.page.locator(`#messages > li[data-activity-id="${id}"]`, { hasText: 'Shared with the commissioning panel.' });
      await updated.waitFor({ timeout: 15_000 });
      assert.equal(await priya.messages().count(), before);
      assert.match(await updated.locator('.meta time').innerText(), /updated/);
    },
  },
];
