namespace ElcBot.Core.Privacy;

/// <summary>Part of a person's data could not be erased just now (it was busy); asking again finishes the job.</summary>
public sealed class ErasureIncompleteException(string message) : Exception(message);
