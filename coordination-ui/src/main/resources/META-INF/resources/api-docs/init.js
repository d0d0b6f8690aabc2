'use strict';

// The OpenAPI document is served by MicroProfile OpenAPI at /openapi; the page finds it relative to
// itself so it works under any context root. No inline script: the page must run under a strict CSP.
(function () {
  const container = document.getElementById('swagger-ui');
  window.SwaggerUIBundle({
    url: new URL(container.dataset.openapi, document.baseURI).href,
    domNode: container,
    deepLinking: true,
    tryItOutEnabled: false,
    validatorUrl: null
  });
}());
