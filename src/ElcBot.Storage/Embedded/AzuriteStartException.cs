namespace ElcBot.Storage.Embedded;

/// <summary>The local Table Storage emulator could not be started; the message says what the person running the bot can do.</summary>
/// <remarks>An <see cref="InvalidOperationException"/>, so the operator CLI prints it as a set-up problem too.</remarks>
public sealed class AzuriteStartException(string message, Exception? innerException = null) : InvalidOperationException(message, innerException);
