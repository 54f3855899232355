using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OcopHub.Core.Criteria;

namespace OcopHub.Core.Tests.Criteria;

public class RulebookJsonTests
{
    private static string Text => RulebookFiles.ReadText("26-2026");

    [Fact]
    public void String_and_stream_give_the_same_rulebook()
    {
        var fromString = RulebookJson.Parse(Text);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Text));
        var fromStream = RulebookJson.Parse(stream);
        Assert.Equal(RulebookJson.Serialize(fromString), RulebookJson.Serialize(fromStream));
    }

    [Fact]
    public void Serializing_and_reading_again_keeps_everything()
    {
        var once = RulebookJson.Serialize(RulebookJson.Parse(Text));
        Assert.Equal(once, RulebookJson.Serialize(RulebookJson.Parse(once)));
        Assert.Contains("\"kind\": \"YesNo\"", once);
        Assert.Contains("\"effectiveFrom\": \"2026-05-22\"", once);
        Assert.DoesNotContain("allSets", once);
    }

    [Fact]
    public void Enums_and_dates_are_read_as_written_in_the_file()
    {
        var rb = RulebookJson.Parse(Text);
        var c = rb.FindSheet(1)!.AllCriteria.Single(x => x.Code == "2.4");
        Assert.Equal(CriterionKind.YesNo, c.Kind);
        Assert.Equal(KnockOutEffect.Eliminated, rb.FindSheet(7)!.AllCriteria.Single(x => x.Code == "1.1").KnockOuts.Single().Effect);
    }

    [Fact]
    public void Unknown_members_are_rejected() =>
        Assert.Throws<JsonException>(() => Parse(root => root["sheetz"] = new JsonArray()));

    [Fact]
    public void Numbers_for_enums_are_rejected() =>
        Assert.Throws<JsonException>(() => Parse(root => RulebookTampering.Criterion(root, 1, "1.1")["kind"] = 0));

    [Fact]
    public void Missing_required_members_are_rejected() =>
        Assert.Throws<JsonException>(() => Parse(root => root.AsObject().Remove("name")));

    [Fact]
    public void Null_in_a_non_nullable_member_is_rejected() =>
        Assert.Throws<JsonException>(() => Parse(root => RulebookTampering.Option(root, 1, "1.1.a")["text"] = null));

    private static Rulebook Parse(Action<JsonNode> edit) => RulebookTampering.Edit("26-2026", edit);
}
