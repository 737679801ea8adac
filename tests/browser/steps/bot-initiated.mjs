// What the bot does on its own: a proactive summary in the channel, card buttons, and updates to its messages.
import assert from 'node:assert/strict';

function channelOf(person) {
  return person.lastSentToBot((a) => a.type === 'conversationUpdate' || a.conversation.conversationType === 'channel').channelData.channel?.id
    ?? person.lastSentToBot((a) => a.type === 'conversationUpdate').conversation.id;
}

export default [
  {
    title: 'A summary the bot posts later, through its own adapter, appears in the open channel without a refresh',
    async run(j) {
      const jo = j.people.jo;
      await jo.switchTo('channel');
      const before = await jo.messages().count();
      const posted = await j.ask('post-summary', { conversationId: channelOf(jo) });
      assert.equal(posted.outcome, 'Posted');
      const summary = await jo.waitForCard('Summary of what people shared');
      assert.equal(await jo.messages().count(), before + 1);
      const text = await summary.innerText();
      assert.match(text, /Knowing who to call \(automatic name\)/);
      assert.match(text, /Shared ground/);
      j.remember('summaryId', await summary.getAttribute('data-activity-id'));
      await jo.screenshot('summary', summary);
    },
  },
  {
    title: "Pressing an Action.Execute button sends Teams' adaptiveCard/action invoke for that card",
    async run(j) {
      const jo = j.people.jo;
      const summary = jo.page.locator(`#messages > li[data-activity-id="${j.recall('summaryId')}"]`);
      const invoked = jo.page.waitForRequest((r) => r.url().endsWith('/api/messages') && JSON.parse(r.postData()).type === 'invoke');
      await summary.getByRole('button', { name: 'See the ideas in this theme' }).first().click();
      const invoke = JSON.parse((await invoked).postData());
      assert.equal(invoke.name, 'adaptiveCard/action');
      assert.equal(invoke.channelId, 'msteams');
      assert.equal(invoke.replyToId, j.recall('summaryId'));
      assert.equal(invoke.value.trigger, 'manual');
      assert.equal(invoke.value.action.type, 'Action.Execute');
      assert.equal(invoke.value.action.verb, 'summaryThemeIdeas');
      assert.equal(invoke.value.action.data.elcAction, 'summaryThemeIdeas');
      assert.ok(invoke.value.action.data.themeId, 'the card data travels with the action');
      // ElcBot does not answer this button yet (issue 5 adds it): the page then says so, as Teams does.
      assert.equal(await jo.toast(), 'Something went wrong. Please try again.');
    },
  },
  {
    title: 'When the bot updates one of its messages, the page replaces it in place',
    async run(j) {
      const jo = j.people.jo;
      const id = j.recall('summaryId');
      const before = await jo.messages().count();
      await j.ask('update-summary', { conversationId: channelOf(jo), activityId: id, note: 'Shared with the commissioning panel.' });
      const updated = jo.page.locator(`#messages > li[data-activity-id="${id}"]`, { hasText: 'Shared with the commissioning panel.' });
      await updated.waitFor({ timeout: 15_000 });
      assert.equal(await jo.messages().count(), before);
      assert.match(await updated.locator('.meta time').innerText(), /updated/);
    },
  },
];
