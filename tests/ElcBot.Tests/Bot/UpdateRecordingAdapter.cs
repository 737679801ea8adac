using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace ElcBot.Tests.Bot;

/// <summary>The SDK's TestAdapter, keeping every message update the bot makes so a test can see what everyone is shown.</summary>
/// <remarks>TestAdapter itself only changes replies still in its queue, and says nothing of updates to older messages.</remarks>
public sealed class UpdateRecordingAdapter(string channelId) : TestAdapter(channelId)
{
    public List<Activity> Updated { get; } = [];

    /// <summary>When set, every update fails with this, as a Teams that refuses the edit would.</summary>
    public Exception? UpdateFailure { get; set; }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        if (UpdateFailure is { } failure)
        {
            return Task.FromException<ResourceResponse>(failure);
        }

        Updated.Add(activity);
        return base.UpdateActivityAsync(turnContext, activity, cancellationToken);
    }
}
