using System.Text.Json.Nodes;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Commands;
using ElcBot.Core.Contributions;
using ElcBot.Core.Summaries;
using ElcBot.Tests.Summaries;

namespace ElcBot.Tests.Cards;

/// <summary>Every card the bot can send, in its short and long states, for checks that must cover them all.</summary>
/// <remarks>Add each new card builder here: the readability and size checks then cover it.</remarks>
public static class CardCatalogue
{
    public static IEnumerable<(string Name, JsonObject Card)> All()
    {
        foreach (var card in Contributions())
        {
            yield return card;
        }

        foreach (var card in PanelCardSamples.All())
        {
            yield return card;
        }

        yield return ("welcome (personal)", WelcomeCard.Build(isPersonal: true));
        yield return ("welcome (team)", WelcomeCard.Build(isPersonal: false));
        yield return ("help", HelpCard.Build(
        [
            new BotCommand("help", "See what I can do"),
            new BotCommand("stop updates", "Stop messages about what happens to what you shared or supported"),
            new BotCommand("update", "Tell people what happened to a theme or idea (you said, we did)", FacilitatorsOnly: true),
            new BotCommand("summary", "Post a summary of the round now", FacilitatorsOnly: true),
            new BotCommand("schedule summary", "Post a summary every week (for example: schedule summary monday 09:00)", FacilitatorsOnly: true),
            new ElcBot.Bot.Panels.PanelCommand([], Moq.Mock.Of<ElcBot.Bot.Facilitation.IFacilitatorCheck>(), Moq.Mock.Of<ElcBot.Core.Summaries.ISummaryRounds>()).Command,
        ]));
        yield return ("help (weekly summary paused)", HelpCard.Build([new BotCommand("help", "See what I can do")], ElcBot.Bot.Summaries.ScheduleWords.PausedUnreachable));
        yield return ("help (weekly summaries paused, personal chat)", HelpCard.Build([new BotCommand("help", "See what I can do")], ElcBot.Bot.Summaries.ScheduleWords.PausedCount(3)));
        yield return ("weekly summaries (personal chat)", ScheduleOverviewCard.Build(ScheduleOverviewSample()));
        yield return ("summary (short)", SummaryCard.Build(SampleSummaries.Sample(themes: 1)));
        yield return ("summary (long)", SummaryCard.Build(SampleSummaries.Sample(themes: 40, quoteLength: 2_000)));
        yield return ("summary (long, with news)", SummaryCard.Build(SampleSummaries.Sample(themes: 40, quoteLength: 2_000) with
        {
            Updates = Enumerable.Range(0, 9).Select(i => new UpdateLine(i % 2 == 0 ? ElcBot.Core.Updates.UpdateSubject.Theme : ElcBot.Core.Updates.UpdateSubject.Idea,
                i % 3 == 0 ? null : "A quiet room to wait in, with water and a clock.", (ElcBot.Core.Updates.UpdateStatus)(i % 4),
                "We will try it at the Elm Street clinic from May, and tell you how it goes. " + new string('a', 420), DateTimeOffset.UnixEpoch.AddDays(i))).ToArray(),
        }));
        yield return ("summary (empty)", SummaryCard.Build(SampleSummaries.Sample(themes: 0)));
        yield return ("all themes", AllThemesCard.Build(SampleSummaries.Sample(themes: 60)));
        yield return ("all themes (names as long as the panel may give)", AllThemesCard.Build(LongestNames(SampleSummaries.Sample(themes: 60))));
        yield return ("theme ideas", ThemeIdeasCard.Build(SampleSummaries.Theme(0, 20), Members(30)));
        yield return ("theme ideas (as many as shown, each as long as allowed)", ThemeIdeasCard.Build(SampleSummaries.Theme(0, ThemeIdeasCard.MaxShown),
            Members(ThemeIdeasCard.MaxShown, ContributionService.MaxStoryLength, ConsentLevel.MayQuote)));
        yield return ("earlier summaries", SummariesListCard.Build([SampleSummaries.Sample(themes: 3), SampleSummaries.Sample(themes: 2)]));
        yield return ("earlier summaries (none)", SummariesListCard.Build([]));
        foreach (var card in Updates())
        {
            yield return card;
        }

        yield return ("round choice", RoundChoiceCard.Build(
            Enumerable.Range(0, 12).Select(i => new SummaryRound($"r{i}", "c", "What would make it easier to get help with your mental health?", "Discover", DateTimeOffset.UnixEpoch)).ToArray()));
    }

    /// <summary>The contribution cards (rounds, forms, ideas, my contributions, forget me), with realistic words.</summary>
    public static IEnumerable<(string Name, JsonObject Card)> Contributions()
    {
        var round = new ElcBot.Core.Rounds.Round("r1", "c", "t", "team", "What would make it easier to get help with your mental health?",
            ElcBot.Core.Rounds.ElcStage.Discover, new DateOnly(2026, 5, 1), true, DateTimeOffset.UnixEpoch);
        var idea = new Contribution("r1", "i1", ContributionKind.Idea, "A quiet room to wait in, with water and a clock.", ContributorRole.Carer,
            ConsentLevel.MayQuote, "k", null, null, DateTimeOffset.UnixEpoch, "s");
        yield return ("round start", RoundStartCard.Build());
        yield return ("round start (problems)", RoundStartCard.Build(problems: Enum.GetValues<ElcBot.Core.Rounds.RoundProblem>()));
        yield return ("round", RoundCard.Build(round));
        yield return ("round (closed)", RoundCard.Build(round with { IsOpen = false }));
        yield return ("story form", ContributionFormCard.Build(round, ContributionKind.Story, "s1"));
        yield return ("story form (words typed in the chat, as long as allowed)", ContributionFormCard.Build(round, ContributionKind.Story, "s1",
            values: new ContributionFormValues(Sentences(ContributionService.MaxStoryLength), Role: null, Credit: null, Consent: null, Agreed: false),
            forUserId: "aad-priya"));
        yield return ("idea form (building on, problems, hidden data)", ContributionFormCard.Build(round, ContributionKind.Idea, "s1", "i1", idea.Text,
            null, Enum.GetValues<ShareProblem>(), Enum.GetValues<ElcBot.Core.Privacy.MaskedKind>()));
        yield return ("shared", SharedCard.Build(idea));
        yield return ("shared (tell me what happens)", SharedCard.Build(idea with { MayContact = true }));
        yield return ("shared (idea not to be quoted)", SharedCard.Build(idea with { Consent = ConsentLevel.ThemesOnly }));
        yield return ("ideas", IdeasPageCard.Build(round, new IdeaPage("r1", Enumerable.Repeat(new IdeaWithSupport(idea, 3), 5).ToArray(), 1, 3, 15), IdeasPageCard.SupportNotice(true)));
        yield return ("ideas (after support, offering updates)", IdeasPageCard.Build(round, new IdeaPage("r1", Enumerable.Repeat(new IdeaWithSupport(idea, 3), 5).ToArray(), 0, 3, 15),
            IdeasPageCard.SupportNotice(true), "i1"));
        yield return ("ideas (following)", IdeasPageCard.Build(round, new IdeaPage("r1", [new IdeaWithSupport(idea, 1)], 0, 1, 1), ElcBot.Bot.CardActions.FollowIdeaAction.Following));
        yield return ("ideas (none)", IdeasPageCard.Build(round, new IdeaPage("r1", [], 0, 1, 0)));
        yield return ("my contributions", MyContributionsCard.Build([new ElcBot.Core.Privacy.MyContribution(idea, round, 3)]));
        yield return ("my contributions (with news)", MyContributionsCard.Build(
            [.. Enumerable.Range(0, 25).Select(i => new ElcBot.Core.Privacy.MyContribution(idea with { Id = $"i{i}", MayContact = i % 2 == 0 }, round, 3))],
            Enumerable.Range(0, 25).ToDictionary(i => $"i{i}", i => new ElcBot.Core.Updates.ProgressUpdate("r1", $"u{i}", ElcBot.Core.Updates.UpdateSubject.Idea, $"i{i}", null, null,
                [$"i{i}"], (ElcBot.Core.Updates.UpdateStatus)(i % 4), "We will try it at the Elm Street clinic from May. " + new string('a', 450), "k", DateTimeOffset.UnixEpoch, "f"))));
        yield return ("which round is your story for", StoryRoundChoiceCard.Build(
            Enumerable.Range(0, StoryRoundChoiceCard.MaxShown + 2).Select(i => round with { Id = $"r{i}" }).ToArray(), new string('a', ContributionService.MaxStoryLength)));
        yield return ("my contributions (none)", MyContributionsCard.Build([]));
        yield return ("my contributions (a long story)", MyContributionsCard.Build(
            [new ElcBot.Core.Privacy.MyContribution(idea with { Kind = ContributionKind.Story, Text = new string('a', ContributionService.MaxStoryLength) }, round, 0)]));
        yield return ("ideas I support", MySupportCard.Build(
            [.. Enumerable.Range(0, 3).Select(i => new ElcBot.Core.Privacy.SupportedByMe(idea with { Id = $"i{i}" }, round))], page: 0));
        yield return ("ideas I support (none)", MySupportCard.Build([], page: 0));
        yield return ("my contributions (with support given)", MyContributionsCard.Build([new ElcBot.Core.Privacy.MyContribution(idea, round, 3)], supported: 2));
        yield return ("one of mine, whole", MyContributionCard.Build(idea with { Text = new string('a', ContributionService.MaxIdeaLength) }, round.Question, page: 1));
        yield return ("my contributions (last of several pages)", MyContributionsCard.Build(
            Enumerable.Repeat(new ElcBot.Core.Privacy.MyContribution(idea, round, 3), MyContributionsCard.PageSize + 1).ToArray(), page: 1));
        yield return ("forget me", ForgetMeCard.Build());
        yield return ("remove (idea)", RemoveContributionCard.Ask(idea));
        yield return ("remove (long story)", RemoveContributionCard.Ask(idea with { Kind = ContributionKind.Story, Text = new string('w', 4_000) }));
        yield return ("forgotten", ForgetMeCard.Done(new ElcBot.Core.Privacy.ErasedCounts(2, 1, 4)));
        yield return ("forgotten (nothing left)", ForgetMeCard.Done(new ElcBot.Core.Privacy.ErasedCounts(0, 0, 0)));
        yield return ("kept", NoticeCard.Build(ForgetMeCard.Kept));
        yield return ("story shared from a chat, as others see it", NoticeCard.Build(ContributionFormCard.SharedFromChat));
        yield return ("round picker", RoundPickerCard.Build([round]));
        yield return ("notice", NoticeCard.Build(NoticeCard.RoundClosed));
    }

    /// <summary>The "you said, we did" cards: the facilitator's form and its result, the round choice, and the message people get.</summary>
    public static IEnumerable<(string Name, JsonObject Card)> Updates()
    {
        var round = new ElcBot.Core.Rounds.Round("r1", "c", "t", "team", "What would make it easier to get help with your mental health?",
            ElcBot.Core.Rounds.ElcStage.Discover, null, false, DateTimeOffset.UnixEpoch);
        var longIdea = "A quiet room to wait in, with water, a clock and someone to talk to if you feel worried. " + new string('x', 900);
        var full = new UpdateForm("r1", round.Question, "s1",
            Enumerable.Range(0, 12).Select(i => ($"t{i}", $"waiting room, quiet, water {i}")).ToArray(),
            Enumerable.Range(0, ElcBot.Bot.Updates.UpdateFormSource.MaxIdeas).Select(i => ($"i{i}", longIdea)).ToArray());
        var update = new ElcBot.Core.Updates.ProgressUpdate("r1", "u1", ElcBot.Core.Updates.UpdateSubject.Theme, "t1", "s1", "waiting room, quiet, water", ["a", "b"],
            ElcBot.Core.Updates.UpdateStatus.Testing, "We will try a quiet room at the Elm Street clinic from May. Tell us how it goes.", "k", DateTimeOffset.UnixEpoch, "f1");
        var cannot = update with
        {
            Subject = ElcBot.Core.Updates.UpdateSubject.Idea,
            Status = ElcBot.Core.Updates.UpdateStatus.CannotDo,
            Text = new string('a', 20) + " the building has no room for it, and we could not find another place near the bus stop. " + new string('b', 380),
        };
        yield return ("update form", UpdateFormCard.Build(new UpdateForm("r1", round.Question, null, [], [("i1", "A quiet room to wait in.")]), "f1"));
        yield return ("update form (long, problems, hidden data)", UpdateFormCard.Build(full, "f1", new UpdateFormValues("theme:t1", "CannotDo", new string('a', 500)),
            Enum.GetValues<ElcBot.Core.Updates.UpdateProblem>(), Enum.GetValues<ElcBot.Core.Privacy.MaskedKind>()));
        yield return ("update sending", UpdateSentCard.Sending(cannot, longIdea));
        yield return ("update sent", UpdateSentCard.Build(update, new ElcBot.Core.Updates.DeliveryReport(3, 3, 0, update.ThemeLabel)));
        yield return ("update sent (some not reached)", UpdateSentCard.Build(cannot, new ElcBot.Core.Updates.DeliveryReport(5, 3, 2, longIdea)));
        yield return ("update sent (trying again later)", UpdateSentCard.Build(update, new ElcBot.Core.Updates.DeliveryReport(5, 3, 0, update.ThemeLabel, TryingAgain: 2)));
        yield return ("update sent (nobody asked)", UpdateSentCard.Build(update, new ElcBot.Core.Updates.DeliveryReport(0, 0, 0, null)));
        yield return ("update news (theme)", UpdateNoticeCard.Build(new ElcBot.Core.Updates.UpdateNotice(round.Question, update, update.ThemeLabel)));
        yield return ("update news (idea, cannot do)", UpdateNoticeCard.Build(new ElcBot.Core.Updates.UpdateNotice(round.Question, cannot, longIdea)));
        yield return ("update news (idea not shown)", UpdateNoticeCard.Build(new ElcBot.Core.Updates.UpdateNotice(round.Question, cannot with { Text = "It costs too much." }, null)));
        yield return ("update round choice", UpdateRoundChoiceCard.Build(Enumerable.Range(0, 12).Select(i => round with { Id = $"r{i}" }).ToArray()));
        yield return ("update round choice (none)", UpdateRoundChoiceCard.Build([]));
    }

    private static RoundSummary LongestNames(RoundSummary summary) =>
        summary with { Themes = [.. summary.Themes.Select(t => t with { Label = new string('w', ElcBot.Core.Panels.DraftEdits.MaxLabelLength) })] };

    /// <param name="count">How many.</param>
    /// <param name="length">How long each one's words are, in characters; a short sentence when not given.</param>
    /// <param name="consent">Everyone's consent; when not given, every third person asked not to be quoted.</param>
    private static SummaryContribution[] Members(int count, int? length = null, ConsentLevel? consent = null) => Enumerable.Range(0, count)
        .Select(i => new SummaryContribution($"m{i}", length > ContributionService.MaxIdeaLength ? ContributionKind.Story : ContributionKind.Idea, Sentences(length), ContributorRole.Carer,
            consent ?? (i % 3 == 0 ? ConsentLevel.ThemesOnly : ConsentLevel.MayQuote), $"k{i}", DateTimeOffset.UnixEpoch, false, [VoiceGroup.Staff], null))
        .ToArray();

    private static string Sentences(int? length)
    {
        const string sentence = "A place to wait that is quiet and kind.";
        return length is not { } wanted ? sentence : string.Concat(Enumerable.Repeat(sentence + " ", wanted / sentence.Length + 1))[..wanted];
    }

    /// <summary>More open rounds than the card shows, in every state a weekly summary can be in.</summary>
    private static (SummaryRound, ElcBot.Core.Summaries.Scheduling.SummarySchedule?)[] ScheduleOverviewSample()
    {
        var states = new ElcBot.Core.Summaries.Scheduling.SummarySchedule?[]
        {
            null,
            new("r", DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London", DateTimeOffset.UnixEpoch),
            new("r", DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London", DateTimeOffset.UnixEpoch, Paused: true, PausedBecause: ElcBot.Core.Summaries.Scheduling.SchedulePause.BotRemoved),
            new("r", DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London", DateTimeOffset.UnixEpoch, Paused: true, PausedBecause: ElcBot.Core.Summaries.Scheduling.SchedulePause.ConversationUnknown),
            new("r", DayOfWeek.Monday, new TimeOnly(9, 0), "Europe/London", DateTimeOffset.UnixEpoch, Paused: true),
        };
        return Enumerable.Range(0, 20)
            .Select(i => (new SummaryRound($"r{i}", $"19:c{i}", "What would make it easier to get help when you need it most, day or night? " + new string('a', 200), "Discover", DateTimeOffset.UnixEpoch), states[i % states.Length]))
            .ToArray();
    }
}
