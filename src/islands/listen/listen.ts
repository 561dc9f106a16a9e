/**
 * "Listen to this page" on easy-read pages: the browser's own speech (Web Speech API) reads the title, headings and
 * ideas aloud, each in the language it is written in, with pause and stop. Framework-free and tiny (the budget is
 * 2 KB compressed): it is the only script on an easy-read page. Where the browser has no speech the controls stay
 * hidden, as they do without JavaScript; nothing is sent anywhere.
 */
const controls = document.querySelector<HTMLElement>('[data-listen]');
const synth = 'speechSynthesis' in window ? window.speechSynthesis : undefined;

if (controls && synth && typeof SpeechSynthesisUtterance === 'function') {
  const [play, stop] = controls.querySelectorAll('button');
  const words = controls.dataset;
  let state: 'idle' | 'playing' | 'paused' = 'idle';

  const show = (next: typeof state) => {
    state = next;
    if (play)
      play.textContent =
        (next === 'playing' ? words['pause'] : next === 'paused' ? words['resume'] : words['start']) ?? '';
    if (stop) stop.hidden = next === 'idle';
  };

  const speakPage = () => {
    const parts = [
      ...document.querySelectorAll<HTMLElement>(
        'main h1, main .easy-read__section h2, main .easy-read__idea p:not(.easy-read__source)',
      ),
    ];
    parts.forEach((part, index) => {
      const utterance = new SpeechSynthesisUtterance(part.innerText);
      // An English idea on a translated page is read by an English voice.
      utterance.lang = part.closest<HTMLElement>('[lang]')?.lang ?? document.documentElement.lang;
      if (index === parts.length - 1)
        utterance.onend = () => {
          show('idle');
        };
      synth.speak(utterance);
    });
  };

  play?.addEventListener('click', () => {
    if (state === 'playing') {
      synth.pause();
      show('paused');
    } else if (state === 'paused') {
      synth.resume();
      show('playing');
    } else {
      synth.cancel();
      speakPage();
      show('playing');
    }
  });
  stop?.addEventListener('click', () => {
    synth.cancel();
    show('idle');
    play?.focus();
  });
  // Speech carries on across pages in some browsers unless stopped.
  addEventListener('pagehide', () => {
    synth.cancel();
  });
  controls.hidden = false;
}
