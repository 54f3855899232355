namespace OcopHub.Core.Gs1;

/// <summary>
/// The GS1 mod-10 check digit shared by GTIN-8/12/13/14, GLN and SSCC (GS1 General Specifications §7.9.1):
/// weights 3,1,3,1… from the rightmost data digit leftwards, check = (10 − sum mod 10) mod 10.
/// One algorithm for every key length, so a key is checked the same way whatever it is.
/// </summary>
public static class Gs1CheckDigit
{
    /// <summary>The check digit for <paramref name="body"/> (the key without its last digit).</summary>
    /// <exception cref="FormatException">body is empty or holds a non-digit.</exception>
    public static int Compute(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length == 0 || !IsAsciiDigits(body))
            throw new FormatException("Phần thân mã GS1 chỉ được gồm chữ số 0–9.");
        var sum = 0;
        for (var i = 0; i < body.Length; i++)
        {
            var digit = body[body.Length - 1 - i] - '0';
            // The digit next to the check digit has weight 3, then alternately 1 and 3.
            sum += i % 2 == 0 ? digit * 3 : digit;
        }
        return (10 - sum % 10) % 10;
    }

    /// <summary>True when <paramref name="key"/> is all digits, at least two long, and its last digit is the right check digit.</summary>
    public static bool IsValid(string? key) =>
        key is { Length: >= 2 } && IsAsciiDigits(key) && Compute(key[..^1]) == key[^1] - '0';

    /// <summary><paramref name="body"/> followed by its check digit.</summary>
    public static string Append(string body) => body + (char)('0' + Compute(body));

    internal static bool IsAsciiDigits(string text)
    {
        foreach (var c in text)
            if (c is < '0' or > '9') return false;
        return true;
    }
}
