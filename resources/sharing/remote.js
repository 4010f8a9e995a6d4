// The remote: each button is one POST of an action the console applies as its own key press.
"use strict";

(function () {
  const status = document.getElementById("remote-status");

  async function press(action, text) {
    try {
      const answer = await fetch("action", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ action: action, text: text || "" }),
        cache: "no-store",
      });
      status.textContent = answer.ok ? "Sent." : "Not sent (" + answer.status + ").";
    } catch (error) {
      status.textContent = "Not sent: the moderator's app does not answer.";
    }
  }

  for (const button of document.querySelectorAll("button[data-action]")) {
    button.addEventListener("click", () => press(button.dataset.action, ""));
  }

  fetch("presets", { cache: "no-store" })
    .then((answer) => answer.json())
    .then((body) => {
      const row = document.getElementById("presets");
      for (const text of body.presets) {
        const button = document.createElement("button");
        button.type = "button";
        button.textContent = "Say: " + text;
        button.addEventListener("click", () => press("message", text));
        row.appendChild(button);
      }
    })
    .catch(() => {});
})();
