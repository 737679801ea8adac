// Builds activities in the shapes Teams sends to a bot (see ../shared/fixtures/teams in the repository):
// channelId "msteams", the tenant in channelData, team and channel for channel posts, and in channels and
// group chats an <at>mention of the bot with its mention entity (and of anyone in the cast typed as @Name).
(function () {
  'use strict';

  function newInvokeId() {
    return 'f:' + (crypto.randomUUID ? crypto.randomUUID() : String(Math.random()).slice(2));
  }

  function conversationOf(setup, chat) {
    if (chat.conversationType === 'personal') {
      return { conversationType: 'personal', tenantId: setup.tenantId, id: chat.id };
    }
    return { isGroup: true, conversationType: chat.conversationType, tenantId: setup.tenantId, id: chat.id, name: chat.name };
  }

  function channelDataOf(setup, chat) {
    const data = { tenant: { id: setup.tenantId } };
    if (chat.conversationType === 'channel') {
      data.teamsChannelId = chat.id;
      data.teamsTeamId = setup.team.id;
      data.channel = { id: chat.id, name: chat.name };
      data.team = { id: setup.team.id, name: setup.team.name, aadGroupId: setup.team.aadGroupId };
    }
    return data;
  }

  function base(setup, person, chat, type) {
    const now = new Date();
    return {
      type,
      timestamp: now.toISOString(),
      localTimestamp: now.toISOString(),
      serviceUrl: setup.serviceUrl,
      channelId: 'msteams',
      from: { id: person.id, name: person.name, aadObjectId: person.aadObjectId },
      conversation: conversationOf(setup, chat),
      recipient: { id: setup.bot.id, name: setup.bot.name },
      entities: [{ type: 'clientInfo', locale: 'en-GB', country: 'GB', platform: 'Web', timezone: 'Europe/London' }],
      channelData: channelDataOf(setup, chat),
      locale: 'en-GB',
      localTimezone: 'Europe/London',
    };
  }

  // Bots only hear channel and group chat messages that @mention them, so the page adds the mention there.
  function message(setup, person, chat, text) {
    const activity = base(setup, person, chat, 'message');
    activity.textFormat = 'plain';
    if (chat.conversationType === 'personal') {
      activity.text = text;
    } else {
      const mention = `<at>${setup.bot.name}</at>`;
      activity.text = `${mention} ${mentionPeople(setup, withoutBotMention(setup, text), activity.entities)}`;
      activity.entities.push({ type: 'mention', mentioned: { id: setup.bot.id, name: setup.bot.name }, text: mention });
    }
    return activity;
  }

  // The page @mentions ElcBot for you; someone used to Teams types "@ElcBot help" anyway. In Teams that typed
  // @ElcBot is the mention itself, so it is taken off here rather than sent as words the bot would not understand.
  function withoutBotMention(setup, text) {
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return text.replace(new RegExp(`^(\\s*@${escape(setup.bot.name)}(?![\\w])[\\s,:]*)+`, 'i'), '');
  }

  // "@Jo" or "@Jo Evans" for someone in the playground becomes a mention of them, as Teams' compose box makes it
  // (for example: panel add @Jo).
  function mentionPeople(setup, text, entities) {
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    let result = text;
    for (const person of setup.people || []) {
      const first = person.name.split(' ')[0];
      const pattern = new RegExp(`@(${escape(person.name)}|${escape(first)})(?![\\w])`, 'gi');
      if (!result.match(pattern)) continue;
      const mention = `<at>${person.name}</at>`;
      result = result.replace(pattern, mention);
      entities.push({ type: 'mention', mentioned: { id: person.id, name: person.name }, text: mention });
    }
    return result;
  }

  // A channel post starts a thread: Teams gives the bot the thread's id, "<channel>;messageid=<post id>".
  function asSentBy(activity, chat, storedId) {
    const sent = { ...activity, id: storedId, conversation: { ...activity.conversation } };
    if (chat.conversationType === 'channel') {
      sent.conversation.id = `${chat.id};messageid=${storedId}`;
    }
    return sent;
  }

  function botAdded(setup, person, chat) {
    const activity = base(setup, person, chat, 'conversationUpdate');
    delete activity.entities;
    activity.membersAdded = chat.conversationType === 'personal'
      ? [{ id: setup.bot.id }, { id: person.id, aadObjectId: person.aadObjectId }]
      : [{ id: setup.bot.id }];
    if (chat.conversationType === 'channel') {
      activity.channelData = {
        settings: { selectedChannel: { id: chat.id } },
        team: { aadGroupId: setup.team.aadGroupId, name: setup.team.name, id: setup.team.id },
        eventType: 'teamMemberAdded',
        tenant: { id: setup.tenantId },
      };
    }
    return activity;
  }

  // Action.Execute: an invoke whose response can replace the card.
  // rootId: the channel post whose thread holds the card.
  function execute(setup, person, chat, cardActivityId, rootId, verb, data) {
    const activity = base(setup, person, chat, 'invoke');
    activity.id = newInvokeId();
    activity.name = 'adaptiveCard/action';
    activity.replyToId = cardActivityId;
    activity.value = { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' };
    return withThread(activity, chat, rootId);
  }

  // Action.Submit: a message carrying the card's data in value, with no text.
  function submit(setup, person, chat, cardActivityId, rootId, data) {
    const activity = base(setup, person, chat, 'message');
    activity.id = newInvokeId();
    activity.replyToId = cardActivityId;
    activity.value = data;
    return withThread(activity, chat, rootId);
  }

  // The answer to a file consent card: Allow sends where to upload (OneDrive in Teams; the local channel here).
  function fileConsent(setup, person, chat, cardActivityId, action, context, uploadInfo) {
    const activity = base(setup, person, chat, 'invoke');
    activity.id = newInvokeId();
    activity.name = 'fileConsent/invoke';
    activity.replyToId = cardActivityId;
    activity.value = { type: 'fileUpload', action, context };
    if (uploadInfo) activity.value.uploadInfo = uploadInfo;
    return activity;
  }

  function withThread(activity, chat, rootId) {
    if (chat.conversationType === 'channel' && rootId) {
      activity.conversation.id = `${chat.id};messageid=${rootId}`;
    }
    return activity;
  }

  window.TeamsActivities = { message, asSentBy, botAdded, execute, submit, fileConsent };
})();
