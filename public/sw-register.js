// Registers the service worker and tells the app (event "bytesmart-update") when a new
// version is installed and waiting. window.bytesmartApplyUpdate() switches to it and reloads.
(function () {
  if (!("serviceWorker" in navigator)) return;
  let reloading = false;
  function announce() {
    window.bytesmartUpdateReady = true;
    window.dispatchEvent(new Event("bytesmart-update"));
  }
  navigator.serviceWorker.register("/sw.js").then(function (reg) {
    window.bytesmartRegistration = reg;
    if (reg.waiting && navigator.serviceWorker.controller) announce();
    reg.addEventListener("updatefound", function () {
      const worker = reg.installing;
      if (!worker) return;
      worker.addEventListener("statechange", function () {
        if (worker.state === "installed" && navigator.serviceWorker.controller) announce();
      });
    });
  });
  window.bytesmartApplyUpdate = function () {
    const reg = window.bytesmartRegistration;
    if (reg && reg.waiting) reg.waiting.postMessage({ type: "SKIP_WAITING" });
    else location.reload();
  };
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (window.bytesmartUpdateReady && !reloading) {
      reloading = true;
      location.reload();
    }
  });
})();
