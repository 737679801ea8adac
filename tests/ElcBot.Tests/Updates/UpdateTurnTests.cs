using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Facilitation;
using ElcBot.Bot.Updates;
using ElcBot.Core.Contributions;
using ElcBot.Core.Updates;
using ElcBot.Tests.Bot;
using ElcBot.Tests.Contributions;
using ElcBot.Tests.Summaries;
using Newtonsoft.Json.Linq;
using static ElcBot.Tests.Contributions.TeamsTurns;

namespace ElcBot.Tests.Updates;

/// <summary>The `update` command and its form, driven as Teams turns.</summary>
public sealed class UpdateTurnTests : IAsyncLifetime
{
    private readonly BotTestHarness _bot = new();

    public async Task InitializeAsync() => await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Should_refuse_kindly_when_someone_who_is_not_a_facilitator_types_update()
    {
        var replies = await _bot.SendAsync(Message("update", Person("ali")));

        Assert.Equal(FacilitatorReplies.NotAllowed, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Should_offer_the_latest_summarys_themes_and_the_ideas_but_not_the_facilitators_only_ones()
    {
        await ShareAsync("ali", "Evening appointments", tellMe: true);
        await ShareAsync("bo", "Only for the facilitators", consent: "FacilitatorsOnly");
        await _bot.Summaries.SaveAsync(SampleSummaries.Sample(themes: 2) with { RoundId = "round-1", SummaryId = "summary-1" }, "{}", CancellationToken.None);

        var form = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(Message("update", Facilitator)))).ToString();

        Assert.Contains(UpdateFormCard.Title, form);
        Assert.Contains("Theme: Theme 1", form);
        Assert.Contains("Idea: “Evening appointments”", form);
        Assert.DoesNotContain("Only for the facilitators", form);
        Assert.Contains("\"summaryId\": \"summary-1\"", form);
    }

    [Fact]
    public async Task Should_say_there_is_nothing_to_update_when_the_round_has_no_themes_or_ideas()
    {
        var replies = await _bot.SendAsync(Message("update", Facilitator));

        Assert.Equal(UpdateCommand.NothingToUpdate, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task Should_ask_which_round_in_personal_chat_then_show_its_form()
    {
        await ShareAsync("ali", "Evening appointments");
        await _bot.Rounds.CloseAsync(OpenRound(), CancellationToken.None);
        var personal = PersonalMessage("update", Facilitator);
        personal.Conversation.TenantId = TeamsTurns.Tenant;

        var choice = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(personal))).ToString();
        Assert.Contains(UpdateRoundChoiceCard.Title, choice);
        Assert.Contains("closed", choice);

        var press = PersonalMessage(string.Empty, Facilitator);
        press.Conversation.TenantId = TeamsTurns.Tenant;
        press.Value = Data(CardActionNames.UpdateRound, new { roundId = "round-1" });
        press.Text = null;
        var form = BotTestHarness.CardOf(Assert.Single(await _bot.SendAsync(press))).ToString();
        Assert.Contains("Idea: “Evening appointments”", form);
    }

    [Fact]
    public async Task Should_tell_only_the_people_who_asked_and_say_how_many_when_the_update_is_sent()
    {
        var idea = await ShareAsync("ali", "Evening appointments", tellMe: true);
        await ShareAsync("bo", "Evening appointments too", tellMe: false);
        await SupportAsync("cy", idea, follow: true);
        await SupportAsync("dee", idea, follow: false);

        var replies = await _bot.SendAsync(Invoke(Send($"idea:{idea.Id}", "Testing", "We start on Saturdays in May."), Facilitator));

        Assert.Equal(["29:ali", "29:cy"], _bot.Notifier.SentTo);
        var sent = ReplacementCard(replies).ToString();
        Assert.Contains(UpdateSentCard.Title, sent);
        Assert.Contains("I told 2 people who asked to hear about this.", sent);
        var notice = _bot.Notifier.Sent.First().Notice;
        Assert.Equal(("Evening appointments", UpdateStatus.Testing, "We start on Saturdays in May."), (notice.SubjectText, notice.Update.Status, notice.Update.Text));
        var stored = Assert.Single(_bot.Updates.Saved.Values);
        Assert.Equal(_bot.Get<ElcBot.Core.Privacy.ContributorKeys>().For(BotTestHarness.FacilitatorAadId), stored.AuthorKey);
        Assert.Empty(_bot.PendingDeliveries.Rows);
        Assert.Empty(_bot.DeliveryReports.Reports);
    }

    [Fact]
    public async Task Should_answer_the_press_within_seconds_and_post_how_it_went_when_teams_is_slow()
    {
        var idea = await ShareAsync("ali", "Evening appointments", tellMe: true);
        await SupportAsync("cy", idea, follow: true);
        _bot.Notifier.Gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var press = _bot.SendAsync(Invoke(Send($"idea:{idea.Id}", "Testing", "We start in May."), Facilitator));
        await _bot.Notifier.Waiting.Task.WaitAsync(TimeSpan.FromSeconds(10));
        _bot.Time.Advance(TimeSpan.FromSeconds(UpdateOptions.DefaultAnswerWithinSeconds));
        var answered = ReplacementCard(await press.WaitAsync(TimeSpan.FromSeconds(10))).ToString();

        Assert.Contains(UpdateSentCard.SendingTitle, answered);
        Assert.Contains(UpdateSentCard.SendingNow, answered);
        Assert.Contains("Idea: “Evening appointments”", answered);
        Assert.Empty(_bot.DeliveryReports.Reports);
        Assert.Single(_bot.PendingDeliveries.Rows);

        _bot.Notifier.Gate.SetResult();
        await _bot.DeliveryReports.FirstReport.WaitAsync(TimeSpan.FromSeconds(10));

        var (reportTo, update, report) = Assert.Single(_bot.DeliveryReports.Reports);
        Assert.Equal(["29:ali", "29:cy"], _bot.Notifier.SentTo);
        Assert.Equal((2, 2), (report.AskedToHear, report.Told));
        Assert.Equal(Assert.Single(_bot.Updates.Saved.Values).UpdateId, update.UpdateId);
        Assert.Contains(TeamsTurns.Channel, reportTo);
        Assert.DoesNotContain(BotTestHarness.FacilitatorAadId, reportTo);
        Assert.DoesNotContain(Facilitator.Id, reportTo);
        Assert.Empty(_bot.PendingDeliveries.Rows);
    }

    [Fact]
    public async Task Should_tell_nobody_twice_when_the_same_send_arrives_again()
    {
        var idea = await ShareAsync("ali", "Evening appointments", tellMe: true);
        var send = Send($"idea:{idea.Id}", "Testing", "We start in May.");

        await _bot.SendAsync(Invoke(send, Facilitator));
        var again = await _bot.SendAsync(Invoke(send, Facilitator));

        Assert.Single(_bot.Notifier.Sent);
        Assert.Single(_bot.Updates.Saved);
        Assert.Contains("I told 1 person who asked to hear about this.", ReplacementCard(again).ToString());
    }

    [Fact]
    public async Task Should_send_the_form_back_with_what_was_typed_when_cannot_do_has_no_reason()
    {
        var idea = await ShareAsync("ali", "Evening appointments", tellMe: true);

        var replies = await _bot.SendAsync(Invoke(Send($"idea:{idea.Id}", "CannotDo", "  ", submission: "form-7"), Facilitator));

        var form = ReplacementCard(replies);
        Assert.Contains("Please say why you cannot do this.", form.ToString());
        Assert.Equal($"idea:{idea.Id}", form.SelectToken($"$..body[?(@.id == '{UpdateFormCard.SubjectInput}')].value")!.ToString());
        Assert.Equal("CannotDo", form.SelectToken($"$..body[?(@.id == '{UpdateFormCard.StatusInput}')].value")!.ToString());
        Assert.Equal("form-7", form.SelectToken("actions[0].data.submissionId")!.ToString());
        Assert.Empty(_bot.Updates.Saved);
        Assert.Empty(_bot.Notifier.Sent);
    }

    [Fact]
    public async Task Should_refuse_beside_the_form_and_keep_nothing_when_someone_who_is_not_a_facilitator_presses_send()
    {
        var idea = await ShareAsync("ali", "Evening appointments", tellMe: true);

        var replies = await _bot.SendAsync(Invoke(Send($"idea:{idea.Id}", "Testing", "Soon."), Person("ali")));

        var response = InvokeResponseOf(replies);
        Assert.Equal(CardActionDispatcher.MessageType, response.Type);
        Assert.Equal(CardActionReplies.Plain(FacilitatorReplies.NotAllowed), response.Value);
        Assert.Empty(_bot.Updates.Saved);
        Assert.Empty(_bot.Notifier.Sent);
    }

    [Fact]
    public async Task Should_refuse_an_update_about_a_round_of_another_conversation()
    {
        var idea = await ShareAsync("ali", "Evening appointments", tellMe: true);
        var elsewhere = Invoke(Send($"idea:{idea.Id}", "Testing", "Soon."), Facilitator);
        elsewhere.Conversation.Id = "19:another@thread.tacv2";

        var replies = await _bot.SendAsync(elsewhere);

        Assert.Equal(NoticeCard.RoundUnknown, InvokeResponseOf(replies).Value);
        Assert.Empty(_bot.Updates.Saved);
    }

    private async Task<Contribution> ShareAsync(string person, string text, bool tellMe = false, string consent = "MayQuote")
    {
        var before = _bot.Contributions.Saved.Keys.ToHashSet();
        var form = ShareTurnTests.Idea(text);
        form["consent"] = consent;
        form[ContributionFormCard.TellMeInput] = tellMe ? "true" : "false";
        await _bot.SendAsync(Invoke(form, Person(person)));
        return _bot.Contributions.Saved.Single(c => !before.Contains(c.Key)).Value;
    }

    private async Task SupportAsync(string person, Contribution idea, bool follow)
    {
        await _bot.SendAsync(Invoke(Data(CardActionNames.ToggleSupport, new { roundId = "round-1", ideaId = idea.Id }), Person(person)));
        if (follow)
        {
            await _bot.SendAsync(Invoke(Data(CardActionNames.FollowIdea, new { roundId = "round-1", ideaId = idea.Id }), Person(person)));
        }
    }

    private static JObject Send(string subject, string status, string text, string submission = "form-1") =>
        Data(CardActionNames.SendUpdate, new { roundId = "round-1", submissionId = submission, subject, status, text });
}
