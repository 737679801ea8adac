using ElcBot.Core.Privacy;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ElcBot.Tests.Privacy;

public sealed class ContributorKeysTests
{
    [Fact]
    public void Should_give_the_same_key_for_the_same_person_and_never_contain_the_id()
    {
        var keys = Keys("secret-a");

        Assert.Equal(keys.For("00000000-aaaa-bbbb-cccc-000000000001"), keys.For("00000000-aaaa-bbbb-cccc-000000000001"));
        Assert.DoesNotContain("aaaa-bbbb", keys.For("00000000-aaaa-bbbb-cccc-000000000001"));
        Assert.NotEqual(keys.For("person-1"), keys.For("person-2"));
    }

    [Fact]
    public void Should_give_different_keys_when_the_secret_differs()
    {
        Assert.NotEqual(Keys("secret-a").For("person-1"), Keys("secret-b").For("person-1"));
    }

    [Fact]
    public void Should_refuse_to_make_keys_when_no_secret_is_set()
    {
        Assert.Throws<InvalidOperationException>(() => Keys(" ").For("person-1"));
    }

    private static ContributorKeys Keys(string secret) =>
        new(Options.Create(new PrivacyOptions { ContributorKeySecret = secret }), NullLogger<ContributorKeys>.Instance);
}
