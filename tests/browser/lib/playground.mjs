// What a person does on the playground page, and what the steps read back from it.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';

const timeout = 15_000;

export class Playground {
  constructor(page, baseUrl, screenshots) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.screenshots = screenshots;
    this.sentToBot = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && new URL(request.url()).pathname === '/api/messages') {
        this.sentToBot.push(JSON.parse(request.postData()));
      }
    });
  }

  /** Opens the page as `person` (jo, priya, tom, grace, sam) in `chat` (personal, channel, group). */
  async open(person, chat) {
    await this.page.goto(`${this.baseUrl}/playground?as=${person}&in=${chat}`);
    await this.page.locator('body[data-ready="true"]').waitFor({ state: 'attached', timeout });
  }

  async switchTo(chat) {
    await this.page.locator(`button.chat[data-chat="${chat}"]`).click();
    // Loaded, not only chosen: the chat's messages are on the page before anything is typed into it.
    await this.page.locator(`body[data-chat="${chat}"][data-loaded="${chat}"]`).waitFor({ state: 'attached', timeout });
  }

  async send(text) {
    const count = await this.messages().count();
    await this.page.fill('#message', text);
    await this.page.press('#message', 'Enter');
    // Your own message shows first, as in Teams.
    await this.messages().nth(count).waitFor({ timeout });
  }

  messages() {
    return this.page.locator('#messages > li');
  }

  botMessages() {
    return this.page.locator('#messages > li[data-from="bot"]');
  }

  /** The last message from you, as the page shows it. */
  async lastOwnMessageText() {
    return (await this.page.locator('#messages > li.mine .text').last().innerText()).trim();
  }

  /** Waits for a message from the bot whose text or card contains `text`; returns its list item. */
  async waitForBot(text) {
    const found = this.botMessages().filter({ hasText: text }).last();
    await found.waitFor({ timeout });
    return found;
  }

  /** Waits for a rendered Adaptive Card (drawn by the official renderer) that begins with the heading `title`. */
  async waitForCard(title) {
    const heading = new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
    const item = this.botMessages().filter({ has: this.page.locator('.card .ac-adaptiveCard', { hasText: heading }) }).last();
    await item.waitFor({ timeout });
    return item;
  }

  async systemLine(text) {
    const line = this.page.locator('#messages > li.system', { hasText: text });
    await line.waitFor({ timeout });
    return line;
  }

  async toast() {
    const toast = this.page.locator('#toast');
    await toast.waitFor({ state: 'visible', timeout });
    return (await toast.innerText()).trim();
  }

  lastSentToBot(predicate = () => true) {
    const found = [...this.sentToBot].reverse().find(predicate);
    assert.ok(found, 'the page sent no such activity to the bot');
    return found;
  }

  /** Does `work` with the page at a phone's size, then puts the size back. */
  async asPhone(work) {
    const viewport = this.page.viewportSize();
    await this.page.setViewportSize({ width: 390, height: 844 });
    try {
      await work();
    } finally {
      await this.page.setViewportSize(viewport);
    }
  }

  /** A picture of the whole page, made tall enough to show `item` in full (the message list scrolls). */
  async screenshot(name, item) {
    if (!this.screenshots) return;
    fs.mkdirSync(this.screenshots, { recursive: true });
    const viewport = this.page.viewportSize();
    if (item) {
      const box = await item.boundingBox();
      const height = Math.min(2400, Math.max(viewport.height, Math.ceil((box ? box.height : 0) + 320)));
      await this.page.setViewportSize({ width: viewport.width, height });
      await scrollIntoView(item);
    }
    await this.page.screenshot({ path: path.join(this.screenshots, `${name}.png`) });
    await this.page.setViewportSize(viewport);
  }
}

/**
 * Scrolls a message into view. The bot may update that message for everyone just then (a round card replacing its
 * form), and the page draws it afresh: the locator finds the new element on the next try.
 */
async function scrollIntoView(item, tries = 3) {
  for (let attempt = 1; ; attempt++) {
    try {
      await item.scrollIntoViewIfNeeded();
      return;
    } catch (error) {
      if (attempt >= tries || !/not attached to the DOM/.test(String(error))) throw error;
    }
  }
}
