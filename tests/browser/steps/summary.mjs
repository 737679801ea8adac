// The facilitator asks for a summary: the themes card in the channel, its buttons, and the spreadsheet.
import assert from 'node:assert/strict';
import * as cards from '../lib/cards.mjs';
import { question } from './rounds.mjs';
import { words } from './sharing.mjs';
import { builtOn } from './ideas.mjs';

// The first summary loads the MiniLM model (about 90 MB) before it can find themes.
const firstSummary = 120_000;

/** The value beside `title` in the card's fact list. */
async function fact(card, title) {
  const facts = await card.locator('.ac-factset tr, .ac-factset .ac-fact').allInnerTexts();
  const row = facts.map((f) => f.replace(/\s+/g, ' ').trim()).find((f) => f.startsWith(`${title} `));
  assert.ok(row, `the summary shows "${title}"`);
  return row.slice(title.length + 1);
}

export default [
  {
    title: 'The facilitator types summary: the summary card appears in the channel with automatic themes and the counts',
    async run(j) {
      const grace = j.people.grace;
      await grace.switchTo('channel');
      await grace.send('summary');
      const summary = grace.botMessages().filter({ has: grace.page.locator('.card .ac-adaptiveCard', { hasText: /^\s*Summary of what people shared/ }) })
        .filter({ hasText: question }).last();
      await summary.waitFor({ timeout: firstSummary });
      const text = await summary.innerText();
      assert.match(text, /Discover stage/);
      assert.equal(await fact(summary, 'Stories'), '1');
      assert.equal(await fact(summary, 'Ideas'), '3');
      assert.equal(await fact(summary, '"Matters to me too"'), '1');
      assert.equal(await fact(summary, 'People'), '2 (1 lived experience, 1 staff)');
      assert.match(text, /Theme names are made by ElcBot from the words people used/);
      const labels = text.match(/^.+ \(automatic name\)$/gm) ?? [];
      assert.ok(labels.length >= 1, 'at least one theme, its name marked as automatic');
      assert.match(text, /This is the first summary of this round\./);
      assert.ok(!/\b1 people\b/.test(text), 'one person is "1 person"');
      const quoted = [words.story, words.joIdea, words.tomIdea, builtOn].filter((w) => text.includes(`“${w}”`));
      assert.ok(quoted.length >= 1, 'quotes are people\'s own words, shown as quotes');
      j.remember('summary', await summary.getAttribute('data-activity-id'));
      j.remember('quoted', quoted);
      j.remember('theme', labels[0].replace(/ \(automatic name\)$/, '').trim());
      await grace.screenshot('summary', summary);
    },
  },
  {
    title: "Everyone in the channel sees the summary, posted by ElcBot on its own, without a refresh",
    async run(j) {
      const jo = j.people.jo;
      const summary = cards.message(jo, j.recall('summary'));
      await summary.waitFor({ timeout: 15_000 });
      assert.ok((await summary.innerText()).includes(`${j.recall('theme')} (automatic name)`));
    },
  },
  {
    title: "See the ideas in this theme sends Teams' adaptiveCard/action invoke, and the theme's ideas replace the summary for her",
    async run(j) {
      const grace = j.people.grace;
      const summary = cards.message(grace, j.recall('summary'));
      const invoked = grace.page.waitForRequest((r) => r.url().endsWith('/api/messages') && JSON.parse(r.postData()).type === 'invoke');
      const themeCard = cards.pressAndSeeReplaced(grace, summary.locator('.ac-container').filter({ hasText: `${j.recall('theme')} (automatic name)` }).last(),
        'See the ideas in this theme', 'What people said in this theme');
      const invoke = JSON.parse((await invoked).postData());
      assert.equal(invoke.name, 'adaptiveCard/action');
      assert.equal(invoke.channelId, 'msteams');
      assert.equal(invoke.replyToId, j.recall('summary'));
      assert.equal(invoke.value.trigger, 'manual');
      assert.equal(invoke.value.action.type, 'Action.Execute');
      assert.equal(invoke.value.action.verb, 'summaryThemeIdeas');
      assert.equal(invoke.value.action.data.elcAction, 'summaryThemeIdeas');
      assert.ok(invoke.value.action.data.themeId && invoke.value.action.data.roundId, 'the card data travels with the action');
      const theme = await themeCard;
      const text = await theme.innerText();
      assert.ok(text.includes(j.recall('theme')), 'the theme\'s name follows the heading');
      assert.match(text, /Theme name made by ElcBot from the words people used\./);
      assert.match(text, /(\d+ stories and ideas|1 story|1 idea) in this theme\./);
      assert.ok([words.story, words.joIdea, words.tomIdea, builtOn].some((w) => text.includes(`“${w}”`)), 'the theme shows people\'s own words');
      await grace.screenshot('theme-ideas', theme);
    },
  },
  {
    title: "Only she sees the theme's ideas: Jo keeps the summary card, and her own view stays when she reloads the page",
    async run(j) {
      const jo = j.people.jo;
      const seenByJo = cards.message(jo, j.recall('summary'));
      assert.ok((await seenByJo.innerText()).includes(`${j.recall('theme')} (automatic name)`), 'Jo still sees the summary');
      assert.equal(await seenByJo.getByRole('button', { name: 'Back to the summary' }).count(), 0);
      const grace = j.people.grace;
      await grace.open('grace', 'channel');
      await cards.message(grace, j.recall('summary')).getByRole('button', { name: 'Back to the summary' }).waitFor({ timeout: 15_000 });
    },
  },
  {
    title: 'Back to the summary puts the summary card back in place',
    async run(j) {
      const grace = j.people.grace;
      const summary = await cards.pressAndSeeReplaced(grace, cards.message(grace, j.recall('summary')), 'Back to the summary', 'Summary of what people shared');
      assert.ok((await summary.innerText()).includes(`${j.recall('theme')} (automatic name)`));
    },
  },
  {
    title: 'Spreadsheet for facilitators sends the file to her personal chat, where she allows it and downloads the round',
    async run(j) {
      const grace = j.people.grace;
      const summary = cards.message(grace, j.recall('summary'));
      const note = "I've sent the spreadsheet to you in a personal chat with me. Open it there and choose Allow.";
      await summary.getByRole('button', { name: 'Spreadsheet for facilitators' }).click();
      await grace.page.locator('#toast', { hasText: note }).waitFor({ timeout: 15_000 });
      await grace.page.locator('button.chat[data-chat="personal"] .unread').waitFor({ timeout: 15_000 });
      await grace.switchTo('personal');
      const offered = grace.botMessages().filter({ has: grace.page.locator('.file-consent', { hasText: /elcbot-round-.*\.csv/ }) }).last();
      await offered.waitFor({ timeout: 15_000 });
      await offered.getByRole('button', { name: 'Allow' }).click();
      // The files step earlier left another "Here is your spreadsheet." in this chat: wait for the round's own file.
      const delivered = grace.botMessages().filter({ hasText: 'Here is your spreadsheet.' }).filter({ has: grace.page.locator('a.file-link', { hasText: /elcbot-round-.*\.csv/ }) });
      await delivered.waitFor({ timeout: 15_000 });
      const download = await grace.page.request.get(await delivered.locator('a.file-link').getAttribute('href'));
      assert.equal(download.status(), 200);
      const csv = await download.text();
      for (const w of [words.story, words.joIdea, words.tomIdea, builtOn]) {
        assert.ok(csv.includes(w), 'every story and idea of the round is in the spreadsheet');
      }
      assert.ok(csv.includes(j.recall('theme')), 'with its theme');
    },
  },
];
