// People in a team channel and a group chat: ElcBot joins, and the page @mentions it for them as Teams needs.
import assert from 'node:assert/strict';

export default [
  {
    title: 'A person who uses services opens the team channel: ElcBot joins the team and welcomes everyone',
    async run(j) {
      const jo = await j.as('jo', 'channel');
      await jo.systemLine('Jo Evans added ElcBot to the team.');
      const welcome = await jo.waitForCard("Hello, I'm ElcBot");
      assert.match(await welcome.innerText(), /You can share without your name/);
      const added = jo.lastSentToBot((a) => a.type === 'conversationUpdate');
      assert.equal(added.conversation.conversationType, 'channel');
      assert.equal(added.channelData.eventType, 'teamMemberAdded');
      assert.ok(added.channelData.team.id && added.channelData.tenant.id, 'team and tenant are in channelData');
    },
  },
  {
    title: 'In the channel the page mentions ElcBot for her, as Teams requires, and ElcBot answers in the thread',
    async run(j) {
      const jo = j.people.jo;
      await jo.send('help');
      assert.equal(await jo.lastOwnMessageText(), '@ElcBot help');
      await jo.waitForCard('What I can do');
      const sent = jo.lastSentToBot((a) => a.type === 'message');
      assert.equal(sent.text, '<at>ElcBot</at> help');
      const mention = sent.entities.find((e) => e.type === 'mention');
      assert.deepEqual(mention, { type: 'mention', mentioned: { id: sent.recipient.id, name: 'ElcBot' }, text: '<at>ElcBot</at>' });
      assert.equal(sent.conversation.id, `${sent.channelData.channel.id};messageid=${sent.id}`);
      assert.match(sent.conversation.id, /^19:.*@thread\.tacv2;messageid=\d+$/);
    },
  },
  {
    title: 'On a phone-sized screen the chat fills the screen and the list of chats sits behind a menu button',
    async run(j) {
      const jo = j.people.jo;
      await jo.asPhone(async () => {
        assert.equal(await jo.page.locator('#sidebar').isVisible(), false);
        await jo.page.locator('#menu-button').click();
        assert.equal(await jo.page.locator('#sidebar').isVisible(), true);
        await jo.page.locator('#menu-button').click();
        await jo.screenshot('channel-on-a-phone');
      });
    },
  },
  {
    title: 'A guest from another organisation can take part in the channel too',
    async run(j) {
      const sam = await j.as('sam', 'channel');
      await sam.send('help');
      assert.equal(await sam.lastOwnMessageText(), '@ElcBot help');
      await sam.waitForCard('What I can do');
      assert.equal(sam.lastSentToBot((a) => a.type === 'message').from.name, 'Sam Taylor');
    },
  },
  {
    title: 'A carer in the group chat gets the same help, and another person sees her message arrive without a refresh',
    async run(j) {
      const priya = await j.as('priya', 'group');
      await priya.waitForCard("Hello, I'm ElcBot");
      const tom = await j.as('tom', 'group');
      await priya.send('help');
      await priya.waitForCard('What I can do');
      const sent = priya.lastSentToBot((a) => a.type === 'message');
      assert.equal(sent.conversation.conversationType, 'groupChat');
      assert.match(sent.conversation.id, /^19:.*@thread\.v2$/);
      const seenByTom = tom.messages().filter({ hasText: 'Priya Shah' });
      await seenByTom.first().waitFor({ timeout: 15_000 });
      await tom.waitForCard('What I can do');
    },
  },
];
