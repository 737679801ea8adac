using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;
using ElcBot.Core.Contributions;
using ElcBot.Core.Privacy;
using ElcBot.Tests.Bot;
using Newtonsoft.Json.Linq;
using static ElcBot.Tests.Contributions.TeamsTurns;

namespace ElcBot.Tests.Contributions;

public sealed class ShareTurnTests : IAsyncLifetime
{
    private readonly BotTestHarness _bot = new();

    public async Task InitializeAsync() => await _bot.Rounds.TryOpenAsync(OpenRound(), CancellationToken.None);

    [Fact]
    public async Task Should_send_a_story_form_below_and_keep_the_round_card_when_share_a_story_is_pressed()
    {
        var replies = await _bot.SendAsync(Invoke(Data(CardActionNames.OpenStoryForm, new { roundId = "round-1" })));

        var response = InvokeResponseOf(replies);
        Assert.Equal(CardActionDispatcher.MessageType, response.Type);
        Assert.Equal(OpenFormAction.FormSent, response.Value);
        var form = BotTestHarness.CardOf(Assert.Single(Messages(replies)));
        Assert.Equal(ContributionFormCard.StoryTitle, form["body"]![0]!["text"]!.ToString());
        Assert.False(string.IsNullOrEmpty(form.SelectToken("actions[0].data.submissionId")?.ToString()));
    }

    [Fact]
    public async Task Should_store_the_story_once_with_a_pseudonymous_key_and_thank_the_person_when_the_form_is_sent()
    {
        var replies = await _bot.SendAsync(Invoke(Story("When my mum was ill, the nurse rang me back the same day.")));

        Assert.Equal(SharedCard.StoryTitle, ReplacementCard(replies)["body"]![0]!["text"]!.ToString());
        var saved = Assert.Single(_bot.Contributions.Saved.Values);
        Assert.Equal((ContributionKind.Story, ContributorRole.Carer, ConsentLevel.MayQuote), (saved.Kind, saved.Role, saved.Consent));
        Assert.Equal("When my mum was ill, the nurse rang me back the same day.", saved.Text);
        Assert.Null(saved.CreditName);
        Assert.Equal(64, saved.ContributorKey.Length);
        Assert.DoesNotContain("sam", saved.ContributorKey);
        Assert.Equal(_bot.Get<ContributorKeys>().For("aad-sam"), saved.ContributorKey);
    }

    [Fact]
    public async Task Should_keep_the_name_only_when_the_person_chose_to_be_credited()
    {
        await _bot.SendAsync(Invoke(Idea("Text reminders for appointments", credit: "name")));

        Assert.Equal("Person sam", Assert.Single(_bot.Contributions.Saved.Values).CreditName);
    }

    [Theory]
    [InlineData("", "Carer", "MayQuote", "true", "Please write something first.")]
    [InlineData("   \n\t ", "Carer", "MayQuote", "true", "Please write something first.")]
    [InlineData("ok", "Carer", "MayQuote", "false", "Please tick this box")]
    [InlineData("ok", "Carer", "MayQuote", null, "Please tick this box")]
    [InlineData("ok", "Astronaut", "MayQuote", "true", "Please choose one.")]
    [InlineData("ok", "3", "MayQuote", "true", "Please choose one.")]
    [InlineData("ok", null, "MayQuote", "true", "Please choose one.")]
    [InlineData("ok", "Carer", "Shout it", "true", "Please choose how we can use your words.")]
    [InlineData("ok", "Carer", null, "true", "Please choose how we can use your words.")]
    public async Task Should_send_the_same_form_back_with_a_message_by_the_field_and_store_nothing_when_the_form_is_wrong(
        string text, string? role, string? consent, string? agree, string message)
    {
        var data = Story(text, role: role, consent: consent, agree: agree);

        var replies = await _bot.SendAsync(Invoke(data));

        var card = ReplacementCard(replies);
        Assert.Equal(ContributionFormCard.StoryTitle, card["body"]![0]!["text"]!.ToString());
        Assert.Contains(message, card.ToString());
        Assert.Equal(data["submissionId"]!.ToString(), card.SelectToken("actions[0].data.submissionId")!.ToString());
        Assert.Empty(_bot.Contributions.Saved);
    }

    [Fact]
    public async Task Should_save_the_words_when_share_is_pressed_again_on_a_form_sent_back_for_a_missing_submission_id()
    {
        var data = Story("The receptionist found me a seat when I felt faint.");
        data.Remove("submissionId");

        var returned = ReplacementCard(await _bot.SendAsync(Invoke(data)));
        Assert.Contains(ContributionFormCard.SubmissionMissing, returned.ToString());
        Assert.DoesNotContain("Share a story or Share an idea", returned.ToString());
        Assert.Empty(_bot.Contributions.Saved);

        data["submissionId"] = returned.SelectToken("actions[0].data.submissionId")!.ToString();
        var again = await _bot.SendAsync(Invoke(data));

        Assert.Equal(SharedCard.StoryTitle, ReplacementCard(again)["body"]![0]!["text"]!.ToString());
        Assert.Equal("The receptionist found me a seat when I felt faint.", Assert.Single(_bot.Contributions.Saved.Values).Text);
    }

    [Theory]
    [InlineData(ContributionKind.Story, 2_001)]
    [InlineData(ContributionKind.Idea, 1_001)]
    public async Task Should_send_the_form_back_when_the_words_are_too_long(ContributionKind kind, int length)
    {
        var text = new string('a', length);
        var replies = await _bot.SendAsync(Invoke(kind == ContributionKind.Story ? Story(text) : Idea(text)));

        Assert.Contains("This is too long", ReplacementCard(replies).ToString());
        Assert.Empty(_bot.Contributions.Saved);
    }

    [Fact]
    public async Task Should_store_once_when_the_same_submission_is_delivered_twice()
    {
        var data = Idea("A drop-in clinic on Saturdays");

        var first = await _bot.SendAsync(Invoke(data));
        var again = await _bot.SendAsync(Invoke(data));

        Assert.Single(_bot.Contributions.Saved);
        Assert.Equal(SharedCard.IdeaTitle, ReplacementCard(first)["body"]![0]!["text"]!.ToString());
        Assert.Equal(SharedCard.IdeaTitle, ReplacementCard(again)["body"]![0]!["text"]!.ToString());
    }

    [Fact]
    public async Task Should_keep_a_second_story_when_the_same_form_is_sent_again_with_other_words()
    {
        var first = Story("The nurse rang me back the same day.");
        var second = (Newtonsoft.Json.Linq.JObject)first.DeepClone();
        second["text"] = "The pharmacy had my mum's tablets ready on time.";

        await _bot.SendAsync(Invoke(first));
        var replies = await _bot.SendAsync(Invoke(second));
        await _bot.SendAsync(Invoke(second));

        Assert.Equal(SharedCard.StoryTitle, ReplacementCard(replies)["body"]![0]!["text"]!.ToString());
        Assert.Equal(
            ["The nurse rang me back the same day.", "The pharmacy had my mum's tablets ready on time."],
            _bot.Contributions.Saved.Values.Select(c => c.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Should_hide_personal_data_and_ask_the_person_to_check_before_anything_is_kept()
    {
        var data = Story("Call me on 07700 900123 or email sam@example.org, I live at SW1A 1AA.");

        var first = await _bot.SendAsync(Invoke(data));

        var card = ReplacementCard(first);
        Assert.Contains("I hid an email address, a phone number and a postcode", card.ToString());
        var masked = card.SelectToken("body[?(@.id=='text')].value")!.ToString();
        Assert.Equal($"Call me on {PersonalDataMasker.PhoneNumberMask} or email {PersonalDataMasker.EmailAddressMask}, I live at {PersonalDataMasker.PostcodeMask}.", masked);
        Assert.Empty(_bot.Contributions.Saved);

        data["text"] = masked;
        await _bot.SendAsync(Invoke(data));
        Assert.Equal(masked, Assert.Single(_bot.Contributions.Saved.Values).Text);
    }

    [Fact]
    public async Task Should_refuse_store_nothing_and_leave_the_form_as_typed_when_the_round_is_closed()
    {
        await _bot.Rounds.CloseAsync(_bot.Rounds.Rounds["round-1"], CancellationToken.None);

        var replies = await _bot.SendAsync(Invoke(Story("A story")));

        Assert.Equal($"{NoticeCard.RoundClosed} {ShareAction.WordsStillHere}", InvokeResponseOf(replies).Value);
        Assert.Empty(_bot.Contributions.Saved);
    }

    [Fact]
    public async Task Should_refuse_and_store_nothing_when_the_round_is_unknown()
    {
        var data = Story("A story");
        data["roundId"] = "no-such-round";

        var replies = await _bot.SendAsync(Invoke(data));

        Assert.Equal($"{NoticeCard.RoundUnknown} {ShareAction.WordsStillHere}", InvokeResponseOf(replies).Value);
        Assert.Empty(_bot.Contributions.Saved);
    }

    [Theory]
    [InlineData("team-2", Tenant)]
    [InlineData(Team, "tenant-2")]
    public async Task Should_refuse_and_store_nothing_when_the_action_comes_from_another_team_or_tenant(string team, string tenant)
    {
        var replies = await _bot.SendAsync(Invoke(Story("A story"), team: team, tenant: tenant));

        Assert.Equal($"{NoticeCard.NotAllowed} {ShareAction.WordsStillHere}", InvokeResponseOf(replies).Value);
        Assert.Empty(_bot.Contributions.Saved);
    }

    [Fact]
    public async Task Should_leave_the_form_and_its_words_in_place_when_the_press_says_nothing_about_who_sent_it()
    {
        var press = Invoke(Story("A story typed on a phone"));
        press.From = new Microsoft.Bot.Schema.ChannelAccount(id: null, name: null);

        var replies = await _bot.SendAsync(press);

        var response = InvokeResponseOf(replies);
        Assert.Equal(CardActionDispatcher.MessageType, response.Type);
        Assert.Equal($"{NoticeCard.UnknownPerson} {ShareAction.WordsStillHere}", response.Value);
        Assert.Empty(_bot.Contributions.Saved);
    }

    [Fact]
    public async Task Should_keep_the_words_without_hidden_control_characters_or_half_an_emoji_when_shared()
    {
        var typed = "The bell\u0007 rang\r\nat night " + '\ud83d';

        await _bot.SendAsync(Invoke(Story(typed)));

        Assert.Equal("The bell rang\nat night \ufffd", Assert.Single(_bot.Contributions.Saved.Values).Text);
    }

    [Fact]
    public async Task Should_store_and_update_the_pressed_card_when_the_form_arrives_as_an_action_submit_message()
    {
        var replies = await _bot.SendAsync(Submit(Idea("Longer opening hours"), replyToId: null));

        Assert.Single(_bot.Contributions.Saved);
        Assert.Equal(SharedCard.IdeaTitle, BotTestHarness.CardOf(Assert.Single(replies))["body"]![0]!["text"]!.ToString());
    }

    [Fact]
    public async Task Should_say_what_to_fix_without_posting_the_words_when_a_form_with_a_problem_arrives_as_an_action_submit_in_a_channel()
    {
        var data = Story("Only the facilitators should read this.", consent: "FacilitatorsOnly", agree: "false");

        var replies = await _bot.SendAsync(Submit(data));

        var reply = Assert.Single(replies);
        Assert.Empty(reply.Attachments ?? []);
        Assert.Equal(FormProblemMessage.For([ShareProblem.AgreementMissing], ContributionKind.Story), reply.Text);
        Assert.DoesNotContain("Only the facilitators", reply.Text);
        Assert.Empty(_bot.Adapter.Updated);
        Assert.Empty(_bot.Contributions.Saved);
    }

    [Fact]
    public async Task Should_say_what_was_found_without_posting_the_words_when_personal_data_arrives_as_an_action_submit_in_a_channel()
    {
        var replies = await _bot.SendAsync(Submit(Story("My daughter's nurse is lovely, call me on 07700 900123.")));

        var reply = Assert.Single(replies);
        Assert.Empty(reply.Attachments ?? []);
        Assert.Equal(FormProblemMessage.ForHidden([MaskedKind.PhoneNumber]), reply.Text);
        Assert.DoesNotContain("nurse", reply.Text);
        Assert.Empty(_bot.Contributions.Saved);
    }

    [Fact]
    public async Task Should_say_the_button_no_longer_works_when_an_unknown_action_arrives()
    {
        var replies = await _bot.SendAsync(Invoke(Data("no.such.action")));

        Assert.Equal(CardActionReplies.Plain(NoticeCard.StaleButton), InvokeResponseOf(replies).Value);
    }

    public static JObject Story(string text, string? role = "Carer", string? consent = "MayQuote", string? agree = "true", string credit = "anonymous") =>
        Form(ContributionKind.Story, text, role, consent, agree, credit);

    public static JObject Idea(string text, string credit = "anonymous", string? buildsOnId = null) =>
        Form(ContributionKind.Idea, text, "HealthOrCareStaff", "MayQuote", "true", credit, buildsOnId);

    private static JObject Form(ContributionKind kind, string text, string? role, string? consent, string? agree, string credit, string? buildsOnId = null)
    {
        var data = Data(CardActionNames.Share, new { roundId = "round-1", kind = kind.ToString(), submissionId = Guid.NewGuid().ToString("N"), text, credit });
        if (role is not null) data["role"] = role;
        if (consent is not null) data["consent"] = consent;
        if (agree is not null) data["agree"] = agree;
        if (buildsOnId is not null) data["buildsOnId"] = buildsOnId;
        return data;
    }

    public Task DisposeAsync() => _bot.DisposeAsync().AsTask();
}
