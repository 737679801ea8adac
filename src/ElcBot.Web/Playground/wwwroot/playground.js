// The playground page: you pick who you are and where, talk to ElcBot, and see its replies as Teams would show
// them. Everything the bot sends arrives through the local channel's feed, so proactive posts appear too.
(function () {
  'use strict';

  const api = '/playground/api';
  const $ = (id) => document.getElementById(id);
  const state = { setup: null, hostConfig: null, person: null, chat: null, messages: new Map(), unread: new Map(), busy: new Set(), feedReady: null };
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });

  async function getJson(url) {
    const response = await fetch(url, { cache: 'no-store' });
    if (!response.ok) throw new Error(`${url} answered ${response.status}`);
    return response.json();
  }

  async function postJson(url, body) {
    return fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  }

  function showNotice(html) {
    $('notice').innerHTML = html;
    $('notice').hidden = false;
  }

  let toastTimer;
  function toast(text) {
    $('toast').textContent = text;
    $('toast').hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { $('toast').hidden = true; }, 6000);
  }

  function chats() {
    const personal = { key: 'personal', id: state.person.personalConversationId, conversationType: 'personal', name: state.setup.bot.name };
    return [personal, ...state.setup.conversations];
  }

  function describe(chat) {
    if (chat.conversationType === 'personal') return 'Your personal chat with ElcBot';
    if (chat.conversationType === 'channel') return `Channel in the ${state.setup.team.name} team · everyone is here · ElcBot is mentioned for you`;
    return 'Group chat · everyone is here · ElcBot is mentioned for you';
  }

  function initials(name) {
    return name.split(' ').map((part) => part[0]).join('').slice(0, 2).toUpperCase();
  }

  function renderChatList() {
    const list = $('chats');
    list.replaceChildren();
    for (const chat of chats()) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.chat = chat.key;
      button.className = 'chat' + (state.chat && state.chat.key === chat.key ? ' selected' : '');
      const label = chat.conversationType === 'channel' ? `${state.setup.team.name} › ${chat.name}` : chat.name;
      const kind = chat.conversationType === 'personal' ? 'Personal chat' : chat.conversationType === 'channel' ? 'Team channel' : 'Group chat';
      button.innerHTML = `<span class="avatar ${chat.conversationType}">${initials(chat.name)}</span><span class="chat-text"><strong></strong><small></small></span>`;
      button.querySelector('strong').textContent = label;
      // The sidebar cuts a long name short ("Better Care Together › Sto…"); hovering shows it whole.
      button.title = label;
      button.querySelector('small').textContent = kind;
      const unread = state.unread.get(chat.id) || 0;
      if (unread > 0) {
        const badge = document.createElement('span');
        badge.className = 'unread';
        badge.textContent = String(unread);
        badge.setAttribute('aria-label', `${unread} new`);
        button.append(badge);
      }
      button.addEventListener('click', () => openChat(chat.key));
      item.append(button);
      list.append(item);
    }
    const who = state.person;
    $('persona-card').textContent = `You are ${who.name}: ${who.description}.`;
  }

  function renderText(text, textFormat) {
    // A message marked plain (people's words) shows its characters as written, with no Markdown, as in Teams.
    const html = textFormat === 'plain' ? `<p>${window.ElcMarkdown.escapeHtml(String(text ?? ''))}</p>` : window.ElcMarkdown.toHtml(text);
    // Show the bot's @mention as Teams does, as a highlighted name rather than markup.
    return html.replace(/&lt;at&gt;(.*?)&lt;\/at&gt;/g, '<span class="mention">@$1</span>');
  }

  function renderCard(content, activity) {
    const card = new AdaptiveCards.AdaptiveCard();
    card.hostConfig = state.hostConfig;
    card.onExecuteAction = (action) => onCardAction(action, activity);
    card.parse(content);
    const element = card.render();
    const holder = document.createElement('div');
    holder.className = 'card';
    if (element) holder.append(element);
    return holder;
  }

  async function answerFileConsent(activity, attachment, answer, box) {
    const content = attachment.content || {};
    let uploadInfo = null;
    if (answer === 'accept') {
      const uniqueId = crypto.randomUUID();
      const name = attachment.name || 'file';
      const url = `${location.origin}/playground/files/${uniqueId}/${encodeURIComponent(name)}`;
      uploadInfo = { name, uploadUrl: url, contentUrl: url, uniqueId, fileType: name.includes('.') ? name.split('.').pop() : '' };
    }
    const context = answer === 'accept' ? content.acceptContext : content.declineContext;
    const invoke = window.TeamsActivities.fileConsent(state.setup, state.person, state.chat, activity.id, answer, context, uploadInfo);
    for (const button of box.querySelectorAll('button')) button.disabled = true;
    const response = await postJson('/api/messages', invoke);
    if (response.ok) {
      box.querySelector('.file-actions').textContent = answer === 'accept' ? 'You allowed this file.' : 'You declined this file.';
    } else {
      for (const button of box.querySelectorAll('button')) button.disabled = false;
      toast('Something went wrong. Please try again.');
    }
  }

  function renderAttachment(attachment, activity) {
    if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') {
      return renderCard(attachment.content, activity);
    }
    if (attachment.contentType === 'application/vnd.microsoft.teams.card.file.consent') {
      return window.FileCards.consent(attachment, (answer, box) => answerFileConsent(activity, attachment, answer, box));
    }
    if (attachment.contentType === 'application/vnd.microsoft.teams.card.file.info') {
      return window.FileCards.info(attachment);
    }
    const other = document.createElement('div');
    other.className = 'card unsupported';
    other.textContent = `This message has something the playground cannot show yet (${attachment.contentType}).`;
    return other;
  }

  function renderActivity(activity) {
    const item = document.createElement('li');
    item.dataset.activityId = activity.id;
    if (activity.type === 'conversationUpdate') {
      item.className = 'system';
      const where = state.chat.conversationType === 'channel' ? 'the team' : 'this chat';
      item.textContent = `${activity.from && activity.from.name ? activity.from.name : 'Someone'} added ElcBot to ${where}.`;
      return item;
    }
    const fromBot = activity.from && activity.from.id === state.setup.bot.id;
    const mine = !fromBot && activity.from && activity.from.id === state.person.id;
    item.className = 'message' + (fromBot ? ' from-bot' : '') + (mine ? ' mine' : '') + (state.busy.has(activity.id) ? ' busy' : '');
    item.dataset.from = fromBot ? 'bot' : 'person';
    const name = fromBot ? state.setup.bot.name : (activity.from && activity.from.name) || 'Someone';
    const when = activity.timestamp ? time.format(new Date(activity.timestamp)) : '';
    item.innerHTML = `<span class="avatar ${fromBot ? 'bot' : 'person'}" aria-hidden="true"></span><div class="bubble"><div class="meta"><strong></strong> <time></time></div><div class="body"></div></div>`;
    item.querySelector('.avatar').textContent = fromBot ? 'EB' : initials(name);
    item.querySelector('.meta strong').textContent = mine ? 'You' : name;
    item.querySelector('time').textContent = when + (activity.lastEdited ? ' · updated' : '');
    const body = item.querySelector('.body');
    if (activity.text) {
      const text = document.createElement('div');
      text.className = 'text';
      text.innerHTML = renderText(activity.text, activity.textFormat);
      body.append(text);
    }
    for (const attachment of activity.attachments || []) {
      body.append(renderAttachment(attachment, activity));
    }
    return item;
  }

  function renderMessages() {
    const list = $('messages');
    list.replaceChildren(...[...state.messages.values()].map(renderActivity));
    list.scrollTop = list.scrollHeight;
  }

  function applyChange(change) {
    // A card someone got by pressing a button is theirs alone: other people's pages keep the message as it was.
    if (change.personId && (!state.person || change.personId !== state.person.id)) return;
    if (change.change === 'transient') {
      if (state.chat && change.conversationId === state.chat.id && change.activity.type === 'typing') {
        $('typing').hidden = false;
        setTimeout(() => { $('typing').hidden = true; }, 3000);
      }
      return;
    }
    if (!state.chat || change.conversationId !== state.chat.id) {
      const visible = chats().some((chat) => chat.id === change.conversationId);
      if (visible && change.change === 'added') {
        state.unread.set(change.conversationId, (state.unread.get(change.conversationId) || 0) + 1);
        renderChatList();
      }
      return;
    }
    const list = $('messages');
    const existing = list.querySelector(`li[data-activity-id="${CSS.escape(change.activity.id)}"]`);
    if (change.change === 'deleted') {
      state.messages.delete(change.activity.id);
      if (existing) existing.remove();
      return;
    }
    state.messages.set(change.activity.id, change.activity);
    const rendered = renderActivity(change.activity);
    if (existing) {
      existing.replaceWith(rendered);
    } else {
      list.append(rendered);
      list.scrollTop = list.scrollHeight;
      if (change.activity.from && change.activity.from.id === state.setup.bot.id) $('typing').hidden = true;
    }
  }

  // The feed is lost when the host stops (Ctrl+C, a rebuild). The page says so rather than sit silent, and once
  // the host answers again it reads the chat afresh: a restarted host has forgotten every message, so cards left
  // on the page would point at messages it no longer has.
  const lostNotice = 'The page has lost touch with ElcBot. Is <code>bash scripts/run.sh</code> still running? The page reconnects by itself.';
  function connectFeed() {
    let lost = false;
    state.feedReady = new Promise((resolve) => {
      const feed = new EventSource(`${api}/events`);
      feed.addEventListener('hello', () => {
        document.body.dataset.feed = 'connected';
        resolve();
        if (!lost) return;
        lost = false;
        $('notice').hidden = true;
        toast('ElcBot is back. If it was restarted, the chats start afresh.');
        // Read again only: every open page would otherwise add ElcBot to the emptied chat once more.
        if (state.chat) openChat(state.chat.key, { addBot: false });
      });
      feed.addEventListener('change', (event) => applyChange(JSON.parse(event.data)));
      feed.onerror = () => {
        document.body.dataset.feed = 'reconnecting';
        if (document.body.dataset.ready !== 'true' || lost) return;
        lost = true;
        showNotice(lostNotice);
      };
    });
    return state.feedReady;
  }

  async function sendToBot(activity) {
    const response = await postJson('/api/messages', activity);
    if (!response.ok) {
      toast(`ElcBot could not take that just now (it answered ${response.status}). Please try again.`);
    }
    return response;
  }

  async function record(chat, activity) {
    const response = await postJson(`${api}/conversations/${encodeURIComponent(chat.id)}/activities`, activity);
    if (!response.ok) throw new Error(`The local channel answered ${response.status}`);
    return response.json();
  }

  // The first time a chat is opened, the bot is added to it, as when someone installs the app in Teams.
  async function addBotIfNew(chat) {
    if (state.messages.size > 0) return;
    const added = window.TeamsActivities.botAdded(state.setup, state.person, chat);
    const stored = await record(chat, added);
    await sendToBot({ ...added, id: `f:${stored.id}` });
  }

  async function openChat(key, { addBot = true } = {}) {
    state.chat = chats().find((chat) => chat.key === key) || chats()[0];
    state.unread.delete(state.chat.id);
    document.body.dataset.chat = state.chat.key;
    document.body.classList.remove('sidebar-open');
    $('menu-button').setAttribute('aria-expanded', 'false');
    $('conversation-name').textContent = state.chat.conversationType === 'channel' ? `${state.chat.name}` : state.chat.name;
    $('conversation-detail').textContent = describe(state.chat);
    $('mention-chip').hidden = state.chat.conversationType === 'personal';
    $('message').placeholder = state.chat.conversationType === 'personal' ? 'Type a message' : 'Type a message to ElcBot';
    renderChatList();
    delete document.body.dataset.loaded;
    state.messages = new Map();
    $('messages').replaceChildren();
    await state.feedReady;
    const transcript = await getJson(`${api}/conversations/${encodeURIComponent(state.chat.id)}/activities?person=${encodeURIComponent(state.person.id)}`);
    // Messages that arrived while the transcript was on its way are kept (a newer copy wins), not drawn over.
    const arrived = state.messages;
    state.messages = new Map(transcript.map((activity) => [activity.id, activity]));
    for (const [id, activity] of arrived) state.messages.set(id, activity);
    renderMessages();
    document.body.dataset.loaded = state.chat.key;
    remember();
    if (addBot) await addBotIfNew(state.chat);
  }

  async function onSend(event) {
    event.preventDefault();
    const input = $('message');
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    const chat = state.chat;
    const activity = window.TeamsActivities.message(state.setup, state.person, chat, text);
    try {
      const stored = await record(chat, activity);
      await sendToBot(window.TeamsActivities.asSentBy(activity, chat, stored.id));
    } catch {
      // The host is not answering: keep what they typed so nothing is lost.
      if (!input.value) input.value = text;
      toast('ElcBot is not answering. Is it still running? What you typed is still in the box.');
    }
  }

  async function onCardAction(action, cardActivity) {
    const type = action.getJsonTypeName();
    const chat = state.chat;
    const root = cardActivity.replyToId || cardActivity.id;
    if (type === 'Action.OpenUrl') {
      window.open(action.url, '_blank', 'noopener');
      return;
    }
    // Teams takes no second press on a card until the bot has answered the first: a quick double press on
    // "This matters to me too" must not take the support straight back. The mark outlives the message being drawn
    // again meanwhile (the bot updating it for everyone).
    if (state.busy.has(cardActivity.id)) return;
    setBusy(cardActivity.id, true);
    try {
      if (type === 'Action.Execute') {
        const invoke = window.TeamsActivities.execute(state.setup, state.person, chat, cardActivity.id, root, action.verb, action.data);
        await executeAndReplace(invoke, chat, cardActivity);
      } else if (type === 'Action.Submit') {
        const submit = window.TeamsActivities.submit(state.setup, state.person, chat, cardActivity.id, root, action.data);
        await sendToBot(submit);
      }
    } finally {
      setBusy(cardActivity.id, false);
    }
  }

  function setBusy(activityId, busy) {
    if (busy) state.busy.add(activityId); else state.busy.delete(activityId);
    const item = $('messages').querySelector(`li[data-activity-id="${CSS.escape(activityId)}"]`);
    if (item) item.classList.toggle('busy', busy);
  }

  // Teams shows the card the bot answers with in place of the old one to the person who pressed, and to no one else;
  // the bot changes the message for everyone only by updating it, which reaches every page through the feed.
  async function executeAndReplace(invoke, chat, cardActivity) {
    const response = await postJson('/api/messages', invoke);
    const answer = response.status === 200 ? await response.json().catch(() => null) : null;
    if (answer && answer.type === 'application/vnd.microsoft.card.adaptive' && answer.value) {
      const person = encodeURIComponent(invoke.from.id);
      await postJson(`${api}/conversations/${encodeURIComponent(chat.id)}/activities/${encodeURIComponent(cardActivity.id)}/card?person=${person}`, answer.value);
    } else if (answer && answer.type === 'application/vnd.microsoft.activity.message') {
      toast(String(answer.value));
    } else {
      const detail = answer && answer.value && answer.value.message ? ` ${answer.value.message}` : '';
      toast(`Something went wrong. Please try again.${detail}`);
    }
  }

  function remember() {
    const params = new URLSearchParams({ as: state.person.key, in: state.chat.key });
    history.replaceState(null, '', `${location.pathname}?${params}`);
  }

  function renderPersonaChoice(selected) {
    const select = $('persona');
    for (const person of state.setup.people) {
      const option = document.createElement('option');
      option.value = person.key;
      option.textContent = `${person.name} (${person.role})`;
      option.selected = person.key === selected;
      select.append(option);
    }
    select.addEventListener('change', () => {
      state.person = state.setup.people.find((p) => p.key === select.value);
      openChat(state.chat ? state.chat.key : 'personal');
    });
  }

  async function start() {
    const [setup, hostConfig] = await Promise.all([getJson(`${api}/setup`), getJson('/playground/assets/teams-light.hostconfig.json')]);
    state.setup = setup;
    if (typeof AdaptiveCards === 'undefined' || !setup.rendererInstalled) {
      showNotice('The card renderer is not installed yet. Run <code>bash scripts/run.sh</code>, which installs it, then reload this page.');
      return;
    }
    state.hostConfig = new AdaptiveCards.HostConfig(hostConfig);
    AdaptiveCards.AdaptiveCard.onProcessMarkdown = (text, result) => {
      result.outputHtml = window.ElcMarkdown.toHtml(text);
      result.didProcess = true;
    };
    const params = new URLSearchParams(location.search);
    state.person = setup.people.find((p) => p.key === params.get('as')) || setup.people[0];
    renderPersonaChoice(state.person.key);
    $('compose').addEventListener('submit', onSend);
    $('menu-button').addEventListener('click', () => {
      const open = document.body.classList.toggle('sidebar-open');
      $('menu-button').setAttribute('aria-expanded', String(open));
    });
    await connectFeed();
    await openChat(params.get('in') || 'personal');
    document.body.dataset.ready = 'true';
  }

  start().catch((error) => showNotice(`The playground could not start: ${window.ElcMarkdown.escapeHtml(String(error.message || error))}`));
})();
