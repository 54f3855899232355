using OcopHub.Web.Features.Registry;

namespace OcopHub.Web.Tests.Features;

/// <summary>When a page tells the total by itself, and when only a COUNT can.</summary>
public sealed class PagedTotalTests
{
    [Theory]
    [InlineData(7, 1, 20, 7)]    // a partial first page is everything
    [InlineData(5, 3, 20, 45)]   // a partial later page is the last one
    [InlineData(1, 2, 1, null)]  // a full page may have more behind it
    [InlineData(20, 1, 20, null)]
    [InlineData(0, 1, 20, 0)]    // nothing at all
    [InlineData(0, 4, 20, null)] // past the end: the rows before are unknown
    public void A_page_tells_the_total_only_when_it_is_neither_full_nor_past_the_end(int items, int page, int size, int? expected) =>
        Assert.Equal(expected, PagedTotal.FromPage(items, page, size));

    [Fact]
    public async Task The_count_runs_only_when_needed()
    {
        var counted = 0;
        Task<int> Count() { counted++; return Task.FromResult(99); }
        Assert.Equal(7, await PagedTotal.ResolveAsync(7, 1, 20, Count));
        Assert.Equal(0, counted);
        Assert.Equal(99, await PagedTotal.ResolveAsync(20, 1, 20, Count));
        Assert.Equal(1, counted);
    }
}
