namespace OcopHub.Core.Councils;

/// <summary>What the office (or the Ministry) submits for a council: members by user name, chair and secretary among them.</summary>
public sealed record CouncilDraft(
    string? Name, DateOnly? TermFrom, DateOnly? TermTo, IReadOnlyList<string> Members, string? Chair, string? Secretary,
    int QuorumNumerator, int QuorumDenominator, decimal SpreadLimit);

/// <summary>
/// Composition rules of a council (Art. 7.3.b, 7.4.b and the council's quy chế). The Decision leaves quorum and spread
/// to the quy chế; the checks here only refuse what cannot work: a quorum below half the members or above all of
/// them, a chair or secretary who is not a member, a term that ends before it starts.
/// </summary>
public static class CouncilRules
{
    public const int NameMaxLength = 300;
    public const int MaxDenominator = 100;

    /// <summary>Errors by field (name, termFrom, termTo, members, chair, secretary, quorum, spreadLimit), Vietnamese; empty when valid.</summary>
    public static Dictionary<string, string[]> Validate(CouncilDraft d)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(d.Name)) errors["name"] = ["Vui lòng nhập tên Hội đồng."];
        else if (d.Name.Trim().Length > NameMaxLength) errors["name"] = [$"Tên Hội đồng không quá {NameMaxLength} ký tự."];
        if (d.TermFrom is null) errors["termFrom"] = ["Vui lòng nhập ngày bắt đầu nhiệm kỳ."];
        if (d.TermTo is null) errors["termTo"] = ["Vui lòng nhập ngày kết thúc nhiệm kỳ."];
        else if (d.TermFrom is { } from && d.TermTo < from) errors["termTo"] = ["Ngày kết thúc nhiệm kỳ phải từ ngày bắt đầu trở đi."];

        var members = d.Members.Select(m => m.Trim()).Where(m => m.Length > 0).ToList();
        var duplicates = members.GroupBy(m => m, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (members.Count == 0) errors["members"] = ["Hội đồng cần ít nhất một thành viên."];
        else if (duplicates.Count > 0) errors["members"] = [$"Thành viên bị trùng: {string.Join(", ", duplicates)}."];
        if (string.IsNullOrWhiteSpace(d.Chair)) errors["chair"] = ["Vui lòng chọn Chủ tịch Hội đồng."];
        else if (!members.Contains(d.Chair.Trim(), StringComparer.OrdinalIgnoreCase))
            errors["chair"] = ["Chủ tịch Hội đồng phải là một thành viên trong danh sách."];
        if (!string.IsNullOrWhiteSpace(d.Secretary) && !members.Contains(d.Secretary.Trim(), StringComparer.OrdinalIgnoreCase))
            errors["secretary"] = ["Thư ký Hội đồng phải là một thành viên trong danh sách."];

        if (d.QuorumDenominator is < 1 or > MaxDenominator || d.QuorumNumerator < 1)
            errors["quorum"] = [$"Túc số phải là một phân số dương, mẫu số từ 1 đến {MaxDenominator} (ví dụ 3/4)."];
        else if (d.QuorumNumerator > d.QuorumDenominator)
            errors["quorum"] = ["Túc số không thể lớn hơn toàn bộ thành viên (tử số không lớn hơn mẫu số)."];
        else if (d.QuorumNumerator * 2 < d.QuorumDenominator)
            errors["quorum"] = ["Túc số phải từ một nửa số thành viên trở lên."];
        if (d.SpreadLimit is < 0m or > 100m) errors["spreadLimit"] = ["Chênh lệch điểm tối đa phải từ 0 đến 100."];
        return errors;
    }

    /// <summary>How many of <paramref name="members"/> must take part: the ceiling of the fraction.</summary>
    public static int Quorum(int members, int numerator, int denominator) => (members * numerator + denominator - 1) / denominator;
}
