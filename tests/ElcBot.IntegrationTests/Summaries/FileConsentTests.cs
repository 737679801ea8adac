using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Files;
using ElcBot.Core.Contributions;
using ElcBot.Core.Files;
using ElcBot.Core.Privacy;
using ElcBot.Core.Rounds;
using ElcBot.IntegrationTests.Peers;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace ElcBot.IntegrationTests.Summaries;

/// <summary>The Teams file consent round trip: the person accepts, the bot uploads to the URL Teams gives and says where it is.</summary>
public sealed class FileConsentTests : HostedBotTests
{
    [Fact]
    public async Task Should_upload_the_file_and_show_it_when_the_person_accepts()
    {
        const string sheet = "text,theme\nI’m told “wait” every time,Waiting";
        await Files.SaveAsync(new PendingFile("f1", "29:facilitator", "round.csv", sheet, DateTimeOffset.UtcNow), CancellationToken.None);

        var response = await Host.PostActivityAsync(Answer("accept", "f1", "29:facilitator"));

        Assert.True(response.IsSuccessStatusCode);
        var upload = Assert.Single(Connector.Calls, c => c.Method == "PUT");
        Assert.Equal("/upload/f1", upload.Path);
        // The UTF-8 byte-order mark first, so Excel reads the phone-typed quotes rightly; the text reads back as it was.
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, upload.Bytes[..3]);
        Assert.Equal(sheet, new StreamReader(new MemoryStream(upload.Bytes)).ReadToEnd());
        var shown = Assert.Single(await Connector.WaitForActivitiesAsync(1));
        Assert.Equal("application/vnd.microsoft.teams.card.file.info", shown["attachments"]![0]!["contentType"]!.ToString());
        Assert.Null(await Files.FindAsync("f1", CancellationToken.None));
    }

    [Fact]
    public async Task Should_refuse_the_file_when_someone_else_accepts_it()
    {
        await Files.SaveAsync(new PendingFile("f2", "29:facilitator", "round.csv", "x", DateTimeOffset.UtcNow), CancellationToken.None);

        await Host.PostActivityAsync(Answer("accept", "f2", "29:someone-else"));

        Assert.DoesNotContain(Connector.Calls, c => c.Method == "PUT");
        Assert.Equal(FileConsentAnswers.Gone, Assert.Single(await Connector.WaitForActivitiesAsync(1))["text"]!.ToString());
        Assert.NotNull(await Files.FindAsync("f2", CancellationToken.None));
    }

    [Fact]
    public async Task Should_forget_the_file_when_the_person_declines()
    {
        await Files.SaveAsync(new PendingFile("f3", "29:facilitator", "round.csv", "x", DateTimeOffset.UtcNow), CancellationToken.None);

        await Host.PostActivityAsync(Answer("decline", "f3", "29:facilitator"));

        Assert.Equal(FileConsentAnswers.Declined, Assert.Single(await Connector.WaitForActivitiesAsync(1))["text"]!.ToString());
        Assert.Null(await Files.FindAsync("f3", CancellationToken.None));
    }

    [Fact]
    public async Task Should_refuse_kindly_and_delete_a_spreadsheet_offered_more_than_a_day_ago_when_the_person_accepts_it()
    {
        var offeredAt = DateTimeOffset.UtcNow - PendingFile.Lifetime - TimeSpan.FromMinutes(1);
        await Files.SaveAsync(new PendingFile("f4", "29:facilitator", "round.csv", "text\nwords from last week", offeredAt, "round-1"), CancellationToken.None);

        await Host.PostActivityAsync(Answer("accept", "f4", "29:facilitator"));

        Assert.DoesNotContain(Connector.Calls, c => c.Method == "PUT");
        // The host's clean-up may delete the lapsed offer first; the person hears the same either way.
        Assert.Equal(FileConsentAnswers.Gone, Assert.Single(await Connector.WaitForActivitiesAsync(1))["text"]!.ToString());
        Assert.Null(await Files.FindAsync("f4", CancellationToken.None));
    }

    [Fact]
    public async Task Should_upload_nothing_when_allow_is_pressed_after_someone_whose_words_it_holds_was_forgotten()
    {
        var sam = Host.Services.GetRequiredService<ContributorKeys>().For("aad-sam");
        await Host.Services.GetRequiredService<IRoundStore>().TryOpenAsync(
            new Round("round-1", Channel, Tenant, "19:team@thread.tacv2", "What would help?", ElcStage.Discover, null, true, DateTimeOffset.UtcNow), CancellationToken.None);
        await Host.Services.GetRequiredService<IContributionStore>().AddAsync(
            new Contribution("round-1", "c1", ContributionKind.Story, "Sam's story about the waiting room", ContributorRole.Carer, ConsentLevel.MayQuote, sam, null, null, DateTimeOffset.UtcNow, "s1"),
            CancellationToken.None);
        await Files.SaveAsync(new PendingFile("f5", "29:facilitator", "round.csv", "text\nSam's story about the waiting room", DateTimeOffset.UtcNow, "round-1"), CancellationToken.None);
        var sams = new TeamsActivities(Connector.ServiceUrl, Tenant, "19:team@thread.tacv2", Channel);

        var asked = sams.PersonalMessage("sam", "forget me");
        Assert.True((await Host.PostActivityAsync(asked)).IsSuccessStatusCode);
        var confirm = sams.Personal("sam");
        confirm["type"] = "invoke";
        confirm["name"] = "adaptiveCard/action";
        confirm["value"] = JObject.FromObject(new { action = new { type = "Action.Execute", data = new { elcAction = CardActionNames.ConfirmForget } } });
        Assert.Contains(ForgetMeCard.DoneTitle, await (await Host.PostActivityAsync(confirm)).Content.ReadAsStringAsync());
        var before = Connector.SentActivities.Count;
        await Host.PostActivityAsync(Answer("accept", "f5", "29:facilitator"));

        Assert.DoesNotContain(Connector.Calls, c => c.Method == "PUT");
        Assert.Equal(FileConsentAnswers.Gone, (await Connector.WaitForActivitiesAsync(before + 1))[^1]["text"]!.ToString());
        Assert.Null(await Files.FindAsync("f5", CancellationToken.None));
    }

    private const string Channel = "19:general@thread.tacv2";
    private const string Tenant = "tenant-1";

    private IPendingFileStore Files => Host.Services.GetRequiredService<IPendingFileStore>();

    private JObject Answer(string action, string fileId, string from)
    {
        var activity = TeamsFixtures.Load("message_personal_chat_plaintext_botbuilder-dotnet.json", Connector.ServiceUrl);
        activity["type"] = "invoke";
        activity["name"] = "fileConsent/invoke";
        activity.Remove("text");
        activity["from"]!["id"] = from;
        activity["value"] = new JObject
        {
            ["type"] = "fileUpload",
            ["action"] = action,
            ["context"] = new JObject { ["fileId"] = fileId },
            ["uploadInfo"] = new JObject
            {
                ["name"] = "round.csv",
                ["uploadUrl"] = $"{Connector.ServiceUrl}upload/{fileId}",
                ["contentUrl"] = "https://files.example/round.csv",
                ["uniqueId"] = "u1",
                ["fileType"] = "csv",
            },
        };
        return activity;
    }
}
