// The remote: each button is one POST of an action the console applies as its own key press.
"use strict";

(function () {
  const status = document.getElementById("remote-status");
  // The page's own words until the app sends its own, in the moderator's language.
  let words = {
    say: "Say: {text}", sent: "Sent.", refused: "Not sent ({status}).",
    unanswered: "Not sent: the moderator's app does not answer.",
  };
  const put = (template, name, value) => template.split("{" + name + "}").join(value);

  async function press(action, text) {
    try {
      const answer = await fetch("action", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ action: action, text: text || "" }),
        cache: "no-store",
      });
      status.textContent = answer.ok ? words.sent : put(words.refused, "status", answer.status);
    } catch (error) {
      status.textContent = words.unanswered;
    }
  }

  for (const button of document.querySelectorAll("button[data-action]")) {
    button.addEventListener("click", () => press(button.dataset.action, ""));
  }

  fetch("presets", { cache: "no-store" })
    .then((answer) => answer.json())
    .then((body) => {
      words = Object.assign(words, body.words || {});
      if (words.lang) document.documentElement.lang = words.lang;
      for (const button of document.querySelectorAll("button[data-action]")) {
        const label = words[button.dataset.action];
        if (label) button.textContent = label;
      }
      const row = document.getElementById("presets");
      for (const text of body.presets) {
        const button = document.createElement("button");
        button.type = "button";
        button.textContent = put(words.say, "text", text);
        button.addEventListener("click", () => press("message", text));
        row.appendChild(button);
      }
    })
    .catch(() => {});
})();
