using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.IntegrationTests.Panels;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static ElcBot.IntegrationTests.Panels.PanelTeams;

namespace ElcBot.IntegrationTests.Contributions;

/// <summary>
/// Removing an idea, or "forget me", after someone typed `ideas` in the channel, end to end over HTTP against the real host
/// and Azurite: Teams is asked to change the list already posted, which then shows everyone else's ideas without those words.
/// </summary>
public sealed class ErasedIdeasInPostedListsTests : HostedPanelTests
{
    [Fact]
    public async Task Should_change_the_posted_list_without_the_idea_when_its_author_removes_it()
    {
        var (theirs, messageId) = await ListSamsIdeaInTheChannelAsync();

        var asked = await Teams.InvokeAsync("sam", JObject.FromObject(new { elcAction = CardActionNames.AskRemove, roundId = RoundId, contributionId = theirs.Id }), personal: true);
        Assert.Contains(RemoveContributionCard.Title(theirs.Kind), asked.ToString());
        var done = await Teams.InvokeAsync("sam", JObject.FromObject(new { elcAction = CardActionNames.ConfirmRemove, roundId = RoundId, contributionId = theirs.Id }), personal: true);
        Assert.Contains(RemoveContributionCard.Done, done.ToString());

        AssertListChangedWithout(theirs, messageId);
    }

    [Fact]
    public async Task Should_change_the_posted_list_without_their_idea_when_its_author_says_forget_me()
    {
        var (theirs, messageId) = await ListSamsIdeaInTheChannelAsync();

        await Teams.SendAsync(Teams.PersonalMessage("forget me", "sam"));
        var done = await Teams.InvokeAsync("sam", JObject.FromObject(new { elcAction = CardActionNames.ConfirmForget }), personal: true);
        Assert.Contains(ForgetMeCard.DoneTitle, done.ToString());

        AssertListChangedWithout(theirs, messageId);
    }

    private void AssertListChangedWithout(Contribution theirs, string messageId)
    {
        var replaced = Assert.Single(Connector.Calls, c => c.Method == "PUT");
        Assert.EndsWith($"/activities/{messageId}", replaced.Path, StringComparison.Ordinal);
        Assert.Contains(IdeasPageCard.Title, replaced.Raw, StringComparison.Ordinal);
        Assert.DoesNotContain(theirs.Text, replaced.Raw, StringComparison.Ordinal);
        Assert.Contains(Shared[0].Text, replaced.Raw, StringComparison.Ordinal);
    }

    /// <summary>Makes Sam the author of the round's second idea, then Tom types `ideas` in the channel; returns the idea and the list's message id.</summary>
    private async Task<(Contribution Theirs, string MessageId)> ListSamsIdeaInTheChannelAsync()
    {
        var sam = Host.Services.GetRequiredService<ContributorKeys>().For("aad-sam");
        var store = Host.Services.GetRequiredService<IContributionStore>();
        var theirs = (await store.GetAsync(RoundId, "c2", CancellationToken.None))! with { ContributorKey = sam };
        await store.DeleteAsync(theirs, CancellationToken.None);
        await store.AddAsync(theirs, CancellationToken.None);

        await Teams.SendAsync(Teams.Message("ideas", "tom"));
        var shown = Assert.Single(Cards(IdeasPageCard.Title)).ToString();
        Assert.Contains(theirs.Text, shown, StringComparison.Ordinal);
        Assert.Contains(Shared[0].Text, shown, StringComparison.Ordinal);
        var posted = Assert.Single(await Host.Services.GetRequiredService<IPostedIdeaListStore>().ListAsync(RoundId, CancellationToken.None));
        Assert.DoesNotContain(Connector.Calls, c => c.Method == "PUT");
        return (theirs, posted.MessageId);
    }
}
