// index.html's first script (async: it blocks nothing), written into the build by signedInStart.ts with the pages
// in place of PAGES. When the tab holds a session and the address is one of those pages, it asks for what the
// page needs before the app's code has arrived: its chunks (modulepreload) and its first API answers (fetch, kept
// on `window.__xqEarly` for src/api/early.ts, which hands each to the app's first identical request). Without a
// session, or with a token the app would refresh before using it, it does nothing.
(function (pages) {
  try {
    var token = sessionStorage.getItem('xq.accessToken');
    var expiresAt = Number(sessionStorage.getItem('xq.expiresAt'));
    // The app refreshes a token this close to its expiry before any call (EXPIRY_MARGIN_MS, src/api/refresh.ts).
    if (!token || !(Date.now() < expiresAt - 10000)) return;
    var page = pages.find(function (candidate) {
      return new RegExp(candidate.path).test(location.pathname);
    });
    if (!page) return;
    var english = localStorage.getItem('xq.language') === 'en';
    page.chunks.concat(english ? [] : page.chineseChunks).forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    });
    var early = (window.__xqEarly = {});
    page.requests.forEach(function (path) {
      var response = fetch(path, { headers: { Authorization: 'Bearer ' + token } });
      // A failure is the app's to meet with a request of its own: never an unhandled rejection here.
      response.catch(function () {});
      early[location.origin + path] = { token: token, at: Date.now(), response: response };
    });
  } catch (error) {
    // No storage (private mode), an old browser: the app starts as it does without this script.
  }
})(PAGES);
