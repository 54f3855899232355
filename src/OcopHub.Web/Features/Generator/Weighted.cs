namespace OcopHub.Web.Features.Generator;

/// <summary>
/// A weighted choice over a fixed list, drawn with a caller-supplied <see cref="Random"/> so a seed reproduces the
/// whole dataset. Pure logic (no database), so the mixes can be tested on large samples cheaply.
/// </summary>
public sealed class Weighted<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public Weighted(IEnumerable<(T Item, double Weight)> choices)
    {
        var list = choices.Where(c => c.Weight > 0).ToList();
        if (list.Count == 0) throw new ArgumentException("A weighted choice needs at least one positive weight.", nameof(choices));
        _items = list.Select(c => c.Item).ToArray();
        _cumulative = new double[list.Count];
        double sum = 0;
        for (var i = 0; i < list.Count; i++) _cumulative[i] = sum += list[i].Weight;
        Total = sum;
    }

    public double Total { get; }
    public IReadOnlyList<T> Items => _items;

    /// <summary>The share of an item (0–1) as configured.</summary>
    public double Share(T item)
    {
        var i = Array.IndexOf(_items, item);
        return i < 0 ? 0 : (_cumulative[i] - (i == 0 ? 0 : _cumulative[i - 1])) / Total;
    }

    public T Pick(Random random)
    {
        var x = random.NextDouble() * Total;
        var i = Array.BinarySearch(_cumulative, x);
        // BinarySearch returns the complement of the first larger element when x is not an exact boundary.
        if (i < 0) i = ~i;
        else i++; // x equal to a boundary belongs to the next item (intervals are [start, end))
        return _items[Math.Min(i, _items.Length - 1)];
    }
}
