namespace ElcBot.IntegrationTests.Shipping;

/// <summary>What Teams requires of the icons and the schema cannot see: sizes, and an outline that is white on transparent.</summary>
public sealed class TeamsIconTests(BuiltTeamsPackage package) : IClassFixture<BuiltTeamsPackage>
{
    [Fact]
    public void Should_be_192_pixels_square_and_opaque_when_the_colour_icon_is_decoded()
    {
        var icon = PngImage.Decode(package.Entries["color.png"]);

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.All(icon.Pixels(), p => Assert.Equal(255, p.A));
        Assert.True(icon.Pixels().Distinct().Count() > 3, "The colour icon should show a picture, not a flat colour.");
    }

    [Fact]
    public void Should_be_32_pixels_square_when_the_outline_icon_is_decoded()
    {
        var icon = PngImage.Decode(package.Entries["outline.png"]);

        Assert.Equal((32, 32), (icon.Width, icon.Height));
    }

    [Fact]
    public void Should_use_only_white_on_transparent_when_the_outline_icon_is_decoded()
    {
        var icon = PngImage.Decode(package.Entries["outline.png"]);
        var pixels = icon.Pixels().ToArray();

        Assert.All(pixels.Where(p => p.A > 0), p => Assert.Equal((255, 255, 255), (p.R, p.G, p.B)));
        Assert.Contains(pixels, p => p.A == 0);
        Assert.Contains(pixels, p => p.A == 255);
        Assert.Equal(0, icon[0, 0].A);
    }

    [Fact]
    public void Should_find_coloured_pixels_when_the_colour_icon_is_read_the_same_way()
    {
        // Proves the white-only check can fail: the same decoder sees the colour icon's colours.
        var colour = PngImage.Decode(package.Entries["color.png"]);

        Assert.Contains(colour.Pixels(), p => p.A > 0 && (p.R, p.G, p.B) != (255, 255, 255));
    }
}
