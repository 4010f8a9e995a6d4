// The presenter clock in a browser. Each push carries the state as the app computed it at the
// run clock's instant `at`, and the instant `sent` it left the app. The page keeps the offset
// between the app's clock and its own (the largest of the latest samples: a late push only
// makes a sample smaller) and counts on from `at` by the app's own rules, repeated below from
// facilitator/rules/clock.py and compared with them by tests/ui/test_sharing_browser.py.
"use strict";

(function () {
  // The page's own words until the first push brings the app's, in the moderator's language
  // (view_state.py's page_words).
  const ENGLISH = {
    minute_left: "1 MIN LEFT", left: "{countdown} LEFT", time: "TIME", over: "OVER +{overrun}",
    next: "Next: {title}", last: "Last item", meeting_left: "Meeting: {time} left",
    meeting_over: "Meeting: {time} over",
  };
  const put = (template, name, value) => template.split("{" + name + "}").join(value);

  const Rules = {
    formatSeconds(seconds) {
      const sign = seconds < 0 ? "-" : "";
      const whole = Math.abs(Math.trunc(seconds));
      const minutes = Math.floor(whole / 60);
      const rest = whole % 60;
      return sign + minutes + ":" + String(rest).padStart(2, "0");
    },
    countdownText(remaining) {
      if (remaining > 0) return Rules.formatSeconds(Math.ceil(remaining));
      const over = Math.floor(-remaining);
      return over === 0 ? "0:00" : "+" + Rules.formatSeconds(over);
    },
    phase(remaining, warnAt, timeSeconds) {
      if (remaining > warnAt) return "normal";
      if (remaining > 0) return "warning";
      if (-remaining < timeSeconds) return "time";
      return "overrun";
    },
    phaseWord(phase, remaining, words) {
      const said = words || ENGLISH;
      if (phase === "warning") {
        if (remaining <= 60) return said.minute_left;
        return put(said.left, "countdown", Rules.countdownText(remaining));
      }
      if (phase === "time") return said.time;
      if (phase === "overrun") {
        return put(said.over, "overrun", Rules.formatSeconds(Math.floor(-remaining)));
      }
      return "";
    },
    chimeDue(before, after) {
      // facilitator/sharing/chime_rule.py: one minute left, and time up.
      return (before > 60 && after <= 60) || (before > 0 && after <= 0);
    },
    msToNextChange(remaining) {
      const fraction = remaining - Math.floor(remaining);
      return (fraction > 0 ? fraction : 1) * 1000;
    },
  };

  class ServerClock {
    constructor(size) {
      this.size = size || 10;
      this.samples = [];
    }
    sample(sent, local) {
      this.samples.push(sent - local);
      if (this.samples.length > this.size) this.samples.shift();
    }
    now(local) {
      return local + Math.max(...this.samples);
    }
  }

  function display(state, serverNow) {
    if (state.status !== "running") {
      return {
        clock: state.clock_text,
        phase: state.phase,
        phaseText: state.phase_text,
        remaining: state.item_remaining,
        meeting: state.meeting_remaining,
      };
    }
    const passed = Math.max(0, serverNow - state.at);
    const remaining = state.item_remaining - passed;
    const phase = Rules.phase(remaining, state.warn_at, state.time_seconds);
    return {
      clock: Rules.countdownText(remaining),
      phase: phase,
      phaseText: Rules.phaseWord(phase, remaining, state.words),
      remaining: remaining,
      meeting: state.meeting_remaining - passed,
    };
  }

  const view = { Rules, ServerClock, display, clock: new ServerClock(10), state: null, shown: null };
  window.facilitatorView = view;

  const part = (id) => document.getElementById(id);
  const setText = (id, text) => {
    const element = part(id);
    if (element && element.textContent !== text) element.textContent = text;
  };
  const localSeconds = () => performance.now() / 1000;

  let audio = null;
  let lastChime = null;

  function chime() {
    if (audio === null) return;
    const start = audio.currentTime;
    for (const [offset, pitch] of [[0, 880], [0.18, 1175]]) {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.frequency.value = pitch;
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.4, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.5);
      tone.connect(gain).connect(audio.destination);
      tone.start(start + offset);
      tone.stop(start + offset + 0.55);
    }
    view.chimes = (view.chimes || 0) + 1;
  }

  function listenForChime(state, shown) {
    const key = state.item_title + "|" + state.item_planned;
    if (state.status === "running" && lastChime && lastChime.key === key &&
        Rules.chimeDue(lastChime.remaining, shown.remaining)) {
      chime();
    }
    lastChime = { key: key, remaining: shown.remaining };
  }

  function render() {
    const state = view.state;
    if (state === null) return;
    const shown = display(state, view.clock.now(localSeconds()));
    view.shown = shown;
    const ended = state.status === "ended";
    document.body.className = (document.body.classList.contains("remote") ? "remote " : "view ") +
      "phase-" + shown.phase + (ended ? " ended" : "");
    setText("item", state.item_title);
    setText("presenter", state.presenter);
    const bar = part("team-bar");
    if (bar) {
      bar.hidden = !state.team;
      bar.className = state.team ? "team-" + state.team : "";
    }
    setText("clock", shown.clock);
    setText("phase", shown.phaseText);
    const fill = part("progress-fill");
    if (fill) {
      const share = Math.min(Math.max((state.item_planned - shown.remaining) / state.item_planned, 0), 1);
      fill.style.width = (share * 100).toFixed(1) + "%";
      part("progress").setAttribute("aria-valuenow", String(Math.round(share * 100)));
    }
    const message = part("message");
    if (message) {
      message.hidden = !state.message;
      message.textContent = state.message;
      message.classList.toggle("flash", state.flash);
    }
    const words = state.words || ENGLISH;
    setText("next", state.last_item ? words.last : put(words.next, "title", state.next_title));
    const meeting = shown.meeting > 0 ? words.meeting_left : words.meeting_over;
    setText("meeting", put(meeting, "time", Rules.countdownText(shown.meeting)));
    listenForChime(state, shown);
  }

  let timer = null;
  function tick() {
    render();
    const shown = view.shown;
    let wait = 250;
    if (shown && view.state.status === "running") {
      const soonest = Math.min(Rules.msToNextChange(shown.remaining), Rules.msToNextChange(shown.meeting));
      wait = Math.max(1, Math.min(250, Math.ceil(soonest) + 2));
    }
    clearTimeout(timer);
    timer = setTimeout(tick, wait);
  }

  const sound = part("sound");
  if (sound) {
    sound.addEventListener("click", () => {
      const Context = window.AudioContext || window.webkitAudioContext;
      if (Context) audio = new Context();
      sound.hidden = true;
    });
  }

  const events = new EventSource("events");
  events.onmessage = (event) => {
    const push = JSON.parse(event.data);
    view.clock.sample(push.sent, localSeconds());
    view.state = push.state;
    const words = push.state.words || {};
    if (words.lang) document.documentElement.lang = words.lang;
    if (words.sound && sound) sound.textContent = words.sound;
    if (words.waiting) part("connection").textContent = words.waiting;
    view.pushes = (view.pushes || 0) + 1;
    part("connection").hidden = true;
    tick();
  };
  events.onerror = () => {
    part("connection").hidden = false;
  };
})();
