// Browser only: a way to choose a run of paragraphs without Shift, for touch
// and keyboard. "选多段" in the action bar switches the mode on; the next
// paragraph tapped or clicked (or a paragraph number activated with Enter)
// ends the run there, exactly as Shift+click does. Escape switches it off.

export interface RunMode {
  readonly active: boolean;
  end(): void;
}

export function runMode(actions: HTMLElement, article: HTMLElement, status: HTMLElement): RunMode {
  const button = actions.querySelector<HTMLButtonElement>('[data-run-mode]')!;
  let active = false;

  function set(on: boolean) {
    active = on;
    button.setAttribute('aria-pressed', String(on));
    article.classList.toggle('is-choosing-run', on);
  }

  button.addEventListener('click', () => {
    set(!active);
    status.textContent = active ? '请点选另一段（或其段号），选中到该段为止的各段' : '';
  });
  addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && active) {
      set(false);
      status.textContent = '';
    }
  });

  return {
    get active() {
      return active;
    },
    end: () => set(false),
  };
}
