// The conversation survives reloads in localStorage; a full or disabled storage only loses persistence.
const KEY = 'reportqa.conversation.v1';
const MAX_MESSAGES = 60;

export function loadMessages() {
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) || 'null');
    return Array.isArray(saved?.messages) ? saved.messages : [];
  } catch {
    return [];
  }
}

export function saveMessages(messages) {
  try {
    localStorage.setItem(KEY, JSON.stringify({ messages: messages.slice(-MAX_MESSAGES) }));
  } catch {
    // Quota exceeded or storage disabled: the conversation still works, it just won't survive a reload.
  }
}

export function clearMessages() {
  try {
    localStorage.removeItem(KEY);
  } catch { /* nothing to clear */ }
}
