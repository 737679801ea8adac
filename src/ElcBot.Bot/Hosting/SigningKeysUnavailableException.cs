namespace ElcBot.Bot.Hosting;

/// <summary>The Bot Framework's published signing keys could not be read, so no token could be checked (answered 503).</summary>
public sealed class SigningKeysUnavailableException(Exception inner)
    : Exception("The Bot Framework's signing keys could not be read, so the request's token could not be checked.", inner);
