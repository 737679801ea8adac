namespace ElcBot.Storage.Embedded;

/// <summary>The local Table Storage emulator could not be started; the message says what the person running the bot can do.</summary>
public sealed class AzuriteStartException(string message, Exception? innerException = null) : Exception(message, innerException);
