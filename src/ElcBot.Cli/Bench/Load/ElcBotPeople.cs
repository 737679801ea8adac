using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using ElcBot.Bot.CardActions;
using ElcBot.Bot.Cards;

namespace ElcBot.Cli.Bench.Load;

/// <summary>
/// People in one team channel taking part in an open round through its cards, over and over: "Share an idea", the form's
/// "Share", "See the ideas", then "This matters to me too" on the newest idea they have not yet supported.
/// </summary>
/// <remarks>
/// Every reply that acknowledged something (the "saved" card, the support notice) is remembered, so storage can be checked
/// afterwards. A share that got no answer is sent again with the same form data, as a person pressing Share again would.
/// </remarks>
public sealed class ElcBotPeople(TurnClient client, ChannelActivities activities, string roundId, int count) : ISimulatedPeople
{
    private static readonly string[] Phrases =
    [
        "a quiet room to wait in", "letters in plain English", "the same nurse each visit", "evening appointments",
        "a named person to call", "help with travel costs", "fewer forms to fill in", "a carer's break now and then",
    ];

    private readonly Person[] _people = Enumerable.Range(0, count).Select(i => new Person(ChannelActivities.PersonId(i))).ToArray();

    public int Count => count;

    /// <summary>Ideas whose "saved" card the person saw.</summary>
    public ConcurrentQueue<SharedIdea> Shared { get; } = new();

    /// <summary>Supports whose "thank you" notice the person saw.</summary>
    public ConcurrentQueue<GivenSupport> Supported { get; } = new();

    /// <summary>The host's settings this simulation needs: who facilitates, and fair use raised (see remarks).</summary>
    /// <remarks>Simulated people press the next button the moment a reply arrives, far faster than anyone can; the per-person limit guards against one person's burst, which is not what is measured.</remarks>
    public static IReadOnlyList<string> HostSettings { get; } =
        [$"Bot:Facilitators:0={ChannelActivities.FacilitatorId}", "Bot:FairUse:Burst=100000", "Bot:FairUse:PerSecond=100000"];

    /// <summary>The facilitator starts the round the people take part in; returns its id.</summary>
    public static async Task<string> StartRoundAsync(TurnClient client, ChannelActivities activities, CancellationToken cancellationToken)
    {
        var data = new JsonObject { ["elcAction"] = CardActionNames.StartRound, [RoundStartCard.QuestionInput] = "What would make it easier to get help?", [RoundStartCard.StageInput] = "Discover" };
        var reply = await client.PostAsync(activities.CardAction(ChannelActivities.FacilitatorId, data), cancellationToken).ConfigureAwait(false);
        return (reply.Succeeded ? CardReplies.Find(reply.Body, "roundId").FirstOrDefault() : null)
            ?? throw new InvalidOperationException($"The round did not start (HTTP {reply.Status}).");
    }

    public async Task TakeTurnAsync(int person, TurnRecorder recorder, CancellationToken cancellationToken)
    {
        var who = _people[person];
        var (activity, step) = Next(who);
        var reply = await client.PostAsync(activity, cancellationToken).ConfigureAwait(false);
        var ok = reply.Succeeded && Understand(who, step, reply.Body);
        recorder.Record(reply.Latency, ok);
        if (!ok)
        {
            // Back off a little, so a host that is down is not hammered by every person at once.
            await Task.Delay(100, cancellationToken).ConfigureAwait(false);
        }
    }

    private (string Activity, Step Step) Next(Person who)
    {
        switch (who.Step)
        {
            case Step.Share:
                who.Pending ??= new SharedIdea(who.Id, Guid.NewGuid().ToString("N"), $"Idea {++who.Ideas} from {who.Id}: {Phrases[who.Ideas % Phrases.Length]}, please.");
                return (activities.CardAction(who.Id, Form(who.Pending)), Step.Share);
            case Step.SeeIdeas:
                return (activities.CardAction(who.Id, new JsonObject { ["elcAction"] = CardActionNames.IdeasPage, ["roundId"] = roundId, ["page"] = 0 }), Step.SeeIdeas);
            case Step.Support when who.IdeaToSupport is { } idea:
                // As in Teams, the press names the message its card is in, so the bot also updates that list for everyone.
                return (activities.CardAction(who.Id, new JsonObject { ["elcAction"] = CardActionNames.ToggleSupport, ["roundId"] = roundId, ["ideaId"] = idea, ["page"] = 0 },
                    pressedMessageId: $"ideas-list-{who.Id}"), Step.Support);
            default:
                return (activities.CardAction(who.Id, new JsonObject { ["elcAction"] = CardActionNames.OpenIdeaForm, ["roundId"] = roundId }), Step.OpenForm);
        }
    }

    private bool Understand(Person who, Step step, string body)
    {
        switch (step)
        {
            case Step.OpenForm when CardReplies.Says(body, OpenFormAction.FormSent):
                who.Step = Step.Share;
                return true;
            case Step.Share when body.Contains(SharedCard.IdeaTitle, StringComparison.Ordinal):
                Shared.Enqueue(who.Pending!);
                who.Pending = null;
                who.Step = Step.SeeIdeas;
                return true;
            case Step.Share:
                // Not acknowledged: the same form is sent again.
                return false;
            case Step.SeeIdeas when body.Contains(IdeasPageCard.Title, StringComparison.Ordinal):
                who.IdeaToSupport = CardReplies.Find(body, "ideaId", CardActionNames.ToggleSupport).FirstOrDefault(id => !who.Supports.Contains(id));
                who.Step = who.IdeaToSupport is null ? Step.OpenForm : Step.Support;
                return true;
            case Step.Support when body.Contains(IdeasPageCard.SupportNotice(true), StringComparison.Ordinal):
                who.Supports.Add(who.IdeaToSupport!);
                Supported.Enqueue(new GivenSupport(who.Id, who.IdeaToSupport!));
                who.Step = Step.OpenForm;
                return true;
            default:
                who.Step = who.Step == Step.Share ? Step.Share : Step.OpenForm;
                return false;
        }
    }

    private JsonObject Form(SharedIdea idea) => ChannelActivities.IdeaForm(roundId, idea.Text, idea.SubmissionId);

    private enum Step
    {
        OpenForm,
        Share,
        SeeIdeas,
        Support,
    }

    // Each person's turns run one after another, so their state needs no lock.
    private sealed class Person(string id)
    {
        public string Id { get; } = id;

        public Step Step { get; set; }

        public int Ideas { get; set; }

        public SharedIdea? Pending { get; set; }

        public string? IdeaToSupport { get; set; }

        public HashSet<string> Supports { get; } = new(StringComparer.Ordinal);
    }
}

/// <summary>An idea the person was told is saved.</summary>
public sealed record SharedIdea(string PersonId, string SubmissionId, string Text);

/// <summary>A support the person was thanked for.</summary>
public sealed record GivenSupport(string PersonId, string IdeaId);
