namespace ElcBot.Core.Reliability;

/// <summary>Tells whether a failure means storage could not be reached, so people can be told their words were not kept.</summary>
public interface IStorageFailures
{
    bool IsStorageUnavailable(Exception exception);
}
