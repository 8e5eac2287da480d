// Modal questions: <dialog> keeps the focus inside while open and gives it back to the opener when closed.

const $ = (id) => document.getElementById(id);

function ask(dialog, focus) {
  return new Promise((resolve) => {
    dialog.returnValue = '';
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
    dialog.showModal();
    focus?.focus();
  });
}

/** Asks the user to confirm `text`; resolves true only when `okLabel` was chosen (Esc or 取消 is false). */
export function confirmAction(text, okLabel) {
  $('confirm-text').textContent = text;
  $('confirm-ok').textContent = okLabel;
  return ask($('confirm'), $('confirm-ok'));
}

/** Asks for an API key; `rejected` says the last one was refused. Resolves with the key, or null on cancel. */
export async function askKey(rejected) {
  const input = $('api-key');
  input.value = '';
  $('key-why').textContent = rejected
    ? '这个密钥未被接受，请检查后重新输入。密钥只保存在本标签页中，关闭后即忘记。'
    : '这个服务只允许持有密钥的人加入或删除报告。密钥只保存在本标签页中，关闭后即忘记。';
  const ok = await ask($('key-dialog'), input);
  return ok && input.value.trim() ? input.value.trim() : null;
}
