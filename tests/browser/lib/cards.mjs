// What a person does with a rendered Adaptive Card: fill in its inputs and press its buttons, as they would by hand.
import assert from 'node:assert/strict';

const timeout = 15_000;

/** The list item of a message by its activity id: it stays the same when the bot replaces the card in place. */
export function message(person, activityId) {
  return person.page.locator(`#messages > li[data-activity-id="${activityId}"]`);
}

/** Types into the card's text box labelled `label` (the renderer ties each label to its input for screen readers). */
export async function type(card, label, text) {
  await card.getByRole('textbox', { name: label }).fill(text);
}

/**
 * The radio button of option `title` in an expanded choice set. The renderer names each button after its option
 * (and the first also after the question), so the option's own title is the reliable handle.
 */
export function option(card, title) {
  return card.locator(`input[type="radio"][aria-label="${title.replace(/"/g, '\\"')}"]`);
}

export async function choose(card, title) {
  await option(card, title).check();
}

export async function tick(card, title) {
  await card.getByRole('checkbox', { name: title }).check();
}

/**
 * Presses `button` in `item` (a message, or a part of its card) and waits until the message's card begins with `title`:
 * the card the bot answered with, shown in place of the pressed one. Returns the message, which keeps its activity id.
 */
export async function pressAndSeeReplaced(person, item, button, title) {
  const id = await item.evaluate((element) => element.closest('li[data-activity-id]').dataset.activityId);
  const count = await person.messages().count();
  await item.getByRole('button', { name: button, exact: true }).click();
  const replaced = message(person, id);
  await replaced.locator('.card .ac-adaptiveCard', { hasText: startsWith(title) }).waitFor({ timeout });
  assert.equal(await person.messages().count(), count, 'the answer took the place of the card; no new message');
  return replaced;
}

/**
 * Presses `button` on the card of message `item` when the bot answers with a new card below rather than replacing this
 * one (a form, a list): the page shows the bot's short note, and the new card beginning with `title` arrives.
 */
export async function pressAndSeeBelow(person, item, button, title, note) {
  const before = await person.botMessages().filter({ has: person.page.locator('.card .ac-adaptiveCard', { hasText: startsWith(title) }) }).count();
  await item.getByRole('button', { name: button, exact: true }).click();
  await person.page.locator('#toast', { hasText: note }).waitFor({ timeout });
  assert.equal(await person.toast(), note);
  const arrived = person.botMessages().filter({ has: person.page.locator('.card .ac-adaptiveCard', { hasText: startsWith(title) }) });
  await arrived.nth(before).waitFor({ timeout });
  return arrived.nth(before);
}

/** A story or idea form: the words, "I am...", how to be credited, how the words may be used, and the keep tick. */
export async function fillContribution(form, { label, text, role, consent, byName = false }) {
  await type(form, label, text);
  await choose(form, role);
  await choose(form, byName ? 'Yes, show my name' : 'No, share it without my name');
  await choose(form, consent);
  await tick(form, 'I agree to ElcBot keeping what I share');
}

function startsWith(title) {
  return new RegExp(`^\\s*${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);
}
