using System.Text.Json;
using ElcBot.Bot.Cards;
using ElcBot.Core.Panels;
using ElcBot.Core.Summaries;
using ElcBot.Core.Updates;

namespace ElcBot.Tests.Panels;

/// <summary>A summary that goes to a panel first still carries "You said, we did" when it is finally posted.</summary>
public sealed class PanelDraftNewsTests
{
    [Fact]
    public void Should_keep_you_said_we_did_when_a_draft_is_stored_edited_and_posted()
    {
        var news = new UpdateLine(UpdateSubject.Theme, "Evening clinics", UpdateStatus.Testing, "Two surgeries open late from May.", PanelSamples.SentAt);
        var draft = PanelSamples.Draft();
        draft = draft with { Summary = draft.Summary with { Updates = [news] } };

        // The draft row is JSON (TablePanelDraftStore); a member's rename is a copy of the summary.
        var stored = JsonSerializer.Deserialize<PanelDraft>(JsonSerializer.Serialize(draft))!;
        var renamed = stored.Summary with { Themes = [.. stored.Summary.Themes.Select(t => t with { Label = "Renamed" })] };
        var card = SummaryCard.Build(renamed).ToJsonString();

        Assert.Equal(news, Assert.Single(renamed.Updates!));
        Assert.Contains("Two surgeries open late from May.", card, StringComparison.Ordinal);
    }
}
