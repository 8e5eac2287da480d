// The conversation (its turns and its scope chips) survives reloads in localStorage; a full or disabled storage
// only loses persistence.
const KEY = 'reportqa.conversation.v1';
const MAX_MESSAGES = 60;

export function loadConversation() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) || 'null');
    return { messages: Array.isArray(saved?.messages) ? saved.messages : [],
      scope: Array.isArray(saved?.scope) ? saved.scope : [] };
  } catch {
    return { messages: [], scope: [] };
  }
}

export function saveConversation(messages, scope) {
  try {
    localStorage.setItem(KEY, JSON.stringify({ messages: messages.slice(-MAX_MESSAGES), scope }));
  } catch {
    // Quota exceeded or storage disabled: the conversation still works, it just won't survive a reload.
  }
}

export function clearConversation() {
  try {
    localStorage.removeItem(KEY);
  } catch { /* nothing to clear */ }
}
