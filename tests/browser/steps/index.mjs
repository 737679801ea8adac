// The journey, in order. Each file is one part of it; a later part may rely on what an earlier one did.
import personalChat from './personal-chat.mjs';
import files from './files.mjs';
import sharedConversations from './shared-conversations.mjs';
import botInitiated from './bot-initiated.mjs';
import rounds from './rounds.mjs';
import sharing from './sharing.mjs';
import ideas from './ideas.mjs';
import summary from './summary.mjs';
import erasing from './erasing.mjs';

export default [...personalChat, ...files, ...sharedConversations, ...botInitiated, ...rounds, ...sharing, ...ideas, ...summary, ...erasing];
