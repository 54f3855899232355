using OcopHub.Core.Producers;

namespace OcopHub.Core.Tests.Producers;

// Real tax codes: 0100109106 (Viettel), and python-stdnum's vn.mst examples 0100233488, 0314409058-002,
// 0100112437, 0312687878-001 (its invalid example 0100233480 is used below).
public class VietnamTaxCodeTests
{
    [Theory]
    [InlineData("0100109106", "0100109106", TaxCodeKind.Organisation)]
    [InlineData("0100233488", "0100233488", TaxCodeKind.Organisation)]
    [InlineData("01.00.112.437", "0100112437", TaxCodeKind.Organisation)]
    [InlineData(" 0100 109 106 ", "0100109106", TaxCodeKind.Organisation)]
    [InlineData("0314409058-002", "0314409058-002", TaxCodeKind.DependentUnit)]
    [InlineData("0312 68 78 78 - 001", "0312687878-001", TaxCodeKind.DependentUnit)]
    [InlineData("0312687878001", "0312687878-001", TaxCodeKind.DependentUnit)]
    [InlineData("0312687878–999", "0312687878-999", TaxCodeKind.DependentUnit)]
    [InlineData("1000000040", "1000000040", TaxCodeKind.Organisation)]   // remainder 10 → check digit 0
    [InlineData("001203012345", "001203012345", TaxCodeKind.PersonalIdentification)]
    public void Accepts_valid_codes(string text, string value, TaxCodeKind kind)
    {
        var code = VietnamTaxCode.Parse(text);
        Assert.Equal(value, code.Value);
        Assert.Equal(kind, code.Kind);
    }

    [Fact]
    public void Dependent_unit_knows_its_parent_and_number()
    {
        var code = VietnamTaxCode.Parse("0314409058-002");
        Assert.Equal("0314409058", code.ParentCode);
        Assert.Equal("002", code.BranchNumber);
        Assert.Equal("03", code.IssuingProvinceCode);
        var parent = VietnamTaxCode.Parse("0314409058");
        Assert.Equal("0314409058", parent.ParentCode);
        Assert.Null(parent.BranchNumber);
        Assert.Null(VietnamTaxCode.Parse("001203012345").IssuingProvinceCode);
    }

    [Theory]
    [InlineData("0100233480", "chữ số thứ 10 phải là 8")]
    [InlineData("0100109107", "chữ số thứ 10 phải là 6")]
    [InlineData("0100109160", "chữ số kiểm tra")]               // two digits swapped
    [InlineData("0314409059-002", "chữ số kiểm tra")]           // a branch inherits its parent's check digit
    [InlineData("1000000089", "không có chữ số kiểm tra nào")]   // remainder 0: never issued
    [InlineData("0100000000", "không thể đều là 0")]
    [InlineData("0314409058-000", "từ 001 đến 999")]
    [InlineData("0314409058-", "Thiếu 3 chữ số")]
    [InlineData("031440905-8002", "Dấu gạch nối")]
    [InlineData("010010910", "đang có 9")]
    [InlineData("01001091061", "đang có 11")]
    [InlineData("0314409058-02", "đang có 12")]
    [InlineData("0314409058-0022", "đang có 14")]
    [InlineData("0100109106A", "ký tự \"A\"")]
    [InlineData("0100/109106", "ký tự \"/\"")]
    [InlineData("0314409058-002-1", "ký tự \"-\"")]
    [InlineData("", "Chưa nhập")]
    [InlineData(null, "Chưa nhập")]
    public void Rejects_bad_codes(string? text, string fragment)
    {
        Assert.False(VietnamTaxCode.TryParse(text, out var code, out var error));
        Assert.Null(code);
        Assert.Contains(fragment, error);
    }

    [Theory]
    [InlineData("010010910", 6)]
    [InlineData("010023348", 8)]
    [InlineData("100000004", 0)]
    [InlineData("100000008", null)]
    public void Computes_the_check_digit(string firstNine, int? expected) =>
        Assert.Equal(expected, VietnamTaxCode.ComputeCheckDigit(firstNine));

    [Theory]
    [InlineData("01001091")]
    [InlineData("01001091a")]
    public void Check_digit_needs_nine_digits(string text) =>
        Assert.Throws<FormatException>(() => VietnamTaxCode.ComputeCheckDigit(text));

    [Fact]
    public void Every_single_digit_error_in_the_first_nine_is_caught()
    {
        const string code = "0100109106";
        for (var i = 0; i < 9; i++)
            for (var d = '0'; d <= '9'; d++)
                if (d != code[i])
                    Assert.False(VietnamTaxCode.IsValid(code[..i] + d + code[(i + 1)..]), $"position {i + 1} → {d}");
    }

    [Fact]
    public void Registration_numbers_are_organisation_tax_codes()
    {
        Assert.True(VietnamTaxCode.TryParseRegistrationNumber("0100109106", out var code, out _));
        Assert.Equal(TaxCodeKind.Organisation, code!.Kind);
        Assert.True(VietnamTaxCode.TryParseRegistrationNumber("0314409058-002", out _, out _));
        Assert.False(VietnamTaxCode.TryParseRegistrationNumber("001203012345", out _, out var error));
        Assert.Contains("10 chữ số", error);
        Assert.False(VietnamTaxCode.TryParseRegistrationNumber("0100109107", out _, out _));
    }

    [Fact]
    public void Personal_identification_can_be_refused()
    {
        Assert.True(VietnamTaxCode.IsValid("001203012345"));
        Assert.False(VietnamTaxCode.IsValid("001203012345", allowPersonalIdentification: false));
        Assert.Throws<FormatException>(() => VietnamTaxCode.Parse("001203012345", allowPersonalIdentification: false));
    }

    [Fact]
    public void Equal_whatever_the_input_formatting() =>
        Assert.Equal(VietnamTaxCode.Parse("0312687878001"), VietnamTaxCode.Parse("0312 687 878-001"));
}
