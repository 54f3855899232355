using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace OcopHub.Web.Infrastructure;

/// <summary>Titles the OpenAPI document and declares the bearer token scheme of POST /api/v1/auth/token.</summary>
public sealed class OpenApiInfoTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.Info = new OpenApiInfo
        {
            Title = "OCOP Hub API",
            Version = "v1",
            Description = "API của hệ thống quản lý Chương trình Mỗi xã một sản phẩm (OCOP). Lấy token tại POST /api/v1/auth/token và gửi kèm header Authorization: Bearer <token>.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "Token từ POST /api/v1/auth/token",
        };
        return Task.CompletedTask;
    }
}
