namespace OcopHub.Core.Gs1;

/// <summary>Shared checks for fixed-length numeric GS1 keys, so every key reports errors in the same words.</summary>
internal static class Gs1Key
{
    public static bool TryCheck(string? text, int length, string name, out string digits, out string? error)
    {
        digits = text?.Trim() ?? string.Empty;
        error = null;
        if (digits.Length == 0) error = $"Chưa nhập {name}.";
        else if (!Gs1CheckDigit.IsAsciiDigits(digits)) error = $"{Capitalise(name)} chỉ được gồm chữ số 0–9.";
        else if (digits.Length != length) error = $"{Capitalise(name)} phải có đúng {length} chữ số (đang có {digits.Length}).";
        else if (!Gs1CheckDigit.IsValid(digits))
            error = $"Số kiểm tra của {name} sai: chữ số cuối phải là {Gs1CheckDigit.Compute(digits[..^1])}.";
        return error is null;
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
