// Files from the bot (the facilitators' spreadsheet): Teams' consent card, Allow, and the file to download.
import assert from 'node:assert/strict';

export default [
  {
    title: 'When the bot offers a file, the facilitator sees the consent card, allows it, and can download the file',
    async run(j) {
      const grace = j.people.grace;
      await grace.switchTo('personal');
      const chat = grace.lastSentToBot((a) => a.type === 'conversationUpdate').conversation.id;
      const csv = 'Theme,Stories\nKnowing who to call,3\n';
      await j.ask('offer-file', { conversationId: chat, name: 'summary.csv', content: csv });
      const offered = grace.botMessages().filter({ has: grace.page.locator('.file-consent', { hasText: 'summary.csv' }) }).last();
      await offered.waitFor({ timeout: 15_000 });
      const consent = grace.page.locator(`#messages > li[data-activity-id="${await offered.getAttribute('data-activity-id')}"]`);
      assert.match(await consent.innerText(), /The summary as a spreadsheet\./);
      const answered = grace.page.waitForRequest((r) => r.url().endsWith('/api/messages') && JSON.parse(r.postData()).name === 'fileConsent/invoke');
      await consent.getByRole('button', { name: 'Allow' }).click();
      const invoke = JSON.parse((await answered).postData());
      assert.equal(invoke.value.type, 'fileUpload');
      assert.equal(invoke.value.action, 'accept');
      assert.ok(invoke.value.context.fileId, 'the accept context travels back to the bot');
      assert.equal(invoke.value.uploadInfo.name, 'summary.csv');
      const delivered = await grace.waitForBot('Here is your spreadsheet.');
      const href = await delivered.locator('a.file-link').getAttribute('href');
      const download = await grace.page.request.get(href);
      assert.equal(download.status(), 200);
      const body = await download.body();
      assert.deepEqual([...body.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the file starts with the UTF-8 byte-order mark, so Excel reads it as UTF-8');
      assert.equal(body.subarray(3).toString('utf8'), csv);
      assert.match(await consent.innerText(), /You allowed this file\./);
    },
  },
];
