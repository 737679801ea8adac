using ElcBot.Core.Privacy;
using Microsoft.Extensions.Options;

namespace ElcBot.Tests.Privacy;

public sealed class AddressSealerTests
{
    private const string Address = """{"UserId":"29:someone","TenantId":"tenant-1"}""";

    [Fact]
    public void Should_open_what_it_sealed_for_the_same_person_when_the_secret_is_the_same()
    {
        var sealedText = Sealer("secret").Seal(Address, "key-1");

        Assert.DoesNotContain("29:someone", sealedText);
        Assert.Equal(Address, Sealer("secret").Open(sealedText, "key-1"));
    }

    [Fact]
    public void Should_seal_the_same_address_differently_each_time()
    {
        var sealer = Sealer("secret");

        Assert.NotEqual(sealer.Seal(Address, "key-1"), sealer.Seal(Address, "key-1"));
    }

    [Fact]
    public void Should_not_open_when_the_row_belongs_to_another_person()
    {
        var sealedText = Sealer("secret").Seal(Address, "key-1");

        Assert.Null(Sealer("secret").Open(sealedText, "key-2"));
    }

    [Fact]
    public void Should_not_open_when_the_secret_changed()
    {
        var sealedText = Sealer("secret").Seal(Address, "key-1");

        Assert.Null(Sealer("another secret").Open(sealedText, "key-1"));
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("AAAA")]
    public void Should_not_open_damaged_text(string damaged)
    {
        Assert.Null(Sealer("secret").Open(damaged, "key-1"));
    }

    [Fact]
    public void Should_not_open_when_one_byte_was_changed()
    {
        var bytes = Convert.FromBase64String(Sealer("secret").Seal(Address, "key-1"));
        bytes[^1] ^= 1;

        Assert.Null(Sealer("secret").Open(Convert.ToBase64String(bytes), "key-1"));
    }

    private static AddressSealer Sealer(string secret) => new(Options.Create(new PrivacyOptions { ContributorKeySecret = secret }));
}
