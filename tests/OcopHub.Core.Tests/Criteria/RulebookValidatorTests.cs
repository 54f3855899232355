using System.Text.Json.Nodes;
using OcopHub.Core.Criteria;

namespace OcopHub.Core.Tests.Criteria;

/// <summary>The validator on deliberately broken copies of the 26-2026 file.</summary>
public class RulebookValidatorTests
{
    private static IReadOnlyList<string> ValidateBroken(Action<JsonNode> edit) =>
        RulebookValidator.Validate(RulebookTampering.Edit("26-2026", edit));

    private static void AssertReports(IReadOnlyList<string> violations, params string[] fragments)
    {
        var all = string.Join("\n", violations);
        Assert.All(fragments, f => Assert.Contains(f, all));
    }

    [Theory]
    [InlineData("26-2026")]
    [InlineData("148-2023")]
    [InlineData("1048-2019")]
    public void Committed_rulebooks_are_valid(string id) => Assert.Empty(RulebookValidator.Validate(RulebookFiles.Load(id)));

    [Fact]
    public void An_option_above_the_criterion_maximum_breaks_the_sums() =>
        AssertReports(ValidateBroken(r => RulebookTampering.Option(r, 4, "7.c")["points"] = 13),
            "Set 4 criterion 7: maximum 3 but its best option gives 13");

    [Fact]
    public void A_criterion_maximum_that_does_not_add_up_is_reported() =>
        AssertReports(ValidateBroken(r =>
        {
            RulebookTampering.Criterion(r, 2, "1.1")["max"] = 4;
        }), "Set 2 group 1: maximum 18 but its criteria sum to 19", "Set 2 criterion 1.1: maximum 4 but its best option gives 3");

    [Fact]
    public void Parts_that_do_not_sum_to_100_are_reported() =>
        AssertReports(ValidateBroken(r => RulebookTampering.Sheet(r, 26)["parts"]![0]!["max"] = 35),
            "Set 26: parts sum to 95, not 100", "Set 26 part A: maximum 35 but its groups sum to 40");

    [Fact]
    public void Option_ids_off_the_scheme_and_duplicates_are_reported()
    {
        var violations = ValidateBroken(r =>
        {
            RulebookTampering.Option(r, 3, "1.1.b")["id"] = "1.1.a";
            RulebookTampering.Option(r, 3, "2.2.c")["letter"] = "x";
        });
        AssertReports(violations, "Duplicate Set 3: option id '1.1.a'", "option id '1.1.a' is not code + '.' + letter ('1.1.b')",
            "option 3 has letter 'x', expected 'c'");
    }

    [Fact]
    public void A_yes_no_criterion_needs_yes_for_the_maximum_and_no_for_zero() =>
        AssertReports(ValidateBroken(r => RulebookTampering.Option(r, 5, "2.4.no")["points"] = 1),
            "Set 5 criterion 2.4: 'yes' must give the maximum and 'no' 0");

    [Fact]
    public void Allows_none_must_match_the_absence_of_a_zero_box()
    {
        var violations = ValidateBroken(r =>
        {
            RulebookTampering.Criterion(r, 1, "3.3")["allowsNone"] = false;
            RulebookTampering.Criterion(r, 1, "1.2")["allowsNone"] = true;
        });
        AssertReports(violations, "Set 1 criterion 3.3: no 0-point option is printed, so allowsNone must be set",
            "Set 1 criterion 1.2: allowsNone is set but the sheet prints a 0-point option");
    }

    [Fact]
    public void A_higher_star_minimum_on_fewer_points_is_reported() =>
        AssertReports(ValidateBroken(r =>
        {
            RulebookTampering.Option(r, 1, "4.1.b")["minimumForStars"] = 5;
            RulebookTampering.Option(r, 1, "4.1.d")["minimumForStars"] = null;
        }), "Set 1 criterion 4.1: the 5★ minimum (b, 2) is worth less than the 4★ minimum (c, 3)");

    [Fact]
    public void Star_markers_outside_3_to_5_and_knock_outs_without_reason_are_reported() =>
        AssertReports(ValidateBroken(r =>
        {
            RulebookTampering.Option(r, 1, "1.1.a")["minimumForStars"] = 2;
            RulebookTampering.Option(r, 1, "1.1.b")["knockOut"] = true;
        }), "option a marks a 2★ minimum", "option b knocks out without a reason");

    [Fact]
    public void Gaps_between_star_bands_are_reported() =>
        AssertReports(ValidateBroken(r => r["bands"]![1]!["minInclusive"] = 71),
            "Star band 3★ ends at 70 but the next band starts at 71: gap or overlap");

    [Fact]
    public void Sheets_must_match_the_classification()
    {
        var violations = ValidateBroken(r => RulebookTampering.Sheet(r, 26)["setNo"] = 27);
        AssertReports(violations, "Scoring sheet for set 27 has no product set", "Product set 26 has no scoring sheet");
    }

    [Fact]
    public void Duplicate_set_numbers_and_bad_ids_are_reported()
    {
        var violations = ValidateBroken(r =>
        {
            r["id"] = "26/2026";
            r["sectors"]![1]!["groups"]![0]!["sets"]![0]!["no"] = 1;
        });
        AssertReports(violations, "Rulebook id '26/2026' is not URL-safe", "Duplicate product set number '1'");
    }

    [Fact]
    public void A_period_outside_the_rulebook_is_reported()
    {
        var broken = RulebookTampering.Edit("148-2023", r => r["periods"]![1]!["to"] = "2026-12-31");
        AssertReports(RulebookValidator.Validate(broken), "period 2025-07-06–2026-12-31 lies outside");
    }
}
