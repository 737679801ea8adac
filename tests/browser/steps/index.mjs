// The journey, in order. Each file is one part of it; add new parts (rounds, stories, ideas, summaries) here.
import personalChat from './personal-chat.mjs';
import files from './files.mjs';
import sharedConversations from './shared-conversations.mjs';
import botInitiated from './bot-initiated.mjs';

export default [...personalChat, ...files, ...sharedConversations, ...botInitiated];
