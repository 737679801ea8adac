using Azure.Data.Tables;
using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Core.Summaries;
using ElcBot.IntegrationTests.Panels;
using ElcBot.Storage.Tables;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ElcBot.IntegrationTests.Panels.PanelCards;
using static ElcBot.IntegrationTests.Panels.PanelTeams;

namespace ElcBot.IntegrationTests.Summaries;

/// <summary>
/// "Forget me", or removing one idea, after a summary quoted it, end to end over HTTP against the real host and Azurite:
/// the words leave the card posted in the channel (Teams is asked to change it) and the summary kept for `summaries`.
/// </summary>
public sealed class ErasedWordsInSummariesTests : HostedPanelTests
{
    protected override string[] HostSettings => ["Bot:Facilitators:0=aad-fran"];

    [Fact]
    public async Task Should_take_their_quote_out_of_the_posted_card_and_the_kept_summary_when_someone_quoted_says_forget_me()
    {
        var (theirs, posted, messageId) = await PostSummaryQuotingSamAsync();
        var samQuoted = theirs.Select(c => c.Text).Where(t => posted.Contains(t, StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(samQuoted);

        await Teams.SendAsync(Teams.PersonalMessage("forget me", "sam"));
        var done = await Teams.InvokeAsync("sam", JObject.FromObject(new { elcAction = CardActionNames.ConfirmForget }), personal: true);
        Assert.Contains(ForgetMeCard.DoneTitle, done.ToString());

        var replaced = Assert.Single(Connector.Calls, c => c.Method == "PUT");
        Assert.EndsWith($"/activities/{messageId}", replaced.Path, StringComparison.Ordinal);
        Assert.Contains(SummaryCard.Title, replaced.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain(samQuoted, text => replaced.Raw.Contains(text, StringComparison.Ordinal));
        Assert.All(OthersQuoted(theirs, posted), text => Assert.Contains(text, replaced.Raw, StringComparison.Ordinal));
        var kept = Assert.Single(await Summaries.ListAsync(RoundId, 5, CancellationToken.None));
        Assert.DoesNotContain(kept.Themes.SelectMany(t => t.Quotes), q => theirs.Any(c => c.Id == q.ContributionId));
        Assert.NotEmpty(kept.Themes.SelectMany(t => t.Quotes));
        var rows = await Host.Services.GetRequiredService<ElcTables>().Get(TableNames.Summaries).QueryAsync<TableEntity>().ToListAsync();
        Assert.DoesNotContain(rows, row => theirs.Any(c => row.GetString("Text").Contains(c.Text, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Should_take_one_quote_out_of_the_posted_card_and_keep_their_others_when_someone_removes_that_idea()
    {
        var (theirs, posted, messageId) = await PostSummaryQuotingSamAsync();
        var removed = theirs.First(c => posted.Contains(c.Text, StringComparison.Ordinal));

        var asked = await Teams.InvokeAsync("sam", JObject.FromObject(new { elcAction = CardActionNames.AskRemove, roundId = RoundId, contributionId = removed.Id }), personal: true);
        Assert.Contains(RemoveContributionCard.Title(removed.Kind), asked.ToString());
        var done = await Teams.InvokeAsync("sam", JObject.FromObject(new { elcAction = CardActionNames.ConfirmRemove, roundId = RoundId, contributionId = removed.Id }), personal: true);
        Assert.Contains(RemoveContributionCard.Done, done.ToString());

        var replaced = Assert.Single(Connector.Calls, c => c.Method == "PUT");
        Assert.EndsWith($"/activities/{messageId}", replaced.Path, StringComparison.Ordinal);
        Assert.DoesNotContain(removed.Text, replaced.Raw, StringComparison.Ordinal);
        Assert.All(OthersQuoted(theirs, posted), text => Assert.Contains(text, replaced.Raw, StringComparison.Ordinal));
        var left = await Host.Services.GetRequiredService<IContributionStore>().ListByContributorAsync(theirs[0].ContributorKey, CancellationToken.None);
        Assert.Equal(theirs.Select(c => c.Id).Where(id => id != removed.Id).Order(), left.Select(c => c.Id).Order());
    }

    private ISummaryStore Summaries => Host.Services.GetRequiredService<ISummaryStore>();

    private static string[] OthersQuoted(IReadOnlyList<Contribution> theirs, string posted) =>
        [.. Shared.Select(s => s.Text).Except(theirs.Select(c => c.Text)).Where(t => posted.Contains(t, StringComparison.Ordinal))];

    /// <summary>Gives Sam the round's first three ideas (about the waiting room), posts a summary, and returns the card as posted.</summary>
    private async Task<(Contribution[] Theirs, string Posted, string MessageId)> PostSummaryQuotingSamAsync()
    {
        var sam = Host.Services.GetRequiredService<ContributorKeys>().For("aad-sam");
        var store = Host.Services.GetRequiredService<IContributionStore>();
        var theirs = (await store.ListAsync(RoundId, null, CancellationToken.None)).Where(c => c.Id is "c1" or "c2" or "c3").Select(c => c with { ContributorKey = sam }).ToArray();
        foreach (var contribution in theirs)
        {
            await store.DeleteAsync(contribution, CancellationToken.None);
            await store.AddAsync(contribution, CancellationToken.None);
        }

        await Teams.SendAsync(Teams.Message("summary", "fran"));
        var posted = Assert.Single(await WaitForAsync(() => Cards(SummaryCard.Title), 1)).ToString();
        var messageId = Assert.Single(await Summaries.ListAsync(RoundId, 5, CancellationToken.None)).PostedMessageId;
        Assert.NotNull(messageId);
        Assert.NotEmpty(OthersQuoted(theirs, posted));
        return (theirs, posted, messageId);
    }
}
