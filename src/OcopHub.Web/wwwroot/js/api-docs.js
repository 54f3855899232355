// Browsable API documentation over the app's own OpenAPI document (no CDN: swagger-ui is vendored).
window.ui = SwaggerUIBundle({ url: "/openapi/v1.json", dom_id: "#swagger-ui", deepLinking: true });
