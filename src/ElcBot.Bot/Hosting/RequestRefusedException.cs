namespace ElcBot.Bot.Hosting;

/// <summary>A request to the messages endpoint whose token was missing or refused (answered 401, logged once as a warning).</summary>
/// <remarks>
/// Not an <see cref="UnauthorizedAccessException"/>: CloudAdapter answers that one itself but logs it as an error with
/// its stack trace, and anyone on the internet can send such a request, so alerts on errors would fire for each.
/// </remarks>
public sealed class RequestRefusedException(Exception inner)
    : Exception("The request's token was missing or refused.", inner);
