namespace OcopHub.Core.Scoring;

/// <summary>
/// The council's sheets resolved to option indexes and points: the shared input of evaluation and gap analysis.
/// Chosen is a members × criteria matrix (row-major) of option indexes (CompiledSheet.NoneOption / Missing for
/// "none" / unanswered after a knock-out).
/// </summary>
internal sealed class ScoredPanel
{
    public required CompiledSheet Sheet { get; init; }
    public required IReadOnlyList<ScoreSheetAnswers> Sheets { get; init; }
    public required int[] Chosen { get; init; }
    public required decimal[] Totals { get; init; }
    public required decimal[] PartTotals { get; init; }
    /// <summary>Integer units (CompiledSheet.Units) of each member's answer, members × criteria.</summary>
    public required int[] ChosenUnits { get; init; }
    public required decimal Sum { get; init; }
    public required bool AnyKnockOut { get; init; }
    public required IReadOnlyList<string> Disqualifiers { get; init; }

    public int Members => Totals.Length;
    public int Criteria => Sheet.Codes.Length;
    public int ChosenAt(int member, int criterion) => Chosen[member * Sheet.Codes.Length + criterion];

    /// <summary>Resolves every answer. Any problem (in any sheet) throws one ScoringException listing them all.</summary>
    public static ScoredPanel Score(CompiledSheet s, IReadOnlyList<ScoreSheetAnswers> sheets, IReadOnlyCollection<string>? disqualifiers)
    {
        if (sheets is null || sheets.Count == 0)
            throw new ScoringException(new ScoringProblem(ScoringError.NoSheets, null, null, null, null,
                "Cần ít nhất một phiếu chấm.", "At least one score sheet is required."));

        int n = sheets.Count, cCount = s.Codes.Length, pCount = s.PartCodes.Length;
        var chosen = new int[n * cCount];
        var units = new int[n * cCount];
        var totals = new decimal[n];
        var parts = new decimal[n * pCount];
        Span<long> partUnits = pCount <= 16 ? stackalloc long[pCount] : new long[pCount];
        var failed = false;
        var anyKnockOut = false;
        decimal sum = 0;

        for (var m = 0; m < n; m++)
        {
            var answers = sheets[m]?.Answers;
            if (answers is null) { failed = true; continue; }
            var row = m * cCount;
            partUnits.Clear();
            bool missing = false, knockedOut = false;
            var matched = 0;
            for (var c = 0; c < cCount; c++)
            {
                if (!answers.TryGetValue(s.Codes[c], out var value)) { chosen[row + c] = CompiledSheet.Missing; missing = true; continue; }
                matched++;
                if (value is null) { chosen[row + c] = CompiledSheet.Missing; missing = true; continue; }
                Resolve(s, c, value, row, chosen, units, partUnits, ref failed, ref knockedOut);
            }
            // Unknown codes: the dictionary holds more keys than the sheet's criteria it matched.
            if (matched != answers.Count) failed = true;
            var findings = sheets[m].KnockOuts;
            if (findings is { Count: > 0 })
                foreach (var code in findings)
                {
                    if (code is not null && s.IndexOf.TryGetValue(code, out var c) && s.KnockOutConditions[c].Length > 0) knockedOut = true;
                    else failed = true;
                }
            // After a knock-out the printed rules stop the evaluation, so blanks are tolerated only then.
            if (missing && !knockedOut) failed = true;
            anyKnockOut |= knockedOut;
            long totalUnits = 0;
            for (var p = 0; p < pCount; p++)
            {
                parts[m * pCount + p] = partUnits[p] / s.Scale;
                totalUnits += partUnits[p];
            }
            totals[m] = totalUnits / s.Scale;
            sum += totals[m];
        }

        var disq = disqualifiers is null or { Count: 0 } ? [] : disqualifiers.ToArray();
        foreach (var d in disq)
            if (d is null || !s.Disqualifiers.ContainsKey(d)) failed = true;

        if (failed)
        {
            var problems = Validate(s, sheets, disqualifiers);
            // The fast pass and the thorough pass must agree; if they ever do not, say so loudly.
            if (problems.Count == 0) throw new InvalidOperationException("Scoring rejected the sheets but validation found no problem.");
            throw new ScoringException(problems);
        }

        return new ScoredPanel
        {
            Sheet = s, Sheets = sheets, Chosen = chosen, ChosenUnits = units, Totals = totals, PartTotals = parts, Sum = sum,
            AnyKnockOut = anyKnockOut, Disqualifiers = disq,
        };
    }

    /// <summary>Resolves one answer to an option index (or "none") and adds its points to the member's part.</summary>
    private static void Resolve(CompiledSheet s, int c, string value, int row, int[] chosen, int[] units,
        Span<long> partUnits, ref bool failed, ref bool knockedOut)
    {
        var o = FindOption(s.Letters[c], value);
        if (o < 0)
        {
            if (s.AllowsNone[c] && string.Equals(value, ScoreSheetAnswers.None, StringComparison.OrdinalIgnoreCase))
                chosen[row + c] = CompiledSheet.NoneOption;
            else failed = true;
            return;
        }
        chosen[row + c] = o;
        knockedOut |= s.KnockOut[c][o];
        var u = s.Units[c][o];
        units[row + c] = u;
        partUnits[s.PartOf[c]] += u;
    }

    /// <summary>
    /// Exact ordinal match first (answers are normally lower-case, like the printed letters), then ignoring case.
    /// </summary>
    private static int FindOption(string[] letters, string value)
    {
        for (var i = 0; i < letters.Length; i++)
            if (string.Equals(letters[i], value)) return i;
        for (var i = 0; i < letters.Length; i++)
            if (string.Equals(letters[i], value, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    /// <summary>The slow, thorough path: lists every problem in the request, in member then sheet order.</summary>
    public static List<ScoringProblem> Validate(CompiledSheet s, IReadOnlyList<ScoreSheetAnswers> sheets, IReadOnlyCollection<string>? disqualifiers)
    {
        var problems = new List<ScoringProblem>();
        if (sheets is null || sheets.Count == 0)
        {
            problems.Add(new ScoringProblem(ScoringError.NoSheets, null, null, null, null,
                "Cần ít nhất một phiếu chấm.", "At least one score sheet is required."));
            return problems;
        }
        for (var m = 0; m < sheets.Count; m++)
        {
            var id = sheets[m]?.MemberId;
            var who = id is null ? $"#{m + 1}" : $"#{m + 1} ({id})";
            var answers = sheets[m]?.Answers ?? new Dictionary<string, string>();
            var knockedOut = false;
            foreach (var code in sheets[m]?.KnockOuts ?? [])
            {
                if (code is null || !s.IndexOf.TryGetValue(code, out var k))
                    problems.Add(new ScoringProblem(ScoringError.UnknownCriterion, code, code, m, id,
                        $"Tiêu chí \"{code}\" (ghi nhận bị loại) không có trong phiếu đánh giá bộ sản phẩm số {s.SetNo} (thành viên {who}).",
                        $"Criterion \"{code}\" (knock-out finding) is not on the scoring sheet of product set {s.SetNo} (member {who})."));
                else if (s.KnockOutConditions[k].Length == 0)
                    problems.Add(new ScoringProblem(ScoringError.NoKnockOut, code, code, m, id,
                        $"Tiêu chí {code} ({s.Criteria[k].Title}) không có điều kiện loại sản phẩm (thành viên {who}).",
                        $"Criterion {code} ({s.Criteria[k].Title}) has no knock-out condition (member {who})."));
                else knockedOut = true;
            }
            for (var c = 0; c < s.Codes.Length; c++)
                if (answers.TryGetValue(s.Codes[c], out var v) && v is not null && FindOption(s.Letters[c], v) is >= 0 and var o && s.KnockOut[c][o])
                    knockedOut = true;
            for (var c = 0; c < s.Codes.Length; c++)
            {
                var code = s.Codes[c];
                if (!answers.TryGetValue(code, out var value) || value is null)
                {
                    if (!knockedOut)
                        problems.Add(new ScoringProblem(ScoringError.MissingAnswer, code, null, m, id,
                            $"Phiếu chấm của thành viên {who} chưa chấm tiêu chí {code} ({s.Criteria[c].Title}).",
                            $"The score sheet of member {who} has no answer for criterion {code} ({s.Criteria[c].Title})."));
                    continue;
                }
                if (FindOption(s.Letters[c], value) >= 0) continue;
                var isNone = string.Equals(value, ScoreSheetAnswers.None, StringComparison.OrdinalIgnoreCase);
                if (isNone && s.AllowsNone[c]) continue;
                var valid = string.Join(", ", s.Letters[c]) + (s.AllowsNone[c] ? ", none" : "");
                problems.Add(isNone
                    ? new ScoringProblem(ScoringError.NoneNotAllowed, code, value, m, id,
                        $"Tiêu chí {code} có ô 0 điểm nên không được để trống (\"none\") — thành viên {who}; hãy chọn: {valid}.",
                        $"Criterion {code} has a printed 0-point option, so \"none\" is not allowed (member {who}); choose one of: {valid}.")
                    : new ScoringProblem(ScoringError.UnknownOption, code, value, m, id,
                        $"Phương án \"{value}\" không có ở tiêu chí {code} (thành viên {who}); phương án hợp lệ: {valid}.",
                        $"Option \"{value}\" does not exist on criterion {code} (member {who}); valid options: {valid}."));
            }
            foreach (var key in answers.Keys)
                if (key is null || !s.IndexOf.ContainsKey(key))
                    problems.Add(new ScoringProblem(ScoringError.UnknownCriterion, key, key, m, id,
                        $"Tiêu chí \"{key}\" không có trong phiếu đánh giá bộ sản phẩm số {s.SetNo} (thành viên {who}).",
                        $"Criterion \"{key}\" is not on the scoring sheet of product set {s.SetNo} (member {who})."));
        }
        foreach (var d in disqualifiers ?? [])
            if (d is null || !s.Disqualifiers.ContainsKey(d))
            {
                var valid = string.Join(", ", s.Disqualifiers.Keys);
                problems.Add(new ScoringProblem(ScoringError.UnknownDisqualifier, null, d, null, null,
                    $"Lý do loại hồ sơ \"{d}\" không có trong phiếu đánh giá bộ {s.SetNo}; hợp lệ: {valid}.",
                    $"Dossier disqualifier \"{d}\" is not on the scoring sheet of set {s.SetNo}; valid: {valid}."));
            }
        return problems;
    }
}
