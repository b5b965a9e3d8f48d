// Starts Swagger UI on the merged document (or the bank view): a file of its own, since the page allows no inline
// script (Content-Security-Policy: script-src 'self').
(function () {
  var audience = new URLSearchParams(window.location.search).get('audience') === 'bank' ? 'bank' : 'all';
  var url = '/api/openapi.json' + (audience === 'bank' ? '?audience=bank' : '');
  document.querySelectorAll('[data-audience]').forEach(function (link) {
    if (link.getAttribute('data-audience') === audience) link.setAttribute('aria-current', 'page');
  });
  document.querySelector('[data-document]').setAttribute('href', url);
  window.ui = SwaggerUIBundle({
    url: url,
    dom_id: '#swagger-ui',
    deepLinking: true,
    docExpansion: 'none',
    defaultModelsExpandDepth: 0,
    displayRequestDuration: true,
    filter: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: 'BaseLayout',
  });
})();
