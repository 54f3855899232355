namespace OcopHub.Web.Features.Registry;

/// <summary>
/// The total of a paged list, counted by the database only when the page cannot tell it. A page that is neither
/// empty nor full is the last one, so the total is the rows before it plus its own; an empty first page means no
/// rows at all. Only a full page (or an empty page past the end) needs the COUNT — so a search that finds fewer
/// rows than a page costs one query instead of two. Same answer as always counting.
/// </summary>
public static class PagedTotal
{
    /// <summary>The total that page <paramref name="number"/> of <paramref name="size"/> rows implies, or null when a count is needed.</summary>
    public static int? FromPage(int itemCount, int number, int size) =>
        itemCount > 0 && itemCount < size ? (number - 1) * size + itemCount
        : itemCount == 0 && number == 1 ? 0
        : null;

    public static async Task<int> ResolveAsync(int itemCount, int number, int size, Func<Task<int>> count) =>
        FromPage(itemCount, number, size) ?? await count();
}
