using Microsoft.AspNetCore.Http.HttpResults;

namespace OcopHub.Web.Infrastructure;

/// <summary>
/// The one wording for an edit refused because someone saved the record first (optimistic concurrency):
/// 409 ProblemDetails for the API, a model error for pages.
/// </summary>
public static class StaleEdit
{
    public const string Title = "Dữ liệu đã bị người khác thay đổi";
    public const string PageMessage = Title + ". Vui lòng tải lại trang và nhập lại thay đổi của bạn.";

    /// <param name="reload">What to reload, e.g. "Hãy tải lại sản phẩm và áp dụng lại thay đổi của bạn."</param>
    public static ProblemHttpResult Problem(string reload) => TypedResults.Problem(title: Title, detail: reload, statusCode: StatusCodes.Status409Conflict);
}
