using ElcBot.Core.Contributions;

namespace ElcBot.Tests.Fakes;

/// <summary>Supports in a dictionary, with the real store's toggle and repeated-press rules.</summary>
public sealed class FakeSupportStore : ISupportStore
{
    private readonly object _gate = new();

    public Dictionary<(string RoundId, string IdeaId, string Supporter), (Support Support, bool Active, string PressId)> Rows { get; } = new();

    public Task<bool> ToggleAsync(Support support, string pressId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var key = (support.RoundId, support.IdeaId, support.SupporterKey);
            if (Rows.TryGetValue(key, out var row) && row.PressId == pressId)
            {
                return Task.FromResult(row.Active);
            }

            var active = !Rows.ContainsKey(key) || !row.Active;
            Rows[key] = (support, active, pressId);
            return Task.FromResult(active);
        }
    }

    public Task<int> CountAsync(string roundId, string ideaId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult(Rows.Count(r => r.Key.RoundId == roundId && r.Key.IdeaId == ideaId && r.Value.Active));
        }
    }

    public Task<IReadOnlyList<Support>> ListForRoundAsync(string roundId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Support>>(Rows.Values.Where(r => r.Active && r.Support.RoundId == roundId).Select(r => r.Support).ToArray());
        }
    }

    public Task<IReadOnlyList<Support>> ListBySupporterAsync(string supporterKey, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<Support>>(Rows.Values.Where(r => r.Support.SupporterKey == supporterKey).Select(r => r.Support with { Active = r.Active }).ToArray());
        }
    }

    public Task DeleteAsync(Support support, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            Rows.Remove((support.RoundId, support.IdeaId, support.SupporterKey));
            return Task.CompletedTask;
        }
    }

    public Task<bool> SetContactAsync(string roundId, string ideaId, string supporterKey, bool mayContact, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var key = (roundId, ideaId, supporterKey);
            if (!Rows.TryGetValue(key, out var row) || (mayContact && !row.Active))
            {
                return Task.FromResult(false);
            }

            Rows[key] = row with { Support = row.Support with { MayContact = mayContact } };
            return Task.FromResult(true);
        }
    }

    public Task<int> DeleteForIdeaAsync(string roundId, string ideaId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var keys = Rows.Keys.Where(k => k.RoundId == roundId && k.IdeaId == ideaId).ToArray();
            foreach (var key in keys)
            {
                Rows.Remove(key);
            }

            return Task.FromResult(keys.Length);
        }
    }
}
