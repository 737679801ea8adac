namespace ElcBot.Core.State;

/// <summary>Someone else changed the state since it was read; the write was refused.</summary>
public sealed class StateConflictException(string key, Exception? inner = null)
    : Exception($"The state '{key}' was changed by someone else since it was read.", inner)
{
    public string Key { get; } = key;
}
