using System.Text.Json.Nodes;
using ElcBot.Bot.Cards;
using ElcBot.Bot.Files;
using ElcBot.Bot.Proactive;
using ElcBot.Core.Conversations;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;

namespace ElcBot.IntegrationTests.Playground;

/// <summary>
/// Does, on the journey's request, what the bot does outside a turn: a proactive post and an update of its own
/// message, through the host's real ProactivePoster and CloudAdapter (so through the local channel, as to Teams).
/// </summary>
public sealed class JourneyHarness(IServiceProvider services)
{
    public async Task<JsonNode?> HandleAsync(string name, JsonObject args, CancellationToken cancellationToken) => name switch
    {
        "post-summary" => await PostSummaryAsync((string)args["conversationId"]!, cancellationToken),
        "update-summary" => await UpdateSummaryAsync((string)args["conversationId"]!, (string)args["activityId"]!, (string)args["note"]!, cancellationToken),
        "offer-file" => await OfferFileAsync((string)args["conversationId"]!, (string)args["name"]!, (string)args["content"]!, cancellationToken),
        _ => throw new InvalidOperationException($"The harness does not know \"{name}\"."),
    };

    private async Task<JsonNode?> PostSummaryAsync(string conversationId, CancellationToken cancellationToken)
    {
        var poster = services.GetRequiredService<ProactivePoster>();
        var message = SummaryCard.Build(PlaygroundSummaries.Discharge(themes: 3)).ToMessage(SummaryCard.Title);
        var outcome = await poster.PostAsync(conversationId, message, cancellationToken);
        return new JsonObject { ["outcome"] = outcome.ToString() };
    }

    /// <summary>Offers a file as the bot does (Teams' file consent card), to the person of a personal chat.</summary>
    private async Task<JsonNode?> OfferFileAsync(string conversationId, string name, string content, CancellationToken cancellationToken)
    {
        var offer = services.GetRequiredService<FileOffer>();
        await ContinueAsync(conversationId, (turn, ct) => offer.OfferAsync(turn, PlaygroundSummaries.Discharge().RoundId, name, "The summary as a spreadsheet.", content, ct), cancellationToken);
        return new JsonObject { ["offered"] = name };
    }

    private async Task<JsonNode?> UpdateSummaryAsync(string conversationId, string activityId, string note, CancellationToken cancellationToken)
    {
        await ContinueAsync(conversationId, async (turn, ct) =>
        {
            var update = SummaryCard.Build(PlaygroundSummaries.Discharge(themes: 3), panelNote: note).ToMessage(SummaryCard.Title);
            update.Id = activityId;
            await turn.UpdateActivityAsync(update, ct);
        }, cancellationToken);
        return new JsonObject { ["updated"] = activityId };
    }

    /// <summary>Continues a conversation the bot was added to, through its own adapter, as its proactive code does.</summary>
    private async Task ContinueAsync(string conversationId, BotCallbackHandler callback, CancellationToken cancellationToken)
    {
        var installed = await services.GetRequiredService<IConversationDirectory>().FindAsync(conversationId, cancellationToken)
            ?? throw new InvalidOperationException("The bot was never added to that conversation.");
        var reference = JsonConvert.DeserializeObject<ConversationReference>(installed.ReferenceJson)!;
        await services.GetRequiredService<CloudAdapter>().ContinueConversationAsync(string.Empty, reference, callback, cancellationToken);
    }
}
