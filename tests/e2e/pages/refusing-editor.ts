/** Test page script: a composer that throws away every change (as a broken or unknown editor would). */
const box = document.querySelector<HTMLElement>('[role="textbox"]');
if (box) {
  const block = (event: Event) => event.preventDefault();
  for (const type of ['beforeinput', 'paste', 'drop']) box.addEventListener(type, block);
  new MutationObserver(() => {
    if (box.textContent !== '') box.replaceChildren();
  }).observe(box, { childList: true, subtree: true, characterData: true });
}
