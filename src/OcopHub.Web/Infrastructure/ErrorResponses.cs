using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Diagnostics;

namespace OcopHub.Web.Infrastructure;

/// <summary>Empty error responses get a body: ProblemDetails for the API, a friendly Vietnamese page otherwise.</summary>
public static class StatusCodeResponder
{
    public static async Task Respond(StatusCodeContext context)
    {
        var ctx = context.HttpContext;
        var status = ctx.Response.StatusCode;
        var title = status switch
        {
            401 => "Bạn cần đăng nhập.",
            403 => "Bạn không có quyền truy cập nội dung này.",
            404 => "Không tìm thấy nội dung.",
            405 => "Phương thức không được hỗ trợ.",
            429 => "Quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.",
            _ => "Yêu cầu không thành công.",
        };
        if (SecuritySetup.IsApi(ctx.Request))
        {
            await Results.Problem(title: title, statusCode: status).ExecuteAsync(ctx);
            return;
        }
        ctx.Response.ContentType = "text/html; charset=utf-8";
        await ctx.Response.WriteAsync(ErrorPageHtml.Render(status, title));
    }
}

/// <summary>A self-contained error page: it must render even when the rest of the app cannot.</summary>
public static class ErrorPageHtml
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Render(int status, string message) => $$"""
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{status}} – OCOP Hub</title><link rel="stylesheet" href="/lib/bootstrap/css/bootstrap.min.css"></head>
        <body class="bg-light"><main class="container py-5" style="max-width:640px">
        <h1 class="h3 mb-3">OCOP Hub</h1>
        <div class="alert alert-warning" role="alert"><strong>Lỗi {{status}}.</strong> {{Encoder.Encode(message)}}</div>
        <a class="btn btn-primary" href="/">Về trang chủ</a>
        </main></body></html>
        """;
}
