namespace OcopHub.Core.Scoring;

/// <summary>
/// Multiple-choice knapsack over criteria: pick at most one target option per criterion so the summed gain over
/// all members reaches `need`, minimising (total gain, number of changed criteria). Gains are scaled to integers
/// (points are whole or decimal with few places), so the DP is exact; sheets have ~30 criteria and ≤ 100 points
/// per member, hence at most a few thousand states.
/// </summary>
internal static class Knapsack
{
    private const int Infinity = int.MaxValue / 2;

    /// <returns>Per criterion the chosen option (-1 = unchanged) and the summed gain, or null when unreachable.</returns>
    public static (int[] Choice, decimal Gain)? Cheapest(CompiledSheet s, int[] baseChosen, int n, int[] alreadyChanged, decimal need)
    {
        int cCount = s.Codes.Length;
        var scale = s.Scale;

        // Candidate moves per criterion: (option, integer gain summed over members, change cost).
        var moves = new List<(int Option, int Gain)>[cCount];
        long maxTotal = 0;
        for (var c = 0; c < cCount; c++)
        {
            moves[c] = [];
            var best = 0;
            for (var o = 0; o < s.Points[c].Length; o++)
            {
                if (s.KnockOut[c][o]) continue;
                decimal gain = 0;
                for (var m = 0; m < n; m++)
                    gain += Math.Max(0m, s.Points[c][o] - s.PointsOf(c, baseChosen[m * cCount + c]));
                if (gain <= 0) continue;
                var units = (int)(gain * scale);
                if (moves[c].Exists(x => x.Gain == units)) continue; // same effect, keep the earlier (lower) option
                moves[c].Add((o, units));
                best = Math.Max(best, units);
            }
            maxTotal += best;
        }

        var needUnits = (long)Math.Ceiling(need * scale);
        if (maxTotal < needUnits) return null;

        var size = (int)maxTotal + 1;
        var dp = new int[size];
        Array.Fill(dp, Infinity);
        dp[0] = 0;
        var choice = new short[cCount][];
        for (var c = 0; c < cCount; c++)
        {
            var next = (int[])dp.Clone();
            var pick = choice[c] = new short[size];
            // A criterion already changed for a minimum costs no extra change.
            var cost = alreadyChanged[c] >= 0 ? 0 : 1;
            for (var x = 0; x < size; x++)
            {
                if (dp[x] >= Infinity) continue;
                foreach (var (o, g) in moves[c])
                {
                    var y = x + g;
                    if (y < size && dp[x] + cost < next[y]) { next[y] = dp[x] + cost; pick[y] = (short)(o + 1); }
                }
            }
            dp = next;
        }

        var target = -1;
        for (var x = (int)needUnits; x < size; x++)
            if (dp[x] < Infinity) { target = x; break; }
        if (target < 0) return null;

        var result = new int[cCount];
        var at = target;
        for (var c = cCount - 1; c >= 0; c--)
        {
            var o = choice[c][at] - 1;
            result[c] = o;
            if (o >= 0) at -= moves[c].Find(x => x.Option == o).Gain;
        }
        return (result, target / scale);
    }

}
